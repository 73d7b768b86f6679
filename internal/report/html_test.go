package report

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/entities"
	"artikel/internal/input"
	"artikel/internal/keywords"
	"artikel/internal/pipeline"
	"artikel/internal/quotes"
)

// The report tests render real typed reports: each test article runs
// through the pipeline with every registered analyzer.

var (
	cfgMu   sync.Mutex
	configs = map[string]*pipeline.Config{}
)

// testConfig is German with every analyzer; keyphrase "" detects one.
func testConfig(keyphrase string) *pipeline.Config {
	cfgMu.Lock()
	defer cfgMu.Unlock()
	c := configs[keyphrase]
	if c == nil {
		c = &pipeline.Config{Analyzers: pipeline.Registry(), Lang: "de", Jobs: 1, Options: analysis.Options{Top: 15}}
		if keyphrase != "" {
			c.Options.Settings = map[string]string{"keyphrase": keyphrase}
		}
		configs[keyphrase] = c
	}
	return c
}

func readArticle(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// analyze runs the pipeline on one text.
func analyze(id, text string) *analysis.Report {
	return testConfig("").Analyze(input.Source{ID: id, Path: id, Text: text})
}

// radwege is the test article: title, dateline, heading, two speakers and
// the given keyphrase "neue Radwege".
func radwege(t testing.TB) *analysis.Report {
	return testConfig("neue Radwege").Analyze(input.Source{ID: "radwege.txt", Path: "radwege.txt", Text: readArticle(t, "radwege.txt")})
}

// hostileText has markup in the title, the body and a quote.
const hostileText = "<script>alert('title')</script> & <b>Fett</b>\n" +
	"Der Autor schrieb <img src=x onerror=alert(1)> in den Text. Sie sagte: „<script>alert(2)</script>“ und ging.\n" +
	"Ein Link: [klick](javascript:alert(3)) und *Sternchen* | Pipe.\n"

// toy is an analyzer with no panel of its own.
var toy = &analysis.Analyzer{Name: "toy"}

// hostile is hostileText with hostile analyzer outcomes and messages added:
// a skip reason, an analyzer error and a warning with markup, and an id with
// markup.
func hostile(t testing.TB) *analysis.Report {
	r := analyze("<hostile>", hostileText)
	r.Results = append(r.Results,
		analysis.AnalyzerResult{Analyzer: &analysis.Analyzer{Name: "skipper"}, Skipped: "no stemmer for <xx>"},
		analysis.AnalyzerResult{Analyzer: &analysis.Analyzer{Name: "broken"}, Err: errors.New("model <missing>")},
		analysis.AnalyzerResult{Analyzer: toy, Value: struct{ N int }{1}})
	r.AddError("analyzer", "broken: model <missing>")
	r.AddWarning("encoding", "replaced <invalid> bytes")
	return r
}

func sample(t testing.TB) *analysis.Report {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return analyze("reaim-gipfel.txt", string(b))
}

// summaryOf builds the corpus summary of reports the way the CLI does.
func summaryOf(reports ...*analysis.Report) *corpus.Summary {
	b := corpus.NewBuilder(15, pipeline.Registry())
	for _, r := range reports {
		b.Add(r)
	}
	return b.Summary()
}

// renderHTML renders reports into one page; several get the corpus summary.
func renderHTML(t *testing.T, reports ...*analysis.Report) string {
	t.Helper()
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
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
	if dir := os.Getenv("ARTIKEL_HTML_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, t.Name()+".html"), buf.Bytes(), 0o644)
	}
	checkWellFormed(t, buf.String())
	return buf.String()
}

var dataIDRe = regexp.MustCompile(`data-kind="([a-z]+)" data-id="([^"]+)"`)

// highlighted counts the distinct highlighted spans of each kind (a span
// split around another one shares its data-id).
func highlighted(page string) map[string]int {
	seen := map[string]bool{}
	n := map[string]int{}
	for _, m := range dataIDRe.FindAllStringSubmatch(page, -1) {
		if !seen[m[2]] {
			seen[m[2]] = true
			n[m[1]]++
		}
	}
	return n
}

func result[T any](t *testing.T, r *analysis.Report, name string) T {
	t.Helper()
	res, ok := r.Result(name)
	v, isT := res.Value.(T)
	if !ok || !isT {
		t.Fatalf("no %s result (%+v)", name, res)
	}
	return v
}

func TestHTMLHighlightsEveryLayer(t *testing.T) {
	r := radwege(t)
	page := renderHTML(t, r)
	kw := result[*keywords.Result](t, r, "keywords")
	qs := result[*quotes.Result](t, r, "quotes")
	ents := result[*entities.Result](t, r, "entities")
	speakers, cues := 0, 0
	for _, q := range qs.Quotes {
		if q.Speaker != nil {
			speakers++
		}
		if q.Cue != nil {
			cues++
		}
	}
	want := map[string]int{"keyphrase": len(kw.Keyphrase.Occurrences), "quote": len(qs.Quotes) + len(qs.FreeIndirect), "speaker": speakers,
		"cue": cues, "entity": len(ents.Mentions)}
	got := highlighted(page)
	for k, n := range want {
		if n == 0 {
			t.Errorf("the article has no %s: the test proves nothing", k)
		}
		if got[k] != n {
			t.Errorf("%d highlighted %s spans, want %d (all: %v)", got[k], k, n, got)
		}
	}
	for _, s := range []string{
		fmt.Sprintf(`value="keyphrase" checked> <span class="sw hl kp">Abc</span> Keyphrase <span class="n">(%d)</span>`, want["keyphrase"]),
		fmt.Sprintf(`Quotes <span class="n">(%d)</span>`, want["quote"]),
		fmt.Sprintf(`Speakers and cues <span class="n">(%d)</span>`, speakers+cues),
		`Person <span class="n">(`, `Place <span class="n">(`,
		`<h3 class="p p-title" id="doc-1-p0">`, `<h4 class="p p-heading" id="doc-1-p2">`,
		`over the maximum`, `<h3>Quotes</h3>`, `<h3>Entities</h3>`, `<h3>Keywords</h3>`, `<h3>Stats</h3>`,
		`<article class="text" lang="de"`, `Content-Security-Policy`, `<dt>Dateline</dt><dd>Berlin</dd>`,
		`<svg class="chart band"`, `Keyphrase density per paragraph`,
		`<td><span class="hl ent ent-0">Karl Brandt</span><br><span class="muted">Brandt</span></td><td>Person</td><td>2</td>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	// Karl Brandt has two quotes, so he comes first, though Anna Weber speaks first.
	if i, j := strings.Index(page, "Karl Brandt <span class=\"n\">(2)"), strings.Index(page, "Anna Weber <span class=\"n\">(1)"); i < 0 || j < 0 || i > j {
		t.Errorf("speakers not grouped by quote count: Brandt at %d, Weber at %d", i, j)
	}
	// The quote list links to the quotes in the text.
	if !strings.Contains(page, `<a href="#doc-1-q0">„Die neuen Radwege kommen zu spät“</a>`) || !strings.Contains(page, ` id="doc-1-q0"`) {
		t.Error("quote in the panel does not link to its highlight")
	}
	// Each layer's checkbox switches off its highlights through the stylesheet.
	if !strings.Contains(page, `.doc:has(.tg-0:not(:checked)) .text .ly-0`) || !strings.Contains(page, `class="tg tg-0"`) {
		t.Error("layer toggles not tied to the layers")
	}
	// No network: nothing refers to another resource.
	for _, bad := range []string{"http://", "https://", "<link", "<script", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
}

func TestHTMLRendersMarkupInArticleTextInert(t *testing.T) {
	page := renderHTML(t, hostile(t))
	for _, bad := range []string{"<script", "<img", "<b>", "<i>", "<xx>", "<missing>", "<invalid>", "<hostile>"} {
		if strings.Contains(page, bad) {
			t.Errorf("markup %q reached the page unescaped", bad)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &lt;b&gt;Fett&lt;/b&gt;",
		"&lt;img src=x onerror=",                                              // "alert" is the detected keyphrase, so it is marked
		"Skipped: no stemmer for &lt;xx&gt;",                                  // skip reason
		"<strong>error</strong>: model &lt;missing&gt;",                       // analyzer error
		"<code>encoding</code>: replaced &lt;invalid&gt; bytes",               // document warning
		`<p class="doc-id">&lt;hostile&gt;</p>`,                               // id
		"<h3>Toy</h3>\n<p class=\"muted\">Done.</p>",                          // a result without a panel
		`<li class="note-error"><strong>error</strong> <code>analyzer</code>`, // findings are the notes
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if got := highlighted(page); got["quote"] != 1 {
		t.Errorf("quote not highlighted: %v", got)
	}
}

// marker is a new analyzer's result: it owns a panel, a highlight layer and
// an overview column, and the report shows them without knowing it.
type marker struct{ Start, End int }

func (m marker) WriteHTML(w io.Writer, r *analysis.Render) error {
	_, err := fmt.Fprintf(w, "<p>marked %d–%d</p>", m.Start, m.End)
	return err
}

func (m marker) WriteMarkdown(w io.Writer, r *analysis.Render) error {
	_, err := fmt.Fprintf(w, "marked %d–%d\n\n", m.Start, m.End)
	return err
}

func (m marker) Highlights(r *analysis.Render) []analysis.Highlight {
	return []analysis.Highlight{{Layer: "marker", Label: "Marked", Start: m.Start, End: m.End, Class: "hl q spk-3", Title: "marked"}}
}

func (m marker) Brief(*analysis.Render) (string, string) {
	return "Marked", fmt.Sprint(m.End - m.Start)
}

func TestHTMLShowsANewAnalyzer(t *testing.T) {
	r := radwege(t)
	r.Results = append(r.Results, analysis.AnalyzerResult{Analyzer: &analysis.Analyzer{Name: "marker"}, Value: marker{0, 8}})
	other := analyze("b.txt", "Ein zweiter Text ohne viel Inhalt.")
	page := renderHTML(t, r, other)
	for _, s := range []string{
		`<section class="panel panel-marker">` + "\n<h3>Marker</h3>\n<p>marked 0–8</p>",
		`value="marker" checked> <span class="sw hl q spk-3">Abc</span> Marked <span class="n">(1)</span>`,
		`data-kind="marker" data-id="doc-1-h`,
		`<th scope="col" class="l">Marked</th>`, `<td class="l">8</td>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	md := renderMarkdown(t, r, other)
	for _, s := range []string{"### Marker\n\nmarked 0–8\n", "| Keyphrase | Marked | Flags |"} {
		if !strings.Contains(md, s) {
			t.Errorf("Markdown lacks %q", s)
		}
	}
}

func TestHTMLEmptyRun(t *testing.T) {
	page := renderHTML(t)
	if !strings.Contains(page, "No documents.") || !strings.HasSuffix(page, "</html>\n") {
		t.Errorf("empty run renders no complete page:\n%s", page)
	}
}

func TestHTMLBatchOverview(t *testing.T) {
	page := renderHTML(t, radwege(t), hostile(t), sample(t))
	ov := page[strings.Index(page, `id="overview"`):]
	for _, s := range []string{`href="#doc-1"`, `href="#doc-2"`, `href="#doc-3"`, "Top entities", "Top speakers", "Top keyphrases",
		"<td>Karl Brandt</td><td>2</td><td>1</td>", "Keyword stuffing", "<li>reaim-gipfel.txt</li>",
		`<span class="flag">keyword_stuffing</span>`, `<span class="flag">analyzer</span>`,
		"<h3>Findings</h3>", "<td><code>keyword_stuffing</code> <span class=\"muted\">keywords</span></td><td>warning</td><td>1</td><td>1</td>",
		`<th scope="col" class="l">Keyphrase</th>`, "neue Radwege (over the maximum)"} {
		if !strings.Contains(ov, s) {
			t.Errorf("overview lacks %q", s)
		}
	}
	// ids are unique across documents.
	ids := regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("duplicate id %q", m[1])
		}
		seen[m[1]] = true
	}
}

func TestHighlightNestsCrossingSpans(t *testing.T) {
	// "abcdefgh": A = [1,5), B = [3,7) crosses A; C = [3,5) lies in both.
	spans := []hlSpan{
		{Start: 11, End: 15, Kind: "quote", ID: "A"},
		{Start: 13, End: 17, Kind: "entity", ID: "B"},
		{Start: 13, End: 15, Kind: "keyphrase", ID: "C"},
		{Start: 0, End: 30, Kind: "quote", ID: "D"}, // covers the whole paragraph
	}
	nodes := highlight("abcdefgh", 10, spans)
	got := flatten(nodes)
	want := "[D:a[A:bc[B:[C:de]]][B:fg]h]"
	if got != want {
		t.Errorf("nesting %s, want %s", got, want)
	}
	if text := plain(nodes); text != "abcdefgh" {
		t.Errorf("text changed: %q", text)
	}
	// Only the first piece of a split span carries the anchor.
	var anchors []string
	var walk func([]*hlNode)
	walk = func(ns []*hlNode) {
		for _, n := range ns {
			if n.Anchor != "" {
				anchors = append(anchors, n.Anchor)
			}
			walk(n.Children)
		}
	}
	walk(nodes)
	slices.Sort(anchors)
	if !slices.Equal(anchors, []string{"A", "B", "C", "D"}) {
		t.Errorf("anchors %v", anchors)
	}
}

func TestHighlightMultibyte(t *testing.T) {
	// Offsets are code points: „Ä“ is three.
	nodes := highlight("x „Ä“ y", 0, []hlSpan{{Start: 2, End: 5, Kind: "quote", ID: "q"}})
	if got := flatten(nodes); got != "x [q:„Ä“] y" {
		t.Errorf("got %s", got)
	}
}

func flatten(ns []*hlNode) string {
	var b strings.Builder
	for _, n := range ns {
		if n.Span == nil {
			b.WriteString(n.Text)
			continue
		}
		b.WriteString("[" + n.Span.ID + ":" + flatten(n.Children) + "]")
	}
	return b.String()
}

func plain(ns []*hlNode) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString(n.Text)
		b.WriteString(plain(n.Children))
	}
	return b.String()
}

func TestHTMLWriterOnPipelineRun(t *testing.T) {
	text := "Titel des Artikels\nDer Bundestag hat am Montag beraten. „Das ist gut“, sagte sie.\n"
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	err := testConfig("").Run(context.Background(), slices.Values([]input.Source{{ID: "t1", Text: text}}), w.Write)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	plainText := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(page, "")
	for _, s := range []string{"Titel des Artikels", "Der Bundestag hat am Montag beraten.", "„Das ist gut“, sagte sie."} {
		if !strings.Contains(plainText, s) {
			t.Errorf("page text lacks %q", s)
		}
	}
	if !strings.Contains(page, "<h2 id=\"doc-1-h\">Titel des Artikels</h2>") {
		t.Error("page lacks the title as heading")
	}
}

// gated is radwege failing a gate, and broken a document that could not be read.
func gated(t testing.TB) (*analysis.Report, *analysis.Report) {
	r := radwege(t)
	r.Failures = []analysis.Message{{Code: "stuffing", Message: "keyword stuffing"}}
	broken := testConfig("").Analyze(input.Source{ID: "broken.txt", Path: "broken.txt", Err: errors.New("not UTF-8 <bin>")})
	return r, broken
}

func TestHTMLOverviewUsesCorpusSummary(t *testing.T) {
	r, broken := gated(t)
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	var _ SummaryWriter = w
	for _, x := range []*analysis.Report{r, broken} {
		if err := w.Write(x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.WriteSummary(summaryOf(r, broken)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	checkWellFormed(t, page)
	ov := page[strings.Index(page, `id="overview"`):]
	for _, s := range []string{"(1 could not be read)", fmt.Sprintf("<dd>%d</dd>", r.Doc.Words()), "de (1)", "Failed gates",
		"<strong>radwege.txt</strong>: stuffing: keyword stuffing", "not UTF-8 &lt;bin&gt;",
		"<td>Berlin</td><td>Place</td><td>3</td><td>1</td>", `<span class="flag">fails stuffing</span>`, `<span class="flag">input</span>`} {
		if !strings.Contains(ov, s) {
			t.Errorf("overview lacks %q", s)
		}
	}
	if !strings.Contains(page, `<li class="note-failed"><strong>failed</strong> <code>stuffing</code>: keyword stuffing</li>`) {
		t.Error("gate failure not among the document's warnings")
	}
	if !strings.Contains(page, `<p class="empty">No text.</p>`) {
		t.Error("unreadable document shows no empty text view")
	}
}

func TestHTMLSummaryOnly(t *testing.T) {
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	w.WriteSummary(summaryOf(radwege(t), sample(t)))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	checkWellFormed(t, page)
	if !strings.Contains(page, "Corpus overview") || !strings.Contains(page, "Top speakers") || strings.Contains(page, "<th scope=\"col\">#</th>") {
		t.Errorf("summary-only page should show the summary without a document table")
	}
}

func TestHTMLKeyphraseWithoutPositions(t *testing.T) {
	// A keyphrase result without positions is neither marked nor charted
	// (zeros would mislead); the panel says so.
	r := radwege(t)
	result[*keywords.Result](t, r, "keywords").Keyphrase.Occurrences = nil
	page := renderHTML(t, r)
	if !strings.Contains(page, "gives no positions for this keyphrase") {
		t.Error("missing note on the unmarked keyphrase")
	}
	if strings.Contains(page, "Keyphrase density per paragraph") || highlighted(page)["keyphrase"] != 0 {
		t.Error("keyphrase charted or marked without positions")
	}
}

func TestHTMLStreamsDocuments(t *testing.T) {
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	if err := w.Write(radwege(t)); err != nil {
		t.Fatal(err)
	}
	// The document is out before the run ends; only the overview waits for Close.
	if !strings.Contains(buf.String(), "Stadtrat streitet über neue Radwege</h2>") || strings.Contains(buf.String(), "</html>") {
		t.Fatal("document not written on Write, or page closed early")
	}
	n := buf.Len()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "</html>\n") || buf.Len() <= n {
		t.Error("Close did not finish the page")
	}
}

// voidElements have no end tag.
var voidElements = map[string]bool{"meta": true, "input": true, "br": true, "hr": true, "img": true, "link": true, "col": true}

var tagRe = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>`)

// checkWellFormed checks that every element of the page is closed in order
// and that no stray "<" is left in text, which would mean text that was not
// escaped.
func checkWellFormed(t testing.TB, page string) {
	t.Helper()
	if err := wellFormed(page); err != nil {
		t.Fatal(err)
	}
}

func wellFormed(page string) error {
	if i := strings.Index(page, "<style>"); i >= 0 {
		if j := strings.Index(page[i:], "</style>"); j >= 0 {
			page = page[:i] + "<style></style>" + page[i+j+len("</style>"):]
		}
	}
	page = strings.Replace(page, "<!DOCTYPE html>", "", 1)
	var stack []string
	last := 0
	for _, m := range tagRe.FindAllStringSubmatchIndex(page, -1) {
		if strings.ContainsAny(page[last:m[0]], "<>") {
			return fmt.Errorf("stray markup character in text %q", page[last:m[0]])
		}
		last = m[1]
		closing, name := page[m[2]:m[3]] == "/", strings.ToLower(page[m[4]:m[5]])
		switch {
		case voidElements[name]:
		case !closing:
			stack = append(stack, name)
		case len(stack) == 0 || stack[len(stack)-1] != name:
			return fmt.Errorf("</%s> closes %v", name, stack)
		default:
			stack = stack[:len(stack)-1]
		}
	}
	if strings.ContainsAny(page[last:], "<>") {
		return fmt.Errorf("stray markup character after the last tag")
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed elements %v", stack)
	}
	return nil
}
