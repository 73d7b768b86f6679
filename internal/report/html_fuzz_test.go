package report

import (
	"bytes"
	"testing"
)

// FuzzHighlight checks that any set of spans, however they overlap or
// overshoot, keeps the paragraph text and gives every piece a span that
// covers it (so the markup nests).
func FuzzHighlight(f *testing.F) {
	f.Add("„Ä“ abc def", 3, []byte{0, 5, 2, 9, 3, 4, 1, 200})
	f.Add("", 0, []byte{1, 2})
	f.Fuzz(func(t *testing.T, text string, start int, raw []byte) {
		if len(text) > 1000 {
			return
		}
		var spans []hlSpan
		for i := 0; i+1 < len(raw) && len(spans) < 12; i += 2 {
			a, b := int(raw[i])-20+start, int(raw[i+1])-20+start
			spans = append(spans, hlSpan{Start: a, End: b, Kind: "quote", ID: string(rune('a' + len(spans)))})
		}
		nodes := highlight(text, start, spans)
		if got, want := plain(nodes), string([]rune(text)); got != want {
			t.Fatalf("text changed: %q, want %q", got, want)
		}
		var walk func(ns []*hlNode, off int, open []hlSpan) int
		walk = func(ns []*hlNode, off int, open []hlSpan) int {
			for _, n := range ns {
				if n.Span == nil {
					end := off + len([]rune(n.Text))
					// Node spans carry offsets clipped and relative to the paragraph.
					for _, s := range open {
						if s.Start > off || s.End < end {
							t.Fatalf("piece [%d,%d) inside span %s [%d,%d) it is not part of", off, end, s.ID, s.Start, s.End)
						}
					}
					// ...and every span covering the piece is open around it.
					want := 0
					for _, s := range spans {
						a, b := max(s.Start-start, 0), min(s.End-start, len([]rune(text)))
						if a < b && a <= off && b >= end && off < end {
							want++
						}
					}
					if off < end && len(open) != want {
						t.Fatalf("piece [%d,%d) has %d spans open, %d cover it", off, end, len(open), want)
					}
					off = end
					continue
				}
				off = walk(n.Children, off, append(open[:len(open):len(open)], *n.Span))
			}
			return off
		}
		walk(nodes, 0, nil)
	})
}

// FuzzReport runs arbitrary text through the real pipeline (German, every
// analyzer) and renders it as HTML and Markdown: neither may fail or panic,
// the page must be well-formed, and no tag of the text may reach it.
func FuzzReport(f *testing.F) {
	f.Add("Titel\nDer Text <b>fett</b>. „Wir bauen“, sagte Anna Weber in Berlin.\n")
	f.Add("„“„\n\n<x> & ’ \r\n– Berlin, 1. Mai –")
	f.Add(hostileText)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4000 {
			return
		}
		r := analyze("<fuzz>", text)
		var page bytes.Buffer
		w := newHTMLWriter(&page, Options{})
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
		w.WriteSummary(summaryOf(r))
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(page.String()); err != nil {
			t.Fatalf("%v\n%s", err, page.String())
		}
		var md bytes.Buffer
		m := newMarkdownWriter(&md, Options{})
		if err := m.Write(r); err != nil {
			t.Fatal(err)
		}
		if err := m.Close(); err != nil {
			t.Fatal(err)
		}
	})
}
