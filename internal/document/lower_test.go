package document

import (
	"strings"
	"sync"
	"testing"
)

// Every token's lower-cased text is what strings.ToLower makes of it, for
// capitalised, upper-case, non-ASCII and already lower-case words alike,
// also when analyzers ask at the same time.
func TestLowerMatchesToLower(t *testing.T) {
	text := "Die BUNDESKANZLERIN sagte: „Öl, Ärger und Straße – ΣΟΦΊΑ İstanbul!“ 12 Mio. Euro.\n\nmeist klein, ÜBER Groß."
	d := New("x", text, "de")
	var wg sync.WaitGroup
	lows := make([]*LowerCase, 4)
	for k := range lows {
		wg.Go(func() { lows[k] = d.Lower() })
	}
	wg.Wait()
	l := lows[0]
	if l.Len() != len(d.Tokens) {
		t.Fatalf("Len %d, want %d tokens", l.Len(), len(d.Tokens))
	}
	changed := 0
	for i := range d.Tokens {
		want := strings.ToLower(d.TokenText(i))
		for _, l := range lows {
			if got := l.At(i); got != want {
				t.Errorf("token %d %q: At %q, want %q", i, d.TokenText(i), got, want)
			}
		}
		if want != d.TokenText(i) {
			changed++
		}
	}
	if changed < 8 {
		t.Errorf("only %d tokens change when lower-cased: the text no longer tests much", changed)
	}
	for _, l := range lows[1:] {
		if l != lows[0] {
			t.Error("the lower-cased texts were made more than once")
		}
	}
}
