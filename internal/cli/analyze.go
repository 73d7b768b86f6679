package cli

import (
	"context"
	"fmt"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"artikel/internal/analysis"
	"artikel/internal/input"
	"artikel/internal/langid"
	"artikel/internal/pipeline"
	"artikel/internal/report"
)

// AnalyzeOptions are the settings of `artikel analyze`.
type AnalyzeOptions struct {
	IO *IOStreams

	Paths     []string
	Input     string
	Format    string
	Analyzers string
	Lang      string
	Languages []string
	Keyphrase string
	Top       int
	Jobs      int
	MaxBytes  int64
	Include   []string
	Exclude   []string
	Tokens    bool
}

func newAnalyzeCmd(io *IOStreams) *cobra.Command {
	opts := &AnalyzeOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "analyze [FILE|FOLDER|-]...",
		Short: "Analyze articles and print a report",
		Long: `Analyze one or more articles and print a report on stdout; warnings and
errors go to stderr.

Inputs are files, folders (every *.txt and *.md file below them, in path
order) or - for standard input; with no argument, standard input is read.
With --input jsonl every input holds JSON Lines, one {"id": "...", "text": "..."}
object per line, and the output keeps the input order.`,
		Example: `  artikel analyze article.txt
  cat article.txt | artikel analyze
  artikel analyze --format json articles/
  artikel analyze --input jsonl --format jsonl --analyzers none --lang de - < docs.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runAnalyze(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Input, "input", "text", "input kind: text (plain-text files) or jsonl (JSON Lines {\"id\",\"text\"})")
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.StringVarP(&opts.Analyzers, "analyzers", "a", "all", "comma-separated analyzers to run, all, or none (segmentation only); see `artikel analyzers`")
	f.StringVar(&opts.Lang, "lang", "", "treat every document as this language (ISO 639-1, e.g. de) and skip detection")
	f.StringSliceVar(&opts.Languages, "languages", langid.DefaultLanguages, "candidate languages for detection (ISO 639-1)")
	f.StringVarP(&opts.Keyphrase, "keyphrase", "k", "", "focus keyphrase to assess (default: detect the most prominent one)")
	f.IntVar(&opts.Top, "top", 20, "how many items ranked lists show")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "documents analyzed in parallel")
	f.Int64Var(&opts.MaxBytes, "max-bytes", input.DefaultMaxBytes, "largest document accepted, in bytes (0 = no limit)")
	f.StringSliceVar(&opts.Include, "include", input.DefaultInclude, "file name patterns read from folders")
	f.StringSliceVar(&opts.Exclude, "exclude", nil, "file or folder name patterns skipped in folders")
	f.BoolVar(&opts.Tokens, "tokens", false, "include every word token with its offsets in JSON output")
	return cmd
}

func runAnalyze(ctx context.Context, opts *AnalyzeOptions) error {
	analyzers, err := pipeline.Select(opts.Analyzers)
	if err != nil {
		return usageErrorf("%v", err)
	}
	cfg := &pipeline.Config{
		Analyzers: analyzers,
		Options:   analysis.Options{Keyphrase: opts.Keyphrase, Top: opts.Top},
		Jobs:      opts.Jobs,
	}
	if opts.Top < 1 {
		return usageErrorf("--top must be at least 1")
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
	w, err := report.NewWriter(opts.Format, opts.IO.Out, report.Options{Tokens: opts.Tokens})
	if err != nil {
		return usageErrorf("--format: %v", err)
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

	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()

	docs, readable := 0, 0
	err = cfg.Run(ctx, sources, func(r *pipeline.Report) error {
		docs++
		if !r.Failed() {
			readable++
		}
		for _, m := range r.Warnings {
			fmt.Fprintf(opts.IO.ErrOut, "artikel: warning: %s: %s\n", r.Source.Where(), m.Message)
		}
		for _, m := range r.Errors {
			fmt.Fprintf(opts.IO.ErrOut, "artikel: %s: %s\n", r.Source.Where(), m.Message)
		}
		return w.Write(r)
	})
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
		return usageErrorf("no documents found in %s (folders are searched for %s)", strings.Join(paths, ", "), strings.Join(inOpts.Include, ", "))
	}
	if readable == 0 {
		return &exitError{code: ExitUsage, err: fmt.Errorf("no document could be read")}
	}
	return nil
}

// jsonlSources reads JSON Lines from each named file or from stdin.
func jsonlSources(paths []string, opts input.Options) iter.Seq[input.Source] {
	return func(yield func(input.Source) bool) {
		for _, p := range paths {
			if p == "-" {
				for s := range input.JSONLines("-", opts.Stdin, opts) {
					if !yield(s) {
						return
					}
				}
				continue
			}
			f, err := os.Open(p)
			if err != nil {
				if !yield(input.Source{ID: p, Path: p, Err: fmt.Errorf("cannot open: %v", err)}) {
					return
				}
				continue
			}
			for s := range input.JSONLines(p, f, opts) {
				if !yield(s) {
					f.Close()
					return
				}
			}
			f.Close()
		}
	}
}
