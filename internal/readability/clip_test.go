package readability

import (
	"strings"
	"testing"
)

// TestClip: clip shows the text with its spaces collapsed, cut to n runes
// with an ellipsis, without reading the rest of a long text.
func TestClip(t *testing.T) {
	collapse := func(s string, n int) string {
		rs := []rune(strings.Join(strings.Fields(s), " "))
		if len(rs) <= n {
			return string(rs)
		}
		return string(rs[:n-1]) + "…"
	}
	for _, s := range []string{"", "  ", "Ein Satz.", "  Ein \n\t Satz  mit   Lücken.  ", "äöü ß  ÄÖÜ", "ab cd", "ab  cd ", strings.Repeat("Er sagte: „a“ ", 1000)} {
		for n := 1; n < 20; n++ {
			if got, want := clip(s, n), collapse(s, n); got != want {
				t.Errorf("clip(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
