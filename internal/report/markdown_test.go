package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"artikel/internal/analysis"
)

var updateMarkdown = flag.Bool("update-markdown", false, "rewrite the Markdown golden files")

func renderMarkdown(t *testing.T, reports ...*analysis.Report) string {
	t.Helper()
	var buf bytes.Buffer
	w := newMarkdownWriter(&buf, Options{})
	for _, r := range reports {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if len(reports) > 1 {
		w.WriteSummary(summaryOf(reports...))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// golden compares got with a file of testdata/markdown, or rewrites it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "markdown", name)
	if *updateMarkdown {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Markdown -update-markdown)", err)
	}
	if got != string(want) {
		t.Errorf("Markdown differs from %s (rerun with -update-markdown and review the diff):\n%s", path, got)
	}
}

func TestMarkdownGolden(t *testing.T) {
	cases := []struct {
		golden  string
		reports func() []*analysis.Report
	}{
		{"radwege.md", func() []*analysis.Report { return []*analysis.Report{radwege(t)} }},
		{"hostile.md", func() []*analysis.Report { return []*analysis.Report{hostile(t)} }},
		{"batch.md", func() []*analysis.Report { return []*analysis.Report{radwege(t), hostile(t)} }},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) { golden(t, c.golden, renderMarkdown(t, c.reports()...)) })
	}
}

func TestMarkdownSummaryGolden(t *testing.T) {
	r, broken := gated(t)
	var buf bytes.Buffer
	w := newMarkdownWriter(&buf, Options{})
	if err := w.Write(r); err != nil {
		t.Fatal(err)
	}
	w.WriteSummary(summaryOf(r, broken, sample(t)))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	golden(t, "summary.md", buf.String())
}

func TestMarkdownEscapesMarkup(t *testing.T) {
	got := renderMarkdown(t, hostile(t))
	// Every < and [ of the article is backslash-escaped, so none starts a tag or link.
	if m := regexp.MustCompile(`(^|[^\\])(<(script|img|b>|i>)|\[klick\])`).FindString(got); m != "" {
		t.Errorf("markup %q reached the Markdown unescaped", m)
	}
	if !strings.Contains(got, `\<script\>alert(2)\</script\>`) {
		t.Errorf("escaped quote text missing:\n%s", got)
	}
}

func TestMarkdownText(t *testing.T) {
	for in, want := range map[string]string{
		"a|b":          `a\|b`,
		"*x* _y_":      `\*x\* \_y\_`,
		"[l](u)":       `\[l\](u)`,
		"zwei\nZeilen": "zwei Zeilen",
		"„Ä“ & ü":      `„Ä“ \& ü`,
	} {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownEmptyRun(t *testing.T) {
	if got := renderMarkdown(t); got != "_No documents._\n" {
		t.Errorf("got %q", got)
	}
}
