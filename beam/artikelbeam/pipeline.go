// Package artikelbeam runs artikel's analysis as an Apache Beam pipeline:
// the same documents, per-document JSON and corpus summary as
// `artikel analyze --format jsonl`, on any Beam runner.
//
// The pipeline reads plain-text files or JSON Lines matched by a glob,
// analyzes each document with the CLI's pipeline (internal/pipeline), writes
// one JSON object per document to sharded files, records that could not be
// read to dead-letter files, and combines a corpus summary (corpus.Builder
// as the combiner's accumulator) into one JSON file.
package artikelbeam

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	// Local files always; the command adds gs:// and s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"artikel/internal/input"
	"artikel/internal/langid"
	"artikel/internal/pipeline"
)

// Options configure a pipeline. The analysis settings mean what the flags
// of the same name mean for `artikel analyze`.
type Options struct {
	// Input is a file glob (local, or gs://, s3:// when those filesystems
	// are registered).
	Input string
	// InputFormat is "text" (one document per file) or "jsonl".
	InputFormat string
	// Output is the prefix of every output file.
	Output string
	// ChunkBytes is roughly how much of a JSON Lines file one worker reads
	// at a time; 0 means DefaultChunkBytes.
	ChunkBytes int64

	Settings
}

// Settings are the analysis settings, shipped to the workers with the DoFns.
type Settings struct {
	Analyzers string   `json:"analyzers"`
	Lang      string   `json:"lang"`
	Languages []string `json:"languages"`
	Top       int      `json:"top"`
	MaxBytes  int64    `json:"max_bytes"`
	Tokens    bool     `json:"tokens"`
	// Values are the analyzers' own settings by name (e.g. "keyphrase"),
	// as the CLI's flags of the same name; a missing one has its default.
	Values map[string]string `json:"values"`
}

// DefaultChunkBytes splits JSON Lines files into pieces that take a worker
// core about a second to analyze, small enough to spread a single large
// file over many workers.
const DefaultChunkBytes = 1 << 20

// DefaultSettings are the CLI's defaults.
func DefaultSettings() Settings {
	return Settings{Analyzers: "all", Languages: langid.DefaultLanguages, Top: 20, MaxBytes: input.DefaultMaxBytes}
}

// Validate checks the settings as the CLI checks its flags, so that a bad
// value fails before a job is submitted rather than on every worker.
func (s Settings) Validate() error {
	if _, err := pipeline.Select(s.Analyzers); err != nil {
		return fmt.Errorf("--analyzers: %v", err)
	}
	known := map[string]bool{}
	for _, a := range pipeline.Registry() {
		for _, set := range a.Settings {
			known[set.Name] = true
			if v, ok := s.Values[set.Name]; ok && set.Check != nil {
				if err := set.Check(v); err != nil {
					return fmt.Errorf("--%s: %v", set.Name, err)
				}
			}
		}
	}
	for name := range s.Values {
		if !known[name] {
			return fmt.Errorf("no analyzer has a setting %q", name)
		}
	}
	if s.Top < 1 {
		return fmt.Errorf("--top must be at least 1")
	}
	if s.MaxBytes < 0 {
		return fmt.Errorf("--max_bytes must not be negative")
	}
	if s.Lang != "" {
		if _, err := langid.ParseCodes([]string{s.Lang}); err != nil {
			return fmt.Errorf("--lang: %v", err)
		}
		return nil
	}
	if _, err := langid.ParseCodes(s.Languages); err != nil {
		return fmt.Errorf("--languages: %v", err)
	}
	return nil
}

// Output file names for a prefix.
func DocumentsPattern(prefix string) string   { return prefix + "-?????-of-?????.jsonl" }
func DeadLettersPattern(prefix string) string { return prefix + "-errors-?????-of-?????.jsonl" }
func SummaryPath(prefix string) string        { return prefix + "-summary.json" }

// Build adds the pipeline to s. It returns an error for invalid options.
func Build(s beam.Scope, o Options) error {
	if o.Input == "" {
		return fmt.Errorf("--input is required: a file glob such as 'articles/*.txt' or 'docs-*.jsonl'")
	}
	if o.Output == "" {
		return fmt.Errorf("--output is required: the prefix of the output files, such as 'out/run1'")
	}
	if err := o.Settings.Validate(); err != nil {
		return err
	}
	// Beam's transforms panic on a scheme without a filesystem; say it as
	// an error naming the flag.
	for flag, path := range map[string]string{"--input": o.Input, "--output": o.Output} {
		fs, err := filesystem.New(context.Background(), path)
		if err != nil {
			return fmt.Errorf("%s %s: %v", flag, path, err)
		}
		fs.Close()
	}
	chunk := o.ChunkBytes
	if chunk <= 0 {
		chunk = DefaultChunkBytes
	}

	files := fileio.MatchFiles(s, o.Input, fileio.MatchEmptyDisallow())
	var pieces beam.PCollection
	switch o.InputFormat {
	case "text", "":
		pieces = beam.ParDo(s, textPiece, files)
	case "jsonl":
		pieces = beam.ParDo(s, &splitFn{ChunkBytes: chunk}, files)
	default:
		return fmt.Errorf("--input_format %q: use text or jsonl", o.InputFormat)
	}
	// A fusion break: the pieces of one glob or one file spread over all
	// workers instead of being analyzed in the bundle that listed them.
	// Only the small piece descriptors are shuffled, never documents.
	pieces = beam.Reshuffle(s, pieces)

	docs, dead, parts := beam.ParDo3(s, &analyzeFn{Settings: o.Settings}, pieces)

	token := runToken()
	writeShards(s.Scope("documents"), docs, o.Output, "", token)
	writeShards(s.Scope("dead letters"), dead, o.Output, "errors-", token)

	summary := beam.Combine(s, &summaryFn{Settings: o.Settings}, parts)
	beam.ParDo0(s, &writeFileFn{Path: SummaryPath(o.Output)}, summary)
	return nil
}

// runToken names this run's temporary files, so that two runs writing to
// the same prefix do not rename each other's shards.
func runToken() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// textPiece turns a matched plain-text file into one piece: the whole file
// is one document.
func textPiece(m fileio.FileMetadata) piece {
	return piece{Path: m.Path, Text: true}
}

// piece is a unit of reading: a whole text file, or a byte range of a JSON
// Lines file that starts at a line start, with that line's number.
type piece struct {
	Path      string
	Text      bool
	Start     int64
	End       int64
	FirstLine int
}

func (p piece) String() string {
	if p.Text {
		return p.Path
	}
	return fmt.Sprintf("%s:%d (bytes %d-%d)", p.Path, p.FirstLine, p.Start, p.End)
}
