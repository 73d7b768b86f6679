package cli

import (
	"fmt"
	"io"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/gate"
	"artikel/internal/pipeline"
	"artikel/internal/report"
)

// batch is what happens to each analyzed document after the pipeline, in
// input order: gates are checked, messages go to stderr, the summary counts
// it and the writer renders it. finish writes the summary and says how the
// run ends. It knows nothing of flags or cobra, so tests drive it directly.
type batch struct {
	rules       []gate.Rule
	summary     *corpus.Builder
	w           report.Writer
	errOut      io.Writer
	beforeLog   func() // clears the progress bar before a message
	summaryOnly bool
	noSummary   bool
	// alwaysSummary writes the summary even for one document (JSON Lines
	// input: a stream is a batch whatever its length).
	alwaysSummary bool

	docs, readable, failedGates int
	// lastBytes is the size of the last document's text: a writer may
	// hold its report until it is closed (--format json does for one
	// document).
	lastBytes int
}

// add handles one report; an error stops the run (the output is broken).
func (b *batch) add(r *analysis.Report) error {
	b.docs++
	b.lastBytes = len(r.Source.Text)
	if !r.Failed() {
		b.readable++
	}
	where := r.Source.Where()
	for _, rule := range b.rules {
		if detail := rule.Check(r); detail != "" {
			r.Failures = append(r.Failures, analysis.Message{Code: rule.Text, Message: detail})
			b.log("%s: %s: %s\n", where, rule.Text, detail)
		}
	}
	if len(r.Failures) > 0 {
		b.failedGates++
	}
	b.summary.Add(r)
	for _, m := range r.Warnings {
		b.log("artikel: warning: %s: %s\n", where, m.Message)
	}
	for _, m := range r.Errors {
		b.log("artikel: %s: %s\n", where, m.Message)
	}
	if b.summaryOnly {
		return nil
	}
	return b.w.Write(r)
}

func (b *batch) log(format string, args ...any) {
	if b.beforeLog != nil {
		b.beforeLog()
	}
	fmt.Fprintf(b.errOut, format, args...)
}

// finish writes the summary (for a batch, or when asked) and closes the
// writer; runErr is the pipeline's error. The result is the run's error
// with its exit code, or nil.
func (b *batch) finish(runErr error) error {
	// The memory budget of the run still covers a report the writer holds.
	return pipeline.WithMemoryBudget(b.lastBytes, func() error { return b.close(runErr) })
}

func (b *batch) close(runErr error) error {
	err := runErr
	if sw, ok := b.w.(report.SummaryWriter); ok && err == nil && !b.noSummary && (b.docs > 1 || b.summaryOnly || b.alwaysSummary) {
		err = sw.WriteSummary(b.summary.Summary())
	}
	if cerr := b.w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	switch {
	case b.docs > 0 && b.readable == 0:
		return &exitError{code: ExitUsage, err: fmt.Errorf("no document could be read")}
	case b.failedGates > 0:
		return &exitError{code: ExitGate, err: fmt.Errorf("%d of %d %s failed --fail-on", b.failedGates, b.docs, plural(b.docs, "document"))}
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
