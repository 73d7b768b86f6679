package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestExitCodes(t *testing.T) {
	sample := filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt")
	inputs := filepath.Join("..", "..", "testdata", "input")
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  int
	}{
		{"sample", []string{"analyze", sample}, "", ExitOK},
		{"stdin", []string{"analyze", "--lang", "de", "-"}, "Ein Satz.", ExitOK},
		{"one bad among good", []string{"analyze", "--lang", "de", sample, filepath.Join(inputs, "binary.txt")}, "", ExitOK},
		{"only bad", []string{"analyze", filepath.Join(inputs, "binary.txt")}, "", ExitUsage},
		{"missing", []string{"analyze", "does-not-exist.txt"}, "", ExitUsage},
		{"bad jsonl line among good", []string{"analyze", "--input", "jsonl", "--lang", "de", "-"}, "{\"id\":\"a\",\"text\":\"x\"}\nnope\n", ExitOK},
		{"empty jsonl", []string{"analyze", "--input", "jsonl", "-"}, "", ExitOK},
		{"jsonl on a folder", []string{"analyze", "--input", "jsonl", inputs}, "", ExitUsage},
		{"negative --jobs", []string{"analyze", "--jobs", "-1", sample}, "", ExitUsage},
		{"--jobs 0 is all CPUs", []string{"analyze", "--jobs", "0", "--lang", "de", sample}, "", ExitOK},
		{"blank keyphrase", []string{"analyze", "--keyphrase", "   ", sample}, "", ExitUsage},
		{"gate typo", []string{"analyze", "--fail-on", "keyphrase.adjusted_densty>3", sample}, "", ExitUsage},
		{"gate on unknown field", []string{"analyze", "--fail-on", "nonsense.field>1", sample}, "", ExitUsage},
		{"gate value not a number", []string{"analyze", "--fail-on", "words>abc", sample}, "", ExitUsage},
		{"gate unknown operator", []string{"analyze", "--fail-on", "words=>5", sample}, "", ExitUsage},
		{"gate on disabled analyzer", []string{"analyze", "--analyzers", "stats", "--fail-on", "keyphrase.count>1", sample}, "", ExitUsage},
		{"gate on a list", []string{"analyze", "--lang", "de", "--fail-on", "quotes.quotes>1", sample}, "", ExitGate},
		{"unknown flag", []string{"analyze", "--nope"}, "", ExitUsage},
		{"unknown format", []string{"analyze", "--format", "xml", sample}, "", ExitUsage},
		{"unknown analyzer", []string{"analyze", "--analyzers", "x", sample}, "", ExitUsage},
		{"bad lang", []string{"analyze", "--lang", "xx", sample}, "", ExitUsage},
		{"two stdins", []string{"analyze", "-", "-"}, "", ExitUsage},
		{"bad --top", []string{"analyze", "--top", "0", sample}, "", ExitUsage},
		{"unknown command", []string{"frobnicate"}, "", ExitUsage},
		{"version", []string{"version"}, "", ExitOK},
		{"gate fails", []string{"analyze", "--fail-on", "stuffing", sample}, "", ExitGate},
		{"gate passes", []string{"analyze", "--fail-on", "language!=de", sample}, "", ExitOK},
		{"bad gate", []string{"analyze", "--fail-on", "nonsense", sample}, "", ExitUsage},
		{"bad config", []string{"analyze", "--config", "does-not-exist.yaml", sample}, "", ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			got := Main(tt.args, &IOStreams{In: strings.NewReader(tt.stdin), Out: &out, ErrOut: &errOut})
			if got != tt.want {
				t.Errorf("exit code %d, want %d\nstderr: %s", got, tt.want, errOut.String())
			}
		})
	}
}
