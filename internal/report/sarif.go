package report

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"runtime/debug"
	"strings"

	"artikel/internal/analysis"
)

// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it. Only what artikel
// fills is declared; the test validates the output against the official schema.

const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// ColumnKind says columns count code points, as findingRange does; the
	// SARIF default would be UTF-16 code units.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version,omitempty"`
	Rules   []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn,omitempty"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

// sarifWriter collects every document's findings and failed gates and writes
// one SARIF log with one run on Close: SARIF is a single JSON object, so it
// cannot be streamed, but results are small next to the documents.
type sarifWriter struct {
	w       io.Writer
	opts    Options
	rules   []sarifRule
	ruleIdx map[string]int
	results []sarifResult
}

func newSARIFWriter(w io.Writer, opts Options) *sarifWriter {
	return &sarifWriter{w: w, opts: opts, ruleIdx: map[string]int{}}
}

func (s *sarifWriter) Write(r *analysis.Report) error {
	uri := (&url.URL{Path: artifactPath(r)}).String()
	for _, it := range issues(r) {
		level := sarifLevel(it.severity)
		idx, ok := s.ruleIdx[it.rule]
		if !ok {
			idx = len(s.rules)
			s.ruleIdx[it.rule] = idx
			s.rules = append(s.rules, sarifRule{
				ID:                   it.rule,
				ShortDescription:     sarifMessage{Text: ruleDescription(it)},
				DefaultConfiguration: sarifConfiguration{Level: level},
			})
		}
		// A finding about the whole document points at its first line (the
		// JSON Lines record's line): code scanning needs a line to show it.
		region := sarifRegion{StartLine: max(r.Source.Line, 1)}
		if it.hasRange {
			region = sarifRegion{StartLine: it.rng.startLine, StartColumn: it.rng.startCol, EndLine: it.rng.endLine, EndColumn: it.rng.endCol}
			if it.span != "" {
				region.Snippet = &sarifMessage{Text: it.span}
			}
		}
		s.results = append(s.results, sarifResult{
			RuleID:              it.rule,
			RuleIndex:           idx,
			Level:               level,
			Message:             sarifMessage{Text: it.message},
			Locations:           []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: uri}, Region: region}}},
			PartialFingerprints: map[string]string{"artikel/v1": it.fingerprint},
		})
	}
	return nil
}

func (s *sarifWriter) Close() error {
	log := sarifLog{
		Schema:  sarifSchema,
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: sarifDriver{Name: "artikel", Version: toolVersion(s.opts), Rules: s.rules}},
			ColumnKind: "unicodeCodePoints",
			Results:    s.results,
		}},
	}
	if log.Runs[0].Tool.Driver.Rules == nil {
		log.Runs[0].Tool.Driver.Rules = []sarifRule{}
	}
	if log.Runs[0].Results == nil {
		log.Runs[0].Results = []sarifResult{}
	}
	b, err := marshal(log)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, "", "  "); err != nil {
		return err
	}
	buf.WriteByte('\n')
	_, err = s.w.Write(buf.Bytes())
	return err
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s analysis.Severity) string {
	switch s {
	case analysis.SeverityError:
		return "error"
	case analysis.SeverityInfo:
		return "note"
	}
	return "warning"
}

// ruleDescription names a rule for people: code scanning shows it as the
// alert's title.
func ruleDescription(it issue) string {
	if it.gate {
		return "document fails --fail-on " + it.code
	}
	what := strings.ReplaceAll(it.code, "_", " ")
	if it.analyzer == "" || it.analyzer == analysis.Core {
		return "artikel: " + what
	}
	return it.analyzer + ": " + what
}

// toolVersion is the version artikel was built as, "" when unknown.
func toolVersion(opts Options) string {
	if opts.Version != "" && opts.Version != "dev" {
		return opts.Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}
