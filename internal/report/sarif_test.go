package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"artikel/internal/analysis"
)

// sarifSchemaFile is the OASIS SARIF 2.1.0 schema (errata 01); see NOTICE.
const sarifSchemaFile = "testdata/sarif/sarif-schema-2.1.0.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri, date-time … are checked, not just types
	sch, err := c.Compile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("output does not follow the SARIF 2.1.0 schema: %v\n%s", err, out)
	}
}

func TestSARIFFollowsSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	runs := map[string][]*analysis.Report{
		"empty":      nil,
		"stuffing":   {analyzeFixture(t, "stuffing.txt")},
		"batch":      {spanReport(), unreadableReport(), jsonlReport(), analyzeFixture(t, "stuffing.txt")},
		"unreadable": {unreadableReport()},
	}
	for name, reports := range runs {
		t.Run(name, func(t *testing.T) {
			validateSARIF(t, sch, render(t, "sarif", reports...))
		})
	}
}

// The schema check must be able to fail: a level SARIF does not know is rejected.
func TestSARIFSchemaRejectsBadLevel(t *testing.T) {
	sch := compileSARIFSchema(t)
	out := render(t, "sarif", spanReport())
	bad := bytes.Replace(out, []byte(`"level": "note"`), []byte(`"level": "info"`), 1)
	if bytes.Equal(bad, out) {
		t.Fatal("no note-level result to break")
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if sch.Validate(inst) == nil {
		t.Error("the schema accepted the level \"info\"")
	}
}

func TestSARIFContent(t *testing.T) {
	var log sarifLog
	out := render(t, "sarif", spanReport(), unreadableReport(), jsonlReport(), spanReport())
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "artikel" {
		t.Errorf("tool.driver.name = %q", run.Tool.Driver.Name)
	}
	// One rule per code, however often it occurs (spanReport is there twice).
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if got, want := strings.Join(ids, " "), "style/measure style/cross encoding fail-on/words>3 input style/count"; got != want {
		t.Errorf("rules %q, want %q", got, want)
	}
	if n := len(run.Results); n != 4+1+1+4 {
		t.Fatalf("%d results, want 10", n)
	}
	for _, res := range run.Results {
		if rule := run.Tool.Driver.Rules[res.RuleIndex]; rule.ID != res.RuleID {
			t.Errorf("result %s points at rule %d (%s)", res.RuleID, res.RuleIndex, rule.ID)
		}
	}
	type want struct {
		rule, level, uri, text string
		region                 sarifRegion
	}
	loc := func(res sarifResult) (string, sarifRegion) {
		pl := res.Locations[0].PhysicalLocation
		reg := pl.Region
		reg.Snippet = nil
		return pl.ArtifactLocation.URI, reg
	}
	for i, w := range []want{
		{"style/measure", "note", "dir/a%20b.txt", "a measure word", sarifRegion{StartLine: 3, StartColumn: 35, EndLine: 3, EndColumn: 38}},
		{"style/cross", "warning", "dir/a%20b.txt", "crosses a line", sarifRegion{StartLine: 2, StartColumn: 8, EndLine: 3, EndColumn: 5}},
		{"encoding", "warning", "dir/a%20b.txt", "not valid UTF-8", sarifRegion{StartLine: 1}},
		{"fail-on/words>3", "error", "dir/a%20b.txt", "--fail-on words>3: stats.words is 12", sarifRegion{StartLine: 1}},
		{"input", "error", "gone.txt", "cannot open: no such file", sarifRegion{StartLine: 1}},
		{"style/count", "error", "docs.jsonl", "a number word", sarifRegion{StartLine: 3, StartColumn: 7, EndLine: 3, EndColumn: 11}},
	} {
		res := run.Results[i]
		uri, reg := loc(res)
		if res.RuleID != w.rule || res.Level != w.level || uri != w.uri || res.Message.Text != w.text || reg != w.region {
			t.Errorf("result %d: got %s %s %s %q %+v\nwant %s %s %s %q %+v", i, res.RuleID, res.Level, uri, res.Message.Text, reg, w.rule, w.level, w.uri, w.text, w.region)
		}
	}
	if s := run.Results[0].Locations[0].PhysicalLocation.Region.Snippet; s == nil || s.Text != "Maß" {
		t.Errorf("snippet %+v, want Maß", s)
	}
	if run.Results[0].PartialFingerprints["artikel/v1"] == "" {
		t.Error("no partial fingerprint")
	}
}

func TestSARIFVersion(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter("sarif", &buf, Options{Version: "v1.2.3"})
	w.Close()
	if !strings.Contains(buf.String(), `"version": "v1.2.3"`) {
		t.Errorf("the driver version is missing:\n%s", buf.String())
	}
}
