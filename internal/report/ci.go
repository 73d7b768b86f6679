package report

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"artikel/internal/analysis"
)

// issue is one thing the CI formats (SARIF, JUnit, Code Climate) report about
// a document: a finding, or a --fail-on rule the document failed. They are
// made only from a report's findings and gate failures, never from analyzer
// results, so a new analyzer's findings reach every CI format unchanged.
type issue struct {
	// rule names the check: "ANALYZER/CODE" for an analyzer's finding, the
	// bare code for artikel's own (input, encoding, language_uncertain,
	// analyzer), "fail-on/RULE" for a failed gate.
	rule     string
	analyzer string
	code     string
	severity analysis.Severity
	gate     bool
	message  string
	// span is the finding's text, "" for findings about the whole document.
	span     string
	rng      textRange
	hasRange bool
	// fingerprint identifies the issue across runs (see fingerprintIssues).
	fingerprint string
}

// gateRulePrefix starts the rule id of a failed --fail-on rule.
const gateRulePrefix = "fail-on/"

// ruleID names the check behind a finding.
func ruleID(f analysis.Finding) string {
	if f.Analyzer == "" || f.Analyzer == analysis.Core {
		return f.Code
	}
	return f.Analyzer + "/" + f.Code
}

// issues lists a report's findings in the order reported, then its gate failures.
func issues(r *analysis.Report) []issue {
	is := make([]issue, 0, len(r.Findings)+len(r.Failures))
	rgs, oks := findingRanges(r)
	for i, f := range r.Findings {
		it := issue{rule: ruleID(f), analyzer: f.Analyzer, code: f.Code, severity: f.Severity, message: f.Message}
		if it.severity == "" {
			it.severity = analysis.SeverityWarning
		}
		if f.Span != nil {
			it.span = f.Span.Text
		}
		it.rng, it.hasRange = rgs[i], oks[i]
		is = append(is, it)
	}
	for _, m := range r.Failures {
		is = append(is, issue{
			rule: gateRulePrefix + m.Code, analyzer: analysis.Core, code: m.Code,
			severity: analysis.SeverityError, gate: true,
			message: "--fail-on " + m.Code + ": " + m.Message,
		})
	}
	fingerprintIssues(r, is)
	return is
}

// artifactPath is the file a report's issues point at: the path as given on
// the command line with forward slashes, "stdin" for standard input. For a
// JSON Lines record it is the JSON Lines file.
func artifactPath(r *analysis.Report) string {
	switch p := r.Source.Path; {
	case p == "-":
		return "stdin"
	case p != "":
		return filepath.ToSlash(p)
	case r.Source.ID != "" && r.Source.ID != "-":
		// A source made in a program, named only by its id.
		return filepath.ToSlash(r.Source.ID)
	}
	return "stdin"
}

// digits are left out of fingerprints: counts in messages ("repeated 16
// times in 15 of 16 paragraphs") change when unrelated text is edited.
var digits = regexp.MustCompile(`[0-9]+`)

// fingerprintIssues gives every issue an id that stays the same from run to
// run while the issue stays, which GitLab and GitHub use to tell new issues
// from old ones. It hashes the file, the JSON Lines record's id, the rule and
// what the issue is about (the flagged text, or the message without numbers),
// never offsets or line numbers, which shift when an unrelated paragraph is
// edited. Identical issues in one document are told apart by their rank.
func fingerprintIssues(r *analysis.Report, is []issue) {
	id := ""
	if r.Source.Line > 0 {
		id = r.Source.ID
	}
	seen := map[string]int{}
	for i := range is {
		what := is[i].span
		if what == "" {
			what = digits.ReplaceAllString(is[i].message, "#")
		}
		key := strings.Join([]string{artifactPath(r), id, is[i].rule, what}, "\x00")
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		is[i].fingerprint = hex.EncodeToString(sum[:16])
	}
}
