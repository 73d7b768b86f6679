// Package stats is the analyzer for the basic size figures of an article.
package stats

import (
	"fmt"
	"io"
	"math"
	"reflect"
	"unicode"
	"unicode/utf8"

	"artikel/internal/analysis"
	"artikel/internal/segment"
)

// WordsPerMinute is the reading speed behind reading_minutes.
const WordsPerMinute = 200

// Analyzer counts characters, words, sentences and paragraphs.
var Analyzer = &analysis.Analyzer{
	Name:       "stats",
	Doc:        "counts characters, words, sentences and paragraphs; average sentence length and reading time",
	ResultType: reflect.TypeFor[*Result](),
	Run:        run,
}

// Result holds the figures.
type Result struct {
	Characters           int     `json:"characters"`
	CharactersNoSpaces   int     `json:"characters_no_spaces"`
	Words                int     `json:"words"`
	Sentences            int     `json:"sentences"`
	Paragraphs           int     `json:"paragraphs"`
	Headings             int     `json:"headings"`
	AvgSentenceWords     float64 `json:"avg_sentence_words"`
	ReadingMinutes       float64 `json:"reading_minutes"`
	LongestSentenceWords int     `json:"longest_sentence_words"`
}

func run(pass *analysis.Pass) (any, error) {
	d := pass.Doc
	r := Result{
		Characters: utf8.RuneCountInString(d.Text),
		Words:      d.Words(),
		Sentences:  len(d.Sentences),
		Paragraphs: len(d.Paragraphs),
	}
	for _, c := range d.Text {
		if !unicode.IsSpace(c) {
			r.CharactersNoSpaces++
		}
	}
	for _, p := range d.Paragraphs {
		if p.Kind == segment.KindTitle || p.Kind == segment.KindHeading {
			r.Headings++
		}
	}
	// Headings are not sentences a reader reads as prose, so they do not pull
	// the average down.
	proseWords, proseSentences := 0, 0
	for _, s := range d.Sentences {
		words := 0
		for i := s.FirstToken; i < s.EndToken; i++ {
			if k := d.Tokens[i].Kind; k == segment.TokWord || k == segment.TokNumber {
				words++
			}
		}
		r.LongestSentenceWords = max(r.LongestSentenceWords, words)
		if k := d.Paragraphs[s.Paragraph].Kind; k == segment.KindTitle || k == segment.KindHeading {
			continue
		}
		proseWords += words
		proseSentences++
	}
	if proseSentences > 0 {
		r.AvgSentenceWords = math.Round(float64(proseWords)/float64(proseSentences)*10) / 10
	}
	r.ReadingMinutes = math.Round(float64(r.Words)/WordsPerMinute*10) / 10
	return &r, nil
}

// WriteText prints the figures as two lines.
func (r *Result) WriteText(w io.Writer, _ *analysis.Render) error {
	// Headings here are the title and the subheadings, which the Structure
	// line counts apart; say so, so the two lines agree.
	headings := ""
	if r.Headings > 0 {
		headings = " (" + count(r.Headings, "title or heading", "titles and headings") + ")"
	}
	_, err := fmt.Fprintf(w, "Stats\n  %s · %s · %s · %s%s\n"+
		"  %.1f words per sentence (longest %d) · reading time %s\n",
		count(r.Characters, "character"), count(r.Words, "word"), count(r.Sentences, "sentence"),
		count(r.Paragraphs, "paragraph"), headings,
		r.AvgSentenceWords, r.LongestSentenceWords, readingTime(r.ReadingMinutes))
	return err
}

func count(n int, noun string, plural ...string) string {
	if n == 1 {
		return "1 " + noun
	}
	if len(plural) > 0 {
		return fmt.Sprintf("%d %s", n, plural[0])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func readingTime(min float64) string {
	if min < 1 {
		return "under 1 min"
	}
	return fmt.Sprintf("%.0f min", math.Round(min))
}
