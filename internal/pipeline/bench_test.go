package pipeline

import (
	"os"
	"path/filepath"
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

// BenchmarkNewsDE runs the whole pipeline over the 998 German Wikinews
// articles of the shared reference data (skipped when absent); one op is one
// article, so ns/op is the cost per article on one core.
func BenchmarkNewsDE(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/data/news-de/*.txt")
	if len(files) == 0 {
		b.Skip("shared reference data not present")
	}
	var srcs []input.Source
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, input.Source{ID: f, Text: string(t)})
		size += len(t)
	}
	det, err := langid.New(langid.DefaultLanguages)
	if err != nil {
		b.Fatal(err)
	}
	cfg := &Config{Analyzers: Registry(), Detector: det, Jobs: 1}
	cfg.Analyze(srcs[0])
	b.SetBytes(int64(size / len(srcs)))
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		cfg.Analyze(srcs[i%len(srcs)])
		i++
	}
}
