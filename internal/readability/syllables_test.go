package readability

import (
	"os"
	"strings"
	"testing"
)

// syllableList returns the entries of the hand-divided word list, each
// word with its spoken syllables separated by "·" (origin in the file's
// header).
func syllableList(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/syllables-de.txt")
	if err != nil {
		t.Fatal(err)
	}
	var entries []string
	for line := range strings.Lines(string(b)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			entries = append(entries, line)
		}
	}
	return entries
}

// TestGermanSyllablesOnList checks the German syllable count against a list
// of words with hand-divided spoken syllables.
func TestGermanSyllablesOnList(t *testing.T) {
	total, exact := 0, 0
	for _, line := range syllableList(t) {
		want := strings.Count(line, "·") + 1
		word := strings.ReplaceAll(line, "·", "")
		got := Syllables(word, "de")
		total++
		if got == want {
			exact++
		} else {
			t.Logf("%s: got %d, want %d (%s)", word, got, want, line)
		}
	}
	if total < 300 {
		t.Fatalf("list has %d words, want at least 300", total)
	}
	share := float64(exact) / float64(total)
	t.Logf("German syllables: %d/%d exact (%.1f %%)", exact, total, 100*share)
	if share < 0.95 {
		t.Errorf("German syllables exact on %.1f %% of the list, want ≥ 95 %%", 100*share)
	}
}

func TestSyllablesHardCases(t *testing.T) {
	for _, tc := range []struct {
		word string
		lang string
		want int
	}{
		{"neues", "de", 2}, {"Besteuerung", "de", 4}, {"Opposition", "de", 5},
		{"Abend", "de", 2}, {"beenden", "de", 3}, {"Wien", "de", 1}, {"Medien", "de", 3},
		{"KI-Abkommen", "de", 4}, {"BGH", "de", 1}, {"Quelle", "de", 2},
		{"table", "en", 2}, {"readability", "en", 5}, {"wanted", "en", 2}, {"jumped", "en", 1},
		{"make", "en", 1}, {"the", "en", 1},
	} {
		if got := Syllables(tc.word, tc.lang); got != tc.want {
			t.Errorf("Syllables(%q, %s) = %d, want %d", tc.word, tc.lang, got, tc.want)
		}
	}
}

// Words without a vowel pair skip the hyphenation patterns; the count must
// be the one the patterns give. The words cover every vowel pair and triple
// at a word's start, middle and end, around consonants that patterns cut at.
func TestSyllablesWithoutPatternsAgree(t *testing.T) {
	vowels := []string{"a", "e", "i", "o", "u", "y", "ä", "ö", "ü", "é"}
	var words []string
	for _, a := range vowels {
		for _, b := range vowels {
			for _, c := range []string{"", "u", "e"} {
				v := a + b + c
				words = append(words, v+"n", "b"+v+"nden", "ge"+v+"hrt", "st"+v+"ll"+v, "verm"+v+"rkt"+v+"n", "q"+v+"lle")
			}
			words = append(words, "kr"+a+"st"+b+"n", a+"nt"+b+"rh"+a+"ltung", "ber"+a+"t"+b+"ngs"+a)
		}
	}
	for _, line := range syllableList(t) {
		words = append(words, strings.ReplaceAll(line, "·", ""))
	}
	skipped := 0
	for _, w := range words {
		lower := lowerLetters(w)
		n, pairs := countNucleiCut(lower, nil)
		if n <= 1 {
			continue // one vowel group was counted without the patterns before too
		}
		if !pairs {
			skipped++
		}
		if got, want := germanSyllables(w), patternSyllables(lower); got != want {
			t.Errorf("germanSyllables(%q) = %d, with the patterns %d", w, got, want)
		}
	}
	if skipped < len(words)/10 {
		t.Errorf("only %d of %d words skip the patterns", skipped, len(words))
	}
}
