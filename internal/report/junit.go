package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
)

// JUnit XML as GitLab (test reports), Jenkins (junit step) and Azure
// Pipelines (PublishTestResults, JUnit format) read it: one <testsuite> per
// run, one <testcase> per document. A document that failed a --fail-on rule
// or has an error finding gets one <failure>; one that could not be read
// gets one <error>. These consumers show only the first <failure> of a test
// case, so all problems of a document go into one element: its message
// attribute names the first (or counts them), its text lists each with
// line:column. Warnings and notes go to <system-out>.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut *junitOut     `xml:"system-out,omitempty"`
}

type junitOut struct {
	Text string `xml:",innerxml"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",innerxml"`
}

// escapeXMLText escapes element text by hand, for an innerxml field:
// encoding/xml would write every line break and quotation mark as a character
// reference, which is valid but unreadable in the file.
func escapeXMLText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return strings.NewReplacer("&#xA;", "\n", "&#34;", `"`, "&#39;", "'", "&#x9;", "\t").Replace(b.String())
}

// junitWriter collects the test cases and writes the XML on Close, since the
// suite's counts come first.
type junitWriter struct {
	w     io.Writer
	opts  Options
	suite junitSuite
}

func newJUnitWriter(w io.Writer, opts Options) *junitWriter {
	return &junitWriter{w: w, opts: opts, suite: junitSuite{Name: "artikel", Cases: []junitCase{}}}
}

func (j *junitWriter) Write(r *analysis.Report) error {
	c := junitCase{Name: junitName(r), Classname: "artikel", File: artifactPath(r)}
	var problems []issue
	var out strings.Builder
	for _, it := range issues(r) {
		if it.gate || it.severity == analysis.SeverityError {
			problems = append(problems, it)
			continue
		}
		fmt.Fprintln(&out, junitLine(r, it))
	}
	if out.Len() > 0 {
		c.SystemOut = &junitOut{Text: escapeXMLText(out.String())}
	}
	if len(problems) > 0 {
		p := &junitProblem{Message: problems[0].message, Type: problems[0].rule}
		if len(problems) > 1 {
			p.Message = fmt.Sprintf("%d problems, the first: %s", len(problems), problems[0].message)
		}
		var text strings.Builder
		for _, it := range problems {
			fmt.Fprintln(&text, junitLine(r, it))
		}
		p.Text = escapeXMLText(text.String())
		if r.Failed() {
			c.Error = p
			j.suite.Errors++
		} else {
			c.Failure = p
			j.suite.Failures++
		}
	}
	j.suite.Tests++
	j.suite.Cases = append(j.suite.Cases, c)
	return nil
}

// junitName names a document's test case: its path, or its id for a JSON
// Lines record (its line when it has no id).
func junitName(r *analysis.Report) string {
	if r.Source.Line > 0 {
		if r.Source.ID != "" {
			return r.Source.ID
		}
		return r.Source.Where()
	}
	return artifactPath(r)
}

// junitLine is one problem as "path:line:col: severity rule: message", or
// "path: --fail-on RULE: detail" for a failed gate.
func junitLine(r *analysis.Report, it issue) string {
	where := artifactPath(r)
	switch {
	case it.hasRange:
		where = fmt.Sprintf("%s:%d:%d", where, it.rng.startLine, it.rng.startCol)
	case r.Source.Line > 0:
		where = fmt.Sprintf("%s:%d", where, r.Source.Line)
	}
	if it.gate {
		return fmt.Sprintf("%s: %s", where, it.message)
	}
	return fmt.Sprintf("%s: %s %s: %s", where, it.severity, it.rule, it.message)
}

func (j *junitWriter) Close() error {
	s := junitSuites{Name: "artikel", Tests: j.suite.Tests, Failures: j.suite.Failures, Errors: j.suite.Errors, Suites: []junitSuite{j.suite}}
	b, err := xml.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	_, err = j.w.Write(append(b, '\n'))
	return err
}
