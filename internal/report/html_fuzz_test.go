package report

import (
	"bytes"
	"encoding/json"
	"strings"
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

// FuzzHTMLDocument renders arbitrary JSON objects: the writer must not
// panic, and never lets a tag from the input through.
func FuzzHTMLDocument(f *testing.F) {
	f.Add([]byte(`{"id":"x","paragraphs":[{"index":0,"kind":"body","start":0,"end":3,"text":"<b>"}],"quotes":{"quotes":[{"start":0,"end":2}]}}`))
	f.Add([]byte(`{"keywords":{"keyphrase":{"phrase":"a b"},"phrases":[{"phrase":"a b","occurrences":[{"start":-5,"end":9}]}]}}`))
	f.Add([]byte(`{"entities":{"mentions":[{"start":1,"end":1e9,"type":"<x>"}]},"paragraphs":[{"start":0,"end":5,"text":"Hallo"}]}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		if !json.Valid(doc) {
			return
		}
		var buf bytes.Buffer
		w := newHTMLWriter(&buf, Options{})
		if err := w.writeJSON(doc); err != nil {
			return // not an object
		}
		w.Close()
		if strings.Contains(buf.String(), "<b>") || strings.Contains(buf.String(), "<x>") {
			t.Fatal("input markup reached the page")
		}
		var md bytes.Buffer
		m := newMarkdownWriter(&md, Options{})
		m.writeJSON(doc)
		m.Close()
	})
}
