package readability_test

import (
	"os"
	"testing"
	"time"

	"artikel/internal/analysis"
	"artikel/internal/cputime"
	"artikel/internal/document"
	"artikel/internal/input"
	"artikel/internal/langid"
	"artikel/internal/pipeline"
	"artikel/internal/readability"
	"artikel/internal/shareddata"
)

// BenchmarkShareOfPipeline measures, in process CPU time (wall time on a
// shared machine depends on other load), what the readability analyzer costs
// per news-de article next to the whole pipeline (detection, segmentation,
// every analyzer). One op is one article through both; the metrics are CPU
// µs per article and readability's share in percent.
func BenchmarkShareOfPipeline(b *testing.B) {
	files := shareddata.Glob(b, "data/news-de", "*.txt")
	var srcs []input.Source
	var docs []*document.Document
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, input.Source{ID: f, Text: string(t)})
		docs = append(docs, document.New(f, string(t), "de"))
	}
	det, err := langid.New(langid.DefaultLanguages)
	if err != nil {
		b.Fatal(err)
	}
	cfg := &pipeline.Config{Analyzers: pipeline.Registry(), Detector: det, Jobs: 1}
	cfg.Analyze(srcs[0])
	var pipe, read time.Duration
	b.ResetTimer()
	i := 0
	for b.Loop() {
		k := i % len(srcs)
		t0 := cputime.Process()
		cfg.Analyze(srcs[k])
		t1 := cputime.Process()
		if _, _, err := analysis.Run(readability.Analyzer, docs[k], analysis.Options{}); err != nil {
			b.Fatal(err)
		}
		t2 := cputime.Process()
		pipe += t1 - t0
		read += t2 - t1
		i++
	}
	b.ReportMetric(float64(pipe.Microseconds())/float64(i), "pipeline-cpu-µs/article")
	b.ReportMetric(float64(read.Microseconds())/float64(i), "readability-cpu-µs/article")
	b.ReportMetric(100*float64(read)/float64(pipe), "readability-%")
}
