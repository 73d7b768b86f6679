// Command artikel-beam runs artikel's analysis as an Apache Beam pipeline,
// on Beam's local runner (Prism) or on Flink, Spark or Google Cloud Dataflow.
//
//	artikel-beam --input 'docs-*.jsonl' --input_format jsonl --output out/run1
//
// writes out/run1-00000-of-0000N.jsonl (one JSON object per document, as
// `artikel analyze --format jsonl` writes it), out/run1-errors-*.jsonl (the
// records that could not be read) and out/run1-summary.json (the corpus
// summary). Beam's own flags (--runner, --endpoint, --environment_type, ...)
// choose where it runs.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"artikel/beam/artikelbeam"
	"artikel/internal/pipeline"
)

func main() {
	d := artikelbeam.DefaultSettings()
	var o artikelbeam.Options
	flag.StringVar(&o.Input, "input", "", "files to analyze: a glob (local, gs://, s3://)")
	flag.StringVar(&o.InputFormat, "input_format", "text", "text (one document per file) or jsonl (JSON Lines {\"id\",\"text\"})")
	flag.StringVar(&o.Output, "output", "", "prefix of the output files: PREFIX-NNNNN-of-NNNNN.jsonl, PREFIX-errors-*.jsonl, PREFIX-summary.json")
	flag.Int64Var(&o.ChunkBytes, "chunk_bytes", artikelbeam.DefaultChunkBytes, "bytes of a JSON Lines file read by one worker at a time")
	flag.StringVar(&o.Analyzers, "analyzers", d.Analyzers, "comma-separated analyzers to run, all, or none (segmentation only)")
	flag.StringVar(&o.Lang, "lang", "", "treat every document as this language (ISO 639-1, e.g. de) and skip detection")
	languages := flag.String("languages", strings.Join(d.Languages, ","), "candidate languages for detection (ISO 639-1, comma-separated)")
	// The analyzers' own settings, under the CLI's flag names.
	values := map[string]*string{}
	for _, a := range pipeline.Registry() {
		for _, s := range a.Settings {
			values[s.Name] = flag.String(s.Name, s.Default, s.Usage)
		}
	}
	flag.IntVar(&o.Top, "top", d.Top, "how many items ranked lists show")
	flag.Int64Var(&o.MaxBytes, "max_bytes", d.MaxBytes, "largest document accepted, in bytes (0 = no limit)")
	flag.BoolVar(&o.Tokens, "tokens", false, "include every word token with its offsets")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), `Usage: artikel-beam --input GLOB --output PREFIX [flags]

Analyzes articles as artikel analyze does, as an Apache Beam pipeline. Each
document becomes one JSON line in PREFIX-NNNNN-of-NNNNN.jsonl (in no
particular order; the id, path and line fields say which document it is),
each record that cannot be read one line in PREFIX-errors-NNNNN-of-NNNNN.jsonl,
and the corpus summary goes to PREFIX-summary.json.

Beam's flags choose the runner: --runner prism (default, local), flink,
spark, dataflow, universal; see the README for each.

Flags:
`)
		flag.PrintDefaults()
	}
	flag.Parse()
	o.Languages = splitList(*languages)
	o.Values = map[string]string{}
	for name, v := range values {
		o.Values[name] = *v
	}
	beam.Init()

	ctx := context.Background()
	if err := checkInput(ctx, o.Input); err != nil {
		fmt.Fprintln(os.Stderr, "artikel-beam:", err)
		os.Exit(2)
	}
	if err := checkOutput(ctx, o.Output); err != nil {
		fmt.Fprintln(os.Stderr, "artikel-beam:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := artikelbeam.Build(s, o); err != nil {
		fmt.Fprintln(os.Stderr, "artikel-beam:", err)
		os.Exit(2)
	}
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintln(os.Stderr, "artikel-beam:", err)
		os.Exit(1)
	}
}

// checkInput says before submitting a job that the glob matches nothing;
// the pipeline would fail with the same finding deep in a worker's log.
func checkInput(ctx context.Context, glob string) error {
	if glob == "" {
		return nil // Build names the missing flag
	}
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return fmt.Errorf("--input: %v", err)
	}
	defer fs.Close()
	found, err := fs.List(ctx, glob)
	if err != nil {
		return fmt.Errorf("--input %s: %v", glob, err)
	}
	if len(found) == 0 {
		return fmt.Errorf("--input %s matches no files", glob)
	}
	return nil
}

// checkOutput refuses a prefix that already has output files: shards of an
// earlier run would mix with this run's.
func checkOutput(ctx context.Context, prefix string) error {
	if prefix == "" {
		return nil // Build names the missing flag
	}
	fs, err := filesystem.New(ctx, prefix)
	if err != nil {
		return fmt.Errorf("--output: %v", err)
	}
	defer fs.Close()
	for _, pattern := range []string{artikelbeam.DocumentsPattern(prefix), artikelbeam.DeadLettersPattern(prefix), artikelbeam.SummaryPath(prefix)} {
		if found, err := fs.List(ctx, pattern); err == nil && len(found) > 0 {
			return fmt.Errorf("--output %s: %s already exists: choose a new prefix or remove the earlier run's files", prefix, found[0])
		}
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
