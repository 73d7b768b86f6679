package pipeline

import (
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"artikel/internal/input"
	"artikel/internal/report"
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
		// a paragraph, sentence, token and word every two bytes
		"short lines": fill("a", "\n"),
		// the same with a punctuation mark: no word at all
		"mark lines": fill(".", "\n"),
		// one line, a sentence mark every three bytes
		"short sentences": fill("a.", " "),
	}
}

// analyzeAndWrite analyzes text and writes its report as JSON, JSON Lines
// and text, as a run does, to nowhere.
func analyzeAndWrite(t testing.TB, cfg *Config, name, text string) {
	rep := cfg.Analyze(input.Source{ID: name, Text: text})
	if len(rep.Errors) > 0 {
		t.Fatalf("%s: %v", name, rep.Errors)
	}
	for _, format := range []string{"json", "jsonl", "text"} {
		w, err := report.NewWriter(format, io.Discard, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(rep); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMemoryBounded fails when analyzing and writing a pathological
// document needs far more memory than the document: the per-token and
// per-quotation structures must stay bounded by the text, not by how
// hostile it is. It checks the peak of the heap (with the collector run
// often, so the heap is close to what is live) and the bytes allocated;
// both are bytes, not time, so the check is stable on a loaded machine.
// A run aims at 30 bytes per byte of document; the inputs peak at about 34
// here (the collector's slack and the sampling included), news at 10.
// Before tokens were 16 bytes, the quotations shared one list and the JSON
// was streamed, the quotations and news peaked at 127 and 46 and allocated
// 403× and 130× their size; before paragraphs and sentences were 12 and 20
// bytes and the analyzers kept no record per token beyond a few bytes, the
// one-letter lines peaked at 117, the lines of one mark at about 110.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 1 << 20
	cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: 1}
	analyzeAndWrite(t, cfg, "warm-up", "Er sagte: „Hallo.“") // load the models outside the count
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	for name, text := range memoryInputs(t, size) {
		if strings.HasPrefix(name, "short") || name == "mark lines" {
			// half the size is enough for a ratio, and they take longest
			text = text[:len(text)/2]
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		peak := peakHeap(func() { analyzeAndWrite(t, cfg, name, text) })
		runtime.ReadMemStats(&after)
		perByte := float64(peak) / float64(len(text))
		ratio := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
		t.Logf("%s: peak heap %.1f bytes per byte of document, allocated %.0f×", name, perByte, ratio)
		if perByte > 42 {
			t.Errorf("%s: analyzing and writing %d KB peaked at %.1f bytes per byte of it (bound 42)", name, len(text)>>10, perByte)
		}
		if ratio > 200 {
			t.Errorf("%s: analyzing and writing %d KB allocated %.0f× its size (bound 200×)", name, len(text)>>10, ratio)
		}
	}
}

// BenchmarkPathological analyzes the pathological inputs (size from
// ARTIKEL_BENCH_MB, default 1 MB) and writes their reports as a run does.
// Besides B/op it reports the peak of the heap per byte of document
// (peak-heap/doc-B), sampled while the document is analyzed and written:
// the figure that decides peak memory.
func BenchmarkPathological(b *testing.B) {
	size := 1 << 20
	if mb := os.Getenv("ARTIKEL_BENCH_MB"); mb != "" {
		n, err := strconv.Atoi(mb)
		if err != nil {
			b.Fatalf("ARTIKEL_BENCH_MB: %v", err)
		}
		size = n << 20
	}
	cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: 1}
	analyzeAndWrite(b, cfg, "warm-up", "Er sagte: „Hallo.“")
	for _, name := range []string{"quotes", "news", "one line", "short lines", "mark lines", "short sentences"} {
		text := memoryInputs(b, size)[name]
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			// The collector runs often, so the heap is close to what is
			// live (under the run's limit, 60 MB of slack would hide it).
			defer debug.SetGCPercent(debug.SetGCPercent(10))
			var peak uint64
			for b.Loop() {
				peak = max(peak, peakHeap(func() { analyzeAndWrite(b, cfg, name, text) }))
			}
			b.ReportMetric(float64(peak)/float64(len(text)), "peak-heap/doc-B")
		})
	}
}

// peakHeap runs f and returns the largest heap seen meanwhile above the
// heap before it.
func peakHeap(f func()) uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	var peak atomic.Uint64
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		samplePeak(&peak, done)
	}()
	f()
	close(done)
	<-stopped
	return max(peak.Load(), base) - base
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
