package keywords

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"artikel/internal/document"
	"artikel/internal/ner"
	"artikel/internal/shareddata"
)

// nonNoun reports whether the lexicon of the entity model knows word only as
// a verb, adjective or adverb form, or only in lower case (a function word or
// adverb), and never as a noun or part of a name. It is the independent check
// of the detected keyphrases: the detection itself does not use the lexicon.
func nonNoun(m *ner.Model, word string) bool {
	bits := m.Lexicon(strings.ToLower(word))
	const nounish = ner.GazNoun | ner.GazFirstName | ner.GazPlace | ner.GazPlacePart | ner.GazCountry |
		ner.GazSurname | ner.GazNamePart | ner.GazListPER | ner.GazListLOC | ner.GazListORG | ner.GazListMISC | ner.GazAfterDet
	if bits&nounish != 0 {
		return false
	}
	return bits&(ner.GazVerbAdj|ner.GazLowerSeen|ner.GazNationAdj) != 0
}

// TestNewsDEKeyphraseIsNounPhrase measures how often the detected focus
// keyphrase of the 998 German Wikinews articles is a lone word that is not a
// noun or name (written in lower case, or known to the lexicon only as a
// verb, adjective or lower-case word): at most 1 %. `make eval` runs it with -v for the count line.
func TestNewsDEKeyphraseIsNounPhrase(t *testing.T) {
	files := shareddata.Glob(t, "data/news-de", "*.txt")
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	lone := map[string]int{}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(document.New(filepath.Base(f), string(b), "de"), "de", Options{})
		kp := r.Keyphrase
		if kp == nil || strings.ContainsAny(kp.Phrase, " -") {
			continue
		}
		// German capitalises every noun and name: a lower-case keyphrase is none.
		if first, _ := utf8.DecodeRuneInString(kp.Phrase); unicode.IsLower(first) || nonNoun(m, kp.Phrase) {
			lone[kp.Phrase]++
			n++
		}
	}
	type c struct {
		w string
		n int
	}
	var top []c
	for w, k := range lone {
		top = append(top, c{w, k})
	}
	slices.SortFunc(top, func(a, b c) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.w, b.w)) })
	var list []string
	for i, x := range top {
		if i == 20 {
			break
		}
		list = append(list, fmt.Sprintf("%s %d", x.w, x.n))
	}
	t.Logf("top 20: %s", strings.Join(list, ", "))
	fmt.Printf("lone non-noun keyphrases: %d of %d (%.1f %%)\n", n, len(files), 100*float64(n)/float64(len(files)))
	if float64(n) > 0.01*float64(len(files)) {
		t.Errorf("%d of %d detected keyphrases are a lone non-noun, more than 1 %%", n, len(files))
	}
}
