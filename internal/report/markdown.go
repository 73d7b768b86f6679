package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"artikel/internal/analysis"
)

// markdownWriter prints the HTML report's content as GitHub-flavoured
// Markdown tables and lists (for pull-request comments and wikis). Like the
// HTML writer it renders from the JSON contract, streams documents and keeps
// only the overview rows for Close.
type markdownWriter struct {
	w io.Writer
	pages
}

func newMarkdownWriter(w io.Writer, opts Options) *markdownWriter {
	return &markdownWriter{w: w, pages: newPages(opts)}
}

func (m *markdownWriter) Write(r *analysis.Report) error {
	b, err := m.encode(r)
	if err != nil {
		return err
	}
	return m.writeJSON(b)
}

func (m *markdownWriter) writeJSON(b []byte) error {
	v, err := decodeDocView(b)
	if err != nil {
		return fmt.Errorf("markdown report: %w", err)
	}
	n := len(m.rows) + 1
	// buildHTMLDoc prepares the same figures; Markdown just prints them differently.
	d := buildHTMLDoc(v, n)
	m.rows = append(m.rows, d.Row)
	bw := bufio.NewWriter(m.w)
	if n > 1 {
		bw.WriteString("---\n\n")
	}
	writeMarkdownDoc(bw, d)
	return bw.Flush()
}

func (m *markdownWriter) Close() error {
	o := newOverview(m.rows, m.summary)
	if !o.Batch {
		if len(m.rows) == 0 {
			_, err := io.WriteString(m.w, "_No documents._\n")
			return err
		}
		return nil
	}
	bw := bufio.NewWriter(m.w)
	if len(m.rows) > 0 {
		bw.WriteString("---\n\n")
	}
	bw.WriteString("## Corpus overview\n\n")
	if s := o.Summary; s != nil {
		fmt.Fprintf(bw, "- Documents: %d", s.Documents)
		if s.Failed > 0 {
			fmt.Fprintf(bw, " (%d could not be read)", s.Failed)
		}
		fmt.Fprintf(bw, "\n- Words: %d\n", s.Words)
		if len(o.Languages) > 0 {
			fmt.Fprintf(bw, "- Languages: %s\n", mdText(strings.Join(o.Languages, ", ")))
		}
		if len(o.Keyphrases) > 0 {
			fmt.Fprintf(bw, "- Keyphrases: %s\n", mdText(strings.Join(o.Keyphrases, ", ")))
		}
		var stuffing []string
		summaryField(s, "stuffing", &stuffing)
		if len(stuffing) > 0 {
			fmt.Fprintf(bw, "- Keyword stuffing: %s\n", mdText(strings.Join(stuffing, ", ")))
		}
		for _, f := range s.GateFailures {
			fmt.Fprintf(bw, "- **failed** %s: %s\n", mdText(f.ID), mdText(f.Message))
		}
		for _, e := range s.Errors {
			fmt.Fprintf(bw, "- **error** %s: %s\n", mdText(e.ID), mdText(e.Message))
		}
		bw.WriteString("\n")
	} else {
		fmt.Fprintf(bw, "%d documents.\n\n", len(m.rows))
	}
	if len(m.rows) > 0 {
		bw.WriteString("| # | Document | Language | Words | Keyphrase | Flags |\n|---:|---|---|---:|---|---|\n")
		for i, r := range m.rows {
			doc := mdCell(r.Title)
			if r.ID != r.Title {
				doc += "<br>`" + mdCode(r.ID) + "`"
			}
			kp := mdCell(r.Keyphrase)
			if r.Assessment != "" {
				kp += " (" + bandLabel(r.Assessment) + ")"
			}
			flags := make([]string, len(r.Flags))
			for j, f := range r.Flags {
				flags[j] = mdCell(f)
			}
			fmt.Fprintf(bw, "| %d | %s | %s | %d | %s | %s |\n", i+1, doc, mdCell(r.Language), r.Words, kp, strings.Join(flags, ", "))
		}
	}
	if len(o.Entities) > 0 {
		bw.WriteString("\n### Top entities\n\n| Entity | Type | Mentions | Documents |\n|---|---|---:|---:|\n")
		for _, e := range o.Entities {
			fmt.Fprintf(bw, "| %s | %s | %d | %d |\n", mdCell(e.Name), mdCell(typeLabel(e.Type)), e.Count, e.Docs)
		}
	}
	if len(o.Speakers) > 0 {
		bw.WriteString("\n### Top speakers\n\n| Speaker | Quotes | Documents |\n|---|---:|---:|\n")
		for _, s := range o.Speakers {
			fmt.Fprintf(bw, "| %s | %d | %d |\n", mdCell(s.Name), s.Count, s.Docs)
		}
	}
	return bw.Flush()
}

func writeMarkdownDoc(w *bufio.Writer, d *htmlDoc) {
	v := d.V
	fmt.Fprintf(w, "## %s\n\n", mdText(v.TitleText()))
	if v.ID != "" {
		fmt.Fprintf(w, "`%s`", mdCode(v.ID))
		if v.Path != "" && v.Path != v.ID {
			fmt.Fprintf(w, " · `%s`", mdCode(v.Path))
		}
		w.WriteString("\n\n")
	}
	if len(d.Stats) > 0 {
		w.WriteString("| | |\n|---|---|\n")
		for _, s := range d.Stats {
			fmt.Fprintf(w, "| %s | %s |\n", mdCell(s.Label), mdCell(s.Value))
		}
		w.WriteString("\n")
	}
	if kp := d.Keyphrase; kp != nil {
		w.WriteString("### Keyphrase\n\n")
		fmt.Fprintf(w, "**%s** (%s): %d occurrences, density %.2f %%, adjusted density %.2f %% — Yoast band: **%s**\n\n",
			mdText(kp.Phrase), mdText(kp.Source), kp.Count, kp.Density, kp.AdjustedDensity, mdText(bandLabel(kp.Assessment)))
		if dist := kp.Distribution; dist != nil {
			fmt.Fprintf(w, "- Distribution: %s (longest gap %d of %d sentences)\n", mdText(dist.Assessment), dist.LongestGap, dist.Sentences)
		}
		fmt.Fprintf(w, "- In title: %s · in first paragraph: %s · in headings: %s\n", yesNo(kp.InTitle), yesNo(kp.InFirstParagraph), yesNo(kp.InHeadings))
		if d.Density == nil && kp.Count > 0 {
			w.WriteString("- The keywords analyzer gives no positions for this keyphrase, so there is no chart per paragraph.\n")
		}
		if c := d.Density; c != nil {
			fmt.Fprintf(w, "- Density per paragraph: `%s` (%d marked occurrences; `·` title/heading)\n", sparkline(c), c.Hits)
			w.WriteString("\n<details><summary>Density per paragraph</summary>\n\n| ¶ | Kind | Hits | Words | Density |\n|---:|---|---:|---:|---:|\n")
			for _, b := range c.Bars {
				fmt.Fprintf(w, "| %d | %s | %d | %d | %s |\n", b.Paragraph, mdCell(b.Kind), b.Count, b.Words, b.Density)
			}
			w.WriteString("\n</details>\n")
		}
		w.WriteString("\n")
	}
	if len(d.Terms) > 0 {
		w.WriteString("### Top terms\n\n| Term | Other forms | Count | Density |\n|---|---|---:|---:|\n")
		for _, t := range d.Terms {
			var forms []string
			for _, f := range t.Forms {
				if f != t.Term {
					forms = append(forms, f)
				}
			}
			fmt.Fprintf(w, "| %s | %s | %d | %.2f %% |\n", mdCell(t.Term), mdCell(strings.Join(forms, ", ")), t.Count, t.Density)
		}
		w.WriteString("\n")
		if len(d.Phrases) > 0 {
			w.WriteString("Repeated phrases:\n\n| Phrase | Count | Paragraphs |\n|---|---:|---:|\n")
			for _, p := range d.Phrases {
				fmt.Fprintf(w, "| %s | %d | %d |\n", mdCell(p.Phrase), p.Count, p.Paragraphs)
			}
			w.WriteString("\n")
		}
	}
	if v.Quotes != nil {
		w.WriteString("### Quotes by speaker\n\n")
		if len(d.Speakers) == 0 {
			w.WriteString("No quotes found.\n\n")
		}
		for _, g := range d.Speakers {
			name := "Unattributed"
			if g.Name != "" {
				name = g.Name
			}
			fmt.Fprintf(w, "**%s** (%d)\n\n", mdText(name), len(g.Quotes))
			for _, q := range g.Quotes {
				fmt.Fprintf(w, "- %s", mdText(q.Text))
				var meta []string
				if q.Type != "" {
					meta = append(meta, mdText(q.Type))
				}
				if q.Cue != "" {
					meta = append(meta, "cue “"+mdText(q.Cue)+"”")
				}
				if q.Role != "" {
					meta = append(meta, mdText(q.Role))
				}
				if len(meta) > 0 {
					fmt.Fprintf(w, " — _%s_", strings.Join(meta, ", "))
				}
				w.WriteString("\n")
			}
			w.WriteString("\n")
		}
	}
	if v.Entities != nil {
		w.WriteString("### Entities\n\n")
		if len(d.Entities) == 0 {
			w.WriteString("No entities found.\n\n")
		} else {
			w.WriteString("| Entity | Type | Mentions | Other forms |\n|---|---|---:|---|\n")
			for _, e := range d.Entities {
				fmt.Fprintf(w, "| %s | %s | %d | %s |\n", mdCell(e.Canonical), mdCell(typeLabel(e.Type)), e.Count, mdCell(e.Forms))
			}
			w.WriteString("\n")
		}
	}
	if len(d.Notes) > 0 {
		w.WriteString("### Warnings\n\n")
		for _, n := range d.Notes {
			src := ""
			if n.Source != "" {
				src = " `" + mdCode(n.Source) + "`"
			}
			fmt.Fprintf(w, "- **%s**%s: %s\n", n.Level, src, mdText(n.Message))
		}
		w.WriteString("\n")
	}
}

// sparkline draws the density chart as block characters, one per paragraph.
func sparkline(c *densityChart) string {
	blocks := []rune("▁▂▃▄▅▆▇█")
	top := 0.0
	for _, b := range c.Bars {
		top = max(top, b.H)
	}
	var sb strings.Builder
	for _, b := range c.Bars {
		switch {
		case b.Kind != "body" && b.Count == 0:
			sb.WriteRune('·')
		case b.Count == 0 || top == 0:
			sb.WriteRune(' ')
		default:
			i := int(math.Ceil(b.H/top*float64(len(blocks)))) - 1
			sb.WriteRune(blocks[max(0, min(i, len(blocks)-1))])
		}
	}
	return sb.String()
}

func yesNo(b *bool) string {
	switch {
	case b == nil:
		return "–"
	case *b:
		return "yes"
	}
	return "no"
}

// mdText makes article text inert in Markdown: ASCII punctuation that could
// start markup (and raw HTML, which GitHub renders) is backslash-escaped,
// and line breaks become spaces.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '&', '!':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCell is mdText for a table cell.
func mdCell(s string) string { return mdText(s) }

// mdCode is text inside a `code span`, where backslashes are literal: a
// backtick or pipe cannot be escaped there, so they are replaced.
func mdCode(s string) string {
	s = strings.NewReplacer("`", "'", "|", "¦", "\n", " ", "\r", " ").Replace(s)
	return s
}
