package quotes

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/render"
)

// speakerColours is how many speaker colours the page's palette has
// (spk-0 … spk-7); more speakers reuse them.
const speakerColours = 8

// speakerName is the display name of a quote's speaker, "" when unattributed.
func (q *Quote) speakerName() string {
	if q.SpeakerEntity != nil && strings.TrimSpace(*q.SpeakerEntity) != "" {
		return *q.SpeakerEntity // one entity, one group, whatever the mention
	}
	if strings.TrimSpace(q.SpeakerName) != "" {
		return q.SpeakerName
	}
	if q.Speaker != nil && strings.TrimSpace(q.Speaker.Text) != "" {
		return q.Speaker.Text
	}
	return ""
}

// colours gives each speaker a colour class by the order of their first
// quote, so the colours in the text and the panel agree.
func (r *Result) colours() map[string]string {
	m := map[string]string{}
	for _, list := range [][]Quote{r.Quotes, r.FreeIndirect} {
		for i := range list {
			if n := list[i].speakerName(); n != "" {
				if _, ok := m[n]; !ok {
					m[n] = fmt.Sprintf("spk-%d", len(m)%speakerColours)
				}
			}
		}
	}
	return m
}

// quoteID names the place of quote i in the page; free marks an entry of FreeIndirect.
func quoteID(rd *analysis.Render, i int, free bool) string {
	if free {
		return fmt.Sprintf("%s-f%d", rd.ID, i)
	}
	return fmt.Sprintf("%s-q%d", rd.ID, i)
}

// Highlights marks the quotes (tinted by speaker) and, in a second layer,
// their speakers and speech cues.
func (r *Result) Highlights(rd *analysis.Render) []analysis.Highlight {
	colours := r.colours()
	var out []analysis.Highlight
	r.each(func(q *Quote, i int, free bool) {
		if q.End <= q.Start {
			return
		}
		name := q.speakerName()
		spk, who := "spk-x", "unattributed"
		if c, ok := colours[name]; ok {
			spk, who = c, name
		}
		title := "Quote"
		if q.Type != "" {
			title += " (" + strings.ReplaceAll(q.Type, "_", " ") + ")"
		}
		id := quoteID(rd, i, free)
		out = append(out, analysis.Highlight{Layer: "quote", Label: "Quotes", Kind: "quote", Start: q.Start, End: q.End,
			Class: "hl q " + spk, Title: title + ": " + who, ID: id})
		// a free indirect sentence's speaker is the mention of the report it continues,
		// which that report already marks
		if s := q.Speaker; s != nil && s.End > s.Start && !free {
			out = append(out, analysis.Highlight{Layer: "speaker", Label: "Speakers and cues", Kind: "speaker", Start: s.Start, End: s.End,
				Class: "hl sp " + spk, Title: "Speaker: " + who, ID: id + "s"})
		}
		if c := q.Cue; c != nil && c.End > c.Start {
			out = append(out, analysis.Highlight{Layer: "speaker", Label: "Speakers and cues", Kind: "cue", Start: c.Start, End: c.End,
				Class: "hl cue " + spk, Title: "Speech cue of " + who, ID: id + "c"})
		}
	})
	return out
}

// each calls fn for the quotations and then for the sentences that continue them.
func (r *Result) each(fn func(q *Quote, i int, free bool)) {
	for i := range r.Quotes {
		fn(&r.Quotes[i], i, false)
	}
	for i := range r.FreeIndirect {
		fn(&r.FreeIndirect[i], i, true)
	}
}

type speakerGroup struct {
	Name   string
	Class  string
	Quotes []quoteItem
}

type quoteItem struct {
	start int // for text order within a group
	Href  string
	Text  string
	Type  string
	Cue   string
	Role  string
}

// groups lists the quotes by speaker: speakers with most quotes first,
// unattributed quotes last.
func (r *Result) groups(rd *analysis.Render) []speakerGroup {
	colours := r.colours()
	lang := ""
	if rd.Doc != nil {
		lang = rd.Doc.Lang
	}
	byName := map[string]*speakerGroup{}
	var order []string
	r.each(func(q *Quote, i int, free bool) {
		name := q.speakerName()
		g := byName[name]
		if g == nil {
			g = &speakerGroup{Name: name, Class: "spk-x"}
			if c, ok := colours[name]; ok {
				g.Class = c
			}
			byName[name] = g
			order = append(order, name)
		}
		it := quoteItem{start: q.Start, Href: "#" + quoteID(rd, i, free), Text: displayQuote(q, lang), Type: strings.ReplaceAll(q.Type, "_", " "), Role: q.Role}
		if q.Cue != nil {
			it.Cue = q.Cue.Text
		}
		g.Quotes = append(g.Quotes, it)
	})
	for _, g := range byName {
		// a continued report follows its quotation
		sort.SliceStable(g.Quotes, func(i, j int) bool { return g.Quotes[i].start < g.Quotes[j].start })
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if (a == "") != (b == "") {
			return b == ""
		}
		return len(byName[a].Quotes) > len(byName[b].Quotes)
	})
	out := make([]speakerGroup, 0, len(order))
	for _, name := range order {
		out = append(out, *byName[name])
	}
	return out
}

// displayQuote puts the marks of the document language around a direct
// quote listed on its own, unless its text already has them.
func displayQuote(q *Quote, lang string) string {
	t := strings.TrimSpace(q.Text)
	if q.Type != "direct" || t == "" || strings.ContainsRune("„“”\"»«‚‘’'", []rune(t)[0]) {
		return q.Text
	}
	if lang == "de" {
		return "„" + t + "“"
	}
	return "“" + t + "”"
}

var panelHTML = render.Template("quotes", `
{{- range .}}
<h4><span class="sw hl q {{.Class}}" aria-hidden="true"></span> {{if .Name}}{{.Name}}{{else}}Unattributed{{end}} <span class="n">({{len .Quotes}})</span></h4>
<ul class="quotes">
{{- range .Quotes}}
<li><a href="{{.Href}}">{{.Text}}</a>{{if or .Type .Cue .Role}} <span class="muted">{{.Type}}{{if .Cue}} · cue “{{.Cue}}”{{end}}{{if .Role}} · {{.Role}}{{end}}</span>{{end}}</li>
{{- end}}
</ul>
{{- else}}
<p class="muted">No quotes found.</p>
{{- end}}
`)

// WriteHTML lists the quotes by speaker, each linking to its place in the text.
func (r *Result) WriteHTML(w io.Writer, rd *analysis.Render) error {
	return panelHTML.Execute(w, r.groups(rd))
}

// WriteMarkdown lists the quotes by speaker.
func (r *Result) WriteMarkdown(w io.Writer, rd *analysis.Render) error {
	var b strings.Builder
	groups := r.groups(rd)
	if len(groups) == 0 {
		b.WriteString("No quotes found.\n\n")
	}
	for _, g := range groups {
		name := "Unattributed"
		if g.Name != "" {
			name = g.Name
		}
		fmt.Fprintf(&b, "**%s** (%d)\n\n", render.MD(name), len(g.Quotes))
		for _, q := range g.Quotes {
			fmt.Fprintf(&b, "- %s", render.MD(q.Text))
			var meta []string
			if q.Type != "" {
				meta = append(meta, render.MD(q.Type))
			}
			if q.Cue != "" {
				meta = append(meta, "cue “"+render.MD(q.Cue)+"”")
			}
			if q.Role != "" {
				meta = append(meta, render.MD(q.Role))
			}
			if len(meta) > 0 {
				fmt.Fprintf(&b, " — _%s_", strings.Join(meta, ", "))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func speakersOf(fields []analysis.Field) []corpus.Count {
	for _, f := range fields {
		if f.Key == "speakers" {
			c, _ := f.Value.([]corpus.Count)
			return c
		}
	}
	return nil
}

var summaryHTML = render.Template("quotes-summary", `
{{- if .}}
<h3>Top speakers</h3>
<table>
<thead><tr><th scope="col">Speaker</th><th scope="col">Quotes</th><th scope="col">Documents</th></tr></thead>
<tbody>
{{- range .}}
<tr><td>{{.Name}}</td><td>{{.Total}}</td><td>{{.Documents}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
`)

// WriteSummaryHTML writes the most-quoted speakers of the corpus.
func (t *tally) WriteSummaryHTML(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	return summaryHTML.Execute(w, speakersOf(fields))
}

// WriteSummaryMarkdown writes the most-quoted speakers of the corpus.
func (t *tally) WriteSummaryMarkdown(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	speakers := speakersOf(fields)
	if len(speakers) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("### Top speakers\n\n| Speaker | Quotes | Documents |\n|---|---:|---:|\n")
	for _, s := range speakers {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", render.MD(s.Name), s.Total, s.Documents)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
