package report

import "sort"

// hlSpan is one highlighted span of the article text, in code points of the
// document text, end exclusive.
type hlSpan struct {
	Start, End int
	// Kind is what the span marks (data-kind): quote, entity, ….
	Kind string
	// ID is the same on every piece of one span (a span that crosses another
	// is split into pieces), so the pieces can be counted as one.
	ID    string
	Class string
	Title string
	// rank orders spans of equal extent: lower is outer (the order the
	// analyzers gave them).
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
