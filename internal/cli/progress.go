package cli

import (
	"io"

	"github.com/schollz/progressbar/v3"

	"artikel/internal/input"
)

// progress shows count, rate and ETA on stderr while a batch runs. It stays
// silent unless stderr is a terminal and more than one document is expected,
// so logs and pipes never see control characters.
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(opts *AnalyzeOptions, paths []string, inOpts input.Options) *progress {
	if opts.Quiet || !isTerminal(opts.IO.ErrOut) {
		return &progress{}
	}
	total := -1 // unknown: JSON Lines and stdin are streams
	if opts.Input != "jsonl" && !contains(paths, "-") {
		total = input.Count(paths, inOpts)
		if total <= 1 {
			return &progress{}
		}
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(opts.IO.ErrOut),
		progressbar.OptionSetDescription("analyzing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p *progress) add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// clear removes the bar before a message is printed, so they do not mix.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// clearing wraps the report's stream so that the bar is cleared before every
// write: when stdout and stderr are the same terminal, no bar line is left
// inside the report.
func (p *progress) clearing(w io.Writer) io.Writer {
	if p.bar == nil {
		return w
	}
	return clearingWriter{w: w, clear: p.clear}
}

// clearingWriter holds the clear function, not the progress bar: a bar
// stored in an interface value would make the linker keep every exported
// method of the progress-bar package (its HTTP server among them), 3.6 MB.
type clearingWriter struct {
	w     io.Writer
	clear func()
}

func (c clearingWriter) Write(b []byte) (int, error) {
	c.clear()
	return c.w.Write(b)
}
