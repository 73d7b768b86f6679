package entities

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/render"
)

// typeRank orders entity types: the four of the model first, then the rest.
func typeRank(t string) int {
	switch t {
	case PER:
		return 0
	case ORG:
		return 1
	case LOC:
		return 2
	case MISC:
		return 3
	}
	return 4
}

// typeLabel is a readable name for an entity type code.
func typeLabel(t string) string {
	switch t {
	case PER:
		return "Person"
	case ORG:
		return "Organisation"
	case LOC:
		return "Place"
	case MISC:
		return "Other"
	case "":
		return "Unknown"
	}
	return t
}

// classes gives each entity type of the document its underline colour
// (ent-0 … ent-5 of the page's palette): the four common types fixed ones,
// any other type one of the remaining two by its order.
func (r *Result) classes() (types []string, class map[string]string) {
	seen := map[string]bool{}
	for _, m := range r.Mentions {
		seen[m.Type] = true
	}
	for _, e := range r.Entities {
		seen[e.Type] = true
	}
	for t := range seen {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		ri, rj := typeRank(types[i]), typeRank(types[j])
		if ri != rj {
			return ri < rj
		}
		return types[i] < types[j]
	})
	class = map[string]string{}
	other := 0
	for _, t := range types {
		if r := typeRank(t); r < 4 {
			class[t] = fmt.Sprintf("ent-%d", r)
		} else {
			class[t] = fmt.Sprintf("ent-%d", 4+other%2)
			other++
		}
	}
	return types, class
}

// Highlights marks every mention, one layer per colour (types that share a
// colour share a layer).
func (r *Result) Highlights(rd *analysis.Render) []analysis.Highlight {
	types, class := r.classes()
	labels := map[string][]string{}
	for _, t := range types {
		labels[class[t]] = append(labels[class[t]], typeLabel(t))
	}
	out := make([]analysis.Highlight, 0, len(r.Mentions))
	for i, m := range r.Mentions {
		c := class[m.Type]
		title := typeLabel(m.Type)
		if m.Canonical != "" && m.Canonical != m.Text {
			title += ": " + m.Canonical
		}
		out = append(out, analysis.Highlight{Layer: c, Label: strings.Join(labels[c], ", "), Kind: "entity",
			Start: m.Start, End: m.End, Class: "hl ent " + c, Title: title, ID: fmt.Sprintf("%s-e%d", rd.ID, i)})
	}
	// The legend lists the layers in type order, not by first mention.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Layer < out[j].Layer })
	return out
}

type entityRow struct {
	Canonical, Type, Class, Forms string
	Count                         int
}

// rows are the entities, most mentioned first, with their other forms.
func (r *Result) rows() []entityRow {
	_, class := r.classes()
	rows := make([]entityRow, 0, len(r.Entities))
	for _, e := range r.Entities {
		var forms []string
		for _, f := range e.Forms {
			if f != e.Canonical {
				forms = append(forms, f)
			}
		}
		rows = append(rows, entityRow{Canonical: e.Canonical, Type: typeLabel(e.Type), Class: class[e.Type],
			Count: e.Count, Forms: strings.Join(forms, ", ")})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Count > rows[j].Count })
	return rows
}

var panelHTML = render.Template("entities", `
{{- if .}}
<table>
<thead><tr><th scope="col">Entity</th><th scope="col">Type</th><th scope="col">Mentions</th></tr></thead>
<tbody>
{{- range .}}
<tr><td><span class="hl ent {{.Class}}">{{.Canonical}}</span>{{with .Forms}}<br><span class="muted">{{.}}</span>{{end}}</td><td>{{.Type}}</td><td>{{.Count}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p class="muted">No entities found.</p>
{{- end}}
`)

// WriteHTML writes the table of entities, each underlined in its type's colour.
func (r *Result) WriteHTML(w io.Writer, _ *analysis.Render) error {
	return panelHTML.Execute(w, r.rows())
}

// WriteMarkdown writes the table of entities.
func (r *Result) WriteMarkdown(w io.Writer, _ *analysis.Render) error {
	rows := r.rows()
	var b strings.Builder
	if len(rows) == 0 {
		b.WriteString("No entities found.\n\n")
	} else {
		b.WriteString("| Entity | Type | Mentions | Other forms |\n|---|---|---:|---|\n")
		for _, e := range rows {
			fmt.Fprintf(&b, "| %s | %s | %d | %s |\n", render.MD(e.Canonical), render.MD(e.Type), e.Count, render.MD(e.Forms))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func entitiesOf(fields []analysis.Field) []EntityCount {
	for _, f := range fields {
		if f.Key == "entities" {
			e, _ := f.Value.([]EntityCount)
			return e
		}
	}
	return nil
}

var summaryHTML = render.Template("entities-summary", `
{{- if .}}
<h3>Top entities</h3>
<table>
<thead><tr><th scope="col">Entity</th><th scope="col">Type</th><th scope="col">Mentions</th><th scope="col">Documents</th></tr></thead>
<tbody>
{{- range .}}
<tr><td>{{.Canonical}}</td><td>{{label .Type}}</td><td>{{.Mentions}}</td><td>{{.Documents}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
`, map[string]any{"label": typeLabel})

// WriteSummaryHTML writes the entities that recur across the corpus.
func (t *tally) WriteSummaryHTML(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	return summaryHTML.Execute(w, entitiesOf(fields))
}

// WriteSummaryMarkdown writes the entities that recur across the corpus.
func (t *tally) WriteSummaryMarkdown(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	ents := entitiesOf(fields)
	if len(ents) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("### Top entities\n\n| Entity | Type | Mentions | Documents |\n|---|---|---:|---:|\n")
	for _, e := range ents {
		fmt.Fprintf(&b, "| %s | %s | %d | %d |\n", render.MD(e.Canonical), render.MD(typeLabel(e.Type)), e.Mentions, e.Documents)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
