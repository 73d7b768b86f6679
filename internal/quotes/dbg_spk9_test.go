package quotes

import (
	"testing"

	"artikel/internal/document"
)

func TestDbgSpk9(t *testing.T) {
	d := document.New("t", "Schon am Freitagabend zogen Studenten vor das Rathaus der Stadt und riefen: „Bildung ist keine Ware.“", "de")
	a := newAnalysis(d)
	for i := range d.Tokens {
		t.Logf("%d %q", i, a.tok(i))
	}
	s, e, r := a.coordinatedSubject(11, 0)
	t.Logf("coord %d %d %q", s, e, r)
	s, e, r = a.subject(11, 0, 13)
	t.Logf("subj %d %d %q adv0=%v", s, e, r, a.adverbial(0))
}
