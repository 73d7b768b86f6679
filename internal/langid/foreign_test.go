package langid

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestForeignLanguages runs short news paragraphs in 44 languages (written
// for this test: testdata/paragraphs/CODE.txt) through the default
// detector. A paragraph in a candidate language must come out as that
// language, reliably. One in another language must come out as its true
// language, as undetermined, or at least as unreliable: never as a
// confident candidate it is not.
//
// Luxembourgish (lb) is the known exception: lingua has no model for it, and
// its common words and letters fit Dutch and German, so it is reported as
// one of them; the test keeps it to show the limit.
func TestForeignLanguages(t *testing.T) {
	d := detector(t)
	files, err := filepath.Glob(filepath.Join("testdata", "paragraphs", "*.txt"))
	if err != nil || len(files) < 20 {
		t.Fatalf("want 20+ paragraphs, found %d (%v)", len(files), err)
	}
	named := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(filepath.Base(f), ".txt")
		got := d.Detect(string(b))
		switch {
		case slices.Contains(DefaultLanguages, want):
			if got.Code != want || !got.Reliable {
				t.Errorf("%s: got %s (%.2f, reliable %v), want %s, reliable", want, got.Code, got.Confidence, got.Reliable, want)
			}
		case got.Code == want:
			named++
		case want == "lb":
			t.Logf("lb (unknown to lingua): %s (%.2f, reliable %v)", got.Code, got.Confidence, got.Reliable)
		case got.Code != Undetermined && got.Reliable:
			t.Errorf("%s paragraph passed off as %s (%.2f, reliable; alternatives %v)", want, got.Code, got.Confidence, got.Alternatives)
		default:
			t.Logf("%s: %s (%.2f, reliable %v)", want, got.Code, got.Confidence, got.Reliable)
		}
	}
	t.Logf("%d of %d paragraphs outside the candidates named by their language", named, len(files)-len(DefaultLanguages))
	if named < 30 {
		t.Errorf("only %d paragraphs outside the candidates named by their language, want 30 or more", named)
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
