package corpus

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/input"
)

// names is a toy analyzer whose tally counts the words of a document as names.
var names = &analysis.Analyzer{Name: "names", Tally: func() analysis.Tally { return &nameTally{Names: Counter{}} }}

type nameTally struct {
	Names Counter `json:"names"`
}

func (t *nameTally) Add(_ string, result any, _ []analysis.Finding) {
	for _, w := range strings.Fields(result.(string)) {
		t.Names.Add(w, 1)
	}
}
func (t *nameTally) Merge(o analysis.Tally) { t.Names.Merge(o.(*nameTally).Names) }
func (t *nameTally) Fields(top int) []analysis.Field {
	return []analysis.Field{{Key: "names", Value: t.Names.Ranked(top)}}
}

func report(id, lang, text string, findings ...analysis.Finding) *analysis.Report {
	r := &analysis.Report{Source: input.Source{ID: id}, Language: document.Language{Code: lang},
		Doc: document.New(id, text, lang), Findings: findings,
		Results: []analysis.AnalyzerResult{{Analyzer: names, Value: text}}}
	return r
}

func failed(id string) *analysis.Report {
	r := &analysis.Report{Source: input.Source{ID: id, Err: errors.New("binary")}}
	r.AddError("input", "binary")
	return r
}

func TestSummary(t *testing.T) {
	b := NewBuilder(2, []*analysis.Analyzer{names})
	b.Add(report("a", "de", "Anna Berta Anna", analysis.Finding{Analyzer: "names", Code: "x", Severity: analysis.SeverityWarning}))
	b.Add(report("b", "de", "Berta Carl"))
	b.Add(failed("c"))
	gated := report("d", "en", "Carl")
	gated.Failures = []analysis.Message{{Code: "words>1", Message: "stats.words is 1"}}
	b.Add(gated)
	s := b.Summary()
	if s.Documents != 4 || s.Failed != 1 || s.Words != 6 {
		t.Errorf("documents %d failed %d words %d", s.Documents, s.Failed, s.Words)
	}
	if len(s.Languages) != 2 || s.Languages[0] != (Count{Name: "de", Documents: 2}) {
		t.Errorf("languages = %+v (a failed document has no language)", s.Languages)
	}
	got := s.Field("names").([]Count)
	if len(got) != 2 || got[0] != (Count{Name: "Anna", Documents: 2, Total: 2}) || got[1] != (Count{Name: "Berta", Documents: 2, Total: 2}) {
		t.Errorf("names = %+v (top 2, by documents, total, name)", got)
	}
	if len(s.Errors) != 1 || len(s.GateFailures) != 1 || s.GateFailures[0].Message != "words>1: stats.words is 1" {
		t.Errorf("errors %v gates %v", s.Errors, s.GateFailures)
	}
	if len(s.Findings) != 2 || s.Findings[0].Documents != 1 {
		t.Errorf("findings = %+v", s.Findings)
	}
	js, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":"summary","documents":4,"failed":1,"words":6,"languages":[{"name":"de","documents":2},{"name":"en","documents":1}],"names":[`
	if !strings.HasPrefix(string(js), want) || !strings.Contains(string(js), `"gate_failures":[{"id":"d"`) {
		t.Errorf("summary JSON:\n%s", js)
	}
}

// Splitting the documents between builders, shipping their state as JSON
// and merging gives the summary of one builder over all of them.
func TestMergeEqualsOneBuilder(t *testing.T) {
	docs := []*analysis.Report{report("a", "de", "Anna Berta"), failed("b"), report("c", "en", "Anna Carl Dora"), report("d", "de", "Dora")}
	one := NewBuilder(3, []*analysis.Analyzer{names})
	for _, d := range docs {
		one.Add(d)
	}
	left, right := NewBuilder(3, []*analysis.Analyzer{names}), NewBuilder(3, []*analysis.Analyzer{names})
	left.Add(docs[0])
	left.Add(docs[1])
	right.Add(docs[2])
	right.Add(docs[3])
	state, err := json.Marshal(right)
	if err != nil {
		t.Fatal(err)
	}
	shipped := NewBuilder(3, []*analysis.Analyzer{names})
	if err := json.Unmarshal(state, shipped); err != nil {
		t.Fatal(err)
	}
	left.Merge(shipped)
	a, _ := json.Marshal(one.Summary())
	b, _ := json.Marshal(left.Summary())
	if string(a) != string(b) {
		t.Errorf("merged summary differs:\n%s\n%s", a, b)
	}
}
