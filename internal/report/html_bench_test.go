package report

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"artikel/internal/input"
	"artikel/internal/pipeline"
)

// BenchmarkHTMLDocument measures rendering one analyzed sample article
// (decoding its JSON, highlighting, template), without the analysis.
func BenchmarkHTMLDocument(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt"))
	if err != nil {
		b.Skip(err)
	}
	cfg := &pipeline.Config{Analyzers: pipeline.Registry(), Lang: "de", Jobs: 1}
	rep := cfg.Analyze(input.Source{ID: "sample", Text: string(text)})
	js, err := MarshalDocument(rep, Options{})
	if err != nil {
		b.Fatal(err)
	}
	w := newHTMLWriter(io.Discard, Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := w.writeJSON(js); err != nil {
			b.Fatal(err)
		}
	}
}
