package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
	kit "artikel/internal/render" // the package name is taken by a test helper
)

// markdownWriter prints the HTML report's content as GitHub-flavoured
// Markdown tables and lists (for pull-request comments and wikis): each
// analyzer writes its own section. Like the HTML writer it streams documents
// and keeps only the overview rows for Close.
type markdownWriter struct {
	w io.Writer
	pages
}

func newMarkdownWriter(w io.Writer, opts Options) *markdownWriter {
	return &markdownWriter{w: w, pages: pages{opts: opts}}
}

func (m *markdownWriter) Write(r *analysis.Report) error {
	n := len(m.rows) + 1
	d, err := m.newDoc(r, n, false)
	if err != nil {
		return fmt.Errorf("markdown report: %s: %w", r.Source.Where(), err)
	}
	m.rows = append(m.rows, d.Row)
	bw := bufio.NewWriter(m.w)
	if n > 1 {
		bw.WriteString("---\n\n")
	}
	writeMarkdownDoc(bw, d)
	return bw.Flush()
}

func (m *markdownWriter) Close() error {
	o, err := m.overview(false)
	if err != nil {
		return fmt.Errorf("markdown report: %w", err)
	}
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
		bw.WriteString("| # | Document | Language | Words |")
		for _, c := range o.Columns {
			fmt.Fprintf(bw, " %s |", mdText(c))
		}
		bw.WriteString(" Flags |\n|---:|---|---|---:|")
		for range o.Columns {
			bw.WriteString("---|")
		}
		bw.WriteString("---|\n")
		for i, r := range m.rows {
			doc := mdCell(r.Title)
			if r.ID != r.Title {
				doc += "<br>`" + mdCode(r.ID) + "`"
			}
			fmt.Fprintf(bw, "| %d | %s | %s | %d |", i+1, doc, mdCell(r.Language), r.Words)
			for _, c := range o.Columns {
				fmt.Fprintf(bw, " %s |", mdCell(r.Cell(c)))
			}
			flags := make([]string, len(r.Flags))
			for j, f := range r.Flags {
				flags[j] = mdCell(f)
			}
			fmt.Fprintf(bw, " %s |\n", strings.Join(flags, ", "))
		}
		bw.WriteString("\n")
	}
	if s := o.Summary; s != nil && len(s.Findings) > 0 {
		bw.WriteString("### Findings\n\n| Code | Analyzer | Severity | Documents | Total |\n|---|---|---|---:|---:|\n")
		for _, f := range s.Findings {
			fmt.Fprintf(bw, "| `%s` | %s | %s | %d | %d |\n", mdCode(f.Code), mdCell(f.Analyzer), mdCell(string(f.Severity)), f.Documents, f.Total)
		}
		bw.WriteString("\n")
	}
	for _, p := range o.Parts {
		bw.WriteString(string(p))
	}
	return bw.Flush()
}

func writeMarkdownDoc(w *bufio.Writer, d *htmlDoc) {
	fmt.Fprintf(w, "## %s\n\n", mdText(d.Title))
	if d.ID != "" {
		fmt.Fprintf(w, "`%s`", mdCode(d.ID))
		if d.Path != "" && d.Path != d.ID && d.Path != "-" {
			fmt.Fprintf(w, " · `%s`", mdCode(d.Path))
		}
		w.WriteString("\n\n")
	}
	kit.FactsMarkdown(w, d.Facts)
	for _, p := range d.Panels {
		fmt.Fprintf(w, "### %s\n\n", mdText(p.Title))
		switch {
		case p.Skipped != "":
			fmt.Fprintf(w, "_Skipped: %s_\n\n", mdText(p.Skipped))
		case p.Error != "":
			fmt.Fprintf(w, "**error**: %s\n\n", mdText(p.Error))
		case p.Body != "":
			w.WriteString(string(p.Body))
		default:
			w.WriteString("Done.\n\n")
		}
	}
	if len(d.Notes) > 0 {
		w.WriteString("### Findings\n\n")
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

// mdText makes article text inert in Markdown (see kit.MD).
func mdText(s string) string { return kit.MD(s) }

// mdCell is mdText for a table cell.
func mdCell(s string) string { return kit.MD(s) }

// mdCode is text inside a `code span` (see kit.MDCode).
func mdCode(s string) string { return kit.MDCode(s) }
