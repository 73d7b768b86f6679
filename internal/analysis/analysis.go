// Package analysis defines what an analyzer is. It follows the shape of
// golang.org/x/tools/go/analysis: a plain struct with a name, a doc string,
// what it needs, and a Run function; results are typed values that the report
// package renders.
package analysis

import (
	"errors"
	"io"
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
	// Uses names analyzers whose results Run reads when they are enabled; they run first.
	Uses []string
	// Run analyzes pass.Doc and returns a typed result, or an error made by Skip.
	Run func(pass *Pass) (any, error)
	// Prepare, when set, loads the analyzer's expensive resources (models,
	// lexicons) once. The pipeline calls it in the background as soon as the
	// analyzer is enabled, so loading overlaps with other start-up work;
	// Run must still work (and load) if Prepare has not finished.
	Prepare func()
}

// Supports reports whether the analyzer has resources for lang.
func (a *Analyzer) Supports(lang string) bool {
	return a.Languages == nil || slices.Contains(a.Languages, lang)
}

// Options are the user's settings that analyzers read.
type Options struct {
	// Keyphrase is the focus keyphrase given by the user ("" = detect one).
	Keyphrase string
	// Top is how many items ranked lists show.
	Top int
}

// Pass is one analyzer's view of one document.
type Pass struct {
	Doc     *document.Document
	Options Options
	results map[string]any
}

// NewPass starts the analysis of doc; results of earlier analyzers are added with SetResult.
func NewPass(doc *document.Document, opts Options) *Pass {
	return &Pass{Doc: doc, Options: opts, results: map[string]any{}}
}

// ResultOf returns the result of an analyzer that ran before on the same document.
func (p *Pass) ResultOf(name string) (any, bool) {
	r, ok := p.results[name]
	return r, ok
}

// SetResult records an analyzer's result for later analyzers.
func (p *Pass) SetResult(name string, result any) { p.results[name] = result }

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

// TextWriter is implemented by results that have a section in the terminal report.
type TextWriter interface {
	WriteText(w io.Writer) error
}
