package stats

import (
	"bytes"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

func TestStats(t *testing.T) {
	text := "Streik bei der Bahn\nDie Gewerkschaft hat zum Streik aufgerufen. Betroffen sind 1.000 Pendler in Köln."
	res, err := Analyzer.Run(analysis.NewPass(Analyzer, document.New("x", text, "de"), analysis.Options{}, nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	r := res.(*Result)
	want := Result{
		Characters: len([]rune(text)), CharactersNoSpaces: len([]rune(strings.ReplaceAll(strings.ReplaceAll(text, " ", ""), "\n", ""))),
		Words: 16, Sentences: 3, Paragraphs: 2, Headings: 1,
		// Headings do not count towards the average: (6 + 6) / 2.
		AvgSentenceWords: 6, ReadingMinutes: 0.1, LongestSentenceWords: 6,
	}
	if *r != want {
		t.Errorf("got %+v\nwant %+v", *r, want)
	}
	var buf bytes.Buffer
	r.WriteText(&buf, nil)
	if !strings.Contains(buf.String(), "16 words · 3 sentences · 2 paragraphs (1 title or heading)") || !strings.Contains(buf.String(), "under 1 min") {
		t.Errorf("text = %q", buf.String())
	}
}

func TestEmpty(t *testing.T) {
	res, err := Analyzer.Run(analysis.NewPass(Analyzer, document.New("x", "", ""), analysis.Options{}, nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if r := res.(*Result); *r != (Result{}) {
		t.Errorf("empty document: %+v", *r)
	}
}
