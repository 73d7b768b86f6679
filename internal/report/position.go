package report

import "artikel/internal/analysis"

// findingLineCol gives the 1-based line and column (in code points) where a
// finding's span starts in the file the document came from. For a JSON Lines
// record the line is the record's line and the column is within the decoded
// text (the text's position inside the JSON string is not tracked).
func findingLineCol(r *analysis.Report, f analysis.Finding) (line, col int, ok bool) {
	rg, ok := findingRange(r, f)
	return rg.startLine, rg.startCol, ok
}

// textRange is where a span lies in its file: 1-based lines and columns in
// code points, the end exclusive (the column after the last character), as
// SARIF regions and editors count them.
type textRange struct {
	startLine, startCol int
	endLine, endCol     int
}

// findingRange gives the start and end of a finding's span in the file the
// document came from; ok is false for findings about the whole document.
// \r\n, \r and \n each end a line, as the segmenter reads them, so the lines
// match what an editor shows for files with any line ends.
func findingRange(r *analysis.Report, f analysis.Finding) (textRange, bool) {
	if f.Span == nil || r.Doc == nil {
		return textRange{}, false
	}
	start := max(f.Span.Start, 0)
	end := max(f.Span.End, start)
	if r.Source.Line > 0 {
		// A JSON Lines record is one line of its file.
		return textRange{r.Source.Line, start + 1, r.Source.Line, end + 1}, true
	}
	var rg textRange
	line, col, n := 1, 1, 0
	prevCR := false
	for _, c := range r.Doc.Input {
		if n == start {
			rg.startLine, rg.startCol = line, col
		}
		if n == end {
			rg.endLine, rg.endCol = line, col
			return rg, true
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
	// The span reaches the end of the text (or past it, for a bad offset).
	if rg.startLine == 0 {
		rg.startLine, rg.startCol = line, col
	}
	rg.endLine, rg.endCol = line, col
	return rg, true
}
