package segment

import (
	"artikel/internal/cputime"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchText repeats the German sample to about n bytes.
func benchText(tb testing.TB, n int) string {
	b, err := os.ReadFile("testdata/sample_de.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < n {
		sb.Write(b)
		sb.WriteString("\n")
	}
	return sb.String()
}

func benchSegment(b *testing.B, n int) {
	text := benchText(b, n)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		Segment(text, "de")
	}
	// On a shared, loaded machine wall-clock MB/s varies a lot; the
	// process CPU time (all threads, GC included) is a steadier measure.
	if d := cputime.Process() - cpu0; d > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkSegment10KB(b *testing.B) { benchSegment(b, 10<<10) }
func BenchmarkSegment1MB(b *testing.B)  { benchSegment(b, 1<<20) }
func BenchmarkSegment10MB(b *testing.B) { benchSegment(b, 10<<20) }

// TestPathological runs inputs that break backtracking or quadratic
// scanners; each must finish well within a generous time limit.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	line := strings.Repeat("Das ist ein Satz mit z. B. 12. Juni und „Zitat.“ ", 10<<20/50)
	cases := map[string]string{
		"10MB single line":       line,
		"10MB no spaces":         strings.Repeat("a.", 5<<20),
		"100k empty lines":       strings.Repeat("\n", 100000) + strings.Repeat("\r\n", 100000) + strings.Repeat("\r", 100000),
		"only quotation marks":   strings.Repeat("„“»«\"'", 1<<20),
		"spaced quotation marks": strings.Repeat("„ “ » « \" ' ", 1<<19),
		"spaced dots":            strings.Repeat(". ", 1<<20),
		"glued sentences":        strings.Repeat("word.Word!Next?Then", 1<<18),
		"long abbreviation run":  strings.Repeat("z. ", 1<<20),
		"at signs":               strings.Repeat("a@b.c", 1<<20),
		"openers before address": strings.Repeat("(", 1<<20) + "a@b.com",
		"numbers then abbrevs":   strings.Repeat("1 ", 1<<20) + strings.Repeat("U.S. Foo ", 1<<17),
		"emoji after marks":      strings.Repeat("! ", 1<<18) + strings.Repeat("👍 ", 1<<18),
	}
	for name, text := range cases {
		start := time.Now()
		r := Segment(text, "de")
		d := time.Since(start)
		if len(text) > 0 && len(r.Paragraphs) == 0 && strings.TrimSpace(text) != "" {
			t.Errorf("%s: no paragraphs", name)
		}
		// a linear scanner does these in well under a second; quadratic
		// behaviour on megabyte inputs would take minutes
		if d > 10*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%-24s %8d bytes %v", name, len(text), d)
	}
}

// BenchmarkSegmentNewsDE segments the 998 German Wikinews articles of the
// shared corpus one by one (skipped without the reference data in ../shared or $ARTIKEL_SHARED).
func BenchmarkSegmentNewsDE(b *testing.B) {
	dir := sharedPath("data/news-de")
	if dir == "" {
		b.Skip("news-de corpus not available")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skip("news-de corpus not available")
	}
	var docs []string
	size := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(d))
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Segment(d, "de")
		}
	}
	if d := cputime.Process() - cpu0; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}
