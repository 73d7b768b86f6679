// Package analysis defines what an analyzer is. It follows the shape of
// golang.org/x/tools/go/analysis: a plain struct with a name, a doc string,
// the analyzers it requires, a Run function that returns a typed result, and
// findings reported through the pass. Everything after the analyzers (every
// output format, the corpus summary, gates) works on these typed values; the
// interfaces in render.go and summary.go are how a result shows itself.
package analysis

import (
	"errors"
	"fmt"
	"reflect"
	"slices"

	"artikel/internal/document"
)

// Analyzer is one pluggable analysis of a document.
type Analyzer struct {
	// Name is the key of the result in the JSON document and the name used with --analyzers.
	Name string
	// Doc is a one-line description shown by `artikel analyzers`.
	Doc string
	// Languages lists the ISO 639-1 codes the analyzer has resources for; nil means any.
	Languages []string
	// Requires lists the analyzers whose results Run reads. They run first on
	// the same document (also when the user did not select them: their results
	// are then computed but not shown); Order checks the graph.
	Requires []*Analyzer
	// ResultType is the type of the value Run returns (a pointer or struct
	// type). Gates check a rule's field path against it before any document is
	// read, so a typo is an error instead of a rule that never fires.
	ResultType reflect.Type
	// Settings are the options this analyzer reads (pass.Setting). The CLI
	// turns each into a flag and an .artikel.yaml key.
	Settings []Setting
	// Run analyzes pass.Doc and returns a typed result, or an error made by Skip.
	Run func(pass *Pass) (any, error)
	// Tally, when set, makes the accumulator of the analyzer's part of the
	// corpus summary.
	Tally func() Tally
	// Prepare, when set, loads the analyzer's expensive resources (models,
	// lexicons) once. The pipeline calls it in the background as soon as the
	// analyzer is enabled, so loading overlaps with other start-up work;
	// Run must still work (and load) if Prepare has not finished.
	Prepare func()
}

func (a *Analyzer) String() string { return a.Name }

// Supports reports whether the analyzer has resources for lang.
func (a *Analyzer) Supports(lang string) bool {
	return a.Languages == nil || slices.Contains(a.Languages, lang)
}

// Setting is a user option that belongs to one analyzer.
type Setting struct {
	// Name is the flag name (--keyphrase); the configuration key is the same
	// with underscores for dashes.
	Name string
	// Short is an optional one-letter flag.
	Short string
	// Usage is the flag's help text.
	Usage string
	// Default is the value when the user gives none.
	Default string
	// Check validates a value the user gave; nil accepts anything.
	Check func(value string) error
}

// Options are the user's settings that analyzers read.
type Options struct {
	// Top is how many items ranked lists show.
	Top int
	// Settings holds the values of the analyzers' Settings by name; a
	// missing name means its Default.
	Settings map[string]string
}

// Pass is one analyzer's view of one document.
type Pass struct {
	Analyzer *Analyzer
	Doc      *document.Document
	Options  Options
	results  map[*Analyzer]any
	report   func(Finding)
}

// NewPass starts analyzer a on doc. results holds the results of the
// analyzers that ran before on the same document; report receives findings.
func NewPass(a *Analyzer, doc *document.Document, opts Options, results map[*Analyzer]any, report func(Finding)) *Pass {
	return &Pass{Analyzer: a, Doc: doc, Options: opts, results: results, report: report}
}

// ResultOf returns the result of a required analyzer that ran before on the
// same document; ok is false when it was skipped or failed.
func (p *Pass) ResultOf(a *Analyzer) (any, bool) {
	r, ok := p.results[a]
	return r, ok && r != nil
}

// Result is ResultOf with the result's type.
func Result[T any](p *Pass, a *Analyzer) (T, bool) {
	r, ok := p.ResultOf(a)
	t, isT := r.(T)
	return t, ok && isT
}

// Setting returns the value of one of the analyzer's settings.
func (p *Pass) Setting(name string) string {
	if v, ok := p.Options.Settings[name]; ok {
		return v
	}
	for _, s := range p.Analyzer.Settings {
		if s.Name == name {
			return s.Default
		}
	}
	return ""
}

// Report records a finding of this analyzer.
func (p *Pass) Report(f Finding) {
	f.Analyzer = p.Analyzer.Name
	if f.Severity == "" {
		f.Severity = SeverityWarning
	}
	if p.report != nil {
		p.report(f)
	}
}

// Reportf records a finding with a formatted message; span may be nil.
func (p *Pass) Reportf(code string, sev Severity, span *document.Span, format string, args ...any) {
	p.Report(Finding{Code: code, Severity: sev, Span: span, Message: fmt.Sprintf(format, args...)})
}

// SkipError says an analyzer does not apply to a document, and why.
type SkipError struct{ Reason string }

func (e *SkipError) Error() string { return "skipped: " + e.Reason }

// Skip makes the error an analyzer returns when it does not apply.
func Skip(reason string) error { return &SkipError{Reason: reason} }

// IsSkip reports whether err says the analyzer was skipped, and why.
func IsSkip(err error) (string, bool) {
	var s *SkipError
	if errors.As(err, &s) {
		return s.Reason, true
	}
	return "", false
}
