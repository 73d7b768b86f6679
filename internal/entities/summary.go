package entities

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"artikel/internal/analysis"
)

// EntityCount is an entity with its type and how often it occurs in a corpus.
type EntityCount struct {
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
}

// tally is the entities part of the corpus summary: the entities that recur
// across documents, by type and canonical name.
type tally struct {
	Entities map[string]*EntityCount `json:"entities"`
}

func newTally() analysis.Tally { return &tally{Entities: map[string]*EntityCount{}} }

func (t *tally) Add(_ string, result any, _ []analysis.Finding) {
	r, ok := result.(*Result)
	if !ok {
		return
	}
	for _, e := range r.Entities {
		if e.Canonical == "" {
			continue
		}
		key := e.Type + "\x00" + e.Canonical
		ec := t.Entities[key]
		if ec == nil {
			ec = &EntityCount{Canonical: e.Canonical, Type: e.Type}
			t.Entities[key] = ec
		}
		ec.Documents++
		ec.Mentions += e.Count
	}
}

func (t *tally) Merge(other analysis.Tally) {
	for k, e := range other.(*tally).Entities {
		if mine := t.Entities[k]; mine != nil {
			mine.Documents += e.Documents
			mine.Mentions += e.Mentions
		} else {
			c := *e
			t.Entities[k] = &c
		}
	}
}

func (t *tally) Fields(top int) []analysis.Field {
	out := make([]EntityCount, 0, len(t.Entities))
	for _, e := range t.Entities {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(x, y EntityCount) int {
		return cmp.Or(cmp.Compare(y.Documents, x.Documents), cmp.Compare(y.Mentions, x.Mentions),
			cmp.Compare(x.Canonical, y.Canonical), cmp.Compare(x.Type, y.Type))
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return []analysis.Field{{Key: "entities", Value: out}}
}

func (t *tally) WriteSummaryText(w io.Writer, fields []analysis.Field, _ *analysis.Render) error {
	ents := fields[0].Value.([]EntityCount)
	if len(ents) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nTop entities (documents, mentions)\n")
	for _, e := range ents {
		fmt.Fprintf(w, "  %4d %5d  %-4s %s\n", e.Documents, e.Mentions, e.Type, e.Canonical)
	}
	return nil
}
