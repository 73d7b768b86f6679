package gate

import (
	"reflect"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/input"
)

// Stand-ins for analyzers with the shapes gates meet: nested structs,
// pointers, lists, booleans, embedded spans.
type kwResult struct {
	Words     int        `json:"words"`
	Keyphrase *keyphrase `json:"keyphrase"`
	Warnings  []struct {
		Code string `json:"code"`
	} `json:"warnings"`
}

type keyphrase struct {
	Phrase          string          `json:"phrase"`
	AdjustedDensity float64         `json:"adjusted_density"`
	InTitle         bool            `json:"in_title"`
	Occurrences     []document.Span `json:"occurrences"`
}

type statsResult struct {
	Words int      `json:"words"`
	Long  spanList `json:"long"`
}

// spanList is a result list kept in a form of its own (as readability's
// flagged sentences are): rules see it as the list of spans At makes.
type spanList struct{ starts []int }

func (l spanList) At(i int) document.Span {
	return document.Span{Start: l.starts[i], End: l.starts[i] + 11, Text: "KI Abkommen"}
}

func (l spanList) Seq() analysis.Seq {
	return analysis.Seq{Len: len(l.starts), At: func(i int) any { return l.At(i) }}
}

var (
	keywords = &analysis.Analyzer{Name: "keywords", ResultType: reflect.TypeFor[*kwResult]()}
	stats    = &analysis.Analyzer{Name: "stats", ResultType: reflect.TypeFor[*statsResult]()}
	quotes   = &analysis.Analyzer{Name: "quotes", ResultType: reflect.TypeFor[*struct{}]()}
)

func testReport() *analysis.Report {
	text := "KI Abkommen. Das KI Abkommen gilt."
	r := &analysis.Report{Source: input.Source{ID: "a.txt"}, Doc: document.New("a.txt", text, "de"),
		Language: document.Language{Code: "de", Confidence: 0.97}}
	r.Results = []analysis.AnalyzerResult{
		{Analyzer: stats, Value: &statsResult{Words: 120, Long: spanList{starts: []int{0, 17}}}},
		{Analyzer: keywords, Value: &kwResult{Words: 120, Keyphrase: &keyphrase{Phrase: "KI Abkommen", AdjustedDensity: 6.25, InTitle: true,
			Occurrences: []document.Span{{Start: 0, End: 11, Text: "KI Abkommen"}, {Start: 17, End: 28, Text: "KI Abkommen"}}}}},
	}
	r.Findings = []analysis.Finding{{Analyzer: "keywords", Code: "keyword_stuffing", Severity: analysis.SeverityWarning, Message: "phrase repeated 16 times"}}
	return r
}

func schema() *Schema {
	return NewSchema([]*analysis.Analyzer{stats, keywords}, []*analysis.Analyzer{stats, keywords, quotes})
}

func TestCheck(t *testing.T) {
	rep := testReport()
	tests := []struct {
		rule string
		fail string // substring of the failure detail; "" = passes
	}{
		{"stuffing", "repeated 16 times"},
		{"error", ""},
		{"warning", "repeated"},
		{"keyphrase.adjusted_density>4", "keywords.keyphrase.adjusted_density is 6.25"},
		{"keyphrase.adjusted_density > 7", ""},
		{"language!=de", ""},
		{"language!=en", "language.code is de"},
		{"language=de", "language.code is de"},
		{"language.confidence<0.98", "language.confidence is 0.97"},
		{"words<100", ""},
		{"words>=120", "stats.words is 120"},
		{`keyphrase.phrase="KI Abkommen"`, "KI Abkommen"},
		{"keyphrase.in_title=true", "keywords.keyphrase.in_title is true"},
		{"keyphrase.in_title!=true", ""},
		{"keyphrase.occurrences>1", "keywords.keyphrase.occurrences has 2 items"},
		{"keyphrase.occurrences.1.start=17", "keywords.keyphrase.occurrences.1.start is 17"},
		{"keyphrase.occurrences.5.start=17", ""}, // no such item: passes
		{"paragraphs>0", "paragraphs has 1 item"},
		{"findings>=1", "findings has 1 item"},
		{"sentences.0.text=KI Abkommen.", "sentences.0.text is KI Abkommen."},
		{"id=a.txt", "id is a.txt"},
		{"stats.long>1", "stats.long has 2 items"},
		{"stats.long.1.start=17", "stats.long.1.start is 17"},
		{"stats.long.1.text=KI Abkommen", "stats.long.1.text is KI Abkommen"},
		{"stats.long.2.start=17", ""},
	}
	for _, tt := range tests {
		rules, err := Compile([]string{tt.rule}, schema())
		if err != nil {
			t.Errorf("%s: %v", tt.rule, err)
			continue
		}
		got := rules[0].Check(rep)
		if (tt.fail == "") != (got == "") || !strings.Contains(got, tt.fail) {
			t.Errorf("%s: got %q, want failure containing %q", tt.rule, got, tt.fail)
		}
	}
}

// Rules that could never fire are refused before any document is read.
func TestCompileRejects(t *testing.T) {
	for _, tt := range []struct{ rule, want string }{
		{"keyphrase.adjusted_densty>3", `did you mean "keywords.keyphrase.adjusted_density"?`},
		{"nonsense.field>1", `unknown field "nonsense.field"`},
		{"words>abc", `stats.words is a number, and "abc" is not a number`},
		{"words=>5", `unknown operator "=>"`},
		{"words<>5", `unknown operator "<>"`},
		{"quotes.quotes>3", "the quotes analyzer is not enabled"},
		{"keywords.keyphrase>3", "keywords.keyphrase is an object: compare one of its fields (phrase, adjusted_density"},
		{"keyphrase.occurrences.start>3", "keywords.keyphrase.occurrences is a list: compare its length"},
		{"keyphrase.in_title>1", "is true or false"},
		{"keyphrase.occurrences>many", "is a list (its length is compared)"},
		{"language.code.x=1", `language.code is a single value and has no field "x"`},
		{" ,", "cannot read rule"},
		{"nonsense", "cannot read rule"},
		{">4", "cannot read rule"},
		{"a b>3", "cannot read rule"},
	} {
		_, err := Compile([]string{tt.rule}, schema())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want it to say %q", tt.rule, err, tt.want)
		}
	}
	if _, err := Compile([]string{"stuffing"}, NewSchema([]*analysis.Analyzer{stats}, []*analysis.Analyzer{stats, keywords})); err == nil ||
		!strings.Contains(err.Error(), "keywords analyzer, which is not enabled") {
		t.Errorf("stuffing without keywords: %v", err)
	}
	rules, err := Compile([]string{"error,stuffing", "language!=de"}, schema())
	if err != nil || len(rules) != 3 {
		t.Errorf("Compile = %d rules, %v", len(rules), err)
	}
}

// A document whose analyzer was skipped (or failed) has no value: its rules pass.
func TestMissingValuesPass(t *testing.T) {
	rep := testReport()
	rep.Results[1].Value = nil
	rep.Results[1].Skipped = "no resources for fr"
	rules, err := Compile([]string{"keyphrase.adjusted_density>1"}, schema())
	if err != nil {
		t.Fatal(err)
	}
	if got := rules[0].Check(rep); got != "" {
		t.Errorf("skipped analyzer failed the rule: %s", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"stuffing", "keyphrase.adjusted_density>4", "language!=de", "a.b.c<=x", "keyphrase.occurrences.0.text=x"} {
		f.Add(s)
	}
	rep := testReport()
	s := schema()
	f.Fuzz(func(t *testing.T, expr string) {
		if rules, err := Compile([]string{expr}, s); err == nil {
			for _, r := range rules {
				r.Check(rep)
			}
		}
	})
}
