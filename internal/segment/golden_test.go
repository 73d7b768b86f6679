package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"artikel/internal/shareddata"
)

type goldenCase struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Verbatim  *bool    `json:"verbatim"`
}

// loadGolden reads a JSONL golden file the way the project scorer does:
// non-verbatim cases skipped, duplicates of (text, sentences) dropped.
func loadGolden(t *testing.T, path string) []goldenCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldenCase
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c goldenCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if c.Verbatim != nil && !*c.Verbatim {
			continue
		}
		key := c.Text + "\x00" + strings.Join(c.Sentences, "\x00")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sentenceTexts returns the stripped sentence texts of Segment(text, lang).
func sentenceTexts(text, lang string) []string {
	r := Segment(text, lang)
	out := make([]string, len(r.Sentences))
	for i, s := range r.Sentences {
		out[i] = strings.TrimSpace(text[s.Start:s.End])
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// runGolden scores the cases exactly like `score segmentation` and fails
// below min (the figure reached when the test was written).
func runGolden(t *testing.T, path, lang string, min float64) {
	cases := loadGolden(t, path)
	ok := 0
	for _, c := range cases {
		want := make([]string, len(c.Sentences))
		for i, s := range c.Sentences {
			want[i] = strings.TrimSpace(s)
		}
		got := sentenceTexts(c.Text, lang)
		if equalStrings(got, want) {
			ok++
			continue
		}
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		t.Logf("FAIL %s\n  want %s\n  got  %s", c.ID, w, g)
	}
	score := 100 * float64(ok) / float64(len(cases))
	t.Logf("segmentation %s: %d/%d exact (%.1f%%)", lang, ok, len(cases), score)
	if score < min {
		t.Errorf("score %.1f%% below the recorded %.1f%%", score, min)
	}
}

// sharedPath finds a file of the project's reference data ("" when absent;
// the tests that need it skip).
func sharedPath(rel string) string { return shareddata.Path(rel) }

func TestGoldenGerman(t *testing.T) {
	p := sharedPath("data/segmentation/german_golden.jsonl")
	if p == "" {
		t.Skip("shared golden data not available: put the reference data in ../shared or set ARTIKEL_SHARED")
	}
	runGolden(t, p, "de", 98.1)
}

func TestGoldenEnglish(t *testing.T) {
	p := sharedPath("data/segmentation/english_golden.jsonl")
	if p == "" {
		t.Skip("shared golden data not available: put the reference data in ../shared or set ARTIKEL_SHARED")
	}
	runGolden(t, p, "en", 100)
}

// TestGoldenFixture runs the project's own German cases
// (testdata/german_cases.jsonl, written for artikel); all must pass.
func TestGoldenFixture(t *testing.T) {
	runGolden(t, "testdata/german_cases.jsonl", "de", 100)
}
