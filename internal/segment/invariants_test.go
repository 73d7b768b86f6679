package segment

import (
	"testing"
)

// checkInvariants verifies the structural guarantees of Segment.
func checkInvariants(t *testing.T, text, lang string) {
	t.Helper()
	r := Segment(text, lang)
	// rune boundaries as Go decodes the text (an invalid byte is one rune)
	bound := make([]bool, len(text)+1)
	for i := range text {
		bound[i] = true
	}
	bound[len(text)] = true
	inRange := func(what string, s, e int) {
		if s < 0 || e > len(text) || s >= e || s > len(text) {
			t.Fatalf("%s [%d,%d) out of range or empty in %q", what, s, e, text)
		}
		if !bound[s] || !bound[e] {
			t.Fatalf("%s [%d,%d) not on rune boundary in %q", what, s, e, text)
		}
	}
	last := 0
	for i, p := range r.Paragraphs {
		inRange("paragraph", int(p.Start), int(p.End))
		if int(p.Start) < last {
			t.Fatalf("paragraph %d out of order", i)
		}
		last = int(p.End)
	}
	last = 0
	for i, s := range r.Sentences {
		inRange("sentence", int(s.Start), int(s.End))
		if int(s.Start) < last {
			t.Fatalf("sentence %d out of order", i)
		}
		last = int(s.End)
		if s.Paragraph < 0 || int(s.Paragraph) >= len(r.Paragraphs) {
			t.Fatalf("sentence %d: bad paragraph %d", i, s.Paragraph)
		}
		p := r.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %d outside its paragraph", i)
		}
		if s.FirstToken > s.EndToken || int(s.EndToken) > len(r.Tokens) {
			t.Fatalf("sentence %d: bad token range %d..%d", i, s.FirstToken, s.EndToken)
		}
		for k := s.FirstToken; k < s.EndToken; k++ {
			if int(r.Tokens[k].Sentence) != i {
				t.Fatalf("sentence %d: token %d in its range belongs to sentence %d", i, k, r.Tokens[k].Sentence)
			}
		}
		if i > 0 && s.FirstToken != r.Sentences[i-1].EndToken {
			t.Fatalf("sentence %d: tokens start at %d, the previous sentence's end at %d", i, s.FirstToken, r.Sentences[i-1].EndToken)
		}
	}
	last = 0
	for i, tk := range r.Tokens {
		inRange("token", int(tk.Start), int(tk.End))
		if int(tk.Start) < last {
			t.Fatalf("token %d out of order in %q", i, text)
		}
		last = int(tk.End)
		if tk.Sentence < 0 || int(tk.Sentence) >= len(r.Sentences) {
			t.Fatalf("token %d: bad sentence %d", i, tk.Sentence)
		}
		s := r.Sentences[tk.Sentence]
		if tk.Start < s.Start || tk.End > s.End {
			t.Fatalf("token %d %q outside its sentence in %q", i, text[tk.Start:tk.End], text)
		}
		switch tk.Kind {
		case TokWord, TokNumber, TokPunct, TokQuote, TokSymbol:
		default:
			t.Fatalf("token %d: kind %q", i, tk.Kind)
		}
	}
	if r.Dateline != nil {
		inRange("dateline", r.Dateline.Start, r.Dateline.End)
	}
	if r.Byline != nil {
		inRange("byline", r.Byline.Start, r.Byline.End)
	}
}
