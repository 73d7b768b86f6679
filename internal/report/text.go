package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/pipeline"
)

// textWriter prints a compact report a person reads on a terminal.
type textWriter struct {
	w    io.Writer
	opts Options
	n    int
}

func (t *textWriter) Write(r *pipeline.Report) error {
	bw := bufio.NewWriter(t.w)
	if t.n > 0 {
		fmt.Fprintln(bw)
	}
	t.n++
	writeText(bw, r)
	return bw.Flush()
}

func (t *textWriter) Close() error { return nil }

func writeText(w *bufio.Writer, r *pipeline.Report) {
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
	var order []string
	for _, p := range d.Paragraphs {
		if kinds[p.Kind] == 0 {
			order = append(order, p.Kind)
		}
		kinds[p.Kind]++
	}
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%d %s", kinds[k], k))
	}
	detail := ""
	if len(parts) > 0 {
		detail = " (" + strings.Join(parts, ", ") + ")"
	}
	fmt.Fprintf(w, "Structure: %d paragraphs%s, %d sentences, %d words\n", len(d.Paragraphs), detail, len(d.Sentences), d.Words())

	for _, res := range r.Results {
		fmt.Fprintf(w, "\n%s\n", sectionTitle(res.Name))
		switch {
		case res.Skipped != "":
			fmt.Fprintf(w, "  skipped: %s\n", res.Skipped)
		case res.Err != nil:
			fmt.Fprintf(w, "  error: %v\n", res.Err)
		default:
			if tw, ok := res.Value.(analysis.TextWriter); ok {
				if err := tw.WriteText(w); err != nil {
					fmt.Fprintf(w, "  error: %v\n", err)
				}
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
