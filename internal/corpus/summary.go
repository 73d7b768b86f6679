// Package corpus sums up a batch of documents: languages, words, the
// keyphrases, entities and speakers that recur across documents, documents
// flagged for keyword stuffing, and errors.
package corpus

import (
	"cmp"
	"fmt"
	"slices"
)

// Summary is the corpus-level report. Lists are ranked and cut to Top items.
type Summary struct {
	Type         string        `json:"type"` // always "summary", to tell it apart in JSON Lines
	Documents    int           `json:"documents"`
	Failed       int           `json:"failed"`
	Words        int           `json:"words"`
	Languages    []Count       `json:"languages"`
	Keyphrases   []Count       `json:"keyphrases"`
	Entities     []EntityCount `json:"entities"`
	Speakers     []Count       `json:"speakers"`
	Stuffing     []string      `json:"stuffing"`
	Errors       []DocMessage  `json:"errors"`
	GateFailures []DocMessage  `json:"gate_failures"`
}

// Count is a name with the number of documents it occurs in and, where it
// applies, how often it occurs in all (mentions or quotes).
type Count struct {
	Name      string `json:"name"`
	Documents int    `json:"documents"`
	Total     int    `json:"total,omitempty"`
}

// EntityCount is an entity with its type.
type EntityCount struct {
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
}

// DocMessage ties a message to a document.
type DocMessage struct {
	ID      string `json:"id"`
	Message string `json:"message"`
}

// Builder accumulates documents one at a time; memory grows with the number
// of distinct names, not with the documents.
type Builder struct {
	top       int
	s         Summary
	languages map[string]*Count
	phrases   map[string]*Count
	speakers  map[string]*Count
	entities  map[string]*EntityCount
}

// NewBuilder starts a summary whose ranked lists hold at most top items.
func NewBuilder(top int) *Builder {
	return &Builder{
		top:       top,
		s:         Summary{Type: "summary", Stuffing: []string{}, Errors: []DocMessage{}, GateFailures: []DocMessage{}},
		languages: map[string]*Count{}, phrases: map[string]*Count{},
		speakers: map[string]*Count{}, entities: map[string]*EntityCount{},
	}
}

// Add counts one document, given as its decoded JSON report.
func (b *Builder) Add(id string, doc map[string]any) {
	b.s.Documents++
	for _, e := range list(doc, "errors") {
		b.s.Errors = append(b.s.Errors, DocMessage{ID: id, Message: str(e, "message")})
	}
	if len(list(doc, "paragraphs")) == 0 && len(list(doc, "errors")) > 0 {
		b.s.Failed++
		return
	}
	if lang := str(doc["language"], "code"); lang != "" {
		bump(b.languages, lang, 0)
	}
	b.s.Words += int(num(get(doc, "stats"), "words"))
	kw := get(doc, "keywords")
	if p := str(get(kw, "keyphrase"), "phrase"); p != "" {
		bump(b.phrases, p, 0)
	}
	for _, w := range list(kw, "warnings") {
		if str(w, "code") == "keyword_stuffing" {
			b.s.Stuffing = append(b.s.Stuffing, id)
			break
		}
	}
	for _, e := range list(get(doc, "entities"), "entities") {
		name, typ := str(e, "canonical"), str(e, "type")
		if name == "" {
			continue
		}
		key := typ + "\x00" + name
		ec := b.entities[key]
		if ec == nil {
			ec = &EntityCount{Canonical: name, Type: typ}
			b.entities[key] = ec
		}
		ec.Documents++
		ec.Mentions += int(num(e, "count"))
	}
	for _, s := range list(get(doc, "quotes"), "speakers") {
		if name := str(s, "name"); name != "" {
			bump(b.speakers, name, len(list(s, "quotes")))
		}
	}
}

// AddGateFailure records a --fail-on failure.
func (b *Builder) AddGateFailure(id, message string) {
	b.s.GateFailures = append(b.s.GateFailures, DocMessage{ID: id, Message: message})
}

// Summary returns the ranked summary.
func (b *Builder) Summary() *Summary {
	s := b.s
	s.Languages = ranked(b.languages, 0)
	s.Keyphrases = ranked(b.phrases, b.top)
	s.Speakers = ranked(b.speakers, b.top)
	s.Entities = make([]EntityCount, 0, len(b.entities))
	for _, e := range b.entities {
		s.Entities = append(s.Entities, *e)
	}
	slices.SortFunc(s.Entities, func(x, y EntityCount) int {
		return cmp.Or(cmp.Compare(y.Documents, x.Documents), cmp.Compare(y.Mentions, x.Mentions),
			cmp.Compare(x.Canonical, y.Canonical), cmp.Compare(x.Type, y.Type))
	})
	if b.top > 0 && len(s.Entities) > b.top {
		s.Entities = s.Entities[:b.top]
	}
	return &s
}

func bump(m map[string]*Count, name string, total int) {
	c := m[name]
	if c == nil {
		c = &Count{Name: name}
		m[name] = c
	}
	c.Documents++
	c.Total += total
}

// ranked orders by document count, then total, then name, so output is
// deterministic.
func ranked(m map[string]*Count, top int) []Count {
	out := make([]Count, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(x, y Count) int {
		return cmp.Or(cmp.Compare(y.Documents, x.Documents), cmp.Compare(y.Total, x.Total), cmp.Compare(x.Name, y.Name))
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out
}

func get(v any, key string) any {
	if m, ok := v.(map[string]any); ok {
		return m[key]
	}
	return nil
}

func list(v any, key string) []any {
	l, _ := get(v, key).([]any)
	return l
}

func str(v any, key string) string {
	switch x := get(v, key).(type) {
	case string:
		return x
	case nil:
		return ""
	default:
		return fmt.Sprint(x)
	}
}

func num(v any, key string) float64 {
	f, _ := get(v, key).(float64)
	return f
}
