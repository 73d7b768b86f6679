package report

import (
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
)

// githubWriter prints GitHub Actions workflow commands, so findings show up
// as annotations on the pull request, at the line and column of their span:
// error findings and failed gates as ::error, warnings as ::warning, info
// findings as ::notice.
type githubWriter struct {
	w    io.Writer
	opts Options
}

func (g *githubWriter) Write(r *analysis.Report) error {
	file := r.Source.Path
	if file == "" || file == "-" {
		file = r.Source.Where()
	}
	var b strings.Builder
	rgs, oks := findingRanges(r)
	for i, f := range r.Findings {
		level := "warning"
		switch f.Severity {
		case analysis.SeverityError:
			level = "error"
		case analysis.SeverityInfo:
			level = "notice"
		}
		title := "artikel " + f.Code
		if f.Analyzer != analysis.Core {
			title = "artikel " + f.Analyzer + " " + f.Code
		}
		pos := ""
		if oks[i] {
			pos = fmt.Sprintf(",line=%d,col=%d", rgs[i].startLine, rgs[i].startCol)
		}
		annotate(&b, level, file, pos, title, f.Message)
	}
	for _, m := range r.Failures {
		annotate(&b, "error", file, "", "artikel --fail-on "+m.Code, m.Message)
	}
	_, err := io.WriteString(g.w, b.String())
	return err
}

func (g *githubWriter) Close() error { return nil }

func annotate(b *strings.Builder, level, file, pos, title, msg string) {
	fmt.Fprintf(b, "::%s file=%s%s,title=%s::%s\n", level, escapeProperty(file), pos, escapeProperty(title), escapeData(msg))
}

// Escaping as the GitHub Actions toolkit does it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
