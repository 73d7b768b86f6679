package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/input"
	"artikel/internal/pipeline"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// renderHTML renders fixture documents (JSON contract) into one page.
func renderHTML(t *testing.T, docs ...[]byte) string {
	t.Helper()
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
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
	if dir := os.Getenv("ARTIKEL_HTML_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, t.Name()+".html"), buf.Bytes(), 0o644)
	}
	return buf.String()
}

// summaryOf stands for the corpus summary of a batch of JSON fixtures: it
// counts the documents only (the summary proper is built from typed reports).
func summaryOf(t *testing.T, docs [][]byte) *corpus.Summary {
	t.Helper()
	s := corpus.NewBuilder(15, nil).Summary()
	s.Documents = len(docs)
	return s
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

func TestHTMLHighlightsEveryLayer(t *testing.T) {
	page := renderHTML(t, readFixture(t, "radwege.json"))
	got := highlighted(page)
	want := map[string]int{"keyphrase": 3, "quote": 3, "speaker": 3, "cue": 3, "entity": 8}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%d highlighted %s spans, want %d (all: %v)", got[k], k, n, got)
		}
	}
	for _, s := range []string{
		`data-quotes="3"`, `data-mentions="8"`, `data-keyphrase="3"`,
		`<h3 class="p p-title" id="doc-1-p0">`, `<h4 class="p p-heading" id="doc-1-p2">`,
		`way over the maximum`, `keyword_stuffing`, `Quotes by speaker`, `Karl Brandt`,
		`<article class="text" lang="de"`, `Content-Security-Policy`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	// Karl Brandt has two quotes, so he comes first with the first colour class of his.
	if i, j := strings.Index(page, "Karl Brandt <span class=\"n\">(2)"), strings.Index(page, "Anna Weber <span class=\"n\">(1)"); i < 0 || j < 0 || i > j {
		t.Errorf("speakers not grouped by quote count: Brandt at %d, Weber at %d", i, j)
	}
	// No network: nothing refers to another resource.
	for _, bad := range []string{"http://", "https://", "<link", "<script", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
}

func TestHTMLRendersMarkupInArticleTextInert(t *testing.T) {
	page := renderHTML(t, readFixture(t, "hostile.json"))
	for _, bad := range []string{"<script", "<img", "<b>", "<i>"} {
		if strings.Contains(page, bad) {
			t.Errorf("article markup %q reached the page unescaped", bad)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &lt;b&gt;Fett&lt;/b&gt;",
		"&lt;img src=x onerror=alert(1)&gt;",
		"&lt;i&gt;Sie&lt;/i&gt;",                // speaker name
		"no stemmer for &lt;xx&gt;",             // skip reason
		"model &lt;missing&gt;",                 // analyzer error
		"replaced &lt;invalid&gt; bytes",        // document warning
		`<p class="doc-id">&lt;hostile&gt;</p>`, // id
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks escaped %q", want)
		}
	}
	if got := highlighted(page); got["quote"] != 1 {
		t.Errorf("quote not highlighted: %v", got)
	}
}

func TestHTMLToleratesOddSections(t *testing.T) {
	docs := [][]byte{
		[]byte(`{"id":"a","paragraphs":[{"index":0,"kind":"body","start":0,"end":5,"text":"Hallo"}],"quotes":["oops"],"entities":null,` +
			`"keywords":{"keyphrase":null,"terms":[{"term":"Hallo","count":"many","density":1.5},7]}}`),
		[]byte(`{"id":"b"}`),
		[]byte(`{"id":7,"paragraphs":[{"index":0,"kind":"body","start":0,"end":3,"text":"abc"}],` +
			`"entities":{"mentions":[{"start":2,"end":99,"text":"c","type":"XYZ"},{"start":-4,"end":1,"type":"PER"},{"start":9,"end":3}]}}`),
	}
	page := renderHTML(t, docs...)
	if !strings.Contains(page, "report cannot read this section") {
		t.Error("unreadable quotes section not reported")
	}
	if !strings.Contains(page, `id="overview"`) || strings.Count(page, `<tr><td>`) < 3 {
		t.Error("batch overview missing")
	}
	// A term with a retyped field keeps its other fields; a non-object term is dropped.
	if !strings.Contains(page, "<td title=\"\">Hallo</td><td>0</td><td>1.50 %</td>") {
		t.Error("term with an odd count field not rendered leniently")
	}
	if got := highlighted(page); got["entity"] != 1 {
		t.Errorf("want the one valid mention highlighted (clipped to its paragraph), got %v", got)
	}
	if !strings.HasSuffix(page, "</html>\n") {
		t.Error("page not closed")
	}
}

func TestHTMLEmptyRun(t *testing.T) {
	page := renderHTML(t)
	if !strings.Contains(page, "No documents.") || !strings.HasSuffix(page, "</html>\n") {
		t.Errorf("empty run renders no complete page:\n%s", page)
	}
}

func TestHTMLBatchOverview(t *testing.T) {
	page := renderHTML(t, readFixture(t, "radwege.json"), readFixture(t, "hostile.json"))
	ov := page[strings.Index(page, `id="overview"`):]
	for _, s := range []string{`href="#doc-1"`, `href="#doc-2"`, "Top entities", "Top speakers", "keyword_stuffing", "entities failed"} {
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

func TestHTMLWriterOnPipelineReport(t *testing.T) {
	text := "Titel des Artikels\nDer Bundestag hat am Montag beraten. „Das ist gut“, sagte sie.\n"
	cfg := &pipeline.Config{Analyzers: pipeline.Registry(), Lang: "de", Jobs: 1}
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	err := cfg.Run(context.Background(), slices.Values([]input.Source{{ID: "t1", Text: text}}), w.Write)
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
	for _, s := range []string{"<h2 id=\"doc-1-h\">Titel des Artikels</h2>"} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
}

func testSummary() *corpus.Summary {
	return &corpus.Summary{Documents: 3, Failed: 1, Words: 1234,
		Languages: []corpus.Count{{Name: "de", Documents: 2}},
		Parts: []corpus.Part{
			{Analyzer: "keywords", Fields: []analysis.Field{
				{Key: "keyphrases", Value: []corpus.Count{{Name: "neue Radwege", Documents: 1}}},
				{Key: "stuffing", Value: []string{"radwege"}}}},
			{Analyzer: "entities", Fields: []analysis.Field{{Key: "entities", Value: []map[string]any{
				{"canonical": "Berlin", "type": "LOC", "documents": 2, "mentions": 5}}}}},
			{Analyzer: "quotes", Fields: []analysis.Field{{Key: "speakers", Value: []corpus.Count{{Name: "Karl Brandt", Documents: 1, Total: 2}}}}},
		},
		Errors:       []corpus.DocMessage{{ID: "broken.txt", Message: "not UTF-8 <bin>"}},
		GateFailures: []corpus.DocMessage{{ID: "radwege", Message: "keyword stuffing"}},
	}
}

func TestHTMLOverviewUsesCorpusSummary(t *testing.T) {
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	var _ SummaryWriter = w
	doc := readFixture(t, "radwege.json")
	// A document that failed a gate carries its failures.
	doc = bytes.Replace(doc, []byte("\n \"warnings\": ["), []byte(`"gate_failures": [{"code": "stuffing", "message": "keyword stuffing"}], "warnings": [`), 1)
	if err := w.writeJSON(doc); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteSummary(testSummary()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	ov := page[strings.Index(page, `id="overview"`):]
	for _, s := range []string{"(1 could not be read)", "<dd>1234</dd>", "de (2)", "neue Radwege (1)", "Failed gates",
		"not UTF-8 &lt;bin&gt;", "<td>Berlin</td><td>Place</td><td>5</td><td>2</td>", "fails stuffing"} {
		if !strings.Contains(ov, s) {
			t.Errorf("overview lacks %q", s)
		}
	}
	if !strings.Contains(page, `<li class="note-failed"><strong>failed</strong> <code>stuffing</code>: keyword stuffing</li>`) {
		t.Error("gate failure not among the document's warnings")
	}
}

func TestHTMLSummaryOnly(t *testing.T) {
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	w.WriteSummary(testSummary())
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if !strings.Contains(page, "Corpus overview") || strings.Contains(page, "<th scope=\"col\">#</th>") {
		t.Errorf("summary-only page should show the summary without a document table")
	}
}

func TestHTMLKeyphraseWithoutPositions(t *testing.T) {
	// A one-word keyphrase is not among the repeated phrases, so the report
	// has no positions for it: it says so instead of charting zeros.
	doc := bytes.Replace(readFixture(t, "radwege.json"), []byte(`"phrase": "neue Radwege",
   "source"`), []byte(`"phrase": "Berlin",
   "source"`), 1)
	page := renderHTML(t, doc)
	if !strings.Contains(page, "gives no positions for this keyphrase") {
		t.Error("missing note on the unmarked keyphrase")
	}
	if strings.Contains(page, "Keyphrase density per paragraph") || highlighted(page)["keyphrase"] != 0 {
		t.Error("keyphrase charted or marked without positions")
	}
}

func TestDisplayQuote(t *testing.T) {
	for _, c := range []struct {
		q    quoteView
		lang string
		want string
	}{
		{quoteView{spanView: spanView{Text: "Wir bauen."}, Type: "direct"}, "de", "„Wir bauen.“"},
		{quoteView{spanView: spanView{Text: "We build."}, Type: "direct"}, "en", "“We build.”"},
		{quoteView{spanView: spanView{Text: "„Schon da“"}, Type: "direct"}, "de", "„Schon da“"},
		{quoteView{spanView: spanView{Text: "dass es regnet"}, Type: "indirect"}, "de", "dass es regnet"},
	} {
		if got := displayQuote(c.q, c.lang); got != c.want {
			t.Errorf("displayQuote(%q) = %q, want %q", c.q.Text, got, c.want)
		}
	}
}

func TestHTMLStreamsDocuments(t *testing.T) {
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	if err := w.writeJSON(readFixture(t, "radwege.json")); err != nil {
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
