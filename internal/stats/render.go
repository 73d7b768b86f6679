package stats

import (
	"fmt"
	"io"

	"artikel/internal/analysis"
	"artikel/internal/render"
)

// facts are the figures as the HTML and Markdown reports list them.
func (r *Result) facts() []render.Fact {
	return []render.Fact{
		{Label: "Words", Value: fmt.Sprint(r.Words)},
		{Label: "Sentences", Value: fmt.Sprint(r.Sentences)},
		{Label: "Paragraphs", Value: fmt.Sprintf("%d (%s)", r.Paragraphs, count(r.Headings, "title or heading", "titles and headings"))},
		{Label: "Words per sentence", Value: fmt.Sprintf("%.1f (longest %d)", r.AvgSentenceWords, r.LongestSentenceWords)},
		{Label: "Reading time", Value: render.Minutes(r.ReadingMinutes)},
		{Label: "Characters", Value: fmt.Sprintf("%d (%d without spaces)", r.Characters, r.CharactersNoSpaces)},
	}
}

// WriteHTML writes the figures as a fact list.
func (r *Result) WriteHTML(w io.Writer, _ *analysis.Render) error {
	return render.FactsHTML(w, r.facts())
}

// WriteMarkdown writes the figures as a two-column table.
func (r *Result) WriteMarkdown(w io.Writer, _ *analysis.Render) error {
	return render.FactsMarkdown(w, r.facts())
}
