package pipeline

import (
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"artikel/internal/input"
)

// Pathological inputs for memory: what a hostile or broken file can hold
// within the size limit. Each is built to about size bytes.
func memoryInputs(t testing.TB, size int) map[string]string {
	sample, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	fill := func(unit, sep string) string {
		var b strings.Builder
		for b.Len() < size {
			b.WriteString(unit)
			b.WriteString(sep)
		}
		return b.String()
	}
	return map[string]string{
		// one quotation every 18 bytes, all in one "sentence"
		"quotes": fill("Er sagte: „a“", " "),
		// real news prose, paragraph after paragraph
		"news": fill(string(sample), "\n\n"),
		// the same prose as one line without a break
		"one line": fill(strings.Join(strings.Fields(string(sample)), " "), " "),
	}
}

// TestMemoryBounded fails when analyzing a pathological document allocates
// far more than the document: the per-token and per-quotation structures
// must stay bounded by the text, not by how hostile it is. Bytes allocated
// (not time) make the check stable on a loaded machine. The bound is loose;
// before the tagger worked on bounded pieces, the quotations input
// allocated about 1000 times its size.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 512 << 10
	cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: 1}
	cfg.Analyze(input.Source{ID: "warm-up", Text: "Er sagte: „Hallo.“"}) // load the models outside the count
	for name, text := range memoryInputs(t, size) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		rep := cfg.Analyze(input.Source{ID: name, Text: text})
		runtime.ReadMemStats(&after)
		if len(rep.Errors) > 0 {
			t.Fatalf("%s: %v", name, rep.Errors)
		}
		ratio := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
		t.Logf("%s: allocated %.0f× the document", name, ratio)
		if ratio > 200 {
			t.Errorf("%s: analyzing %d KB allocated %.0f× its size (bound 200×)", name, len(text)>>10, ratio)
		}
	}
}

// BenchmarkPathological analyzes the pathological inputs (size from
// ARTIKEL_BENCH_MB, default 1 MB) and reports, besides B/op, the peak of
// live heap objects per byte of document (peak-heap/doc-B), sampled while
// the document is analyzed: the figure that decides peak memory.
func BenchmarkPathological(b *testing.B) {
	size := 1 << 20
	if mb := os.Getenv("ARTIKEL_BENCH_MB"); mb != "" {
		var n int
		for _, c := range mb {
			n = n*10 + int(c-'0')
		}
		size = n << 20
	}
	cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: 1}
	cfg.Analyze(input.Source{ID: "warm-up", Text: "Er sagte: „Hallo.“"})
	for _, name := range []string{"quotes", "news", "one line"} {
		text := memoryInputs(b, size)[name]
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var peak atomic.Uint64
			done := make(chan struct{})
			go samplePeak(&peak, done)
			for b.Loop() {
				cfg.Analyze(input.Source{ID: name, Text: text})
			}
			close(done)
			b.ReportMetric(float64(peak.Load())/float64(len(text)), "peak-heap/doc-B")
		})
	}
}

// samplePeak records the largest live heap seen until done is closed.
func samplePeak(peak *atomic.Uint64, done chan struct{}) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	for {
		select {
		case <-done:
			return
		case <-time.After(2 * time.Millisecond):
		}
		metrics.Read(s)
		if v := s[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
	}
}
