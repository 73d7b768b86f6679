package keywords

import (
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
)

// report turns the result's warnings into findings; the warnings stay in the
// result as the JSON contract has them.
//
// A stuffing finding points at the phrase's first occurrence, so CI
// annotations land on it.
func (r *Result) report(pass *analysis.Pass) {
	for _, w := range r.Warnings {
		f := analysis.Finding{Code: w.Code, Severity: analysis.SeverityWarning, Message: w.Message}
		if w.Phrase != "" {
			for _, p := range r.Phrases {
				if strings.EqualFold(p.Phrase, w.Phrase) && len(p.Occurrences) > 0 {
					span := p.Occurrences[0]
					f.Span = &span
					break
				}
			}
		}
		pass.Report(f)
	}
	// A keyphrase outside Yoast's density band is worth a note, not a
	// warning: real news often is, and --fail-on warning must not fail on it.
	if kp := r.Keyphrase; kp != nil && (kp.Assessment == assessOver || kp.Assessment == assessWayOver) {
		pass.Report(analysis.Finding{Code: "keyphrase_density", Severity: analysis.SeverityInfo,
			Message: fmt.Sprintf("the keyphrase %q has an adjusted density of %.2f %%: %s", kp.Phrase, kp.AdjustedDensity, bandLabel(kp.Assessment))})
	}
}

// tally is the keywords part of the corpus summary: the keyphrases that
// recur across documents and the documents flagged for keyword stuffing.
type tally struct {
	Keyphrases corpus.Counter `json:"keyphrases"`
	Stuffing   []string       `json:"stuffing"`
}

func newTally() analysis.Tally { return &tally{Keyphrases: corpus.Counter{}, Stuffing: []string{}} }

func (t *tally) Add(id string, result any, findings []analysis.Finding) {
	if r, ok := result.(*Result); ok && r.Keyphrase != nil && r.Keyphrase.Phrase != "" {
		t.Keyphrases.Add(r.Keyphrase.Phrase, 0)
	}
	for _, f := range findings {
		if f.Code == "keyword_stuffing" {
			t.Stuffing = append(t.Stuffing, id)
			break
		}
	}
}

func (t *tally) Merge(other analysis.Tally) {
	o := other.(*tally)
	t.Keyphrases.Merge(o.Keyphrases)
	t.Stuffing = append(t.Stuffing, o.Stuffing...)
}

func (t *tally) Fields(top int) []analysis.Field {
	return []analysis.Field{{Key: "keyphrases", Value: t.Keyphrases.Ranked(top)}, {Key: "stuffing", Value: t.Stuffing}}
}

func (t *tally) WriteSummaryText(w io.Writer, fields []analysis.Field, r *analysis.Render) error {
	phrases := fields[0].Value.([]corpus.Count)
	if len(phrases) > 0 {
		fmt.Fprintf(w, "\nTop keyphrases (documents)\n")
		for _, k := range phrases {
			fmt.Fprintf(w, "  %4d  %s\n", k.Documents, k.Name)
		}
	}
	if stuffed := fields[1].Value.([]string); len(stuffed) > 0 {
		fmt.Fprintf(w, "\nFlagged for keyword stuffing: %d\n", len(stuffed))
		for _, id := range stuffed {
			fmt.Fprintf(w, "  %s\n", id)
		}
	}
	return nil
}
