package report

import (
	"slices"

	"artikel/internal/analysis"
)

// textRange is where a span lies in its file: 1-based lines and columns in
// code points, the end exclusive (the column after the last character), as
// SARIF regions and editors count them.
type textRange struct {
	startLine, startCol int
	endLine, endCol     int
}

// findingRanges gives, for each finding of the report in order, the start
// and end of its span in the file the document came from; ok is false for
// findings about the whole document. One pass over the text serves every
// finding. \r\n, \r and \n each end a line, as the segmenter reads them, so
// the lines match what an editor shows for files with any line ends.
func findingRanges(r *analysis.Report) ([]textRange, []bool) {
	rgs := make([]textRange, len(r.Findings))
	oks := make([]bool, len(r.Findings))
	if r.Doc == nil {
		return rgs, oks
	}
	var offsets []int
	for i, f := range r.Findings {
		if f.Span == nil {
			continue
		}
		oks[i] = true
		start := max(f.Span.Start, 0)
		end := max(f.Span.End, start)
		if r.Source.Line > 0 {
			// A JSON Lines record is one line of its file.
			rgs[i] = textRange{r.Source.Line, start + 1, r.Source.Line, end + 1}
			continue
		}
		offsets = append(offsets, start, end)
	}
	if len(offsets) == 0 {
		return rgs, oks
	}
	slices.Sort(offsets)
	offsets = slices.Compact(offsets)
	at := make(map[int][2]int, len(offsets))
	line, col, n, next := 1, 1, 0, 0
	prevCR := false
	for _, c := range r.Doc.Input {
		for next < len(offsets) && offsets[next] == n {
			at[offsets[next]] = [2]int{line, col}
			next++
		}
		if next == len(offsets) {
			break
		}
		n++
		switch {
		case c == '\n' && prevCR:
			// The second half of \r\n: the line already ended at \r.
		case c == '\n' || c == '\r':
			line++
			col = 1
		default:
			col++
		}
		prevCR = c == '\r'
	}
	// Offsets at the end of the text (or past it, for a bad offset).
	for ; next < len(offsets); next++ {
		at[offsets[next]] = [2]int{line, col}
	}
	for i, f := range r.Findings {
		if !oks[i] || r.Source.Line > 0 {
			continue
		}
		start := max(f.Span.Start, 0)
		end := max(f.Span.End, start)
		s, e := at[start], at[end]
		rgs[i] = textRange{s[0], s[1], e[0], e[1]}
	}
	return rgs, oks
}
