package document

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneIndex(t *testing.T) {
	texts := []string{
		"",
		"plain ascii text",
		"Grüße „Zitat“ – € 😀",
		strings.Repeat("äöü ß ", 50) + "x",
		strings.Repeat("a", 127) + "é" + strings.Repeat("b", 64),
	}
	for _, text := range texts {
		idx := newRuneIndex(text)
		n := 0
		for off := 0; off <= len(text); off++ {
			if off == len(text) || utf8.RuneStart(text[off]) {
				if got := idx.at(text, off); got != n {
					t.Fatalf("%q: byte %d → %d, want %d", text, off, got, n)
				}
				n++
			}
		}
	}
}

func TestNewAndSpan(t *testing.T) {
	text := "Über den Gipfel\nDie Delegierten aus Köln kamen am 05. Februar 2026 zusammen. Sie berieten lange."
	d := New("x", text, "de")
	if len(d.Paragraphs) != 2 || d.Paragraphs[0].Kind != KindTitle || d.Paragraphs[1].Kind != KindBody {
		t.Fatalf("paragraphs = %+v", d.Paragraphs)
	}
	if len(d.Sentences) != 3 {
		t.Fatalf("sentences = %d, want 3 (title + 2)", len(d.Sentences))
	}
	s := d.Sentences[1]
	sp := d.Span(int(s.Start), int(s.End))
	if sp.Text != "Die Delegierten aus Köln kamen am 05. Februar 2026 zusammen." {
		t.Errorf("sentence 1 = %q", sp.Text)
	}
	if want := utf8.RuneCountInString(text[:s.Start]); sp.Start != want {
		t.Errorf("span start %d, want code point %d", sp.Start, want)
	}
	if got := []rune(text)[sp.Start:sp.End]; string(got) != sp.Text {
		t.Errorf("code-point offsets do not select the text: %q", string(got))
	}
	for i := int(s.FirstToken); i < int(s.EndToken); i++ {
		if d.Tokens[i].Sentence != 1 {
			t.Fatalf("token %d (%q) belongs to sentence %d", i, d.TokenText(i), d.Tokens[i].Sentence)
		}
	}
	if d.TokenText(int(s.FirstToken)) != "Die" || d.TokenText(int(s.EndToken)-1) != "." {
		t.Errorf("sentence tokens run from %q to %q", d.TokenText(int(s.FirstToken)), d.TokenText(int(s.EndToken)-1))
	}
	if d.Words() != 16 {
		t.Errorf("words = %d, want 16", d.Words())
	}
}

func TestEmpty(t *testing.T) {
	d := New("e", "", "")
	if d.Paragraphs == nil || d.Sentences == nil || d.Tokens == nil {
		t.Error("empty document must have empty, non-nil slices")
	}
}
