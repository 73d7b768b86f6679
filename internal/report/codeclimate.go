package report

import (
	"bytes"
	"encoding/json"
	"io"

	"artikel/internal/analysis"
)

// Code Climate issues, the format of GitLab's code quality reports: a JSON
// array of issues with description, check_name, fingerprint, severity and
// location.path plus location.lines.begin (what GitLab requires), and the
// type and categories the Code Climate spec adds.

type ccIssue struct {
	Type        string     `json:"type"`
	CheckName   string     `json:"check_name"`
	Description string     `json:"description"`
	Categories  []string   `json:"categories"`
	Severity    string     `json:"severity"`
	Fingerprint string     `json:"fingerprint"`
	Location    ccLocation `json:"location"`
}

type ccLocation struct {
	Path  string  `json:"path"`
	Lines ccLines `json:"lines"`
}

type ccLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

// codeClimateWriter streams the array: one issue per finding and per failed gate.
type codeClimateWriter struct {
	w    io.Writer
	opts Options
	n    int
}

func newCodeClimateWriter(w io.Writer, opts Options) *codeClimateWriter {
	return &codeClimateWriter{w: w, opts: opts}
}

func (c *codeClimateWriter) Write(r *analysis.Report) error {
	path := artifactPath(r)
	for _, it := range issues(r) {
		// A finding about the whole document points at its first line (the
		// JSON Lines record's line).
		lines := ccLines{Begin: max(r.Source.Line, 1), End: max(r.Source.Line, 1)}
		if it.hasRange {
			lines = ccLines{Begin: it.rng.startLine, End: it.rng.endLine}
		}
		b, err := marshal(ccIssue{
			Type:        "issue",
			CheckName:   it.rule,
			Description: it.message,
			Categories:  []string{"Style"},
			Severity:    ccSeverity(it),
			Fingerprint: it.fingerprint,
			Location:    ccLocation{Path: path, Lines: lines},
		})
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := json.Indent(&buf, b, "  ", "  "); err != nil {
			return err
		}
		sep := ",\n  "
		if c.n == 0 {
			sep = "[\n  "
		}
		c.n++
		if _, err := io.WriteString(c.w, sep); err != nil {
			return err
		}
		if _, err := c.w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func (c *codeClimateWriter) Close() error {
	end := "\n]\n"
	if c.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(c.w, end)
	return err
}

// ccSeverity maps a severity to Code Climate's scale: a failed gate blocks
// the merge, an error finding (unreadable document, failed analyzer) is
// critical, a warning major, a note info.
func ccSeverity(it issue) string {
	switch {
	case it.gate:
		return "blocker"
	case it.severity == analysis.SeverityError:
		return "critical"
	case it.severity == analysis.SeverityInfo:
		return "info"
	}
	return "major"
}
