package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/gate"
	"artikel/internal/input"
	"artikel/internal/langid"
	"artikel/internal/pipeline"
	"artikel/internal/report"
)

// AnalyzeOptions are the settings of `artikel analyze`.
type AnalyzeOptions struct {
	IO *IOStreams

	Paths       []string
	Input       string
	Format      string
	Output      string
	Analyzers   string
	Lang        string
	Languages   []string
	Keyphrase   string
	Top         int
	Jobs        int
	MaxBytes    int64
	Include     []string
	Exclude     []string
	FailOn      []string
	Tokens      bool
	Quiet       bool
	SummaryOnly bool
	Config      string
}

func newAnalyzeCmd(io *IOStreams) *cobra.Command {
	opts := &AnalyzeOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "analyze [FILE|FOLDER|-]...",
		Short: "Analyze articles and print a report",
		Long: `Analyze one or more articles and print a report on stdout; progress, warnings
and errors go to stderr.

Inputs are files, folders (every *.txt and *.md file below them, in path
order; see --include) or - for standard input; with no argument, standard
input is read. With --input jsonl every input holds JSON Lines, one
{"id": "...", "text": "..."} object per line, and the output keeps the input
order whatever --jobs is.

Settings can also come from .artikel.yaml (see 'artikel config'); flags win.

--fail-on takes rules (repeat the flag or separate them with commas):
  error                          a document could not be read or analyzed
  warning                        a document has any warning
  stuffing                       keyword stuffing was flagged
  FIELD OP VALUE                 a field of the JSON report, e.g.
                                 "keyphrase.adjusted_density>4", "language!=de",
                                 "words<150" (OP: = != < <= > >=)
A document that fails a rule is printed as 'path: rule: detail' on stderr
and the exit code is 1.

Exit codes: 0 success, 1 a --fail-on rule failed, 2 usage error or no
document could be read.`,
		Example: `  artikel analyze article.txt
  cat article.txt | artikel analyze
  artikel analyze --format json articles/
  artikel analyze --keyphrase "KI Abkommen" article.txt
  artikel analyze --format html -o report.html articles/
  artikel analyze --fail-on stuffing --format github articles/
  artikel analyze --input jsonl --format jsonl --analyzers none --lang de - < docs.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, err := applyConfig(cmd, opts.Config); err != nil {
				return err
			}
			return runAnalyze(cmd.Context(), opts)
		},
	}
	bindAnalyzeFlags(cmd, opts)
	return cmd
}

// bindAnalyzeFlags declares the flags of analyze; `artikel config` shares them.
func bindAnalyzeFlags(cmd *cobra.Command, opts *AnalyzeOptions) {
	f := cmd.Flags()
	f.StringVar(&opts.Input, "input", "text", "input kind: text (plain-text files) or jsonl (JSON Lines {\"id\",\"text\"})")
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to this file instead of stdout")
	f.StringVarP(&opts.Analyzers, "analyzers", "a", "all", "comma-separated analyzers to run, all, or none (segmentation only); see 'artikel analyzers'")
	f.StringVar(&opts.Lang, "lang", "", "treat every document as this language (ISO 639-1, e.g. de) and skip detection")
	f.StringSliceVar(&opts.Languages, "languages", langid.DefaultLanguages, "candidate languages for detection (ISO 639-1)")
	f.StringVarP(&opts.Keyphrase, "keyphrase", "k", "", "focus keyphrase to assess; in double quotes it matches only exactly (default: detect one)")
	f.IntVar(&opts.Top, "top", 20, "how many items ranked lists show")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "documents analyzed in parallel")
	f.Int64Var(&opts.MaxBytes, "max-bytes", input.DefaultMaxBytes, "largest document accepted, in bytes (0 = no limit)")
	f.StringSliceVar(&opts.Include, "include", input.DefaultInclude, "file name patterns read from folders")
	f.StringSliceVar(&opts.Exclude, "exclude", nil, "file or folder name patterns skipped in folders")
	f.StringArrayVar(&opts.FailOn, "fail-on", nil, "exit 1 when a document fails this rule (see above)")
	f.BoolVar(&opts.Tokens, "tokens", false, "include every word token with its offsets in JSON output")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	f.BoolVar(&opts.SummaryOnly, "summary-only", false, "print only the corpus summary")
	f.StringVar(&opts.Config, "config", "", "configuration file (default: "+".artikel.yaml found upward from the working directory)")
}

func runAnalyze(ctx context.Context, opts *AnalyzeOptions) error {
	analyzers, err := pipeline.Select(opts.Analyzers)
	if err != nil {
		return usageErrorf("%v", err)
	}
	if opts.Top < 1 {
		return usageErrorf("--top must be at least 1")
	}
	rules, err := gate.ParseAll(opts.FailOn)
	if err != nil {
		return usageErrorf("--fail-on: %v", err)
	}
	cfg := &pipeline.Config{
		Analyzers: analyzers,
		Options:   analysis.Options{Top: opts.Top, Settings: map[string]string{"keyphrase": opts.Keyphrase}},
		Jobs:      opts.Jobs,
	}
	if opts.Lang != "" {
		codes, err := langid.ParseCodes([]string{opts.Lang})
		if err != nil {
			return usageErrorf("--lang: %v", err)
		}
		cfg.Lang = codes[0]
	} else {
		det, err := langid.New(opts.Languages)
		if err != nil {
			return usageErrorf("--languages: %v", err)
		}
		cfg.Detector = det
	}
	if !slices.Contains(report.Formats, opts.Format) {
		return usageErrorf("--format: unknown format %q: use one of %s", opts.Format, strings.Join(report.Formats, ", "))
	}

	paths := opts.Paths
	if len(paths) == 0 {
		if isTerminal(opts.IO.In) {
			return usageErrorf("no input: name a file or folder, or pipe text in (use - for standard input)")
		}
		paths = []string{"-"}
	}
	if n := slices.Index(paths, "-"); n >= 0 && slices.Contains(paths[n+1:], "-") {
		return usageErrorf("standard input (-) can be read only once")
	}
	inOpts := input.Options{MaxBytes: opts.MaxBytes, Include: opts.Include, Exclude: opts.Exclude, Stdin: opts.IO.In}
	var sources iter.Seq[input.Source]
	switch opts.Input {
	case "text", "":
		sources = input.Files(paths, inOpts)
	case "jsonl":
		sources = jsonlSources(paths, inOpts)
	default:
		return usageErrorf("--input %q: use text or jsonl", opts.Input)
	}

	out := opts.IO.Out
	if opts.Output != "" && opts.Output != "-" {
		f, err := os.Create(opts.Output)
		if err != nil {
			return usageErrorf("--output: %v", err)
		}
		defer f.Close()
		out = f
	}
	// Colour only for a person at a terminal; NO_COLOR (no-color.org) turns it off.
	color := opts.Format == "text" && isTerminal(out) && os.Getenv("NO_COLOR") == ""
	w, err := report.NewWriter(opts.Format, out, report.Options{Tokens: opts.Tokens, Gates: len(rules) > 0, Top: opts.Top, Color: color, Version: version()})
	if err != nil {
		return usageErrorf("--format: %v", err)
	}

	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()

	needView := len(rules) > 0
	progress := newProgress(opts, paths, inOpts)
	summary := corpus.NewBuilder(opts.Top, analyzers)
	docs, readable, failedGates := 0, 0, 0
	err = cfg.Run(ctx, sources, func(r *pipeline.Report) error {
		docs++
		if !r.Failed() {
			readable++
		}
		where := r.Source.Where()
		var view map[string]any
		if needView {
			if view, err = jsonView(r); err != nil {
				return err
			}
		}
		for _, rule := range rules {
			if detail := rule.Check(view); detail != "" {
				r.Failures = append(r.Failures, pipeline.Message{Code: rule.Text, Message: detail})
				progress.clear()
				fmt.Fprintf(opts.IO.ErrOut, "%s: %s: %s\n", where, rule.Text, detail)
			}
		}
		if len(r.Failures) > 0 {
			failedGates++
		}
		summary.Add(r)
		if len(r.Warnings)+len(r.Errors) > 0 {
			progress.clear()
		}
		for _, m := range r.Warnings {
			fmt.Fprintf(opts.IO.ErrOut, "artikel: warning: %s: %s\n", where, m.Message)
		}
		for _, m := range r.Errors {
			fmt.Fprintf(opts.IO.ErrOut, "artikel: %s: %s\n", where, m.Message)
		}
		progress.add()
		if opts.SummaryOnly {
			return nil
		}
		return w.Write(r)
	})
	progress.finish()
	if sw, ok := w.(report.SummaryWriter); ok && err == nil && (docs > 1 || opts.SummaryOnly) {
		err = sw.WriteSummary(summary.Summary())
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if ctx.Err() != nil {
			return &exitError{code: 130, err: fmt.Errorf("interrupted after %d documents", docs)}
		}
		return err
	}
	if docs == 0 {
		return usageErrorf("no documents found in %s (folders are searched for %s)", strings.Join(paths, ", "), strings.Join(includeOrDefault(inOpts.Include), ", "))
	}
	if readable == 0 {
		return &exitError{code: ExitUsage, err: fmt.Errorf("no document could be read")}
	}
	if failedGates > 0 {
		return &exitError{code: ExitGate, err: fmt.Errorf("%d of %d documents failed --fail-on", failedGates, docs)}
	}
	return nil
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

func includeOrDefault(include []string) []string {
	if len(include) == 0 {
		return input.DefaultInclude
	}
	return include
}

// jsonView decodes a report's JSON form, which gates and the summary read:
// they then depend only on the documented contract.
func jsonView(r *pipeline.Report) (map[string]any, error) {
	b, err := report.MarshalDocument(r, report.Options{})
	if err != nil {
		return nil, err
	}
	var m map[string]any
	err = json.Unmarshal(b, &m)
	return m, err
}

// jsonlSources reads JSON Lines from each named file or from stdin.
func jsonlSources(paths []string, opts input.Options) iter.Seq[input.Source] {
	return func(yield func(input.Source) bool) {
		for _, p := range paths {
			var r io.Reader = opts.Stdin
			if p != "-" {
				f, err := os.Open(p)
				if err != nil {
					if !yield(input.Source{ID: p, Path: p, Err: fmt.Errorf("cannot open: %v", err)}) {
						return
					}
					continue
				}
				defer f.Close()
				r = f
			}
			for s := range input.JSONLines(p, r, opts) {
				if !yield(s) {
					return
				}
			}
		}
	}
}
