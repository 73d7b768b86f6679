package langid

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pemistahl/lingua-go"
)

// TestForeignLanguages runs short news paragraphs in many languages
// (written for this test: testdata/paragraphs/CODE.txt, CODE being ISO 639-1
// or 639-3) through the default detector. A paragraph in a candidate
// language must come out as that language, reliably. One in another language
// lingua knows must come out as its true language, as undetermined, or at
// least as unreliable. One in a language lingua has no model for
// (Luxembourgish, Low German, Galician, Scots, ...: most of them close to a
// candidate) must come out undetermined or unreliable: never as a confident
// candidate or relative it is not.
func TestForeignLanguages(t *testing.T) {
	d := detector(t)
	files, err := filepath.Glob(filepath.Join("testdata", "paragraphs", "*.txt"))
	if err != nil || len(files) < 20 {
		t.Fatalf("want 20+ paragraphs, found %d (%v)", len(files), err)
	}
	named, known, unknown := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// CODE.txt, or CODE-N.txt for more paragraphs in one language.
		want, _, _ := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".txt"), "-")
		got := d.Detect(string(b))
		switch {
		case slices.Contains(DefaultLanguages, want):
			if got.Code != want || !got.Reliable {
				t.Errorf("%s: got %s (%.2f, reliable %v), want %s, reliable", want, got.Code, got.Confidence, got.Reliable, want)
			}
		case !linguaKnows(want):
			unknown++
			if got.Code != Undetermined && got.Reliable {
				t.Errorf("%s (no lingua model) passed off as %s (%.2f, reliable; alternatives %v)", want, got.Code, got.Confidence, got.Alternatives)
			}
		case got.Code == want:
			known++
			named++
		case got.Code != Undetermined && got.Reliable:
			known++
			t.Errorf("%s paragraph passed off as %s (%.2f, reliable; alternatives %v)", want, got.Code, got.Confidence, got.Alternatives)
		default:
			known++
			t.Logf("%s: %s (%.2f, reliable %v)", want, got.Code, got.Confidence, got.Reliable)
		}
	}
	t.Logf("%d of %d paragraphs in other languages lingua knows named by their language; %d in languages it does not know", named, known, unknown)
	if named < 30 {
		t.Errorf("only %d paragraphs outside the candidates named by their language, want 30 or more", named)
	}
	if unknown < 15 {
		t.Errorf("only %d paragraphs in languages lingua does not know, want 15 or more", unknown)
	}
}

// linguaKnows reports whether lingua has a model for the language of an ISO
// 639-1 or 639-3 code.
func linguaKnows(code string) bool {
	c := strings.ToUpper(code)
	if len(c) == 2 {
		return lingua.GetIsoCode639_1FromValue(c) != lingua.UnknownIsoCode639_1
	}
	return lingua.GetIsoCode639_3FromValue(c) != lingua.UnknownIsoCode639_3
}

// TestCandidateParagraphs: more short news paragraphs in the candidate
// languages (testdata/candidates/CODE-N.txt, written for this test) keep
// their language and stay reliable: the check of the pick against the
// language's lexicon raises no false alarm.
func TestCandidateParagraphs(t *testing.T) {
	d := detector(t)
	files, err := filepath.Glob(filepath.Join("testdata", "candidates", "*.txt"))
	if err != nil || len(files) < 10 {
		t.Fatalf("want 10+ paragraphs, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, _, _ := strings.Cut(filepath.Base(f), "-")
		if got := d.Detect(string(b)); got.Code != want || !got.Reliable {
			t.Errorf("%s: got %s (%.2f, reliable %v), want %s, reliable", filepath.Base(f), got.Code, got.Confidence, got.Reliable, want)
		}
	}
}

// A text in a candidate language is compared with few languages only, so
// that a single article loads two or three models, not all candidates.
func TestFewModelsPerText(t *testing.T) {
	d := detector(t)
	for _, code := range DefaultLanguages {
		b, err := os.ReadFile(filepath.Join("testdata", "paragraphs", code+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if p := d.profile(Sample(string(b), SampleRunes)); len(p.compare) > 4 {
			t.Errorf("%s paragraph: lingua compares %d languages %v, want at most 4", code, len(p.compare), p.compare)
		}
	}
}

// A batch in one candidate language loads few models: a text that no other
// candidate fits nearly as well is compared with the first other candidate
// of the list (and the close relatives lingua knows), not with whichever
// candidate happens to share a few of its words, so that all such texts of
// one language load the same two models; a candidate that fits nearly as well
// as the favourite is still compared.
func TestOneLanguageBatchLoadsTwoModels(t *testing.T) {
	d := detector(t)
	for _, code := range DefaultLanguages {
		files, _ := filepath.Glob(filepath.Join("testdata", "candidates", code+"-*.txt"))
		runnerUps := map[lingua.Language]bool{}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p := d.profile(Sample(string(b), SampleRunes))
			var others []lingua.Language
			for _, l := range p.compare {
				if l != p.favourite && !slices.Contains(relatives[p.favourite], l) {
					others = append(others, l)
				}
			}
			if len(others) == 1 {
				runnerUps[others[0]] = true
			}
		}
		if len(runnerUps) > 1 {
			t.Errorf("%s: texts compared with different runners-up %v, want one", code, slices.Collect(maps.Keys(runnerUps)))
		}
	}
	// German with a Dutch passage of the same weight: both fit, both compared.
	mixed := "Der Bürgermeister hat am Montag die neue Brücke über den Fluss eröffnet, und die Bewohner der Stadt waren dabei. " +
		"De burgemeester heeft op maandag de nieuwe brug over de rivier geopend, en de bewoners van de stad waren erbij."
	p := d.profile(Sample(mixed, SampleRunes))
	if !slices.Contains(p.compare, lingua.German) || !slices.Contains(p.compare, lingua.Dutch) {
		t.Errorf("German and Dutch text: compared %v, want both languages", p.compare)
	}
}
