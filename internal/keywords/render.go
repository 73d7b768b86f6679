package keywords

import (
	"fmt"
	"io"
	"math"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/render"
)

// The HTML and Markdown sections list fewer terms and phrases than the JSON:
// they sit beside the article, where a long table buries the keyphrase.
const (
	panelTerms   = 10
	panelPhrases = 5
)

// bandLabel names a Yoast keyphrase density band.
func bandLabel(a string) string {
	switch a {
	case assessTooLow:
		return "too low"
	case assessOver:
		return "over the maximum"
	case assessWayOver:
		return "way over the maximum"
	}
	return a
}

// Highlights marks the keyphrase occurrences in the text view.
func (r *Result) Highlights(rd *analysis.Render) []analysis.Highlight {
	kp := r.Keyphrase
	if kp == nil {
		return nil
	}
	out := make([]analysis.Highlight, 0, len(kp.Occurrences))
	for i, o := range kp.Occurrences {
		out = append(out, analysis.Highlight{Layer: "keyphrase", Label: "Keyphrase", Kind: "keyphrase",
			Start: o.Start, End: o.End, Class: "hl kp", Title: "Keyphrase", ID: fmt.Sprintf("%s-k%d", rd.ID, i)})
	}
	return out
}

// Brief is the keyphrase and its band, for the batch overview.
func (r *Result) Brief(*analysis.Render) (string, string) {
	if r.Keyphrase == nil || r.Keyphrase.Phrase == "" {
		return "Keyphrase", ""
	}
	return "Keyphrase", r.Keyphrase.Phrase + " (" + bandLabel(r.Keyphrase.Assessment) + ")"
}

// bandChart is the horizontal Yoast band bar with a marker at the adjusted density.
type bandChart struct {
	Segments []bandSegment
	Marker   float64
	Value    float64
	Width    float64
	Label    string
}

type bandSegment struct {
	X, W       float64
	Class      string
	Label      string
	LabelX     float64
	Anchor     string
	Active     bool
	From, Upto string
}

// bandScale is the adjusted density (%) at the right end of the band chart.
const bandScale = 5.0

func newBandChart(kp *Keyphrase) *bandChart {
	const width = 280.0
	good := maxGood
	if kp.WordForms {
		good = maxGoodWordForms
	}
	x := func(v float64) float64 { return math.Round(min(v, bandScale)/bandScale*width*10) / 10 }
	bounds := []struct {
		from, to     float64
		class, label string
		key          string
	}{
		{0, minGood, "b-low", "too low", assessTooLow},
		{minGood, good, "b-good", "good", assessGood},
		{good, maxOver, "b-over", "over", assessOver},
		{maxOver, bandScale, "b-way", "way over", assessWayOver},
	}
	c := &bandChart{Width: width, Value: kp.AdjustedDensity, Marker: x(kp.AdjustedDensity), Label: bandLabel(kp.Assessment)}
	for i, b := range bounds {
		// The outer labels hug the ends so they are not cut off.
		lx, anchor := (x(b.from)+x(b.to))/2, "middle"
		switch i {
		case 0:
			lx, anchor = 0, "start"
		case len(bounds) - 1:
			lx, anchor = width, "end"
		}
		c.Segments = append(c.Segments, bandSegment{X: x(b.from), W: x(b.to) - x(b.from), Class: b.class, Label: b.label,
			LabelX: lx, Anchor: anchor, Active: kp.Assessment == b.key,
			From: fmt.Sprintf("%.1f", b.from), Upto: fmt.Sprintf("%.1f", b.to)})
	}
	return c
}

// densityChart is the bar chart of keyphrase density per paragraph.
type densityChart struct {
	Width, Height, Base float64
	Max                 string
	Bars                []densityBar
	Hits                int
}

type densityBar struct {
	X, Y, W, H float64
	Href       string
	Paragraph  int
	Kind       string
	Count      int
	Words      int
	Density    string
	Label      string
}

func newDensityChart(r *Result, rd *analysis.Render) *densityChart {
	d := rd.Doc
	if d == nil || len(d.Paragraphs) == 0 || len(r.Keyphrase.Occurrences) == 0 {
		// Without positions there is nothing to chart; a row of zeros would mislead.
		return nil
	}
	paras := render.NewParagraphs(d)
	words := render.ParagraphWords(d)
	counts := make([]int, len(d.Paragraphs))
	hits := 0
	for _, o := range r.Keyphrase.Occurrences {
		if i := paras.Of(o.Start); i >= 0 {
			counts[i]++
			hits++
		}
	}
	dens := make([]float64, len(d.Paragraphs))
	top := 1.0
	for i := range d.Paragraphs {
		if words[i] > 0 {
			dens[i] = float64(counts[i]) * 100 / float64(words[i])
		}
		top = max(top, dens[i])
	}
	top = math.Ceil(top)
	const width, height, base = 280.0, 110.0, 92.0
	slot := (width - 24) / float64(len(d.Paragraphs))
	c := &densityChart{Width: width, Height: height, Base: base, Max: fmt.Sprintf("%.0f %%", top), Hits: hits}
	for i, p := range d.Paragraphs {
		h := math.Round(dens[i]/top*(base-8)*10) / 10
		b := densityBar{
			X: math.Round((24+float64(i)*slot+slot*0.15)*10) / 10, W: math.Round(slot*0.7*10) / 10,
			H: h, Y: base - h, Href: "#" + rd.ParagraphID(i), Paragraph: i + 1, Kind: p.Kind.String(),
			Count: counts[i], Words: words[i], Density: render.Pct(dens[i]),
		}
		b.Label = fmt.Sprintf("Paragraph %d (%s): %d of %d words, %s", b.Paragraph, p.Kind, b.Count, b.Words, b.Density)
		c.Bars = append(c.Bars, b)
	}
	return c
}

// panel is what the HTML and Markdown sections show.
type panel struct {
	ID      string
	KP      *Keyphrase
	Band    *bandChart
	Density *densityChart
	Terms   []Term
	Phrases []Phrase
}

func (r *Result) panel(rd *analysis.Render) *panel {
	p := &panel{ID: rd.ID, Terms: r.Terms, Phrases: r.Phrases}
	if len(p.Terms) > panelTerms {
		p.Terms = p.Terms[:panelTerms]
	}
	if len(p.Phrases) > panelPhrases {
		p.Phrases = p.Phrases[:panelPhrases]
	}
	if kp := r.Keyphrase; kp != nil && kp.Phrase != "" {
		p.KP = kp
		p.Band = newBandChart(kp)
		p.Density = newDensityChart(r, rd)
	}
	return p
}

var panelHTML = render.Template("keywords", `
{{- with .KP}}
<h4>Keyphrase</h4>
<p class="kp-phrase"><span class="hl kp">{{.Phrase}}</span> <span class="muted">({{.Source}})</span></p>
<dl class="facts">
<dt>Occurrences</dt><dd>{{.Count}}</dd>
<dt>Density</dt><dd>{{pct .Density}}</dd>
<dt>Adjusted density</dt><dd>{{pct .AdjustedDensity}}</dd>
<dt>Yoast band</dt><dd><span class="badge band-{{.Assessment}}">{{band .Assessment}}</span></dd>
{{- if .Distribution.Sentences}}
<dt>Distribution</dt><dd>{{.Distribution.Assessment}}: longest gap {{.Distribution.LongestGap}} of {{.Distribution.Sentences}} sentences</dd>
{{- end}}
<dt>In title</dt><dd>{{yesno .InTitle}}</dd>
<dt>In first paragraph</dt><dd>{{yesno .InFirstParagraph}}</dd>
<dt>In headings</dt><dd>{{yesno .InHeadings}}</dd>
</dl>
{{- end}}
{{- with .Band}}
<svg class="chart band" viewBox="0 0 {{.Width}} 46" width="100%" role="img" aria-labelledby="{{$.ID}}-band-t">
<title id="{{$.ID}}-band-t">Yoast keyphrase density bands: adjusted density {{f2 .Value}} % is {{.Label}}</title>
{{- range .Segments}}
<rect x="{{.X}}" y="6" width="{{.W}}" height="18" class="{{.Class}}{{if .Active}} active{{end}}"><title>{{.Label}}: {{.From}}–{{.Upto}} %</title></rect>
<text x="{{.LabelX}}" y="38" text-anchor="{{.Anchor}}">{{.Label}}</text>
{{- end}}
<line x1="{{.Marker}}" x2="{{.Marker}}" y1="1" y2="29" class="marker"></line>
</svg>
{{- end}}
{{- if and .KP (not .Density) (gt .KP.Count 0)}}
<p class="muted">The keywords analyzer gives no positions for this keyphrase, so it is neither marked in the text nor charted per paragraph.</p>
{{- end}}
{{- with .Density}}
<figure class="density">
<svg class="chart" viewBox="0 0 {{.Width}} {{.Height}}" width="100%" role="img" aria-labelledby="{{$.ID}}-dens-t">
<title id="{{$.ID}}-dens-t">Keyphrase density per paragraph ({{.Hits}} occurrences); highest bar {{.Max}}</title>
<line x1="24" x2="{{.Width}}" y1="{{.Base}}" y2="{{.Base}}" class="axis"></line>
<text x="20" y="14" text-anchor="end">{{.Max}}</text>
<text x="20" y="{{.Base}}" text-anchor="end">0</text>
{{- range .Bars}}
<a href="{{.Href}}"><rect x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" class="bar bar-{{.Kind}}"><title>{{.Label}}</title></rect>{{if ne .Kind "body"}}<rect x="{{.X}}" y="{{$.Density.Base}}" width="{{.W}}" height="3" class="tick"><title>{{.Label}}</title></rect>{{end}}</a>
{{- end}}
<text x="24" y="106">¶ 1</text>
<text x="{{.Width}}" y="106" text-anchor="end">¶ {{len .Bars}}</text>
</svg>
<figcaption>Keyphrase density per paragraph (grey ticks: title and headings).</figcaption>
<details><summary>As a table</summary>
<table>
<thead><tr><th scope="col">¶</th><th scope="col">Kind</th><th scope="col">Hits</th><th scope="col">Words</th><th scope="col">Density</th></tr></thead>
<tbody>
{{- range .Bars}}
<tr><td><a href="{{.Href}}">{{.Paragraph}}</a></td><td>{{.Kind}}</td><td>{{.Count}}</td><td>{{.Words}}</td><td>{{.Density}}</td></tr>
{{- end}}
</tbody>
</table>
</details>
</figure>
{{- end}}
{{- if .Terms}}
<h4>Top terms</h4>
<table>
<thead><tr><th scope="col">Term</th><th scope="col">Count</th><th scope="col">Density</th></tr></thead>
<tbody>
{{- range .Terms}}
<tr><td title="{{join .Forms ", "}}">{{.Term}}</td><td>{{.Count}}</td><td>{{pct .Density}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p class="muted">No terms.</p>
{{- end}}
{{- if .Phrases}}
<h4>Repeated phrases</h4>
<table>
<thead><tr><th scope="col">Phrase</th><th scope="col">Count</th><th scope="col">¶</th></tr></thead>
<tbody>
{{- range .Phrases}}
<tr><td>{{.Phrase}}</td><td>{{.Count}}</td><td>{{.Paragraphs}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
`, map[string]any{"band": bandLabel})

// WriteHTML writes the keyphrase with its band and density charts, the top
// terms and the repeated phrases. The warnings are findings, which the page
// lists with the others.
func (r *Result) WriteHTML(w io.Writer, rd *analysis.Render) error {
	return panelHTML.Execute(w, r.panel(rd))
}

// WriteMarkdown writes the same as WriteHTML, the density chart as a
// sparkline and a collapsed table.
func (r *Result) WriteMarkdown(w io.Writer, rd *analysis.Render) error {
	p := r.panel(rd)
	var b strings.Builder
	if kp := p.KP; kp != nil {
		b.WriteString("#### Keyphrase\n\n")
		fmt.Fprintf(&b, "**%s** (%s): %d occurrences, density %.2f %%, adjusted density %.2f %% — Yoast band: **%s**\n\n",
			render.MD(kp.Phrase), render.MD(kp.Source), kp.Count, kp.Density, kp.AdjustedDensity, render.MD(bandLabel(kp.Assessment)))
		if dist := kp.Distribution; dist.Sentences > 0 {
			fmt.Fprintf(&b, "- Distribution: %s (longest gap %d of %d sentences)\n", render.MD(dist.Assessment), dist.LongestGap, dist.Sentences)
		}
		fmt.Fprintf(&b, "- In title: %s · in first paragraph: %s · in headings: %s\n",
			render.YesNo(kp.InTitle), render.YesNo(kp.InFirstParagraph), render.YesNo(kp.InHeadings))
		if p.Density == nil && kp.Count > 0 {
			b.WriteString("- The keywords analyzer gives no positions for this keyphrase, so there is no chart per paragraph.\n")
		}
		if c := p.Density; c != nil {
			fmt.Fprintf(&b, "- Density per paragraph: `%s` (%d marked occurrences; `·` title/heading)\n", sparkline(c), c.Hits)
			b.WriteString("\n<details><summary>Density per paragraph</summary>\n\n| ¶ | Kind | Hits | Words | Density |\n|---:|---|---:|---:|---:|\n")
			for _, bar := range c.Bars {
				fmt.Fprintf(&b, "| %d | %s | %d | %d | %s |\n", bar.Paragraph, render.MD(bar.Kind), bar.Count, bar.Words, bar.Density)
			}
			b.WriteString("\n</details>\n")
		}
		b.WriteString("\n")
	}
	if len(p.Terms) > 0 {
		b.WriteString("#### Top terms\n\n| Term | Other forms | Count | Density |\n|---|---|---:|---:|\n")
		for _, t := range p.Terms {
			var forms []string
			for _, f := range t.Forms {
				if f != t.Term {
					forms = append(forms, f)
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %d | %.2f %% |\n", render.MD(t.Term), render.MD(strings.Join(forms, ", ")), t.Count, t.Density)
		}
		b.WriteString("\n")
	} else {
		b.WriteString("No terms.\n\n")
	}
	if len(p.Phrases) > 0 {
		b.WriteString("Repeated phrases:\n\n| Phrase | Count | Paragraphs |\n|---|---:|---:|\n")
		for _, ph := range p.Phrases {
			fmt.Fprintf(&b, "| %s | %d | %d |\n", render.MD(ph.Phrase), ph.Count, ph.Paragraphs)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sparkline draws the density chart as block characters, one per paragraph.
func sparkline(c *densityChart) string {
	blocks := []rune("▁▂▃▄▅▆▇█")
	top := 0.0
	for _, b := range c.Bars {
		top = max(top, b.H)
	}
	var sb strings.Builder
	for _, b := range c.Bars {
		switch {
		case b.Kind != "body" && b.Count == 0:
			sb.WriteRune('·')
		case b.Count == 0 || top == 0:
			sb.WriteRune(' ')
		default:
			i := int(math.Ceil(b.H/top*float64(len(blocks)))) - 1
			sb.WriteRune(blocks[max(0, min(i, len(blocks)-1))])
		}
	}
	return sb.String()
}

var summaryHTML = render.Template("keywords-summary", `
{{- with .Phrases}}
<h3>Top keyphrases</h3>
<table>
<thead><tr><th scope="col">Keyphrase</th><th scope="col">Documents</th></tr></thead>
<tbody>
{{- range .}}
<tr><td>{{.Name}}</td><td>{{.Documents}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
{{- with .Stuffed}}
<h3>Keyword stuffing</h3>
<ul>
{{- range .}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
`)

type summaryData struct {
	Phrases []corpus.Count
	Stuffed []string
}

func summaryOf(fields []analysis.Field) summaryData {
	var s summaryData
	for _, f := range fields {
		switch f.Key {
		case "keyphrases":
			s.Phrases, _ = f.Value.([]corpus.Count)
		case "stuffing":
			s.Stuffed, _ = f.Value.([]string)
		}
	}
	return s
}

// WriteSummaryHTML writes the recurring keyphrases and the documents flagged
// for keyword stuffing.
func (t *tally) WriteSummaryHTML(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	return summaryHTML.Execute(w, summaryOf(fields))
}

// WriteSummaryMarkdown writes the same as WriteSummaryHTML.
func (t *tally) WriteSummaryMarkdown(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	s := summaryOf(fields)
	var b strings.Builder
	if len(s.Phrases) > 0 {
		b.WriteString("### Top keyphrases\n\n| Keyphrase | Documents |\n|---|---:|\n")
		for _, c := range s.Phrases {
			fmt.Fprintf(&b, "| %s | %d |\n", render.MD(c.Name), c.Documents)
		}
		b.WriteString("\n")
	}
	if len(s.Stuffed) > 0 {
		b.WriteString("### Keyword stuffing\n\n")
		for _, id := range s.Stuffed {
			fmt.Fprintf(&b, "- `%s`\n", render.MDCode(id))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
