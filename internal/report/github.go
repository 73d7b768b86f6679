package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"artikel/internal/pipeline"
)

// githubWriter prints GitHub Actions workflow commands, so findings show up
// as annotations on the pull request: errors and failed gates as ::error,
// warnings (document and analyzer warnings) as ::warning.
type githubWriter struct {
	w    io.Writer
	opts Options
}

func (g *githubWriter) Write(r *pipeline.Report) error {
	file := r.Source.Path
	if file == "" || file == "-" {
		file = r.Source.Where()
	}
	var b strings.Builder
	for _, m := range r.Errors {
		annotate(&b, "error", file, "artikel "+m.Code, m.Message)
	}
	for _, m := range r.Failures {
		annotate(&b, "error", file, "artikel --fail-on "+m.Code, m.Message)
	}
	for _, m := range r.Warnings {
		annotate(&b, "warning", file, "artikel "+m.Code, m.Message)
	}
	for _, res := range r.Results {
		for _, m := range analyzerWarnings(res.Value) {
			annotate(&b, "warning", file, "artikel "+res.Name+" "+m.Code, m.Message)
		}
	}
	_, err := io.WriteString(g.w, b.String())
	return err
}

func (g *githubWriter) Close() error { return nil }

// analyzerWarnings reads the "warnings" list that analyzer results carry in
// their JSON form, whatever their Go type.
func analyzerWarnings(v any) []pipeline.Message {
	if v == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var w struct {
		Warnings []pipeline.Message `json:"warnings"`
	}
	if json.Unmarshal(b, &w) != nil {
		return nil
	}
	return w.Warnings
}

func annotate(b *strings.Builder, level, file, title, msg string) {
	fmt.Fprintf(b, "::%s file=%s,title=%s::%s\n", level, escapeProperty(file), escapeProperty(title), escapeData(msg))
}

// Escaping as the GitHub Actions toolkit does it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
