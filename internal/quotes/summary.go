package quotes

import (
	"fmt"
	"io"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
)

// tally is the quotes part of the corpus summary: the most-quoted speakers, by documents and
// quotes. A speaker resolved to an entity counts under the entity's canonical name, so "Merkel"
// in one article and "Angela Merkel" in another are one row.
type tally struct {
	Speakers corpus.Counter `json:"speakers"`
}

func newTally() analysis.Tally { return &tally{Speakers: corpus.Counter{}} }

func (t *tally) Add(_ string, result any, _ []analysis.Finding) {
	r, ok := result.(*Result)
	if !ok {
		return
	}
	for _, s := range r.Speakers {
		name := s.Name
		if s.Entity != nil {
			name = *s.Entity
		}
		if name != "" && len(s.Quotes) > 0 {
			t.Speakers.Add(name, len(s.Quotes))
		}
	}
}

func (t *tally) Merge(other analysis.Tally) { t.Speakers.Merge(other.(*tally).Speakers) }

func (t *tally) Fields(top int) []analysis.Field {
	return []analysis.Field{{Key: "speakers", Value: t.Speakers.Ranked(top)}}
}

func (t *tally) WriteSummaryText(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	speakers := fields[0].Value.([]corpus.Count)
	if len(speakers) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nMost-quoted speakers (documents, quotes)\n")
	for _, sp := range speakers {
		fmt.Fprintf(w, "  %4d %5d  %s\n", sp.Documents, sp.Total, sp.Name)
	}
	return nil
}
