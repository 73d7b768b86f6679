package report

import (
	"io"
	"testing"
)

// BenchmarkHTMLDocument measures rendering one analyzed sample article from
// its typed report (text view with highlights, the analyzers' panels, the
// page template), without the analysis.
func BenchmarkHTMLDocument(b *testing.B) {
	rep := sample(b)
	w := newHTMLWriter(io.Discard, Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := w.Write(rep); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarkdownDocument is BenchmarkHTMLDocument for Markdown.
func BenchmarkMarkdownDocument(b *testing.B) {
	rep := sample(b)
	w := newMarkdownWriter(io.Discard, Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := w.Write(rep); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONLDocument is BenchmarkHTMLDocument for JSON Lines, the
// format of batches.
func BenchmarkJSONLDocument(b *testing.B) {
	rep := sample(b)
	w, err := NewWriter("jsonl", io.Discard, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := w.Write(rep); err != nil {
			b.Fatal(err)
		}
	}
}
