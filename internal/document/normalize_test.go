package document

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkSpans verifies what a user checks on the JSON: every token span's
// code-point offsets cut exactly its text out of the input, and that text,
// normalized, is the token the analyzers saw.
func checkSpans(t *testing.T, d *Document) {
	t.Helper()
	runes := []rune(d.Input)
	for i, tok := range d.Tokens {
		sp := d.Span(int(tok.Start), int(tok.End))
		if sp.Start < 0 || sp.End > len(runes) || sp.Start > sp.End {
			t.Fatalf("token %d: span %d..%d outside the input (%d code points)", i, sp.Start, sp.End, len(runes))
		}
		if got := string(runes[sp.Start:sp.End]); got != sp.Text {
			t.Fatalf("token %d: input[%d:%d] = %q, span text %q", i, sp.Start, sp.End, got, sp.Text)
		}
		// A token boundary inside a stretch that normalizing reordered
		// (combining marks without a base) widens the span to the whole
		// stretch; otherwise the span is exactly the token.
		want := norm.NFC.String(strings.ReplaceAll(sp.Text, softHyphen, ""))
		if want != d.TokenText(i) && !strings.Contains(want, d.TokenText(i)) {
			t.Fatalf("token %d: span text %q normalizes to %q, token is %q", i, sp.Text, want, d.TokenText(i))
		}
	}
}

func tokenTexts(d *Document) []string {
	var out []string
	for i := range d.Tokens {
		out = append(out, d.TokenText(i))
	}
	return out
}

func TestSoftHyphen(t *testing.T) {
	d := New("t", "Er fährt nach Mün\u00adchen und Ham\u00adburg.", "de")
	got := tokenTexts(d)
	want := []string{"Er", "fährt", "nach", "München", "und", "Hamburg", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
	// The span covers the original word, soft hyphen included.
	sp := d.Span(int(d.Tokens[3].Start), int(d.Tokens[3].End))
	if sp.Start != 14 || sp.End != 22 || sp.Text != "Mün\u00adchen" {
		t.Errorf("München span = %+v, want 14..22 with the soft hyphen", sp)
	}
	sp = d.Span(int(d.Tokens[5].Start), int(d.Tokens[5].End))
	if sp.Start != 27 || sp.End != 35 || sp.Text != "Ham\u00adburg" {
		t.Errorf("Hamburg span = %+v, want 27..35", sp)
	}
	checkSpans(t, d)
}

func TestDecomposedText(t *testing.T) {
	// "Mu\u0308nchen" is München with the umlaut as a combining mark, as
	// text copied from some PDFs and macOS file names comes.
	in := "Gru\u0308ße aus Mu\u0308nchen. Ko\u0308ln folgt."
	d := New("t", in, "de")
	if d.Text != "Grüße aus München. Köln folgt." {
		t.Errorf("analyzed text = %q, want NFC", d.Text)
	}
	if d.Input != in {
		t.Errorf("Input changed: %q", d.Input)
	}
	got := tokenTexts(d)
	if got[2] != "München" || got[4] != "Köln" {
		t.Fatalf("tokens = %q", got)
	}
	sp := d.Span(int(d.Tokens[2].Start), int(d.Tokens[2].End))
	if sp.Start != 11 || sp.End != 19 || sp.Text != "Mu\u0308nchen" {
		t.Errorf("München span = %+v, want 11..19 over the decomposed input", sp)
	}
	// A sentence span after the changes still lines up.
	s := d.Span(int(d.Sentences[1].Start), int(d.Sentences[1].End))
	if s.Text != "Ko\u0308ln folgt." || s.Start != 21 {
		t.Errorf("second sentence span = %+v", s)
	}
	checkSpans(t, d)
}

func TestNormalizeUnchanged(t *testing.T) {
	in := "Grüße aus Köln – „Zitat“."
	text, m := normalize(in)
	if len(m) != 0 || text != in {
		t.Errorf("NFC text without soft hyphens must stay as is (map %v)", m)
	}
}

func FuzzNormalizedSpans(f *testing.F) {
	for _, s := range []string{"Mün\u00adchen", "Mu\u0308nchen", "\u00ad\u00ad", "a\u0301\u00ad\u0308b c", "e\u0301\u0323 x", "\u1100\u1161\u11a8 한", "Å Å"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := New("f", s, "de")
		checkSpans(t, d)
		for _, sn := range d.Sentences {
			sp := d.Span(int(sn.Start), int(sn.End))
			if string([]rune(d.Input)[sp.Start:sp.End]) != sp.Text {
				t.Fatalf("sentence span %+v does not cut the input", sp)
			}
		}
	})
}
