package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
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
	Top         int
	Jobs        int
	MaxBytes    int64
	Include     []string
	Exclude     []string
	FailOn      []string
	Tokens      bool
	Quiet       bool
	Verbose     bool
	SummaryOnly bool
	NoSummary   bool
	Config      string
	// Settings are the analyzers' own settings (--keyphrase, ...) by name.
	Settings map[string]*string
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
FIELD is a path into the JSON report; a list compares its length
("quotes.quotes>10") and items are numbered ("quotes.quotes.0.speaker_name").
Rules are checked before any document is read: an unknown field, a value
of the wrong type or a rule on an analyzer that is not enabled is a usage
error. A document that fails a rule is printed as 'path: rule: detail' on
stderr and the exit code is 1.

Exit codes: 0 success, 1 a --fail-on rule failed, 2 usage error or no
document could be read, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM);
an interrupted run still writes the documents finished so far.`,
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

// bindAnalyzeFlags declares the flags of analyze; `artikel config` shares
// them, and the configuration file's keys are derived from them. The
// analyzers' own settings come from their declarations.
func bindAnalyzeFlags(cmd *cobra.Command, opts *AnalyzeOptions) {
	f := cmd.Flags()
	f.StringVar(&opts.Input, "input", "text", "input kind: text (plain-text files) or jsonl (JSON Lines {\"id\",\"text\"})")
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to this file instead of stdout (never one of the inputs)")
	f.StringVarP(&opts.Analyzers, "analyzers", "a", "all", "comma-separated analyzers to run, all, or none (segmentation only); see 'artikel analyzers'")
	f.StringVar(&opts.Lang, "lang", "", "treat every document as this language (ISO 639-1, e.g. de) and skip detection")
	f.StringSliceVar(&opts.Languages, "languages", langid.DefaultLanguages, "candidate languages for detection (ISO 639-1)")
	f.IntVar(&opts.Top, "top", 20, "how many items ranked lists show, in every section and format")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "documents analyzed in parallel (0 = all CPUs)")
	f.Int64Var(&opts.MaxBytes, "max-bytes", input.DefaultMaxBytes, "largest document accepted, in bytes (0 = no limit)")
	f.StringSliceVar(&opts.Include, "include", input.DefaultInclude, "file name patterns read from folders")
	f.StringSliceVar(&opts.Exclude, "exclude", nil, "file or folder name patterns skipped in folders")
	f.StringArrayVar(&opts.FailOn, "fail-on", nil, "exit 1 when a document fails this rule (see above)")
	f.BoolVar(&opts.Tokens, "tokens", false, "include every word token with its offsets in JSON output")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "also report every file a folder walk leaves out, and why (hidden, excluded, not matching --include)")
	f.BoolVar(&opts.SummaryOnly, "summary-only", false, "print only the corpus summary")
	f.BoolVar(&opts.NoSummary, "no-summary", false, "do not write the corpus summary (for streaming filters whose outputs are concatenated)")
	f.StringVar(&opts.Config, "config", "", "configuration file (default: "+".artikel.yaml found upward from the working directory)")
	opts.Settings = map[string]*string{}
	for _, a := range pipeline.Registry() {
		for _, s := range a.Settings {
			v := new(string)
			opts.Settings[s.Name] = v
			f.StringVarP(v, s.Name, s.Short, s.Default, s.Usage)
		}
	}
}

func runAnalyze(ctx context.Context, opts *AnalyzeOptions) error {
	analyzers, err := pipeline.Select(opts.Analyzers)
	if err != nil {
		return usageErrorf("%v", err)
	}
	if opts.Top < 1 {
		return usageErrorf("--top must be at least 1")
	}
	jobs := opts.Jobs
	switch {
	case jobs < 0:
		return usageErrorf("--jobs must be 0 (all CPUs) or more, not %d", jobs)
	case jobs == 0:
		jobs = runtime.NumCPU()
	}
	settings := map[string]string{}
	for _, a := range pipeline.Registry() {
		for _, s := range a.Settings {
			v := *opts.Settings[s.Name]
			if s.Check != nil {
				if err := s.Check(v); err != nil {
					return usageErrorf("--%s: %v", s.Name, err)
				}
			}
			settings[s.Name] = v
		}
	}
	if opts.SummaryOnly && opts.NoSummary {
		return usageErrorf("--summary-only and --no-summary exclude each other")
	}
	rules, err := gate.Compile(opts.FailOn, gate.NewSchema(analyzers, pipeline.Registry()))
	if err != nil {
		return usageErrorf("--fail-on: %v", err)
	}
	cfg := &pipeline.Config{
		Analyzers: analyzers,
		Options:   analysis.Options{Top: opts.Top, Settings: settings},
		Jobs:      jobs,
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
	// One article: its analyzers share the cores; a batch keeps them busy
	// with documents instead.
	cfg.ParallelAnalyzers = opts.Input != "jsonl" && len(paths) == 1 && (paths[0] == "-" || !isDir(paths[0]))
	toFile := opts.Output != "" && opts.Output != "-"
	if toFile {
		for _, p := range paths {
			if p != "-" && sameFile(p, opts.Output) {
				return usageErrorf("--output %s is also an input: the report would overwrite it; write the report elsewhere", opts.Output)
			}
		}
	}
	inOpts := input.Options{MaxBytes: opts.MaxBytes, Include: opts.Include, Exclude: opts.Exclude, Stdin: opts.IO.In}
	if toFile {
		// A report written inside an analyzed folder is never read as a document.
		inOpts.SkipPaths = []string{opts.Output}
	}
	var progress *progress
	if opts.Verbose {
		inOpts.OnSkip = func(path, reason string) {
			if progress != nil {
				progress.clear()
			}
			fmt.Fprintf(opts.IO.ErrOut, "artikel: skipped %s: %s\n", path, reason)
		}
	}
	var sources iter.Seq[input.Source]
	switch opts.Input {
	case "text", "":
		sources = input.Files(paths, inOpts)
	case "jsonl":
		for _, p := range paths {
			if p != "-" && isDir(p) {
				return usageErrorf("--input jsonl reads JSON Lines files, and %s is a folder: name the .jsonl files (e.g. %s/*.jsonl) or drop --input jsonl to read the folder's text files", p, strings.TrimRight(p, "/"))
			}
		}
		sources = jsonlSources(paths, inOpts)
	default:
		return usageErrorf("--input %q: use text or jsonl", opts.Input)
	}

	out := opts.IO.Out
	if toFile {
		f, err := os.Create(opts.Output)
		if err != nil {
			return usageErrorf("--output: %v", err)
		}
		defer f.Close()
		out = f
	}
	// Colour only for a person at a terminal; NO_COLOR (no-color.org) turns it off.
	color := opts.Format == "text" && isTerminal(out) && os.Getenv("NO_COLOR") == ""
	ropts := report.Options{Tokens: opts.Tokens, Gates: len(rules) > 0, Top: opts.Top, Color: color, Version: version()}
	if color {
		ropts.Width = terminalWidth(out)
	}
	progress = newProgress(opts, paths, inOpts)
	w, err := report.NewWriter(opts.Format, progress.clearing(out), ropts)
	if err != nil {
		return usageErrorf("--format: %v", err)
	}

	if ctx == nil {
		ctx = context.Background()
	}
	ctx, signalled, stop := notifySignals(ctx)
	defer stop()

	b := &batch{rules: rules, summary: corpus.NewBuilder(opts.Top, analyzers), w: w, errOut: opts.IO.ErrOut,
		beforeLog: progress.clear, summaryOnly: opts.SummaryOnly, noSummary: opts.NoSummary, alwaysSummary: opts.Input == "jsonl"}
	err = cfg.Run(ctx, sources, func(r *analysis.Report) error {
		err := b.add(r)
		progress.add()
		return err
	})
	progress.finish()
	if ctx.Err() != nil && signalled() != 0 {
		b.summaryOnly = true // no summary of a partial run, but close the output properly
		b.w.Close()
		code := 128 + signalled()
		return &exitError{code: code, err: fmt.Errorf("%s after %d %s", signalName(signalled()), b.docs, plural(b.docs, "document"))}
	}
	if b.docs == 0 && opts.Input != "jsonl" && err == nil {
		b.w.Close()
		return usageErrorf("no documents found in %s (folders are searched for %s)", strings.Join(paths, ", "), strings.Join(includeOrDefault(inOpts.Include), ", "))
	}
	return b.finish(err)
}

// sameFile reports whether two paths name the same existing file.
func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
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
