package readability

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"artikel/internal/analysis"
	"artikel/internal/render"
)

// bandNames are the Flesch bands as readers say them.
var bandNames = map[string]string{
	"very_easy": "very easy", "easy": "easy", "fairly_easy": "fairly easy", "standard": "standard",
	"fairly_difficult": "fairly difficult", "difficult": "difficult", "very_difficult": "very difficult",
}

func (r *Result) formulaName() string {
	if r.FleschFormula == "amstad" {
		return "Flesch (Amstad)"
	}
	return "Flesch"
}

func pct(x float64) string { return fmt.Sprintf("%.0f %%", 100*x) }

// maxListed is how many flagged sentences the text and Markdown sections show.
const maxListed = 5

// WriteText prints the section "Readability".
func (r *Result) WriteText(w io.Writer, rd *analysis.Render) error {
	fmt.Fprintln(w, "Readability")
	if r.Sentences == 0 {
		_, err := fmt.Fprintln(w, "  no body text")
		return err
	}
	line := fmt.Sprintf("  %s %.1f (%s)", r.formulaName(), r.Flesch, bandNames[r.Assessment])
	if r.WienerSachtextformel != nil {
		line += fmt.Sprintf(" · Wiener Sachtextformel %.1f", *r.WienerSachtextformel)
	}
	line += fmt.Sprintf(" · LIX %.0f", r.LIX)
	fmt.Fprintln(w, line)
	fmt.Fprintf(w, "  %d words in %d sentences · %.1f words per sentence · %.2f syllables per word\n",
		r.Words, r.Sentences, r.WordsPerSentence, r.SyllablesPerWord)
	fmt.Fprintf(w, "  long sentences (> %d words): %d (%s%s) · passive: %d (%s%s)",
		r.LongSentences.Threshold, r.LongSentences.Count, pct(r.LongSentences.Share), over(r.LongSentences.Share > LongSentenceShare, LongSentenceShare),
		r.Passive.Count, pct(r.Passive.Share), over(r.Passive.Share > PassiveShare, PassiveShare))
	if r.WienerSachtextformel != nil {
		fmt.Fprintf(w, " · nominal style %.1f %%", 100*r.NominalStyle.Share)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  long paragraphs (> %d words): %d · over %d words without subheading: %d · repeated sentence starts: %d\n",
		r.LongParagraphs.Threshold, r.LongParagraphs.Count, r.SubheadingGaps.Threshold, r.SubheadingGaps.Count, r.RepeatedStarts.Count)
	for i, f := range r.Flagged.All() {
		if i == maxListed {
			fmt.Fprintf(w, "  … %d more flagged sentences\n", r.Flagged.Len()-maxListed)
			break
		}
		fmt.Fprintf(w, "  [%s] %s\n", strings.Join(f.Reasons, ", "), clip(f.Text, 100))
	}
	return nil
}

func over(above bool, limit float64) string {
	if !above {
		return ""
	}
	return ", above " + pct(limit)
}

// clip shortens s to at most n characters on one line.
func clip(s string, n int) string {
	// Spaces collapsed, reading no further than n+1 runes: a flagged
	// sentence can be a whole 10 MB document.
	rs := make([]rune, 0, n+1)
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = len(rs) > 0
			continue
		}
		if space {
			rs = append(rs, ' ')
			space = false
		}
		if rs = append(rs, r); len(rs) > n {
			return string(rs[:n-1]) + "…"
		}
	}
	return string(rs)
}

// Highlights marks the flagged sentences as the layer "readability", with
// the reasons in the tooltip.
func (r *Result) Highlights(_ *analysis.Render) []analysis.Highlight {
	out := make([]analysis.Highlight, 0, r.Flagged.Len())
	for _, f := range r.Flagged.All() {
		// A grey dashed underline: it stays readable under the quote and entity layers.
		out = append(out, analysis.Highlight{Layer: "readability", Label: "readability (flagged sentences)",
			Kind: "sentence", Start: f.Start, End: f.End, Class: "hl cue spk-x",
			Title: "readability: " + strings.Join(f.Reasons, ", ")})
	}
	return out
}

// facts are the figures as the HTML and Markdown reports list them.
func (r *Result) facts() []render.Fact {
	f := []render.Fact{{Label: r.formulaName(), Value: fmt.Sprintf("%.1f (%s)", r.Flesch, bandNames[r.Assessment])}}
	if r.WienerSachtextformel != nil {
		f = append(f, render.Fact{Label: "Wiener Sachtextformel", Value: fmt.Sprintf("%.1f", *r.WienerSachtextformel)})
	}
	f = append(f,
		render.Fact{Label: "LIX", Value: fmt.Sprintf("%.0f", r.LIX)},
		render.Fact{Label: "Words per sentence", Value: fmt.Sprintf("%.1f", r.WordsPerSentence)},
		render.Fact{Label: "Syllables per word", Value: fmt.Sprintf("%.2f", r.SyllablesPerWord)},
		render.Fact{Label: fmt.Sprintf("Long sentences (> %d words)", r.LongSentences.Threshold),
			Value: fmt.Sprintf("%d (%s%s)", r.LongSentences.Count, pct(r.LongSentences.Share), over(r.LongSentences.Share > LongSentenceShare, LongSentenceShare))},
		render.Fact{Label: "Passive voice", Value: fmt.Sprintf("%d (%s%s)", r.Passive.Count, pct(r.Passive.Share), over(r.Passive.Share > PassiveShare, PassiveShare))},
		render.Fact{Label: fmt.Sprintf("Long paragraphs (> %d words)", r.LongParagraphs.Threshold), Value: fmt.Sprint(r.LongParagraphs.Count)},
		render.Fact{Label: fmt.Sprintf("Over %d words without subheading", r.SubheadingGaps.Threshold), Value: fmt.Sprint(r.SubheadingGaps.Count)},
		render.Fact{Label: "Repeated sentence starts", Value: fmt.Sprint(r.RepeatedStarts.Count)},
	)
	if r.WienerSachtextformel != nil {
		f = append(f, render.Fact{Label: "Nominal style", Value: fmt.Sprintf("%.1f %% of words", 100*r.NominalStyle.Share)})
	}
	return f
}

var flaggedHTML = render.Template("readability-flagged", `
{{- if .Len}}
<p>{{.Len}} flagged sentence(s), underlined in the text (layer “readability”):</p>
<ul>
{{- range $i, $f := .All}}{{with $f}}
<li><em>{{join .Reasons ", "}}</em>: {{.Text}}</li>
{{- end}}{{end}}
</ul>
{{- end}}
`)

// WriteHTML writes the readability panel: the figures and the flagged sentences.
func (r *Result) WriteHTML(w io.Writer, _ *analysis.Render) error {
	if r.Sentences == 0 {
		_, err := io.WriteString(w, "<p>No body text.</p>\n")
		return err
	}
	if err := render.FactsHTML(w, r.facts()); err != nil {
		return err
	}
	return flaggedHTML.Execute(w, r.Flagged)
}

// WriteMarkdown writes the readability section as a table and a list of
// flagged sentences.
func (r *Result) WriteMarkdown(w io.Writer, _ *analysis.Render) error {
	if r.Sentences == 0 {
		_, err := io.WriteString(w, "No body text.\n")
		return err
	}
	if err := render.FactsMarkdown(w, r.facts()); err != nil {
		return err
	}
	var b strings.Builder
	for i, f := range r.Flagged.All() {
		if i == maxListed {
			fmt.Fprintf(&b, "- … %d more flagged sentences\n", r.Flagged.Len()-maxListed)
			break
		}
		fmt.Fprintf(&b, "- *%s*: %s\n", strings.Join(f.Reasons, ", "), render.MD(clip(f.Text, 160)))
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
