package quotes

import (
	"os"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/entities"
)

// BenchmarkArticle measures the quotes analyzer on one news article with the entities result
// already computed, as in the pipeline (entity tagging runs once, before quotes).
func BenchmarkArticle(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		b.Skip("sample absent")
	}
	d := document.New("sample", string(raw), "de")
	ents, _, err := analysis.Run(entities.Analyzer, d, analysis.Options{Top: 20})
	if err != nil {
		b.Fatal(err)
	}
	results := map[*analysis.Analyzer]any{entities.Analyzer: ents}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyzer.Run(analysis.NewPass(Analyzer, d, analysis.Options{Top: 20}, results, nil)); err != nil {
			b.Fatal(err)
		}
	}
}
