package render

import (
	"bytes"
	"testing"

	"artikel/internal/document"
)

func TestMD(t *testing.T) {
	for in, want := range map[string]string{
		"a|b":          `a\|b`,
		"*x* _y_":      `\*x\* \_y\_`,
		"[l](u)":       `\[l\](u)`,
		"<b>":          `\<b\>`,
		"zwei\nZeilen": "zwei Zeilen",
		"„Ä“ & ü":      `„Ä“ \& ü`,
	} {
		if got := MD(in); got != want {
			t.Errorf("MD(%q) = %q, want %q", in, got, want)
		}
	}
	if got := MDCode("a`b|c"); got != "a'b¦c" {
		t.Errorf("MDCode = %q", got)
	}
}

func TestParagraphs(t *testing.T) {
	d := document.New("t", "Über Äpfel\nDer Bär aß 3 Äpfel. Gut!\n", "de")
	if got := ParagraphWords(d); len(got) != 2 || got[0] != 2 || got[1] != 6 {
		t.Errorf("words per paragraph %v, want [2 6]", got)
	}
	p := NewParagraphs(d)
	// Offsets are code points: "Über Äpfel" is 10 of them, the line break 1.
	for off, want := range map[int]int{0: 0, 9: 0, 10: -1, 11: 1, 34: 1, 35: -1} {
		if got := p.Of(off); got != want {
			t.Errorf("Of(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestFactsEscape(t *testing.T) {
	var b bytes.Buffer
	FactsHTML(&b, []Fact{{"a<b", "<script>"}})
	if got := b.String(); got != "<dl class=\"facts\">\n<dt>a&lt;b</dt><dd>&lt;script&gt;</dd>\n</dl>\n" {
		t.Errorf("got %q", got)
	}
}
