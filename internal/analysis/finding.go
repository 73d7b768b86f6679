package analysis

import "artikel/internal/document"

// Severity ranks a finding: error fails `--fail-on error`, warning fails
// `--fail-on warning`, info is shown but fails nothing.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding is everything an analyzer (or the pipeline itself) flags in a
// document, like a Diagnostic of go/analysis or an Alert of Vale. Every
// output format, the gates and the corpus summary read findings; none of
// them searches results for warning codes.
type Finding struct {
	// Analyzer is the analyzer that reported it; "artikel" for the pipeline's
	// own findings (input, encoding, language).
	Analyzer string   `json:"analyzer"`
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Span is the stretch of text the finding is about (code-point offsets),
	// nil for findings about the whole document.
	*document.Span
}

// Core is the Analyzer name of the pipeline's own findings.
const Core = "artikel"
