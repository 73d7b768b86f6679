package keywords

import (
	"os"
	"strings"
	"testing"
	"time"

	"artikel/internal/cputime"
	"artikel/internal/document"
	"artikel/internal/shareddata"
)

// BenchmarkAnalyze measures the analyzer alone (segmentation is done once outside the loop) on the
// bundled sample; MB/s is bytes of article text per second on one core.
func BenchmarkAnalyze(b *testing.B) {
	text := readSample(b)
	doc := document.New("sample", text, "de")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, len(text), cputime.Process())
	for b.Loop() {
		Analyze(doc, "de", Options{})
	}
}

// BenchmarkAnalyzeNewsDE runs the analyzer over all German Wikinews articles (2.2 MB, many
// distinct words), the realistic mix; it is skipped without the shared data.
func BenchmarkAnalyzeNewsDE(b *testing.B) {
	files := shareddata.Glob(b, "data/news-de", "*.txt")
	var docs []*document.Document
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, document.New(f, string(t), "de"))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer reportCPU(b, size, cputime.Process())
	for b.Loop() {
		for _, d := range docs {
			Analyze(d, "de", Options{})
		}
	}
}

// BenchmarkAnalyzeRepetitive is the worst case for phrase counting: one document of 50 copies of
// the sample (about 450 KB), where every sentence repeats and every phrase length is counted.
func BenchmarkAnalyzeRepetitive(b *testing.B) {
	text := strings.Repeat(readSample(b), 50)
	doc := document.New("long", text, "de")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, len(text), cputime.Process())
	for b.Loop() {
		Analyze(doc, "de", Options{})
	}
}

// reportCPU adds the metric MB/cpu-s: text bytes per second of process CPU time.
func reportCPU(b *testing.B, size int, start time.Duration) {
	used := cputime.Process() - start
	if used <= 0 || start == 0 {
		return
	}
	b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
}
