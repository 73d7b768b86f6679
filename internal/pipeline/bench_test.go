package pipeline

import (
	"os"
	"testing"

	"artikel/internal/input"
	"artikel/internal/langid"
)

// BenchmarkSample runs the whole pipeline (detection, segmentation, every
// analyzer) over the bundled sample article.
func BenchmarkSample(b *testing.B) {
	text, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		b.Fatal(err)
	}
	det, err := langid.New(langid.DefaultLanguages)
	if err != nil {
		b.Fatal(err)
	}
	cfg := &Config{Analyzers: Registry(), Detector: det, Jobs: 1}
	src := input.Source{ID: "sample", Text: string(text)}
	cfg.Analyze(src) // load models outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if rep := cfg.Analyze(src); len(rep.Errors) > 0 {
			b.Fatal(rep.Errors)
		}
	}
}
