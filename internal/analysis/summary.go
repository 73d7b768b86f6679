package analysis

import "io"

// Tally accumulates one analyzer's part of the corpus summary, one document
// at a time. Analyzers that contribute to the summary set Analyzer.Tally.
//
// A Tally's state must survive an encoding/json round trip of the value
// (exported fields, or MarshalJSON/UnmarshalJSON): a distributed runner ships
// partial tallies between workers and merges them.
type Tally interface {
	// Add counts one document: its result (nil when the analyzer was skipped
	// or failed) and the findings the analyzer reported on it.
	Add(id string, result any, findings []Finding)
	// Merge adds another tally of the same analyzer; the result does not
	// depend on how documents were split between tallies.
	Merge(other Tally)
	// Fields are the analyzer's keys of the summary object, in order, with
	// ranked lists cut to top items.
	Fields(top int) []Field
}

// Field is one key of the summary JSON object.
type Field struct {
	Key   string
	Value any
}

// Tallies implement the interfaces below for each format in which their
// part of the corpus summary has a section; each writes that section from
// the fields Fields returned.

// SummaryTextWriter writes the tally's section of the text summary.
type SummaryTextWriter interface {
	WriteSummaryText(w io.Writer, fields []Field, r *Render) error
}

// SummaryHTMLWriter writes the tally's panel of the HTML overview, with its
// own <h3> headings (a tally may show several lists).
type SummaryHTMLWriter interface {
	WriteSummaryHTML(w io.Writer, fields []Field, r *Render) error
}

// SummaryMarkdownWriter writes the tally's section of the Markdown overview,
// with its own "###" headings.
type SummaryMarkdownWriter interface {
	WriteSummaryMarkdown(w io.Writer, fields []Field, r *Render) error
}
