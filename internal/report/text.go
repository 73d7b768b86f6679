package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
)

// textWriter prints a compact report a person reads on a terminal.
type textWriter struct {
	w    io.Writer
	opts Options
	n    int
}

func (t *textWriter) Write(r *analysis.Report) error {
	bw := bufio.NewWriter(t.w)
	if t.n > 0 {
		fmt.Fprintln(bw)
	}
	t.n++
	writeText(bw, r, t.render(r))
	return bw.Flush()
}

func (t *textWriter) Close() error { return nil }

func (t *textWriter) render(r *analysis.Report) *analysis.Render {
	rd := &analysis.Render{Report: r, Top: t.opts.Top, Color: t.opts.Color, Width: t.opts.Width}
	if r != nil {
		rd.Doc = r.Doc
	}
	return rd
}

func writeText(w *bufio.Writer, r *analysis.Report, rd *analysis.Render) {
	fmt.Fprintf(w, "== %s\n", r.Source.Where())
	if r.Doc == nil {
		for _, e := range r.Errors {
			fmt.Fprintf(w, "error: %s\n", e.Message)
		}
		return
	}
	d := r.Doc
	if t := title(d); t != nil {
		fmt.Fprintf(w, "Title:     %s\n", t.Text)
	}
	lang := r.Language
	switch {
	case lang.Source == "given":
		fmt.Fprintf(w, "Language:  %s (%s), given\n", lang.Name, lang.Code)
	case lang.Code == "und":
		fmt.Fprintf(w, "Language:  undetermined\n")
	default:
		note := ""
		if !lang.Reliable {
			note = ", uncertain"
		}
		fmt.Fprintf(w, "Language:  %s (%s), confidence %.2f%s\n", lang.Name, lang.Code, lang.Confidence, note)
	}
	if dl := d.Dateline; dl != nil {
		parts := []string{}
		for _, p := range []string{dl.Place, dl.Date, dl.Source} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		fmt.Fprintf(w, "Dateline:  %s\n", strings.Join(parts, " · "))
	}
	if bl := d.Byline; bl != nil && len(bl.Authors) > 0 {
		fmt.Fprintf(w, "Byline:    %s\n", strings.Join(bl.Authors, ", "))
	}
	kinds := map[string]int{}
	for _, p := range d.Paragraphs {
		kinds[p.Kind.String()]++
	}
	var parts []string
	for _, k := range kindOrder {
		if n := kinds[k.kind]; n > 0 {
			name := k.plural
			if n == 1 {
				name = k.one
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, name))
		}
	}
	detail := ""
	if len(parts) > 0 {
		detail = " (" + strings.Join(parts, ", ") + ")"
	}
	fmt.Fprintf(w, "Structure: %s%s, %s, %s\n", plural(len(d.Paragraphs), "paragraph"), detail, plural(len(d.Sentences), "sentence"), plural(d.Words(), "word"))

	// Each analyzer's section starts with its own heading line.
	for _, res := range r.Results {
		fmt.Fprintln(w)
		switch {
		case res.Skipped != "":
			fmt.Fprintf(w, "%s: skipped: %s\n", sectionTitle(res.Name()), res.Skipped)
		case res.Err != nil:
			fmt.Fprintf(w, "%s: error: %v\n", sectionTitle(res.Name()), res.Err)
		default:
			if tw, ok := res.Value.(analysis.TextWriter); ok {
				if err := tw.WriteText(w, rd); err != nil {
					fmt.Fprintf(w, "%s: error: %v\n", sectionTitle(res.Name()), err)
				}
			} else {
				fmt.Fprintf(w, "%s: done\n", sectionTitle(res.Name()))
			}
		}
	}
	if len(r.Warnings) > 0 || len(r.Errors) > 0 {
		fmt.Fprintln(w)
	}
	for _, m := range r.Warnings {
		fmt.Fprintf(w, "warning: %s\n", m.Message)
	}
	for _, m := range r.Errors {
		fmt.Fprintf(w, "error: %s\n", m.Message)
	}
}

func sectionTitle(name string) string {
	if name == "" {
		return name
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// WriteSummary prints the corpus summary after the documents.
func (t *textWriter) WriteSummary(s *corpus.Summary) error {
	bw := bufio.NewWriter(t.w)
	if t.n > 0 {
		fmt.Fprintln(bw)
	}
	fmt.Fprintf(bw, "== Summary of %s\n", plural(s.Documents, "document"))
	fmt.Fprintf(bw, "Readable:  %d (%d failed), %d words\n", s.Documents-s.Failed, s.Failed, s.Words)
	var langs []string
	for _, l := range s.Languages {
		langs = append(langs, fmt.Sprintf("%s %d", l.Name, l.Documents))
	}
	if len(langs) > 0 {
		fmt.Fprintf(bw, "Languages: %s\n", strings.Join(langs, ", "))
	}
	rd := t.render(nil)
	for _, p := range s.Parts {
		if sw, ok := p.Tally.(analysis.SummaryTextWriter); ok {
			if err := sw.WriteSummaryText(bw, p.Fields, rd); err != nil {
				return err
			}
		}
	}
	if len(s.GateFailures) > 0 {
		fmt.Fprintf(bw, "\nFailed gates: %d\n", len(s.GateFailures))
		for _, f := range s.GateFailures {
			fmt.Fprintf(bw, "  %s: %s\n", f.ID, f.Message)
		}
	}
	if len(s.Errors) > 0 {
		fmt.Fprintf(bw, "\nErrors: %d\n", len(s.Errors))
		for _, e := range s.Errors {
			fmt.Fprintf(bw, "  %s: %s\n", e.ID, e.Message)
		}
	}
	return bw.Flush()
}

// kindOrder is the order in which paragraph kinds are counted in the report.
var kindOrder = []struct{ kind, one, plural string }{
	{"title", "title", "titles"},
	{"heading", "heading", "headings"},
	{"byline", "byline", "bylines"},
	{"dateline", "dateline", "datelines"},
	{"body", "body", "body"},
	{"list_item", "list item", "list items"},
	{"quote", "quote", "quotes"},
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
