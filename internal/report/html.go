package report

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	kit "artikel/internal/render" // the package name is taken by a test helper
)

//go:embed templates/report.html.tmpl templates/report.css
var templateFS embed.FS

// htmlTemplates are parsed when the first HTML page is written, not at start.
var htmlTemplates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(kit.Funcs).ParseFS(templateFS, "templates/report.html.tmpl"))
})

// maxLayers is how many highlight layers of one document get a working
// toggle; the stylesheet has one rule per layer number.
const maxLayers = 24

var reportCSS = sync.OnceValue(func() template.CSS {
	b, err := templateFS.ReadFile("templates/report.css")
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	// The layers come from the analyzers, so the page cannot name them in
	// CSS; the toggles and highlights are tied by layer number instead.
	// Switching a layer off clears whatever the palette draws.
	var rules []string
	for i := range maxLayers {
		rules = append(rules, fmt.Sprintf(".doc:has(.tg-%d:not(:checked)) .text .ly-%d", i, i))
	}
	b = append(b, "/* Toggles work without JavaScript: an unticked box switches its layer off. */\n"...)
	b = append(b, strings.Join(rules, ",\n")...)
	b = append(b, " { background: transparent; box-shadow: none; text-decoration: none; font-weight: inherit; border-bottom-color: transparent; }\n"...)
	return template.CSS(b)
})

// htmlWriter streams one self-contained HTML page: each document is rendered
// as it arrives; only a small row per document is kept for the corpus
// overview written by Close.
type htmlWriter struct {
	w       io.Writer
	started bool
	err     error
	pages
}

// pages is what the HTML and Markdown writers share: the overview rows and
// the corpus summary they keep for Close.
type pages struct {
	opts    Options
	rows    []overviewRow
	summary *corpus.Summary
}

// WriteSummary keeps the corpus summary for the overview Close writes.
func (p *pages) WriteSummary(s *corpus.Summary) error {
	p.summary = s
	return nil
}

func newHTMLWriter(w io.Writer, opts Options) *htmlWriter {
	return &htmlWriter{w: w, pages: pages{opts: opts}}
}

func (h *htmlWriter) Write(r *analysis.Report) error {
	if h.err != nil {
		return h.err
	}
	if err := h.start(); err != nil {
		return err
	}
	d, err := h.newDoc(r, len(h.rows)+1, true)
	if err != nil {
		h.err = fmt.Errorf("html report: %s: %w", r.Source.Where(), err)
		return h.err
	}
	h.rows = append(h.rows, d.Row)
	if err := htmlTemplates().ExecuteTemplate(h.w, "doc", d); err != nil {
		h.err = err
	}
	return h.err
}

func (h *htmlWriter) start() error {
	if h.started {
		return nil
	}
	h.started = true
	if err := htmlTemplates().ExecuteTemplate(h.w, "head", struct{ CSS template.CSS }{reportCSS()}); err != nil {
		h.err = err
	}
	return h.err
}

func (h *htmlWriter) Close() error {
	if err := h.start(); err != nil {
		return err
	}
	if h.err != nil {
		return h.err
	}
	o, err := h.overview(true)
	if err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return htmlTemplates().ExecuteTemplate(h.w, "tail", o)
}

// overviewRow is what the corpus overview keeps of one document.
type overviewRow struct {
	Anchor   string
	Title    string
	ID       string
	Language string
	Words    int
	// Briefs are the analyzers' overview cells, in analyzer order.
	Briefs []brief
	Flags  []string
}

type brief struct{ Column, Value string }

// Cell is the row's value in an analyzers' column.
func (r overviewRow) Cell(column string) string {
	for _, b := range r.Briefs {
		if b.Column == column {
			return b.Value
		}
	}
	return ""
}

// overviewData is what the "tail" template prints.
type overviewData struct {
	Batch   bool
	Rows    []overviewRow
	Columns []string
	Summary *corpus.Summary
	// Languages are the summary's languages as "de (3)".
	Languages []string
	// Parts are the analyzers' summary sections (HTML or Markdown).
	Parts []template.HTML
}

// overview gathers the overview: the rows, the analyzers' columns in order
// of first appearance, and each tally's own section.
func (p *pages) overview(html bool) (*overviewData, error) {
	o := &overviewData{Batch: len(p.rows) > 1 || p.summary != nil, Rows: p.rows, Summary: p.summary}
	seen := map[string]bool{}
	for _, r := range p.rows {
		for _, b := range r.Briefs {
			if !seen[b.Column] {
				seen[b.Column] = true
				o.Columns = append(o.Columns, b.Column)
			}
		}
	}
	s := p.summary
	if s == nil {
		return o, nil
	}
	for _, c := range s.Languages {
		o.Languages = append(o.Languages, fmt.Sprintf("%s (%d)", c.Name, c.Documents))
	}
	rd := &analysis.Render{Top: p.opts.Top, ID: "overview"}
	for _, part := range s.Parts {
		var buf bytes.Buffer
		var err error
		if html {
			if sw, ok := part.Tally.(analysis.SummaryHTMLWriter); ok {
				err = sw.WriteSummaryHTML(&buf, part.Fields, rd)
			}
		} else if sw, ok := part.Tally.(analysis.SummaryMarkdownWriter); ok {
			err = sw.WriteSummaryMarkdown(&buf, part.Fields, rd)
		}
		if err != nil {
			return nil, fmt.Errorf("summary of %s: %w", part.Analyzer, err)
		}
		if strings.TrimSpace(buf.String()) != "" {
			o.Parts = append(o.Parts, template.HTML(buf.String()))
		}
	}
	return o, nil
}

// htmlDoc is everything the "doc" template prints for one document.
type htmlDoc struct {
	Anchor     string
	ID, Path   string
	Title      string
	Lang       string
	Paragraphs []htmlParagraph
	Layers     []layerToggle
	Facts      []kit.Fact
	Panels     []panel
	Notes      []note
	Row        overviewRow
}

type htmlParagraph struct {
	ID    string
	Kind  string
	Nodes []*hlNode
}

type layerToggle struct {
	// Value is the layer's name, N its number (tg-N, ly-N in the stylesheet).
	Value, Label, Class string
	N                   int
	Count               int
	Toggle              bool
}

// panel is one analyzer's section: its own fragment, or why there is none.
type panel struct {
	Name    string
	Title   string
	Body    template.HTML
	Skipped string
	Error   string
}

type note struct {
	Level   string // failed, error, warning, info
	Source  string
	Message string
}

// newDoc prepares one document for the page (html) or for Markdown, in
// which case the analyzers' Markdown sections are rendered instead of their
// HTML panels and no text view is built.
func (p *pages) newDoc(r *analysis.Report, n int, html bool) (*htmlDoc, error) {
	anchor := fmt.Sprintf("doc-%d", n)
	d := &htmlDoc{Anchor: anchor, ID: r.Source.ID, Path: r.Source.Path, Title: docTitle(r)}
	if r.Language.Code != "" && r.Language.Code != "und" {
		d.Lang = r.Language.Code
	}
	rd := &analysis.Render{Doc: r.Doc, Report: r, Top: p.opts.Top, ID: anchor}
	d.Facts = coreFacts(r)
	for _, res := range r.Results {
		pn := panel{Name: res.Name(), Title: sectionTitle(res.Name())}
		switch {
		case res.Skipped != "":
			pn.Skipped = res.Skipped
		case res.Err != nil:
			pn.Error = res.Err.Error()
		default:
			var buf bytes.Buffer
			var err error
			if html {
				if hw, ok := res.Value.(analysis.HTMLWriter); ok {
					err = hw.WriteHTML(&buf, rd)
				}
			} else if mw, ok := res.Value.(analysis.MarkdownWriter); ok {
				err = mw.WriteMarkdown(&buf, rd)
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", res.Name(), err)
			}
			pn.Body = template.HTML(buf.String())
		}
		d.Panels = append(d.Panels, pn)
	}
	d.Notes = notes(r)
	d.Row = overviewRow{Anchor: anchor, Title: d.Title, ID: r.Source.ID, Language: r.Language.Code, Flags: flags(r)}
	if r.Doc != nil {
		d.Row.Words = r.Doc.Words()
	}
	for _, res := range r.Results {
		if b, ok := res.Value.(analysis.Brief); ok && res.Value != nil {
			col, val := b.Brief(rd)
			d.Row.Briefs = append(d.Row.Briefs, brief{col, val})
		}
	}
	if html && r.Doc != nil {
		d.textView(r, rd)
	}
	return d, nil
}

// textView splits the paragraphs into highlighted pieces and lists the layers.
func (d *htmlDoc) textView(r *analysis.Report, rd *analysis.Render) {
	var spans []hlSpan
	layers := map[string]int{}
	for _, res := range r.Results {
		hl, ok := res.Value.(analysis.Highlighter)
		if !ok || res.Value == nil {
			continue
		}
		for _, h := range hl.Highlights(rd) {
			if h.End <= h.Start || h.Layer == "" {
				continue
			}
			li, ok := layers[h.Layer]
			if !ok {
				li = len(d.Layers)
				layers[h.Layer] = li
				label := h.Label
				if label == "" {
					label = h.Layer
				}
				d.Layers = append(d.Layers, layerToggle{Value: h.Layer, Label: label, Class: h.Class, N: li, Toggle: li < maxLayers})
			}
			d.Layers[li].Count++
			kind := h.Kind
			if kind == "" {
				kind = h.Layer
			}
			id := h.ID
			if id == "" {
				id = fmt.Sprintf("%s-h%d", rd.ID, len(spans))
			}
			spans = append(spans, hlSpan{Start: h.Start, End: h.End, Kind: kind, ID: id,
				Class: fmt.Sprintf("%s ly-%d", h.Class, li), Title: h.Title, rank: len(spans)})
		}
	}
	doc := r.Doc
	for i, p := range doc.Paragraphs {
		start := doc.CodePoint(int(p.Start))
		d.Paragraphs = append(d.Paragraphs, htmlParagraph{ID: rd.ParagraphID(i), Kind: p.Kind.String(),
			Nodes: highlight(doc.Text[p.Start:p.End], start, spans)})
	}
}

// docTitle is the document's title paragraph, or its id when it has none.
func docTitle(r *analysis.Report) string {
	if r.Doc != nil {
		if t := title(r.Doc); t != nil && strings.TrimSpace(t.Text) != "" {
			return t.Text
		}
	}
	if r.Source.ID != "" {
		return r.Source.ID
	}
	return "(untitled)"
}

// coreFacts are what the pipeline itself knows of the document.
func coreFacts(r *analysis.Report) []kit.Fact {
	var out []kit.Fact
	if l := r.Language; l.Code != "" {
		val := l.Name
		if val == "" {
			val = l.Code
		} else {
			val += " (" + l.Code + ")"
		}
		if l.Source == "given" {
			val += ", given"
		} else if l.Code != "und" {
			val += fmt.Sprintf(", confidence %.2f", l.Confidence)
			if !l.Reliable {
				val += ", uncertain"
			}
		}
		out = append(out, kit.Fact{Label: "Language", Value: val})
	}
	d := r.Doc
	if d == nil {
		return out
	}
	if dl := d.Dateline; dl != nil {
		out = append(out, kit.Fact{Label: "Dateline", Value: joinNonEmpty(" · ", dl.Place, dl.Date, dl.Source)})
	}
	if bl := d.Byline; bl != nil && len(bl.Authors) > 0 {
		out = append(out, kit.Fact{Label: "Byline", Value: strings.Join(bl.Authors, ", ")})
	}
	out = append(out, kit.Fact{Label: "Structure", Value: fmt.Sprintf("%s, %s, %s",
		plural(len(d.Paragraphs), "paragraph"), plural(len(d.Sentences), "sentence"), plural(d.Words(), "word"))})
	return out
}

// notes are the gate failures and every finding, most severe first.
func notes(r *analysis.Report) []note {
	var out []note
	for _, m := range r.Failures {
		out = append(out, note{"failed", m.Code, m.Message})
	}
	for _, sev := range []analysis.Severity{analysis.SeverityError, analysis.SeverityWarning, analysis.SeverityInfo} {
		for _, f := range r.Findings {
			if f.Severity == sev {
				out = append(out, note{string(sev), f.Code, f.Message})
			}
		}
	}
	return out
}

// flags are the short labels of what an editor should look at: failed
// gates, then the codes of the findings, errors first.
func flags(r *analysis.Report) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, m := range r.Failures {
		add("fails " + m.Code)
	}
	for _, sev := range []analysis.Severity{analysis.SeverityError, analysis.SeverityWarning} {
		for _, f := range r.Findings {
			if f.Severity == sev {
				add(f.Code)
			}
		}
	}
	return out
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
