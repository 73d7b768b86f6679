package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"artikel/internal/input"
	"artikel/internal/pipeline"
	"artikel/internal/report"
)

// chromium finds the browser: $ARTIKEL_CHROMIUM, /usr/bin/chromium, or
// chromium/chromium-browser on the PATH.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ARTIKEL_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (apt-get install chromium, or set ARTIKEL_CHROMIUM)")
	return ""
}

// artifactDir is $ARTIFACTS_DIR when CI sets it, else a temporary directory.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("ARTIFACTS_DIR"); d != "" {
		if err := os.MkdirAll(d, 0o755); err == nil {
			return d
		}
	}
	return t.TempDir()
}

// analyze runs the full pipeline on sources and returns the HTML page and
// each document's JSON (the contract the page is rendered from).
func analyze(t *testing.T, srcs ...input.Source) (string, []map[string]json.RawMessage) {
	t.Helper()
	cfg := &pipeline.Config{Analyzers: pipeline.Registry(), Lang: "de", Jobs: 1}
	var page bytes.Buffer
	w, err := report.NewWriter("html", &page, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []map[string]json.RawMessage
	err = cfg.Run(context.Background(), slices.Values(srcs), func(r *pipeline.Report) error {
		b, err := report.MarshalDocument(r, report.Options{})
		if err != nil {
			return err
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return err
		}
		docs = append(docs, m)
		return w.Write(r)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return page.String(), docs
}

// spans counts the well-formed spans of an analyzer list, e.g. quotes.quotes;
// -1 when the analyzer produced no such list (not registered, skipped).
func spans(doc map[string]json.RawMessage, section, list string) int {
	var sec map[string]json.RawMessage
	if json.Unmarshal(doc[section], &sec) != nil {
		return -1
	}
	var items []struct{ Start, End int }
	if json.Unmarshal(sec[list], &items) != nil {
		return -1
	}
	n := 0
	for _, it := range items {
		if it.End > it.Start && it.Start >= 0 {
			n++
		}
	}
	return n
}

// browser is one headless Chromium with its console and network watched.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string
	problems []string
	stop     context.CancelFunc
	watchers sync.WaitGroup
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromium(t)
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	b := &browser{ctx: bctx}
	// Start the browser, then subscribe before any page loads.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	wctx, stop := context.WithCancel(bctx)
	b.stop = stop
	console := chromedp.Console(wctx)
	requests := chromedp.Events(wctx, network.RequestWillBeSent)
	b.watchers.Add(2)
	go func() {
		defer b.watchers.Done()
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.Type == chromedp.ConsoleException {
				b.mu.Lock()
				b.problems = append(b.problems, string(m.Type)+": "+m.Text)
				b.mu.Unlock()
			}
		}
	}()
	go func() {
		defer b.watchers.Done()
		for ev, err := range requests {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.requests = append(b.requests, ev.Request.URL)
			b.mu.Unlock()
		}
	}()
	t.Cleanup(func() { stop(); b.watchers.Wait() })
	return b
}

// open writes the page to a file and loads it over file://.
func (b *browser) open(t *testing.T, html, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	u := (&url.URL{Scheme: "file", Path: path}).String()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("main"))); err != nil {
		t.Fatalf("load %s: %v", u, err)
	}
	return u
}

// check fails on console errors and warnings (CSP violations among them) and
// on any request but the page itself. It ends the watch.
func (b *browser) check(t *testing.T, pageURL string) {
	t.Helper()
	// Events arrive asynchronously; a moment lets the last ones in.
	time.Sleep(200 * time.Millisecond)
	b.stop()
	b.watchers.Wait()
	b.mu.Lock()
	defer b.mu.Unlock()
	sawPage := false
	for _, r := range b.requests {
		switch {
		case r == pageURL:
			sawPage = true
		case r == "about:blank":
		default:
			t.Errorf("the page made a request: %s", r)
		}
	}
	if !sawPage {
		t.Errorf("request watch saw no load of the page itself (%v): it may be blind", b.requests)
	}
	for _, p := range b.problems {
		t.Errorf("browser console: %s", p)
	}
}

// domCounts counts distinct highlighted spans by kind (split pieces share a data-id).
const domCounts = `(() => {
	const n = {};
	const seen = new Set();
	for (const el of document.querySelectorAll('.text [data-kind]')) {
		if (seen.has(el.dataset.id)) continue;
		seen.add(el.dataset.id);
		n[el.dataset.kind] = (n[el.dataset.kind] || 0) + 1;
	}
	n.scripts = document.querySelectorAll('script').length;
	n.svgs = document.querySelectorAll('svg.chart').length;
	n.paragraphs = document.querySelectorAll('.text .p').length;
	return n;
})()`

// lowContrast lists text whose colour has a WCAG contrast ratio under 4.5:1
// against the background it is drawn on (the first opaque background of it
// or an ancestor; the page is white).
const lowContrast = `(() => {
	const rgba = s => { const m = s.match(/[\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
	const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
	const bgOf = el => {
		for (let e = el; e; e = e.parentElement) {
			const c = rgba(getComputedStyle(e).backgroundColor);
			if (c.a > 0.5) return c;
		}
		return {r: 255, g: 255, b: 255, a: 1};
	};
	const bad = [];
	let checked = 0;
	for (const el of document.querySelectorAll('body *')) {
		if (el.closest('svg')) continue;
		const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
		if (!own || el.getClientRects().length === 0) continue;
		checked++;
		const fg = lum(rgba(getComputedStyle(el).color)), bg = lum(bgOf(el));
		const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
		if (ratio < 4.5) bad.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ': ' + el.textContent.trim().slice(0, 40));
	}
	return {checked, bad: bad.slice(0, 10)};
})()`

type contrastResult struct {
	Checked int      `json:"checked"`
	Bad     []string `json:"bad"`
}

func TestSampleReportInBrowser(t *testing.T) {
	b := newBrowser(t)
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt"))
	if err != nil {
		t.Fatal(err)
	}
	html, docs := analyze(t, input.Source{ID: "reaim-gipfel.txt", Path: "testdata/sample/reaim-gipfel.txt", Text: string(text)})
	pageURL := b.open(t, html, "report.html")

	got, err := chromedp.Run(b.ctx, chromedp.Evaluate[map[string]int](domCounts))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("highlighted in the browser: %v", got)
	var paragraphs []json.RawMessage
	json.Unmarshal(docs[0]["paragraphs"], &paragraphs)
	if got["paragraphs"] != len(paragraphs) || len(paragraphs) == 0 {
		t.Errorf("%d paragraphs shown, JSON has %d", got["paragraphs"], len(paragraphs))
	}
	if got["scripts"] != 0 {
		t.Errorf("%d script elements on the page", got["scripts"])
	}
	if got["svgs"] < 2 {
		t.Errorf("%d SVG charts, want the band and the density chart", got["svgs"])
	}
	// Every layer the JSON has must be highlighted exactly as often; the
	// sample has quotes, and entities once that analyzer is registered.
	for _, c := range []struct{ kind, section, list string }{
		{"quote", "quotes", "quotes"},
		{"entity", "entities", "mentions"},
	} {
		want := spans(docs[0], c.section, c.list)
		switch {
		case want < 0:
			t.Logf("no %s in the JSON (analyzer not registered?): not checked", c.section)
			if got[c.kind] != 0 {
				t.Errorf("%d %s highlights without %s in the JSON", got[c.kind], c.kind, c.section)
			}
		case want == 0:
			t.Errorf("the sample has %s, but the JSON lists none", c.section)
		case got[c.kind] != want:
			t.Errorf("%d %s highlights in the browser, JSON has %d", got[c.kind], c.kind, want)
		}
	}
	if spans(docs[0], "quotes", "quotes") < 0 {
		t.Error("the quotes analyzer is registered but the JSON has no quotes section")
	}
	if got["keyphrase"] == 0 {
		t.Error("no keyphrase occurrence highlighted (the sample is stuffed with one)")
	}

	contrast, err := chromedp.Run(b.ctx, chromedp.Evaluate[contrastResult](lowContrast))
	if err != nil {
		t.Fatal(err)
	}
	if contrast.Checked < 100 || len(contrast.Bad) > 0 {
		t.Errorf("contrast under 4.5:1 (%d text elements checked): %v", contrast.Checked, contrast.Bad)
	}

	// The layer toggles work without JavaScript: unticking Quotes clears
	// the quote background, ticking it again restores it.
	const quoteBG = `getComputedStyle(document.querySelector('.text [data-kind=quote]')).backgroundColor`
	toggle := chromedp.CSS(`.doc .tg[value="quote"]`)
	before, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](quoteBG))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(b.ctx, chromedp.Click(toggle)); err != nil {
		t.Fatal(err)
	}
	off, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](quoteBG))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(b.ctx, chromedp.Click(toggle)); err != nil {
		t.Fatal(err)
	}
	on, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](quoteBG))
	if err != nil {
		t.Fatal(err)
	}
	if before == "rgba(0, 0, 0, 0)" || off != "rgba(0, 0, 0, 0)" || on != before {
		t.Errorf("quote toggle: background %q, unticked %q, ticked again %q", before, off, on)
	}

	dir := artifactDir(t)
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(80))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	printShot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(80))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
	pdf, err := chromedp.Run(b.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Error("printing to PDF failed")
	}
	for name, data := range map[string][]byte{
		"report-sample.html": []byte(html), "report-sample.jpg": shot, "report-sample-print.jpg": printShot, "report-sample.pdf": pdf,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("artifacts in %s", dir)
	b.check(t, pageURL)
}

type probeResult struct {
	Pwned    bool   `json:"pwned"`
	Elements int    `json:"elements"`
	Text     string `json:"text"`
}

// TestHostileArticleIsInertInBrowser proves that markup in an article is
// shown as text: no element, no script run, no request.
func TestHostileArticleIsInertInBrowser(t *testing.T) {
	b := newBrowser(t)
	text := "Achtung <script>window.pwned = 1</script> im Titel\n" +
		"Der Text enthält <img src=\"http://example.invalid/x.png\" onerror=\"window.pwned = 2\"> und <b>fett</b>. " +
		"Sie sagte: „<script>window.pwned = 3</script>“ und ging nach Berlin.\n"
	html, _ := analyze(t, input.Source{ID: "hostile", Text: text})
	pageURL := b.open(t, html, "hostile.html")
	const probe = `({
		pwned: typeof window.pwned !== 'undefined',
		elements: document.querySelectorAll('script, img, .text b').length,
		text: document.querySelector('.text').innerText,
	})`
	res, err := chromedp.Run(b.ctx, chromedp.Evaluate[probeResult](probe))
	if err != nil {
		t.Fatal(err)
	}
	if res.Pwned || res.Elements != 0 {
		t.Errorf("article markup became live: pwned=%v, %d elements", res.Pwned, res.Elements)
	}
	for _, s := range []string{"<script>window.pwned = 1</script>", `<img src="http://example.invalid/x.png" onerror="window.pwned = 2">`, "<b>fett</b>"} {
		if !strings.Contains(res.Text, s) {
			t.Errorf("article text does not show %q literally:\n%s", s, res.Text)
		}
	}
	b.check(t, pageURL)
}
