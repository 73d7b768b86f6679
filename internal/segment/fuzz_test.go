package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// FuzzSegment checks the structural invariants (offsets in range, ordered,
// on rune boundaries, tokens inside sentences inside paragraphs) and that
// nothing panics, for German and English rules.
func FuzzSegment(f *testing.F) {
	if b, err := os.ReadFile("testdata/sample_de.txt"); err == nil {
		f.Add(string(b))
	}
	if fh, err := os.Open("testdata/german_cases.jsonl"); err == nil {
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var c struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				f.Add(c.Text)
			}
		}
		fh.Close()
	}
	for _, s := range []string{"", "„", "\r\n\r", "a.b@c.d", "1.) x 2.) y", ". . . .", "z. B.", "\xff\xfe", "e.V. (CCC)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, "de")
		checkInvariants(t, text, "en")
	})
}
