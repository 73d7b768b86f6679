package report

import (
	"fmt"
	"sort"
	"unicode"
)

// hlSpan is one highlighted span of the article text, in code points of the
// document text, end exclusive.
type hlSpan struct {
	Start, End int
	// Kind is keyphrase, quote, speaker, cue or entity.
	Kind string
	// Layer names the toggle that hides the span: kp, quote, speaker or ent-N.
	Layer string
	// ID is the same on every piece of one span (a span that crosses another
	// is split into pieces), so the pieces can be counted as one.
	ID    string
	Class string
	Title string
	// rank orders spans of equal extent: lower is outer.
	rank int
}

// hlNode is a piece of highlighted text: either plain text or a span with children.
type hlNode struct {
	Text string
	// Anchor is the span's id on its first piece, a link target.
	Anchor   string
	Span     *hlSpan
	Children []*hlNode
}

// highlight splits the text of one paragraph, which starts at code point
// offset start, into properly nested spans. Spans are clipped to the
// paragraph; where two spans cross, the inner one closes and reopens, so
// the markup always nests. Boundaries come from the sorted set of all span
// starts and ends.
func highlight(text string, start int, spans []hlSpan) []*hlNode {
	runes := []rune(text)
	n := len(runes)
	var local []hlSpan
	bounds := map[int]bool{0: true, n: true}
	for _, s := range spans {
		a, b := max(s.Start-start, 0), min(s.End-start, n)
		if a >= b {
			continue
		}
		s.Start, s.End = a, b
		local = append(local, s)
		bounds[a], bounds[b] = true, true
	}
	cuts := make([]int, 0, len(bounds))
	for b := range bounds {
		cuts = append(cuts, b)
	}
	sort.Ints(cuts)
	// Longer spans open first so they are the outer ones and split least.
	sort.SliceStable(local, func(i, j int) bool {
		a, b := local[i], local[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.rank < b.rank
	})

	root := &hlNode{}
	type frame struct {
		node *hlNode
		span int // index into local
	}
	stack := []frame{{node: root, span: -1}}
	opened := map[int]bool{}
	for ci := 0; ci+1 < len(cuts); ci++ {
		a, b := cuts[ci], cuts[ci+1]
		active := map[int]bool{}
		for i, s := range local {
			if s.Start <= a && s.End >= b {
				active[i] = true
			}
		}
		// Close down to the first open span that is no longer active.
		keep := 1
		for keep < len(stack) && active[stack[keep].span] {
			keep++
		}
		stack = stack[:keep]
		open := map[int]bool{}
		for _, f := range stack[1:] {
			open[f.span] = true
		}
		var toOpen []int
		for i := range local {
			if active[i] && !open[i] {
				toOpen = append(toOpen, i)
			}
		}
		sort.SliceStable(toOpen, func(x, y int) bool {
			p, q := local[toOpen[x]], local[toOpen[y]]
			if p.End != q.End {
				return p.End > q.End
			}
			return p.rank < q.rank
		})
		for _, i := range toOpen {
			top := stack[len(stack)-1].node
			s := local[i]
			nd := &hlNode{Span: &s}
			if !opened[i] {
				opened[i] = true
				nd.Anchor = s.ID
			}
			top.Children = append(top.Children, nd)
			stack = append(stack, frame{node: nd, span: i})
		}
		top := stack[len(stack)-1].node
		top.Children = append(top.Children, &hlNode{Text: string(runes[a:b])})
	}
	return root.Children
}

// docSpans collects the highlight spans of every layer of a document. prefix
// makes the ids unique on a page with several documents.
func docSpans(v *docView, prefix string) []hlSpan {
	var out []hlSpan
	for i, o := range v.keyphraseSpans() {
		if o.End <= o.Start {
			continue
		}
		out = append(out, hlSpan{Start: o.Start, End: o.End, Kind: "keyphrase", Layer: "kp", ID: fmt.Sprintf("%s-k%d", prefix, i),
			Class: "hl kp", Title: "Keyphrase", rank: 4})
	}
	if v.Quotes != nil {
		speakers := v.speakerOrder()
		for i, q := range v.Quotes.Quotes {
			name := q.speakerName()
			spk := "spk-x"
			who := "unattributed"
			if n, ok := speakers[name]; ok {
				spk = fmt.Sprintf("spk-%d", n%speakerColours)
				who = name
			}
			title := "Quote"
			if q.Type != "" {
				title += " (" + q.Type + ")"
			}
			out = append(out, hlSpan{Start: q.Start, End: q.End, Kind: "quote", Layer: "quote", ID: fmt.Sprintf("%s-q%d", prefix, i),
				Class: "hl q " + spk, Title: title + ": " + who, rank: 0})
			if s := q.Speaker; s != nil && s.End > s.Start {
				out = append(out, hlSpan{Start: s.Start, End: s.End, Kind: "speaker", Layer: "speaker", ID: fmt.Sprintf("%s-q%ds", prefix, i),
					Class: "hl sp " + spk, Title: "Speaker: " + who, rank: 1})
			}
			if c := q.Cue; c != nil && c.End > c.Start {
				out = append(out, hlSpan{Start: c.Start, End: c.End, Kind: "cue", Layer: "speaker", ID: fmt.Sprintf("%s-q%dc", prefix, i),
					Class: "hl cue " + spk, Title: "Speech cue of " + who, rank: 2})
			}
		}
	}
	if v.Entities != nil {
		types := map[string]int{}
		for i, t := range v.entityTypes() {
			types[t] = i
		}
		for i, m := range v.Entities.Mentions {
			k := entityClass(m.Type, types[m.Type])
			title := typeLabel(m.Type)
			if m.Canonical != "" && m.Canonical != m.Text {
				title += ": " + m.Canonical
			}
			out = append(out, hlSpan{Start: m.Start, End: m.End, Kind: "entity", Layer: k, ID: fmt.Sprintf("%s-e%d", prefix, i),
				Class: "hl ent " + k, Title: title, rank: 3})
		}
	}
	return out
}

const speakerColours = 8

// entityClass gives the common types fixed colours and the others the
// remaining ones by their order in the document.
func entityClass(t string, order int) string {
	r := typeRank(t)
	if r < 4 {
		return fmt.Sprintf("ent-%d", r)
	}
	return fmt.Sprintf("ent-%d", 4+order%2)
}

// countWords counts runs of letters and digits (with inner hyphens and
// apostrophes) the way a reader counts words; the JSON carries no tokens
// unless asked, and the per-paragraph density chart needs a word count.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		if w {
			in = true
		} else if r != '-' && r != '\'' && r != '’' {
			in = false
		}
	}
	return n
}
