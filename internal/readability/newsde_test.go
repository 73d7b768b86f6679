package readability

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/shareddata"
)

func newsDE(tb testing.TB) []*document.Document {
	files := shareddata.Glob(tb, "data/news-de", "*.txt")
	var docs []*document.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, document.New(filepath.Base(f), string(b), "de"))
	}
	return docs
}

// TestNewsDEDistribution prints the distribution of flesch and
// wiener_sachtextformel over the 998 German Wikinews articles (the figures in
// the README) and checks they lie in a plausible range for news.
func TestNewsDEDistribution(t *testing.T) {
	docs := newsDE(t)
	tl := newTally()
	passive, long := 0.0, 0.0
	// Flesch's original formula on the German counts, the scale some German
	// tools publish their reference ranges on.
	var original []float64
	for _, d := range docs {
		r := Analyze(d, "de")
		tl.Add(d.ID, r, nil)
		if r.Sentences > 0 {
			original = append(original, FleschEnglish(float64(r.Words)/float64(r.Sentences), float64(r.Syllables)/float64(r.Words)))
		}
		passive += r.Passive.Share
		long += r.LongSentences.Share
	}
	s := tl.Fields(0)[0].Value.(Summary)
	for _, row := range s.rows() {
		fmt.Printf("%s: mean %.1f, median %.1f, p10 %.1f, p90 %.1f, min %.1f, max %.1f (%d documents)\n",
			row.Name, row.S.Mean, row.S.Median, row.S.P10, row.S.P90, row.S.Min, row.S.Max, row.S.Documents)
	}
	o := spread(original)
	fmt.Printf("Flesch, original formula: mean %.1f, median %.1f, p10 %.1f, p90 %.1f\n", o.Mean, o.Median, o.P10, o.P90)
	fmt.Printf("mean share of passive sentences %.1f %%, of long sentences %.1f %%\n", 100*passive/float64(len(docs)), 100*long/float64(len(docs)))
	// German news agency text is hard to read: Amstad scores mostly 30–60, the
	// Wiener Sachtextformel about 9–13 (see the README).
	if s.Flesch.Median < 20 || s.Flesch.Median > 70 || s.WienerSachtextformel.Median < 7 || s.WienerSachtextformel.Median > 15 {
		t.Errorf("implausible medians: flesch %.1f, wstf %.1f", s.Flesch.Median, s.WienerSachtextformel.Median)
	}
}

// BenchmarkNewsDE runs the readability analyzer alone over the news-de
// articles, already segmented; one op is one article. Compare with
// internal/pipeline's BenchmarkNewsDE (the whole pipeline per article).
func BenchmarkNewsDE(b *testing.B) {
	docs := newsDE(b)
	Analyzer.Prepare()
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, _, err := analysis.Run(Analyzer, docs[i%len(docs)], analysis.Options{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkBreaksNewsDE runs the hyphenation patterns over every distinct
// word of the news-de articles once per op: the work the syllable cache
// saves for words seen before, so what a batch's first articles pay.
func BenchmarkBreaksNewsDE(b *testing.B) {
	seen := map[string]bool{}
	var words []string
	for _, d := range newsDE(b) {
		for _, tok := range d.Tokens {
			w := lowerLetters(strings.ToLower(d.Text[tok.Start:tok.End]))
			if w != "" && !seen[w] && len(w)+3 <= 64 {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	tr := germanPatterns()
	var scratch [64]uint8
	var brk [16]int
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			tr.breaks(w, scratch[:], brk[:0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}
