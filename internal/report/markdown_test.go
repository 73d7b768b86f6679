package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var updateMarkdown = flag.Bool("update-markdown", false, "rewrite the Markdown golden files")

func renderMarkdown(t *testing.T, docs ...[]byte) string {
	t.Helper()
	var buf bytes.Buffer
	w := newMarkdownWriter(&buf, Options{})
	for _, d := range docs {
		if err := w.writeJSON(d); err != nil {
			t.Fatal(err)
		}
	}
	if len(docs) > 1 {
		w.WriteSummary(summaryOf(t, docs))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMarkdownGolden(t *testing.T) {
	cases := []struct {
		golden string
		docs   []string
	}{
		{"radwege.md", []string{"radwege.json"}},
		{"hostile.md", []string{"hostile.json"}},
		{"batch.md", []string{"radwege.json", "hostile.json"}},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			var docs [][]byte
			for _, d := range c.docs {
				docs = append(docs, readFixture(t, d))
			}
			got := renderMarkdown(t, docs...)
			path := filepath.Join("testdata", "markdown", c.golden)
			if *updateMarkdown {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestMarkdownGolden -update-markdown)", err)
			}
			if got != string(want) {
				t.Errorf("Markdown differs from %s (rerun with -update-markdown and review the diff):\n%s", path, got)
			}
		})
	}
}

func TestMarkdownSummaryGolden(t *testing.T) {
	var buf bytes.Buffer
	w := newMarkdownWriter(&buf, Options{})
	if err := w.writeJSON(readFixture(t, "radwege.json")); err != nil {
		t.Fatal(err)
	}
	w.WriteSummary(testSummary())
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "markdown", "summary.md")
	if *updateMarkdown {
		os.WriteFile(path, buf.Bytes(), 0o644)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(want) {
		t.Errorf("Markdown differs from %s:\n%s", path, buf.String())
	}
}

func TestMarkdownEscapesMarkup(t *testing.T) {
	got := renderMarkdown(t, readFixture(t, "hostile.json"))
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
