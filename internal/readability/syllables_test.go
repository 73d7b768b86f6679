package readability

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestGermanSyllablesOnList checks the German syllable count against a list
// of words with hand-divided spoken syllables (origin in the file's header).
func TestGermanSyllablesOnList(t *testing.T) {
	f, err := os.Open("testdata/syllables-de.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, exact := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
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
