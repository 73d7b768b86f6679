// Package corpus sums up a batch of documents: documents, languages, words,
// findings and errors, plus what each analyzer contributes through its
// analysis.Tally (keyphrases, entities, speakers, ...).
//
// A Builder can be split and merged (Merge) and its state survives a JSON
// round trip, so a distributed runner computes the same summary with
// combiners as the CLI does in one process.
package corpus

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"

	"artikel/internal/analysis"
)

// Summary is the corpus-level report. Lists are ranked and cut to Top items.
type Summary struct {
	Documents int     `json:"documents"`
	Failed    int     `json:"failed"`
	Words     int     `json:"words"`
	Languages []Count `json:"languages"`
	// Parts are the analyzers' fields, in registry order, each with its tally
	// so renderers can let the analyzer write its own section.
	Parts []Part `json:"-"`
	// Findings counts the documents with each finding code.
	Findings     []FindingCount `json:"findings"`
	Errors       []DocMessage   `json:"errors"`
	GateFailures []DocMessage   `json:"gate_failures"`
}

// Part is one analyzer's contribution to the summary.
type Part struct {
	Analyzer string
	Fields   []analysis.Field
	// Tally is what made the fields; it may implement analysis.SummaryWriter.
	Tally analysis.Tally
}

// Field returns the value of a summary key of any analyzer, or nil.
func (s *Summary) Field(key string) any {
	for _, p := range s.Parts {
		for _, f := range p.Fields {
			if f.Key == key {
				return f.Value
			}
		}
	}
	return nil
}

// MarshalJSON writes the documented key order: type, documents, failed,
// words, languages, the analyzers' keys, findings, errors, gate_failures.
func (s *Summary) MarshalJSON() ([]byte, error) {
	fields := []analysis.Field{{Key: "type", Value: "summary"}, {Key: "documents", Value: s.Documents},
		{Key: "failed", Value: s.Failed}, {Key: "words", Value: s.Words}, {Key: "languages", Value: s.Languages}}
	for _, p := range s.Parts {
		fields = append(fields, p.Fields...)
	}
	fields = append(fields, analysis.Field{Key: "findings", Value: s.Findings},
		analysis.Field{Key: "errors", Value: s.Errors}, analysis.Field{Key: "gate_failures", Value: s.GateFailures})
	return analysis.EncodeFields(fields)
}

// FindingCount is how many documents have a finding code, and how often it occurs.
type FindingCount struct {
	Analyzer  string            `json:"analyzer"`
	Code      string            `json:"code"`
	Severity  analysis.Severity `json:"severity"`
	Documents int               `json:"documents"`
	Total     int               `json:"total"`
}

// DocMessage ties a message to a document.
type DocMessage struct {
	ID      string `json:"id"`
	Message string `json:"message"`
}

// Builder accumulates documents one at a time; memory grows with the number
// of distinct names, not with the documents. Its exported state is what a
// distributed runner ships between workers (see MarshalJSON).
type Builder struct {
	top       int
	analyzers []*analysis.Analyzer
	state     builderState
}

type builderState struct {
	Documents    int                       `json:"documents"`
	Failed       int                       `json:"failed"`
	Words        int                       `json:"words"`
	Languages    Counter                   `json:"languages"`
	Findings     map[string]*FindingCount  `json:"findings"`
	Errors       []DocMessage              `json:"errors"`
	GateFailures []DocMessage              `json:"gate_failures"`
	Tallies      map[string]analysis.Tally `json:"tallies"`
}

// NewBuilder starts a summary whose ranked lists hold at most top items
// (0 = all), with the parts of the given analyzers that have a Tally.
func NewBuilder(top int, analyzers []*analysis.Analyzer) *Builder {
	b := &Builder{top: top, analyzers: analyzers}
	b.state = builderState{Languages: Counter{}, Findings: map[string]*FindingCount{},
		Errors: []DocMessage{}, GateFailures: []DocMessage{}, Tallies: map[string]analysis.Tally{}}
	for _, a := range analyzers {
		if a.Tally != nil {
			b.state.Tallies[a.Name] = a.Tally()
		}
	}
	return b
}

// Add counts one document's report.
func (b *Builder) Add(r *analysis.Report) {
	s := &b.state
	s.Documents++
	id := r.Source.ID
	for _, e := range r.Errors {
		s.Errors = append(s.Errors, DocMessage{ID: id, Message: e.Message})
	}
	seen := map[string]bool{}
	for _, f := range r.Findings {
		key := f.Analyzer + "\x00" + f.Code
		fc := s.Findings[key]
		if fc == nil {
			fc = &FindingCount{Analyzer: f.Analyzer, Code: f.Code, Severity: f.Severity}
			s.Findings[key] = fc
		}
		fc.Total++
		if !seen[key] {
			seen[key] = true
			fc.Documents++
		}
	}
	for _, fl := range r.Failures {
		s.GateFailures = append(s.GateFailures, DocMessage{ID: id, Message: fl.Code + ": " + fl.Message})
	}
	if r.Failed() {
		s.Failed++
		return
	}
	if r.Language.Code != "" {
		s.Languages.Add(r.Language.Code, 0)
	}
	s.Words += r.Doc.Words()
	for _, res := range r.Results {
		t := s.Tallies[res.Analyzer.Name]
		if t == nil {
			continue
		}
		var own []analysis.Finding
		for _, f := range r.Findings {
			if f.Analyzer == res.Analyzer.Name {
				own = append(own, f)
			}
		}
		t.Add(id, res.Value, own)
	}
}

// Merge adds the documents counted by another builder of the same analyzers.
// Lists of messages keep b's documents first.
func (b *Builder) Merge(o *Builder) {
	s, t := &b.state, &o.state
	s.Documents += t.Documents
	s.Failed += t.Failed
	s.Words += t.Words
	s.Languages.Merge(t.Languages)
	for k, fc := range t.Findings {
		if mine := s.Findings[k]; mine != nil {
			mine.Documents += fc.Documents
			mine.Total += fc.Total
		} else {
			c := *fc
			s.Findings[k] = &c
		}
	}
	s.Errors = append(s.Errors, t.Errors...)
	s.GateFailures = append(s.GateFailures, t.GateFailures...)
	for name, tally := range t.Tallies {
		if mine := s.Tallies[name]; mine != nil {
			mine.Merge(tally)
		}
	}
}

// MarshalJSON encodes the builder's state (not the summary) for shipping
// between workers.
func (b *Builder) MarshalJSON() ([]byte, error) { return json.Marshal(&b.state) }

// UnmarshalJSON restores a state written by MarshalJSON into a builder made
// by NewBuilder with the same analyzers.
func (b *Builder) UnmarshalJSON(data []byte) error {
	var raw struct {
		builderState
		Tallies map[string]json.RawMessage `json:"tallies"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	tallies := b.state.Tallies
	b.state = raw.builderState
	b.state.Tallies = tallies
	if b.state.Languages == nil {
		b.state.Languages = Counter{}
	}
	if b.state.Findings == nil {
		b.state.Findings = map[string]*FindingCount{}
	}
	for name, msg := range raw.Tallies {
		t := tallies[name]
		if t == nil {
			return fmt.Errorf("summary state has a part for analyzer %q, which this builder does not have", name)
		}
		if err := json.Unmarshal(msg, t); err != nil {
			return fmt.Errorf("summary state of %s: %v", name, err)
		}
	}
	return nil
}

// Summary returns the ranked summary.
func (b *Builder) Summary() *Summary {
	s := &b.state
	out := &Summary{Documents: s.Documents, Failed: s.Failed, Words: s.Words,
		Languages: s.Languages.Ranked(0), Findings: []FindingCount{},
		Errors: slices.Clone(s.Errors), GateFailures: slices.Clone(s.GateFailures)}
	if out.Errors == nil {
		out.Errors = []DocMessage{}
	}
	if out.GateFailures == nil {
		out.GateFailures = []DocMessage{}
	}
	for _, fc := range s.Findings {
		out.Findings = append(out.Findings, *fc)
	}
	slices.SortFunc(out.Findings, func(x, y FindingCount) int {
		return cmp.Or(cmp.Compare(y.Documents, x.Documents), cmp.Compare(y.Total, x.Total),
			cmp.Compare(x.Analyzer, y.Analyzer), cmp.Compare(x.Code, y.Code))
	})
	for _, a := range b.analyzers {
		t := s.Tallies[a.Name]
		if t == nil {
			continue
		}
		out.Parts = append(out.Parts, Part{Analyzer: a.Name, Fields: t.Fields(b.top), Tally: t})
	}
	return out
}

// Count is a name with the number of documents it occurs in and, where it
// applies, how often it occurs in all (mentions or quotes).
type Count struct {
	Name      string `json:"name"`
	Documents int    `json:"documents"`
	Total     int    `json:"total,omitempty"`
}

// Counter counts names by document; analyzers' tallies use it for their
// ranked lists. It survives a JSON round trip.
type Counter map[string]*Count

// Add counts name once more in one document, with total occurrences.
func (c Counter) Add(name string, total int) {
	n := c[name]
	if n == nil {
		n = &Count{Name: name}
		c[name] = n
	}
	n.Documents++
	n.Total += total
}

// Merge adds another counter's counts.
func (c Counter) Merge(o Counter) {
	for name, n := range o {
		if mine := c[name]; mine != nil {
			mine.Documents += n.Documents
			mine.Total += n.Total
		} else {
			cp := *n
			c[name] = &cp
		}
	}
}

// Ranked orders by document count, then total, then name, so output is
// deterministic; top > 0 cuts the list.
func (c Counter) Ranked(top int) []Count {
	out := make([]Count, 0, len(c))
	for _, n := range c {
		out = append(out, *n)
	}
	slices.SortFunc(out, func(x, y Count) int {
		return cmp.Or(cmp.Compare(y.Documents, x.Documents), cmp.Compare(y.Total, x.Total), cmp.Compare(x.Name, y.Name))
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out
}
