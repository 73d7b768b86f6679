package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
)

//go:embed templates/report.html.tmpl templates/report.css
var templateFS embed.FS

var htmlTemplates = template.Must(template.New("report").Funcs(template.FuncMap{
	"pct":  func(f float64) string { return fmt.Sprintf("%.2f %%", f) },
	"f1":   func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"f2":   func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"band": bandLabel,
	"yesno": func(b *bool) string {
		switch {
		case b == nil:
			return "–"
		case *b:
			return "yes"
		}
		return "no"
	},
	"typeLabel": typeLabel,
	"inc":       func(i int) int { return i + 1 },
	"minutes":   readingLabel,
}).ParseFS(templateFS, "templates/report.html.tmpl"))

var reportCSS = func() template.CSS {
	b, err := templateFS.ReadFile("templates/report.css")
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	return template.CSS(b)
}()

// htmlWriter streams one self-contained HTML page: each document is rendered
// as it arrives; only a small summary row per document is kept for the corpus
// overview written by Close.
type htmlWriter struct {
	w       io.Writer
	started bool
	err     error
	pages
}

// pages is what the HTML and Markdown writers share: they render each
// document from its JSON form and keep only the overview rows and the corpus
// summary for Close.
type pages struct {
	opts    Options
	rows    []overviewRow
	summary *corpus.Summary
}

func newPages(opts Options) pages {
	// Neither shows a token list, so the JSON they render from need not carry one.
	opts.Tokens = false
	return pages{opts: opts}
}

// encode gives the JSON form of a report that the writers render.
func (p *pages) encode(r *analysis.Report) ([]byte, error) { return MarshalDocument(r, p.opts) }

// WriteSummary keeps the corpus summary for the overview Close writes.
func (p *pages) WriteSummary(s *corpus.Summary) error {
	p.summary = s
	return nil
}

func newHTMLWriter(w io.Writer, opts Options) *htmlWriter {
	return &htmlWriter{w: w, pages: newPages(opts)}
}

func (h *htmlWriter) Write(r *analysis.Report) error {
	b, err := h.encode(r)
	if err != nil {
		return err
	}
	return h.writeJSON(b)
}

// writeJSON renders one document of the JSON contract.
func (h *htmlWriter) writeJSON(b []byte) error {
	if h.err != nil {
		return h.err
	}
	v, err := decodeDocView(b)
	if err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	if err := h.start(); err != nil {
		return err
	}
	n := len(h.rows) + 1
	doc := buildHTMLDoc(v, n)
	h.rows = append(h.rows, doc.Row)
	if err := htmlTemplates.ExecuteTemplate(h.w, "doc", doc); err != nil {
		h.err = err
	}
	return h.err
}

func (h *htmlWriter) start() error {
	if h.started {
		return nil
	}
	h.started = true
	if err := htmlTemplates.ExecuteTemplate(h.w, "head", struct{ CSS template.CSS }{reportCSS}); err != nil {
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
	return htmlTemplates.ExecuteTemplate(h.w, "tail", h.overview())
}

// corpusCount is an entity or speaker of the corpus summary.
type corpusCount struct {
	Name, Type string
	Count      int
	Docs       int
}

type overviewData struct {
	Batch    bool
	Rows     []overviewRow
	Entities []*corpusCount
	Speakers []*corpusCount
	Summary  *corpus.Summary
	// Languages and Keyphrases are the summary's lists as "name (n)".
	Languages, Keyphrases []string
	Stuffing              []string
}

// overview ranks entities and speakers by the corpus summary, the one place
// that counts them over a batch.
func (h *htmlWriter) overview() overviewData {
	return newOverview(h.rows, h.summary)
}

func newOverview(rows []overviewRow, s *corpus.Summary) overviewData {
	o := overviewData{Batch: len(rows) > 1 || s != nil, Rows: rows, Summary: s}
	if s == nil {
		return o
	}
	var ents []struct {
		Canonical, Type     string
		Documents, Mentions int
	}
	summaryField(s, "entities", &ents)
	for _, e := range ents {
		o.Entities = append(o.Entities, &corpusCount{Name: e.Canonical, Type: e.Type, Count: e.Mentions, Docs: e.Documents})
	}
	var speakers, phrases []corpus.Count
	summaryField(s, "speakers", &speakers)
	summaryField(s, "keyphrases", &phrases)
	summaryField(s, "stuffing", &o.Stuffing)
	for _, c := range speakers {
		o.Speakers = append(o.Speakers, &corpusCount{Name: c.Name, Count: c.Total, Docs: c.Documents})
	}
	for _, c := range s.Languages {
		o.Languages = append(o.Languages, fmt.Sprintf("%s (%d)", c.Name, c.Documents))
	}
	for _, c := range phrases {
		o.Keyphrases = append(o.Keyphrases, fmt.Sprintf("%s (%d)", c.Name, c.Documents))
	}
	return o
}

// overviewRow is what the corpus overview keeps of one document.
type overviewRow struct {
	Anchor     string
	Title      string
	ID         string
	Language   string
	Words      int
	Keyphrase  string
	Assessment string
	Flags      []string
}

// htmlDoc is everything the "doc" template prints for one document.
type htmlDoc struct {
	Anchor     string
	V          *docView
	Row        overviewRow
	Paragraphs []htmlParagraph
	Layers     []layerToggle
	Speakers   []speakerGroup
	Entities   []entityRow
	Terms      []termView
	Phrases    []phraseView
	Keyphrase  *keyphraseView
	Band       *bandChart
	Density    *densityChart
	Stats      []statRow
	Notes      []note
	// Mentions and Quotes are the highlighted counts, written into data
	// attributes for tests and scripts.
	Quotes, Mentions, KeyphraseHits int
}

type htmlParagraph struct {
	ID    string
	Index int
	Kind  string
	Nodes []*hlNode
}

type layerToggle struct {
	Layer, Label, Class string
	Count               int
}

type speakerGroup struct {
	Name   string
	Class  string
	Quotes []quoteItem
}

type quoteItem struct {
	Anchor string
	Text   string
	Type   string
	Cue    string
	Role   string
}

type entityRow struct {
	Canonical string
	Type      string
	Class     string
	Count     int
	Forms     string
}

type statRow struct{ Label, Value string }

type note struct {
	Level   string // warning, error or skipped
	Source  string
	Message string
}

func buildHTMLDoc(v *docView, n int) *htmlDoc {
	anchor := fmt.Sprintf("doc-%d", n)
	d := &htmlDoc{Anchor: anchor, V: v}
	spans := docSpans(v, anchor)
	for _, s := range spans {
		switch s.Kind {
		case "keyphrase":
			d.KeyphraseHits++
		case "quote":
			d.Quotes++
		case "entity":
			d.Mentions++
		}
	}
	for i, p := range v.Paragraphs {
		d.Paragraphs = append(d.Paragraphs, htmlParagraph{
			ID: fmt.Sprintf("%s-p%d", anchor, p.Index), Index: i, Kind: p.Kind,
			Nodes: highlight(p.Text, p.Start, spans),
		})
	}
	d.buildLayers(v)
	d.buildQuotes(v, anchor)
	d.buildEntities(v)
	d.buildKeywords(v, anchor)
	d.buildStats(v)
	d.buildNotes(v)
	d.Row = overviewRow{Anchor: anchor, Title: v.TitleText(), ID: v.ID, Language: v.Language.Code, Words: docWords(v)}
	if d.Keyphrase != nil {
		d.Row.Keyphrase = d.Keyphrase.Phrase
		d.Row.Assessment = d.Keyphrase.Assessment
	}
	d.Row.Flags = docFlags(v)
	return d
}

func (d *htmlDoc) buildLayers(v *docView) {
	if d.KeyphraseHits > 0 {
		d.Layers = append(d.Layers, layerToggle{"kp", "Keyphrase", "kp", d.KeyphraseHits})
	}
	if d.Quotes > 0 {
		d.Layers = append(d.Layers, layerToggle{"quote", "Quotes", "q spk-0", d.Quotes})
		spk := 0
		for _, q := range v.Quotes.Quotes {
			if q.Speaker != nil || q.Cue != nil {
				spk++
			}
		}
		if spk > 0 {
			d.Layers = append(d.Layers, layerToggle{"speaker", "Speakers and cues", "sp spk-0", spk})
		}
	}
	if v.Entities != nil {
		counts := map[string]int{}
		types := map[string]int{}
		for i, t := range v.entityTypes() {
			types[t] = i
		}
		for _, m := range v.Entities.Mentions {
			counts[entityClass(m.Type, types[m.Type])]++
		}
		labels := map[string][]string{}
		for _, t := range v.entityTypes() {
			c := entityClass(t, types[t])
			labels[c] = append(labels[c], typeLabel(t))
		}
		for _, t := range v.entityTypes() {
			c := entityClass(t, types[t])
			if counts[c] == 0 {
				continue
			}
			d.Layers = append(d.Layers, layerToggle{c, strings.Join(labels[c], ", "), "ent " + c, counts[c]})
			counts[c] = 0
		}
	}
}

func (d *htmlDoc) buildQuotes(v *docView, anchor string) {
	if v.Quotes == nil {
		return
	}
	speakers := v.speakerOrder()
	groups := map[string]*speakerGroup{}
	var order []string
	for i, q := range v.Quotes.Quotes {
		name := q.speakerName()
		g := groups[name]
		if g == nil {
			g = &speakerGroup{Name: name, Class: "spk-x"}
			if n, ok := speakers[name]; ok {
				g.Class = fmt.Sprintf("spk-%d", n%speakerColours)
			}
			groups[name] = g
			order = append(order, name)
		}
		it := quoteItem{Anchor: fmt.Sprintf("%s-q%d", anchor, i), Text: displayQuote(q, v.Language.Code), Type: q.Type, Role: q.Role}
		if q.Cue != nil {
			it.Cue = q.Cue.Text
		}
		g.Quotes = append(g.Quotes, it)
	}
	// Speakers with most quotes first; unattributed last.
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if (a == "") != (b == "") {
			return b == ""
		}
		return len(groups[a].Quotes) > len(groups[b].Quotes)
	})
	for _, name := range order {
		d.Speakers = append(d.Speakers, *groups[name])
	}
}

// displayQuote puts the marks of the document language around a direct
// quote listed on its own, unless its text already has them.
func displayQuote(q quoteView, lang string) string {
	t := strings.TrimSpace(q.Text)
	if q.Type != "direct" || t == "" || strings.ContainsRune("„“”\"»«‚‘’'", []rune(t)[0]) {
		return q.Text
	}
	if lang == "de" {
		return "„" + t + "“"
	}
	return "“" + t + "”"
}

func (d *htmlDoc) buildEntities(v *docView) {
	if v.Entities == nil {
		return
	}
	types := map[string]int{}
	for i, t := range v.entityTypes() {
		types[t] = i
	}
	ents := v.Entities.Entities
	if len(ents) == 0 {
		// Older or partial output: derive the table from the mentions.
		idx := map[string]int{}
		for _, m := range v.Entities.Mentions {
			name := m.Canonical
			if name == "" {
				name = m.Text
			}
			k := m.Type + "\x00" + name
			if i, ok := idx[k]; ok {
				ents[i].Count++
				continue
			}
			idx[k] = len(ents)
			ents = append(ents, entityView{Canonical: name, Type: m.Type, Count: 1})
		}
	}
	rows := make([]entityRow, 0, len(ents))
	for _, e := range ents {
		forms := make([]string, 0, len(e.Forms))
		for _, f := range e.Forms {
			if f != e.Canonical {
				forms = append(forms, f)
			}
		}
		rows = append(rows, entityRow{Canonical: e.Canonical, Type: e.Type, Class: entityClass(e.Type, types[e.Type]),
			Count: e.Count, Forms: strings.Join(forms, ", ")})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Count > rows[j].Count })
	d.Entities = rows
}

func (d *htmlDoc) buildKeywords(v *docView, anchor string) {
	k := v.Keywords
	if k == nil {
		return
	}
	d.Terms = k.Terms
	if len(d.Terms) > 10 {
		d.Terms = d.Terms[:10]
	}
	d.Phrases = k.Phrases
	if len(d.Phrases) > 5 {
		d.Phrases = d.Phrases[:5]
	}
	d.Keyphrase = k.Keyphrase
	if d.Keyphrase == nil || d.Keyphrase.Phrase == "" {
		d.Keyphrase = nil
		return
	}
	d.Band = newBandChart(d.Keyphrase)
	d.Density = newDensityChart(v, anchor)
}

func (d *htmlDoc) buildStats(v *docView) {
	add := func(label, value string) { d.Stats = append(d.Stats, statRow{label, value}) }
	if l := v.Language; l.Code != "" {
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
		add("Language", val)
	}
	if dl := v.Dateline; dl != nil {
		add("Dateline", joinNonEmpty(" · ", dl.Place, dl.Date, dl.Source))
	}
	if bl := v.Byline; bl != nil && len(bl.Authors) > 0 {
		add("Byline", strings.Join(bl.Authors, ", "))
	}
	s := v.Stats
	if s == nil {
		if n := docWords(v); n > 0 {
			add("Words", fmt.Sprint(n))
		}
		return
	}
	if s.Words != nil {
		add("Words", fmt.Sprint(*s.Words))
	}
	if s.Sentences != nil {
		add("Sentences", fmt.Sprint(*s.Sentences))
	}
	if s.Paragraphs != nil {
		val := fmt.Sprint(*s.Paragraphs)
		if s.Headings != nil {
			val += fmt.Sprintf(" (%d headings)", *s.Headings)
		}
		add("Paragraphs", val)
	}
	if s.AvgSentenceWords != nil {
		val := fmt.Sprintf("%.1f", *s.AvgSentenceWords)
		if s.LongestSentenceWords != nil {
			val += fmt.Sprintf(" (longest %d)", *s.LongestSentenceWords)
		}
		add("Words per sentence", val)
	}
	if s.ReadingMinutes != nil {
		add("Reading time", readingLabel(*s.ReadingMinutes))
	}
	if s.Characters != nil {
		add("Characters", fmt.Sprint(*s.Characters))
	}
}

func (d *htmlDoc) buildNotes(v *docView) {
	for _, m := range v.GateFailures {
		d.Notes = append(d.Notes, note{"failed", m.Code, m.Message})
	}
	for _, m := range v.Errors {
		d.Notes = append(d.Notes, note{"error", m.Code, m.Message})
	}
	for _, s := range v.Sections {
		switch {
		case s.Error != "":
			d.Notes = append(d.Notes, note{"error", s.Name, s.Error})
		case s.Skipped != "":
			d.Notes = append(d.Notes, note{"skipped", s.Name, s.Skipped})
		}
	}
	for _, m := range v.Warnings {
		d.Notes = append(d.Notes, note{"warning", m.Code, m.Message})
	}
	if v.Keywords != nil {
		for _, m := range v.Keywords.Warnings {
			d.Notes = append(d.Notes, note{"warning", m.Code, m.Message})
		}
	}
}

// docFlags are the short labels of what an editor should look at.
func docFlags(v *docView) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, m := range v.GateFailures {
		add("fails " + m.Code)
	}
	if len(v.Errors) > 0 {
		add("error")
	}
	for _, m := range v.Warnings {
		add(m.Code)
	}
	if v.Keywords != nil {
		for _, m := range v.Keywords.Warnings {
			add(m.Code)
		}
		if kp := v.Keywords.Keyphrase; kp != nil && (kp.Assessment == "over" || kp.Assessment == "way_over") {
			add("keyphrase " + bandLabel(kp.Assessment))
		}
	}
	for _, s := range v.Sections {
		if s.Error != "" {
			add(s.Name + " failed")
		}
	}
	return out
}

// docWords is the word count: the stats analyzer's when present.
func docWords(v *docView) int {
	if v.Stats != nil && v.Stats.Words != nil {
		return *v.Stats.Words
	}
	n := 0
	for _, p := range v.Paragraphs {
		n += countWords(p.Text)
	}
	return n
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

func readingLabel(min float64) string {
	if min < 1 {
		return "under 1 min"
	}
	return fmt.Sprintf("%.0f min", math.Round(min))
}

// bandLabel names a Yoast keyphrase density band.
func bandLabel(a string) string {
	switch a {
	case "too_low":
		return "too low"
	case "good":
		return "good"
	case "over":
		return "over the maximum"
	case "way_over":
		return "way over the maximum"
	}
	return a
}

// Yoast's density bands (adjusted density, in percent); the keywords
// analyzer owns the arithmetic, the chart only draws where the value falls.
const (
	bandMinGood = 0.5
	bandMaxGood = 3.0
	// bandMaxGoodForms applies when the keyphrase matched other word forms.
	bandMaxGoodForms = 3.5
	bandMaxOver      = 4.0
	bandScale        = 5.0
)

// bandChart is the horizontal Yoast band bar with a marker.
type bandChart struct {
	Segments []bandSegment
	Marker   float64 // x of the marker
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

func newBandChart(kp *keyphraseView) *bandChart {
	const width = 280.0
	good := bandMaxGood
	if kp.WordForms {
		good = bandMaxGoodForms
	}
	x := func(v float64) float64 { return math.Round(min(v, bandScale)/bandScale*width*10) / 10 }
	bounds := []struct {
		from, to float64
		class    string
		label    string
		key      string
	}{
		{0, bandMinGood, "b-low", "too low", "too_low"},
		{bandMinGood, good, "b-good", "good", "good"},
		{good, bandMaxOver, "b-over", "over", "over"},
		{bandMaxOver, bandScale, "b-way", "way over", "way_over"},
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

func newDensityChart(v *docView, anchor string) *densityChart {
	occ := v.keyphraseSpans()
	if len(v.Paragraphs) == 0 || len(occ) == 0 {
		// Without positions there is nothing to chart; a row of zeros would mislead.
		return nil
	}
	counts := make([]int, len(v.Paragraphs))
	hits := 0
	for _, o := range occ {
		if i := v.paragraphOf(o.Start); i >= 0 {
			counts[i]++
			hits++
		}
	}
	dens := make([]float64, len(v.Paragraphs))
	top := 1.0
	for i, p := range v.Paragraphs {
		if w := countWords(p.Text); w > 0 {
			dens[i] = float64(counts[i]) * 100 / float64(w)
		}
		top = max(top, dens[i])
	}
	top = math.Ceil(top)
	const width, height, base = 280.0, 110.0, 92.0
	n := float64(len(v.Paragraphs))
	slot := (width - 24) / n
	c := &densityChart{Width: width, Height: height, Base: base, Max: fmt.Sprintf("%.0f %%", top), Hits: hits}
	for i, p := range v.Paragraphs {
		h := math.Round(dens[i]/top*(base-8)*10) / 10
		b := densityBar{
			X: math.Round((24+float64(i)*slot+slot*0.15)*10) / 10, W: math.Round(slot*0.7*10) / 10,
			H: h, Y: base - h, Href: fmt.Sprintf("#%s-p%d", anchor, p.Index), Paragraph: i + 1, Kind: p.Kind,
			Count: counts[i], Words: countWords(p.Text), Density: fmt.Sprintf("%.2f %%", dens[i]),
		}
		b.Label = fmt.Sprintf("Paragraph %d (%s): %d of %d words, %s", b.Paragraph, p.Kind, b.Count, b.Words, b.Density)
		c.Bars = append(c.Bars, b)
	}
	return c
}
