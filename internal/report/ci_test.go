package report

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/input"
	"artikel/internal/pipeline"
)

// analyzeFixture runs every analyzer on a file of testdata/ci as the CLI
// would on that path.
func analyzeFixture(t *testing.T, name string) *analysis.Report {
	t.Helper()
	path := filepath.Join("testdata", "ci", name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return analyzeText(path, string(b))
}

func analyzeText(path, text string) *analysis.Report {
	cfg := &pipeline.Config{Analyzers: pipeline.Registry(), Lang: "de", Jobs: 1}
	return cfg.Analyze(input.Source{ID: path, Path: path, Text: text})
}

// spanReport is a document with findings at known places: a span on the
// third line of a file with CRLF line ends, a span crossing a line break, a
// finding about the whole document and a failed gate.
func spanReport() *analysis.Report {
	text := "Titel\r\nErster Absatz.\r\nDer zweite Absatz nennt Größe und Maß.\r\nEnde"
	doc := document.New("a.txt", text, "de")
	return &analysis.Report{
		Source: input.Source{ID: "dir/a b.txt", Path: filepath.Join("dir", "a b.txt"), Text: text},
		Doc:    doc,
		Findings: []analysis.Finding{
			{Analyzer: "style", Code: "measure", Severity: analysis.SeverityInfo, Message: "a measure word", Span: spanOf(text, "Maß")},
			{Analyzer: "style", Code: "cross", Severity: analysis.SeverityWarning, Message: "crosses a line", Span: spanOf(text, "Absatz.\r\nDer ")},
			{Analyzer: analysis.Core, Code: "encoding", Severity: analysis.SeverityWarning, Message: "not valid UTF-8"},
		},
		Failures: []analysis.Message{{Code: "words>3", Message: "stats.words is 12"}},
	}
}

// spanOf is the span of the first occurrence of sub in text, in code points.
func spanOf(text, sub string) *document.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	start := utf8.RuneCountInString(text[:i])
	return &document.Span{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
}

func unreadableReport() *analysis.Report {
	r := &analysis.Report{Source: input.Source{ID: "gone.txt", Path: "gone.txt"}}
	r.AddError("input", "cannot open: no such file")
	return r
}

func jsonlReport() *analysis.Report {
	text := "Zeile eins mit Inhalt."
	doc := document.New("7", text, "de")
	return &analysis.Report{
		Source:   input.Source{ID: "7", Path: "docs.jsonl", Line: 3, Text: text},
		Doc:      doc,
		Findings: []analysis.Finding{{Analyzer: "style", Code: "count", Severity: analysis.SeverityError, Message: "a number word", Span: spanOf(text, "eins")}},
	}
}

func render(t *testing.T, format string, reports ...*analysis.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reports {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFindingRange(t *testing.T) {
	r := spanReport()
	cases := []struct {
		f    analysis.Finding
		want textRange
	}{
		// "Maß" in line 3 (CRLF counted as one line end), columns in code points.
		{r.Findings[0], textRange{3, 35, 3, 38}},
		// "Absatz.\r\nDer " ends on line 3.
		{r.Findings[1], textRange{2, 8, 3, 5}},
	}
	for _, c := range cases {
		got, ok := findingRange(r, c.f)
		if !ok || got != c.want {
			t.Errorf("%s %q: got %+v (ok %v), want %+v", c.f.Code, c.f.Span.Text, got, ok, c.want)
		}
	}
	if _, ok := findingRange(r, r.Findings[2]); ok {
		t.Error("a finding without a span has a range")
	}
	// Old Mac line ends (\r alone) end lines too.
	doc := document.New("m", "eins\rzwei\rdrei", "de")
	if got, _ := findingRange(&analysis.Report{Doc: doc}, analysis.Finding{Span: spanOf(doc.Text, "drei")}); got != (textRange{3, 1, 3, 5}) {
		t.Errorf("CR line ends: got %+v", got)
	}
	// A JSON Lines record is one line of its file.
	j := jsonlReport()
	if got, _ := findingRange(j, j.Findings[0]); got != (textRange{3, 7, 3, 11}) {
		t.Errorf("JSON Lines: got %+v", got)
	}
}

func TestFingerprintsSurviveUnrelatedEdits(t *testing.T) {
	path := filepath.Join("testdata", "ci", "stuffing.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before := analyzeText(path, string(b))
	if !before.HasFinding("keyword_stuffing") {
		t.Fatal("the fixture is no longer flagged for keyword stuffing")
	}
	// Rewrite a sentence that does not hold the stuffed phrase and add a
	// paragraph in front of it: offsets and lines shift, the issue stays.
	edited := strings.Replace(string(b), "Viele Familien planen schon im Winter.",
		"Viele Familien aus Bayern und Sachsen planen ihre Reise schon im Winter, oft sogar im Herbst.\n\nEin neuer Absatz ohne die Wendung.", 1)
	after := analyzeText(path, edited)
	fb, fa := issues(before), issues(after)
	if len(fb) == 0 || len(fb) != len(fa) {
		t.Fatalf("issues before %d, after %d", len(fb), len(fa))
	}
	for i := range fb {
		if fb[i].fingerprint != fa[i].fingerprint {
			t.Errorf("%s: fingerprint changed after an unrelated edit:\n%s\n%s", fb[i].rule, fb[i].message, fa[i].message)
		}
	}
	// A different issue, or the same one in another file, is another fingerprint.
	other := analyzeText("other.txt", string(b))
	if issues(other)[0].fingerprint == fb[0].fingerprint {
		t.Error("the same finding in two files has one fingerprint")
	}
	r := spanReport()
	r.Findings = append(r.Findings, r.Findings[0])
	seen := map[string]bool{}
	for _, it := range issues(r) {
		if seen[it.fingerprint] {
			t.Errorf("%s: fingerprint %s given twice", it.rule, it.fingerprint)
		}
		seen[it.fingerprint] = true
	}
}

// findingRange is the range of one finding, as findingRanges gives it.
func findingRange(r *analysis.Report, f analysis.Finding) (textRange, bool) {
	one := *r
	one.Findings = []analysis.Finding{f}
	rgs, oks := findingRanges(&one)
	return rgs[0], oks[0]
}

// All findings of a report located in one pass land where each alone does,
// whatever their order.
func TestFindingRangesTogether(t *testing.T) {
	r := spanReport()
	rev := *r
	rev.Findings = slices.Clone(r.Findings)
	slices.Reverse(rev.Findings)
	rgs, oks := findingRanges(&rev)
	for i, f := range rev.Findings {
		want, wantOK := findingRange(r, f)
		if rgs[i] != want || oks[i] != wantOK {
			t.Errorf("finding %d: together %+v %v, alone %+v %v", i, rgs[i], oks[i], want, wantOK)
		}
	}
}
