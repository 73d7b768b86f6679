// Package render holds the small helpers that the HTML and Markdown sections
// of several analyzers share: templates with common functions, Markdown
// escaping, fact lists and per-paragraph word counts. It is a leaf: it
// imports neither the report package nor any analyzer, so analyzers and the
// report can both use it.
package render

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"
	"sync"

	"artikel/internal/document"
	"artikel/internal/segment"
)

// Funcs are the functions every template made by Template can call.
var Funcs = template.FuncMap{
	"pct":   Pct,
	"f1":    func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"f2":    func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"yesno": YesNo,
	"inc":   func(i int) int { return i + 1 },
	"join":  strings.Join,
}

// Template is an html/template with Funcs and the extra functions, parsed
// the first time it is executed: parsing every panel's template at start
// would cost each run, also the many that write no HTML. It panics on a
// syntax error, which every test of the package using it catches.
func Template(name, text string, extra ...template.FuncMap) *LazyTemplate {
	return &LazyTemplate{parse: sync.OnceValue(func() *template.Template {
		t := template.New(name).Funcs(Funcs)
		for _, f := range extra {
			t.Funcs(f)
		}
		return template.Must(t.Parse(text))
	})}
}

// LazyTemplate is a template parsed on first use.
type LazyTemplate struct {
	parse func() *template.Template
}

// Execute parses the template if needed and applies it to data.
func (l *LazyTemplate) Execute(w io.Writer, data any) error { return l.parse().Execute(w, data) }

// Pct formats a percentage the way every report shows it.
func Pct(f float64) string { return fmt.Sprintf("%.2f %%", f) }

// YesNo is "yes" or "no".
func YesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// Minutes is a reading time for people: "under 1 min", "4 min".
func Minutes(min float64) string {
	if min < 1 {
		return "under 1 min"
	}
	return fmt.Sprintf("%.0f min", math.Round(min))
}

// Fact is one labelled value of a fact list.
type Fact struct{ Label, Value string }

var factsHTML = Template("facts", `<dl class="facts">
{{- range .}}
<dt>{{.Label}}</dt><dd>{{.Value}}</dd>
{{- end}}
</dl>
`)

// FactsHTML writes a definition list of facts.
func FactsHTML(w io.Writer, facts []Fact) error {
	if len(facts) == 0 {
		return nil
	}
	return factsHTML.Execute(w, facts)
}

// FactsMarkdown writes facts as a two-column table.
func FactsMarkdown(w io.Writer, facts []Fact) error {
	if len(facts) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("| | |\n|---|---|\n")
	for _, f := range facts {
		fmt.Fprintf(&b, "| %s | %s |\n", MD(f.Label), MD(f.Value))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// MD makes text inert in Markdown: ASCII punctuation that could start markup
// (and raw HTML, which GitHub renders) is backslash-escaped, and line breaks
// become spaces, so it is safe in running text and in table cells.
func MD(s string) string {
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

// MDCode is text inside a `code span`, where backslashes are literal: a
// backtick or pipe cannot be escaped there, so they are replaced.
func MDCode(s string) string {
	return strings.NewReplacer("`", "'", "|", "¦", "\n", " ", "\r", " ").Replace(s)
}

// ParagraphWords counts the word and number tokens of each paragraph.
func ParagraphWords(d *document.Document) []int {
	out := make([]int, len(d.Paragraphs))
	for _, t := range d.Tokens {
		if t.Kind != segment.TokWord && t.Kind != segment.TokNumber {
			continue
		}
		if p := d.Sentences[t.Sentence].Paragraph; p >= 0 && int(p) < len(out) {
			out[p]++
		}
	}
	return out
}

// Paragraphs maps code-point offsets to paragraphs of one document.
type Paragraphs struct{ starts, ends []int }

// NewParagraphs indexes the paragraphs of d by code-point offsets.
func NewParagraphs(d *document.Document) *Paragraphs {
	p := &Paragraphs{}
	for _, para := range d.Paragraphs {
		p.starts = append(p.starts, d.CodePoint(int(para.Start)))
		p.ends = append(p.ends, d.CodePoint(int(para.End)))
	}
	return p
}

// Of returns the index of the paragraph holding code-point offset off, or -1.
func (p *Paragraphs) Of(off int) int {
	i := sort.Search(len(p.ends), func(i int) bool { return p.ends[i] > off })
	if i < len(p.ends) && p.starts[i] <= off {
		return i
	}
	return -1
}
