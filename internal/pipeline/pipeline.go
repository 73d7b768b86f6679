package pipeline

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/input"
	"artikel/internal/langid"
)

// Config says how documents are analyzed.
type Config struct {
	Analyzers []*analysis.Analyzer
	Options   analysis.Options
	// Lang fixes the language; "" means detect it with Detector.
	Lang     string
	Detector *langid.Detector
	// Jobs is the number of documents analyzed at once (default: CPUs).
	Jobs int
}

// Message is a warning or error attached to a document.
type Message struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// AnalyzerResult is one analyzer's outcome on one document.
type AnalyzerResult struct {
	Name string
	// Value is the typed result; nil when skipped or failed.
	Value any
	// Skipped is the reason the analyzer did not apply, if it did not.
	Skipped string
	// Err is set when the analyzer failed.
	Err error
}

// Report is everything known about one document.
type Report struct {
	Source   input.Source
	Doc      *document.Document // nil when the document could not be read
	Language langid.Result
	Results  []AnalyzerResult
	Warnings []Message
	Errors   []Message
	// Failures are the --fail-on rules the document failed (Code = the rule).
	Failures []Message
}

// Failed reports whether the document could not be analyzed at all.
func (r *Report) Failed() bool { return r.Doc == nil }

// Prepare starts loading, in the background, the language models and every
// enabled analyzer's resources, so that they load side by side on all cores
// while the first document is read. Each resource loads once however often
// Prepare is called.
func (c *Config) Prepare() {
	if c.Lang == "" && c.Detector != nil {
		go c.Detector.WarmUp()
	}
	for _, a := range c.Analyzers {
		if a.Prepare != nil {
			go a.Prepare()
		}
	}
}

// Analyze runs one document through the pipeline. It never panics: a panic
// inside an analyzer becomes that analyzer's error.
func (c *Config) Analyze(src input.Source) *Report {
	rep := &Report{Source: src, Warnings: []Message{}, Errors: []Message{}}
	for _, w := range src.Warnings {
		rep.Warnings = append(rep.Warnings, Message{Code: "encoding", Message: w})
	}
	if src.Err != nil {
		rep.Errors = append(rep.Errors, Message{Code: "input", Message: src.Err.Error()})
		rep.Language = langid.Result{Code: langid.Undetermined, Name: "undetermined", Alternatives: []langid.Alternative{}}
		return rep
	}
	switch {
	case c.Lang != "":
		rep.Language = langid.Given(c.Lang)
	case c.Detector != nil:
		rep.Language = c.Detector.Detect(src.Text)
		if !rep.Language.Reliable && len(src.Text) > 0 {
			rep.Warnings = append(rep.Warnings, Message{Code: "language_uncertain",
				Message: fmt.Sprintf("language uncertain (best guess %s, confidence %.2f): pass --lang to fix it", rep.Language.Code, rep.Language.Confidence)})
		}
	default:
		rep.Language = langid.Result{Code: langid.Undetermined, Name: "undetermined", Alternatives: []langid.Alternative{}}
	}
	lang := rep.Language.Code
	if lang == langid.Undetermined {
		lang = ""
	}
	doc := document.New(src.ID, src.Text, lang)
	doc.Path = src.Path
	rep.Doc = doc

	pass := analysis.NewPass(doc, c.Options)
	for _, a := range c.Analyzers {
		res := runAnalyzer(a, pass)
		if res.Err != nil {
			rep.Errors = append(rep.Errors, Message{Code: "analyzer", Message: fmt.Sprintf("%s: %v", a.Name, res.Err)})
		}
		if res.Value != nil {
			pass.SetResult(a.Name, res.Value)
		}
		rep.Results = append(rep.Results, res)
	}
	return rep
}

func runAnalyzer(a *analysis.Analyzer, pass *analysis.Pass) (res AnalyzerResult) {
	res.Name = a.Name
	if !a.Supports(pass.Doc.Lang) {
		lang := pass.Doc.Lang
		if lang == "" {
			lang = "an undetermined language"
		}
		res.Skipped = fmt.Sprintf("no resources for %s (supports %v)", lang, a.Languages)
		return res
	}
	defer func() {
		if p := recover(); p != nil {
			res.Value = nil
			res.Err = fmt.Errorf("internal error, please report it: %v", p)
		}
	}()
	v, err := a.Run(pass)
	if reason, ok := analysis.IsSkip(err); ok {
		res.Skipped = reason
		return res
	}
	res.Value, res.Err = v, err
	return res
}

// Run analyzes every source on c.Jobs workers and calls emit with each report
// in input order. At most about 2×Jobs documents are held at once, so memory
// is bounded by the jobs, not by the size of the input. It stops early when
// ctx is cancelled (after emitting the documents already finished in order)
// or when emit returns an error.
func (c *Config) Run(ctx context.Context, sources iter.Seq[input.Source], emit func(*Report) error) error {
	c.Prepare()
	jobs := c.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if jobs == 1 {
		for src := range sources {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err := emit(c.Analyze(src)); err != nil {
				return err
			}
		}
		return nil
	}

	// Each document gets a one-slot channel; the queue keeps them in input
	// order and its capacity bounds how far workers run ahead of the writer.
	queue := make(chan chan *Report, 2*jobs)
	sem := make(chan struct{}, jobs)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	go func() {
		defer close(queue)
		for src := range sources {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			slot := make(chan *Report, 1)
			select {
			case queue <- slot:
			case <-ctx.Done():
				<-sem
				return
			}
			wg.Add(1)
			go func(src input.Source) {
				defer wg.Done()
				defer func() { <-sem }()
				slot <- c.Analyze(src)
			}(src)
		}
	}()
	var err error
	for slot := range queue {
		rep := <-slot
		if err == nil {
			err = emit(rep)
			if err != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}
