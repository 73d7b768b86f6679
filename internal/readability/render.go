package readability

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"artikel/internal/analysis"
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
	for i, f := range r.Flagged {
		if i == maxListed {
			fmt.Fprintf(w, "  … %d more flagged sentences\n", len(r.Flagged)-maxListed)
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
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}

// Highlights marks the flagged sentences as the layer "readability", with
// the reasons in the tooltip.
func (r *Result) Highlights(_ *analysis.Render) []analysis.Highlight {
	out := make([]analysis.Highlight, 0, len(r.Flagged))
	for _, f := range r.Flagged {
		// A grey dashed underline: it stays readable under the quote and entity layers.
		out = append(out, analysis.Highlight{Layer: "readability", Label: "readability (flagged sentences)",
			Kind: "sentence", Start: f.Start, End: f.End, Class: "hl cue spk-x",
			Title: "readability: " + strings.Join(f.Reasons, ", ")})
	}
	return out
}

var htmlPanel = template.Must(template.New("readability").Parse(`<table class="figures">
<tr><th>{{.Formula}}</th><td>{{printf "%.1f" .R.Flesch}} ({{.Band}})</td></tr>
{{- if .R.WienerSachtextformel}}
<tr><th>Wiener Sachtextformel</th><td>{{printf "%.1f" .WST}}</td></tr>
{{- end}}
<tr><th>LIX</th><td>{{printf "%.0f" .R.LIX}}</td></tr>
<tr><th>Words per sentence</th><td>{{printf "%.1f" .R.WordsPerSentence}}</td></tr>
<tr><th>Syllables per word</th><td>{{printf "%.2f" .R.SyllablesPerWord}}</td></tr>
<tr><th>Long sentences (&gt; {{.R.LongSentences.Threshold}} words)</th><td>{{.R.LongSentences.Count}} ({{.LongShare}})</td></tr>
<tr><th>Passive voice</th><td>{{.R.Passive.Count}} ({{.PassiveShare}})</td></tr>
<tr><th>Long paragraphs (&gt; {{.R.LongParagraphs.Threshold}} words)</th><td>{{.R.LongParagraphs.Count}}</td></tr>
<tr><th>Over {{.R.SubheadingGaps.Threshold}} words without subheading</th><td>{{.R.SubheadingGaps.Count}}</td></tr>
<tr><th>Repeated sentence starts</th><td>{{.R.RepeatedStarts.Count}}</td></tr>
{{- if .R.WienerSachtextformel}}
<tr><th>Nominal style</th><td>{{.Nominal}}</td></tr>
{{- end}}
</table>
{{- if .R.Flagged}}
<p>{{len .R.Flagged}} flagged sentence(s) are highlighted in the text (layer “readability”).</p>
{{- end}}
`))

// WriteHTML writes the readability panel.
func (r *Result) WriteHTML(w io.Writer, _ *analysis.Render) error {
	if r.Sentences == 0 {
		_, err := io.WriteString(w, "<p>No body text.</p>\n")
		return err
	}
	wst := 0.0
	if r.WienerSachtextformel != nil {
		wst = *r.WienerSachtextformel
	}
	return htmlPanel.Execute(w, map[string]any{
		"R": r, "WST": wst, "Formula": r.formulaName(), "Band": bandNames[r.Assessment],
		"LongShare": pct(r.LongSentences.Share), "PassiveShare": pct(r.Passive.Share),
		"Nominal": fmt.Sprintf("%.1f %%", 100*r.NominalStyle.Share),
	})
}

// WriteMarkdown writes the readability section as a table and a list of
// flagged sentences.
func (r *Result) WriteMarkdown(w io.Writer, _ *analysis.Render) error {
	if r.Sentences == 0 {
		_, err := io.WriteString(w, "No body text.\n")
		return err
	}
	fmt.Fprintf(w, "| measure | value |\n|---|---|\n")
	fmt.Fprintf(w, "| %s | %.1f (%s) |\n", r.formulaName(), r.Flesch, bandNames[r.Assessment])
	if r.WienerSachtextformel != nil {
		fmt.Fprintf(w, "| Wiener Sachtextformel | %.1f |\n", *r.WienerSachtextformel)
	}
	fmt.Fprintf(w, "| LIX | %.0f |\n| words per sentence | %.1f |\n| syllables per word | %.2f |\n", r.LIX, r.WordsPerSentence, r.SyllablesPerWord)
	fmt.Fprintf(w, "| long sentences (> %d words) | %d (%s) |\n| passive voice | %d (%s) |\n",
		r.LongSentences.Threshold, r.LongSentences.Count, pct(r.LongSentences.Share), r.Passive.Count, pct(r.Passive.Share))
	fmt.Fprintf(w, "| long paragraphs (> %d words) | %d |\n| over %d words without subheading | %d |\n| repeated sentence starts | %d |\n",
		r.LongParagraphs.Threshold, r.LongParagraphs.Count, r.SubheadingGaps.Threshold, r.SubheadingGaps.Count, r.RepeatedStarts.Count)
	if r.WienerSachtextformel != nil {
		fmt.Fprintf(w, "| nominal style | %.1f %% |\n", 100*r.NominalStyle.Share)
	}
	if len(r.Flagged) > 0 {
		fmt.Fprintln(w)
		for i, f := range r.Flagged {
			if i == maxListed {
				fmt.Fprintf(w, "- … %d more flagged sentences\n", len(r.Flagged)-maxListed)
				break
			}
			fmt.Fprintf(w, "- *%s*: %s\n", strings.Join(f.Reasons, ", "), mdEscape(clip(f.Text, 160)))
		}
	}
	return nil
}

// mdEscape keeps article text from being read as Markdown or HTML.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
