package readability

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/render"
)

// tally is the readability part of the corpus summary. It keeps every
// document's scores (16 bytes a document) rather than a histogram, so that
// merging is exact and the median and percentiles do not depend on bin
// edges or on how the documents were split between workers.
type tally struct {
	Flesch []float64 `json:"flesch"`
	Wiener []float64 `json:"wiener_sachtextformel"`
}

func newTally() analysis.Tally { return &tally{Flesch: []float64{}, Wiener: []float64{}} }

func (t *tally) Add(_ string, result any, _ []analysis.Finding) {
	r, ok := result.(*Result)
	if !ok || r.Sentences == 0 {
		return
	}
	t.Flesch = append(t.Flesch, r.Flesch)
	if r.WienerSachtextformel != nil {
		t.Wiener = append(t.Wiener, *r.WienerSachtextformel)
	}
}

func (t *tally) Merge(other analysis.Tally) {
	o := other.(*tally)
	t.Flesch = append(t.Flesch, o.Flesch...)
	t.Wiener = append(t.Wiener, o.Wiener...)
}

// Spread describes a score over the documents of a corpus.
type Spread struct {
	Documents int     `json:"documents"`
	Mean      float64 `json:"mean"`
	Median    float64 `json:"median"`
	P10       float64 `json:"p10"`
	P90       float64 `json:"p90"`
	Min       float64 `json:"min"`
	Max       float64 `json:"max"`
}

// Summary is the summary object's "readability" key.
type Summary struct {
	Flesch               *Spread `json:"flesch"`
	WienerSachtextformel *Spread `json:"wiener_sachtextformel"`
}

func (t *tally) Fields(int) []analysis.Field {
	return []analysis.Field{{Key: "readability", Value: Summary{Flesch: spread(t.Flesch), WienerSachtextformel: spread(t.Wiener)}}}
}

// spread sorts a copy of xs; percentiles interpolate linearly between ranks.
func spread(xs []float64) *Spread {
	if len(xs) == 0 {
		return nil
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	sum := 0.0
	for _, x := range s {
		sum += x
	}
	return &Spread{Documents: len(s), Mean: round(sum/float64(len(s)), 1), Median: round(quantile(s, 0.5), 1),
		P10: round(quantile(s, 0.1), 1), P90: round(quantile(s, 0.9), 1), Min: s[0], Max: s[len(s)-1]}
}

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (sorted[hi]-sorted[lo])*(pos-float64(lo))
}

func summaryOf(fields []analysis.Field) Summary {
	for _, f := range fields {
		if s, ok := f.Value.(Summary); ok {
			return s
		}
	}
	return Summary{}
}

func (t *tally) WriteSummaryText(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	s := summaryOf(fields)
	if s.Flesch == nil {
		return nil
	}
	fmt.Fprintf(w, "\nReadability (mean, median, 10–90 %%, min–max)\n")
	row := func(name string, sp *Spread) {
		if sp != nil {
			fmt.Fprintf(w, "  %-22s %5.1f  %5.1f  %5.1f–%.1f  %5.1f–%.1f  (%d documents)\n",
				name, sp.Mean, sp.Median, sp.P10, sp.P90, sp.Min, sp.Max, sp.Documents)
		}
	}
	row("Flesch", s.Flesch)
	row("Wiener Sachtextformel", s.WienerSachtextformel)
	return nil
}

var summaryHTML = render.Template("readability-summary", `
{{- if .}}
<h3>Readability</h3>
<table>
<thead><tr><th scope="col">Score</th><th scope="col">Mean</th><th scope="col">Median</th><th scope="col">10 %</th><th scope="col">90 %</th><th scope="col">Min</th><th scope="col">Max</th><th scope="col">Documents</th></tr></thead>
<tbody>
{{- range .}}
<tr><td>{{.Name}}</td><td>{{f1 .S.Mean}}</td><td>{{f1 .S.Median}}</td><td>{{f1 .S.P10}}</td><td>{{f1 .S.P90}}</td><td>{{f1 .S.Min}}</td><td>{{f1 .S.Max}}</td><td>{{.S.Documents}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
`)

type namedSpread struct {
	Name string
	S    *Spread
}

func (s Summary) rows() []namedSpread {
	var out []namedSpread
	if s.Flesch != nil {
		out = append(out, namedSpread{"Flesch", s.Flesch})
	}
	if s.WienerSachtextformel != nil {
		out = append(out, namedSpread{"Wiener Sachtextformel", s.WienerSachtextformel})
	}
	return out
}

func (t *tally) WriteSummaryHTML(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	rows := summaryOf(fields).rows()
	if len(rows) == 0 {
		return nil
	}
	return summaryHTML.Execute(w, rows)
}

func (t *tally) WriteSummaryMarkdown(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	rows := summaryOf(fields).rows()
	if len(rows) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("### Readability\n\n| Score | Mean | Median | 10 % | 90 % | Min | Max | Documents |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |\n",
			r.Name, r.S.Mean, r.S.Median, r.S.P10, r.S.P90, r.S.Min, r.S.Max, r.S.Documents)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
