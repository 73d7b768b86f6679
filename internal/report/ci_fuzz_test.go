package report

import (
	"encoding/json"
	"encoding/xml"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/input"
)

// FuzzCIFormats feeds the CI writers documents, ids and messages with any
// bytes and spans with any offsets: they must never panic, and must always
// write well-formed JSON and XML.
func FuzzCIFormats(f *testing.F) {
	f.Add("Titel\r\nZeile zwei mit Maß.\rDrei", "a.txt", 0, "keyword_stuffing", "the phrase \"x\" <b>&", 21, 24)
	f.Add("", "-", 3, "input", "\x00\x1b]]>", -1, 5)
	f.Add("ä\n\nö", "dir/ü b.txt", 0, "c", "", 2, 1)
	f.Fuzz(func(t *testing.T, text, path string, line int, code, msg string, start, end int) {
		doc := document.New(path, text, "de")
		r := &analysis.Report{
			Source: input.Source{ID: path, Path: path, Line: max(line, 0) % 1000, Text: text},
			Doc:    doc,
			Findings: []analysis.Finding{
				{Analyzer: "x", Code: code, Severity: analysis.SeverityWarning, Message: msg},
				{Analyzer: analysis.Core, Code: code, Severity: analysis.SeverityError, Message: msg,
					Span: &document.Span{Start: start, End: end, Text: msg}},
			},
			Failures: []analysis.Message{{Code: code, Message: msg}},
		}
		for _, format := range []string{"sarif", "codeclimate", "junit", "github"} {
			out := render(t, format, r, r)
			switch format {
			case "sarif", "codeclimate":
				if !json.Valid(out) {
					t.Fatalf("%s: invalid JSON:\n%s", format, out)
				}
			case "junit":
				var d junitDoc
				if err := xml.Unmarshal(out, &d); err != nil {
					t.Fatalf("junit: %v\n%s", err, out)
				}
				if d.Tests != 2 || d.Failures != 2 {
					t.Fatalf("junit: tests %d failures %d", d.Tests, d.Failures)
				}
			}
		}
	})
}
