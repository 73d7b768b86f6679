package analysis

import (
	"artikel/internal/document"
	"artikel/internal/input"
)

// Message is a document-level warning or error as the JSON contract's
// "warnings", "errors" and "gate_failures" lists show it.
type Message struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// AnalyzerResult is one analyzer's outcome on one document.
type AnalyzerResult struct {
	Analyzer *Analyzer
	// Value is the typed result; nil when skipped or failed.
	Value any
	// Skipped is the reason the analyzer did not apply, if it did not.
	Skipped string
	// Err is set when the analyzer failed.
	Err error
}

// Name is the analyzer's name, the result's key in JSON.
func (r AnalyzerResult) Name() string { return r.Analyzer.Name }

// Report is everything known about one document: what every output format
// renders, the gates check and the corpus summary counts.
type Report struct {
	Source   input.Source
	Doc      *document.Document // nil when the document could not be read
	Language document.Language
	// Results are the selected analyzers' outcomes in run order. Analyzers
	// that ran only because a selected one requires them are not listed.
	Results []AnalyzerResult
	// Findings are everything flagged in the document, in the order reported.
	Findings []Finding
	// Warnings and Errors are the document-level messages of the JSON
	// contract (each also a Finding of the pipeline).
	Warnings []Message
	Errors   []Message
	// Failures are the --fail-on rules the document failed (Code = the rule).
	Failures []Message
}

// Failed reports whether the document could not be analyzed at all.
func (r *Report) Failed() bool { return r.Doc == nil }

// Result returns the outcome of the named analyzer, if it was selected.
func (r *Report) Result(name string) (AnalyzerResult, bool) {
	for _, res := range r.Results {
		if res.Analyzer.Name == name {
			return res, true
		}
	}
	return AnalyzerResult{}, false
}

// HasFinding reports whether the document has a finding with this code.
func (r *Report) HasFinding(code string) bool {
	for _, f := range r.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}

// AddWarning adds a document-level warning of the pipeline, also as a finding.
func (r *Report) AddWarning(code, message string) {
	r.Warnings = append(r.Warnings, Message{Code: code, Message: message})
	r.Findings = append(r.Findings, Finding{Analyzer: Core, Code: code, Severity: SeverityWarning, Message: message})
}

// AddError adds a document-level error of the pipeline, also as a finding.
func (r *Report) AddError(code, message string) {
	r.Errors = append(r.Errors, Message{Code: code, Message: message})
	r.Findings = append(r.Findings, Finding{Analyzer: Core, Code: code, Severity: SeverityError, Message: message})
}
