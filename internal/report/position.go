package report

import "artikel/internal/analysis"

// findingLineCol gives the 1-based line and column (in code points) where a
// finding's span starts in the file the document came from. For a JSON Lines
// record the line is the record's line and the column is within the decoded
// text (the text's position inside the JSON string is not tracked).
func findingLineCol(r *analysis.Report, f analysis.Finding) (line, col int, ok bool) {
	if f.Span == nil || r.Doc == nil {
		return 0, 0, false
	}
	if r.Source.Line > 0 {
		return r.Source.Line, f.Span.Start + 1, true
	}
	line, col = 1, 1
	n := 0
	for _, c := range r.Doc.Input {
		if n == f.Span.Start {
			break
		}
		n++
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col, true
}
