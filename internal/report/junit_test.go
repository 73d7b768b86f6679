package report

import (
	"encoding/xml"
	"strings"
	"testing"

	"artikel/internal/analysis"
)

// What GitLab, Jenkins and Azure read from a JUnit report, declared
// independently of the writer's types.
type junitDoc struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Errors   int    `xml:"errors,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			File      string `xml:"file,attr"`
			Failure   []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Error []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"error"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, out []byte) junitDoc {
	t.Helper()
	var d junitDoc
	if err := xml.Unmarshal(out, &d); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Error("no XML declaration")
	}
	return d
}

func TestJUnit(t *testing.T) {
	d := parseJUnit(t, render(t, "junit", spanReport(), unreadableReport(), jsonlReport(), analyzeFixture(t, "stuffing.txt")))
	if d.Tests != 4 || d.Failures != 2 || d.Errors != 1 {
		t.Errorf("testsuites: tests %d failures %d errors %d, want 4 2 1", d.Tests, d.Failures, d.Errors)
	}
	if len(d.Suites) != 1 {
		t.Fatalf("%d test suites, want one per run", len(d.Suites))
	}
	s := d.Suites[0]
	if s.Name != "artikel" || s.Tests != 4 || s.Failures != 2 || s.Errors != 1 || len(s.Cases) != 4 {
		t.Fatalf("testsuite %s: tests %d failures %d errors %d cases %d", s.Name, s.Tests, s.Failures, s.Errors, len(s.Cases))
	}
	var names []string
	for _, c := range s.Cases {
		names = append(names, c.Name)
		if c.Classname != "artikel" {
			t.Errorf("%s: classname %q", c.Name, c.Classname)
		}
	}
	if got, want := strings.Join(names, "|"), "dir/a b.txt|gone.txt|7|testdata/ci/stuffing.txt"; got != want {
		t.Errorf("test cases %q, want %q", got, want)
	}

	// A failed gate: one <failure> naming the rule; warnings and notes in system-out.
	gate := s.Cases[0]
	if len(gate.Failure) != 1 || len(gate.Error) != 0 {
		t.Fatalf("gate case: %d failures, %d errors", len(gate.Failure), len(gate.Error))
	}
	if f := gate.Failure[0]; f.Type != "fail-on/words>3" || f.Message != "--fail-on words>3: stats.words is 12" ||
		!strings.Contains(f.Text, "dir/a b.txt: --fail-on words>3: stats.words is 12") {
		t.Errorf("gate failure %+v", f)
	}
	for _, line := range []string{"dir/a b.txt:3:35: info style/measure: a measure word", "dir/a b.txt:2:8: warning style/cross: crosses a line", "dir/a b.txt: warning encoding: not valid UTF-8"} {
		if !strings.Contains(gate.SystemOut, line+"\n") {
			t.Errorf("system-out lacks %q:\n%s", line, gate.SystemOut)
		}
	}

	// An unreadable document is an <error>, not a failure.
	if c := s.Cases[1]; len(c.Error) != 1 || len(c.Failure) != 0 || c.Error[0].Type != "input" || c.Error[0].Message != "cannot open: no such file" {
		t.Errorf("unreadable case %+v", c)
	}
	// An error finding fails the document, at its line in the JSON Lines file.
	if c := s.Cases[2]; len(c.Failure) != 1 || c.File != "docs.jsonl" || !strings.Contains(c.Failure[0].Text, "docs.jsonl:3:7: error style/count: a number word") {
		t.Errorf("JSON Lines case %+v", c)
	}
	// A warning alone passes, and is shown.
	if c := s.Cases[3]; len(c.Failure)+len(c.Error) != 0 || !strings.Contains(c.SystemOut, "warning keywords/keyword_stuffing") {
		t.Errorf("stuffing case %+v", c)
	}
}

func TestJUnitSeveralProblems(t *testing.T) {
	r := spanReport()
	r.Failures = append(r.Failures, analysis.Message{Code: "stuffing", Message: "stuffed"})
	d := parseJUnit(t, render(t, "junit", r))
	f := d.Suites[0].Cases[0].Failure
	if len(f) != 1 || !strings.HasPrefix(f[0].Message, "2 problems") || strings.Count(f[0].Text, "\n") != 2 {
		t.Errorf("failures %+v", f)
	}
}

// Whatever an article or id contains, the report stays well-formed XML.
func TestJUnitEscapes(t *testing.T) {
	r := jsonlReport()
	r.Source.ID = `<a href="x">&]]>`
	r.Findings[0].Message = "bad \x00\x1b char, <tag> & ]]> \"quoted\""
	d := parseJUnit(t, render(t, "junit", r))
	c := d.Suites[0].Cases[0]
	if c.Name != r.Source.ID {
		t.Errorf("name %q", c.Name)
	}
	if !strings.Contains(c.Failure[0].Text, `<tag> & ]]> "quoted"`) {
		t.Errorf("failure text %q", c.Failure[0].Text)
	}
}

func TestJUnitEmptyRun(t *testing.T) {
	d := parseJUnit(t, render(t, "junit"))
	if d.Tests != 0 || len(d.Suites) != 1 || d.Suites[0].Tests != 0 {
		t.Errorf("%+v", d)
	}
}
