package gate

import (
	"encoding/json"
	"strings"
	"testing"
)

const report = `{
  "id": "a.txt",
  "language": {"code": "de"},
  "stats": {"words": 120},
  "keywords": {"keyphrase": {"phrase": "KI Abkommen", "adjusted_density": 6.25},
               "warnings": [{"code": "keyword_stuffing", "message": "phrase repeated 16 times"}]},
  "warnings": [],
  "errors": []
}`

func TestCheck(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(report), &doc); err != nil {
		t.Fatal(err)
	}
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
		{"words<100", ""},
		{"words>=120", "stats.words is 120"},
		{"quotes.count>3", ""}, // missing field passes
		{`keyphrase.phrase="KI Abkommen"`, "KI Abkommen"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.rule)
		if err != nil {
			t.Fatalf("%s: %v", tt.rule, err)
		}
		got := r.Check(doc)
		if (tt.fail == "") != (got == "") || !strings.Contains(got, tt.fail) {
			t.Errorf("%s: got %q, want failure containing %q", tt.rule, got, tt.fail)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{"", "nonsense", ">4", "density >", "a b>3"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
	rules, err := ParseAll([]string{"error,stuffing", "language!=de"})
	if err != nil || len(rules) != 3 {
		t.Errorf("ParseAll = %d rules, %v", len(rules), err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"stuffing", "keyphrase.adjusted_density>4", "language!=de", "a.b.c<=x"} {
		f.Add(s)
	}
	var doc map[string]any
	json.Unmarshal([]byte(report), &doc)
	f.Fuzz(func(t *testing.T, s string) {
		if r, err := Parse(s); err == nil {
			r.Check(doc)
		}
	})
}
