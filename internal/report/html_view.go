package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"artikel/internal/corpus"
)

// The HTML and Markdown reports are rendered from the JSON contract (what
// MarshalDocument writes), not from the analyzers' Go types: the analyzers
// change independently, and a field that is missing or renamed must only
// leave a gap in the report, never break it. Every view struct below mirrors
// documented JSON fields and tolerates their absence.

type spanView struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type messageView struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type languageView struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Confidence float64 `json:"confidence"`
	Source     string  `json:"source"`
	Reliable   bool    `json:"reliable"`
}

type paragraphView struct {
	Index int    `json:"index"`
	Kind  string `json:"kind"`
	spanView
}

type datelineView struct {
	spanView
	Place  string `json:"place"`
	Date   string `json:"date"`
	Source string `json:"source"`
}

type bylineView struct {
	spanView
	Authors []string `json:"authors"`
}

type statsView struct {
	Characters           *int     `json:"characters"`
	Words                *int     `json:"words"`
	Sentences            *int     `json:"sentences"`
	Paragraphs           *int     `json:"paragraphs"`
	Headings             *int     `json:"headings"`
	AvgSentenceWords     *float64 `json:"avg_sentence_words"`
	ReadingMinutes       *float64 `json:"reading_minutes"`
	LongestSentenceWords *int     `json:"longest_sentence_words"`
}

type termView struct {
	Term    string   `json:"term"`
	Forms   []string `json:"forms"`
	Count   int      `json:"count"`
	Density float64  `json:"density"`
}

type phraseView struct {
	Phrase      string     `json:"phrase"`
	Count       int        `json:"count"`
	Density     float64    `json:"density"`
	Paragraphs  int        `json:"paragraphs"`
	Occurrences []spanView `json:"occurrences"`
}

type distributionView struct {
	LongestGap      int     `json:"longest_gap"`
	Sentences       int     `json:"sentences"`
	LongestGapShare float64 `json:"longest_gap_share"`
	Assessment      string  `json:"assessment"`
}

type keyphraseView struct {
	Phrase           string            `json:"phrase"`
	Source           string            `json:"source"`
	Count            int               `json:"count"`
	Density          float64           `json:"density"`
	AdjustedDensity  float64           `json:"adjusted_density"`
	WordForms        bool              `json:"word_forms"`
	Assessment       string            `json:"assessment"`
	Distribution     *distributionView `json:"distribution"`
	InTitle          *bool             `json:"in_title"`
	InFirstParagraph *bool             `json:"in_first_paragraph"`
	InHeadings       *bool             `json:"in_headings"`
	// Occurrences is not in the contract yet; when the keywords analyzer
	// adds it, it is preferred over matching the keyphrase among phrases.
	Occurrences []spanView `json:"occurrences"`
}

type keywordsView struct {
	Words        int            `json:"words"`
	ContentWords int            `json:"content_words"`
	Terms        []termView     `json:"terms"`
	Phrases      []phraseView   `json:"phrases"`
	Keyphrase    *keyphraseView `json:"keyphrase"`
	Warnings     []messageView  `json:"warnings"`
}

type quoteView struct {
	spanView
	Type        string    `json:"type"`
	Speaker     *spanView `json:"speaker"`
	SpeakerName string    `json:"speaker_name"`
	// SpeakerEntity groups the quotes of one entity under its canonical name.
	SpeakerEntity *string   `json:"speaker_entity"`
	Cue           *spanView `json:"cue"`
	Role          string    `json:"role"`
	Sentence      int       `json:"sentence"`
	Paragraph     int       `json:"paragraph"`
}

type quotesView struct {
	Quotes []quoteView `json:"quotes"`
}

type mentionView struct {
	spanView
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
	Form      string `json:"form"`
	Sentence  int    `json:"sentence"`
}

type entityView struct {
	Canonical string   `json:"canonical"`
	Type      string   `json:"type"`
	Count     int      `json:"count"`
	First     int      `json:"first"`
	Forms     []string `json:"forms"`
}

type entitiesView struct {
	Mentions []mentionView `json:"mentions"`
	Entities []entityView  `json:"entities"`
}

// sectionStatus is how an analyzer section came out.
type sectionStatus struct {
	Name    string
	Skipped string // reason, when skipped
	Error   string // message, when failed
}

// docView is one decoded document.
type docView struct {
	ID         string
	Path       string
	Language   languageView
	Title      *spanView
	Dateline   *datelineView
	Byline     *bylineView
	Paragraphs []paragraphView
	Stats      *statsView
	Keywords   *keywordsView
	Quotes     *quotesView
	Entities   *entitiesView
	// Sections lists every analyzer section in output order with its status.
	Sections []sectionStatus
	Warnings []messageView
	Errors   []messageView
	// GateFailures are the --fail-on rules the document failed.
	GateFailures []messageView
}

// knownTop are the document fields that are not analyzer sections.
var knownTop = map[string]bool{
	"id": true, "path": true, "line": true, "language": true, "title": true, "dateline": true,
	"byline": true, "paragraphs": true, "sentences": true, "tokens": true, "warnings": true, "errors": true,
	"gate_failures": true,
}

// decodeDocView decodes one document of the JSON contract. Only a document
// that is not a JSON object at all is an error; every field and section is
// optional, and a section that does not decode is reported as an error of
// that section.
func decodeDocView(b []byte) (*docView, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	v := &docView{}
	// id may be a string or, from JSON Lines input, any JSON value.
	if id, ok := raw["id"]; ok {
		var s string
		if json.Unmarshal(id, &s) == nil {
			v.ID = s
		} else {
			v.ID = string(id)
		}
	}
	decodeOpt(raw["path"], &v.Path)
	lenientUnmarshal(raw["language"], &v.Language)
	lenientUnmarshal(raw["title"], &v.Title)
	lenientUnmarshal(raw["dateline"], &v.Dateline)
	lenientUnmarshal(raw["byline"], &v.Byline)
	lenientUnmarshal(raw["paragraphs"], &v.Paragraphs)
	lenientUnmarshal(raw["warnings"], &v.Warnings)
	lenientUnmarshal(raw["gate_failures"], &v.GateFailures)
	if !decodeOpt(raw["errors"], &v.Errors) {
		// errors may one day be plain strings.
		var ss []string
		if decodeOpt(raw["errors"], &ss) {
			for _, s := range ss {
				v.Errors = append(v.Errors, messageView{Message: s})
			}
		}
	}

	// Analyzer sections, in the order they appear in the object.
	for _, name := range objectKeys(b) {
		if knownTop[name] {
			continue
		}
		msg := raw[name]
		st := sectionStatus{Name: name}
		var probe struct {
			Skipped bool    `json:"skipped"`
			Reason  string  `json:"reason"`
			Error   *string `json:"error"`
		}
		if json.Unmarshal(msg, &probe) == nil {
			switch {
			case probe.Skipped:
				st.Skipped = probe.Reason
				if st.Skipped == "" {
					st.Skipped = "skipped"
				}
			case probe.Error != nil:
				st.Error = *probe.Error
			}
		}
		if st.Skipped == "" && st.Error == "" {
			var err error
			switch name {
			case "stats":
				err = decodeSection(msg, &v.Stats)
			case "keywords":
				err = decodeSection(msg, &v.Keywords)
			case "quotes":
				err = decodeSection(msg, &v.Quotes)
			case "entities":
				err = decodeSection(msg, &v.Entities)
			}
			if err != nil {
				st.Error = "report cannot read this section: " + err.Error()
			}
		}
		v.Sections = append(v.Sections, st)
	}
	v.normalize()
	return v, nil
}

// decodeOpt decodes a field that may be absent, null or of an unexpected
// shape; it reports whether it decoded.
func decodeOpt(msg json.RawMessage, dst any) bool {
	if len(msg) == 0 {
		return false
	}
	return json.Unmarshal(msg, dst) == nil
}

// decodeSection decodes an analyzer section leniently. A section that is
// not an object is an error; fields of an unexpected type only stay empty.
func decodeSection[T any](msg json.RawMessage, dst **T) error {
	if len(msg) == 0 || string(msg) == "null" {
		return nil
	}
	if !isObject(msg) {
		return fmt.Errorf("not a JSON object")
	}
	var t T
	lenientUnmarshal(msg, &t)
	*dst = &t
	return nil
}

// objectKeys lists the keys of a JSON object in document order.
func objectKeys(b []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var keys []string
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return keys
		}
		k, _ := t.(string)
		keys = append(keys, k)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return keys
		}
	}
	return keys
}

// normalize drops impossible spans so that rendering can trust offsets.
func (v *docView) normalize() {
	sort.SliceStable(v.Paragraphs, func(i, j int) bool { return v.Paragraphs[i].Start < v.Paragraphs[j].Start })
	if v.Keywords != nil {
		if v.Keywords.Terms == nil {
			v.Keywords.Terms = []termView{}
		}
	}
	if v.Quotes != nil {
		q := v.Quotes.Quotes[:0]
		for _, x := range v.Quotes.Quotes {
			if x.End > x.Start && x.Start >= 0 {
				q = append(q, x)
			}
		}
		v.Quotes.Quotes = q
	}
	if v.Entities != nil {
		m := v.Entities.Mentions[:0]
		for _, x := range v.Entities.Mentions {
			if x.End > x.Start && x.Start >= 0 {
				m = append(m, x)
			}
		}
		v.Entities.Mentions = m
	}
}

// TitleText is the document's title, or its id when it has none.
func (v *docView) TitleText() string {
	if v.Title != nil && strings.TrimSpace(v.Title.Text) != "" {
		return v.Title.Text
	}
	if v.ID != "" {
		return v.ID
	}
	return "(untitled)"
}

// keyphraseSpans are the keyphrase occurrences: the keyphrase's own when
// the analyzer gives them, else those of the repeated phrase with the same
// text (the keywords analyzer lists a stuffed keyphrase among its phrases).
func (v *docView) keyphraseSpans() []spanView {
	if v.Keywords == nil || v.Keywords.Keyphrase == nil {
		return nil
	}
	kp := v.Keywords.Keyphrase
	if len(kp.Occurrences) > 0 {
		return kp.Occurrences
	}
	want := normPhrase(kp.Phrase)
	if want == "" {
		return nil
	}
	for _, p := range v.Keywords.Phrases {
		if normPhrase(p.Phrase) == want {
			return p.Occurrences
		}
	}
	return nil
}

func normPhrase(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, "\"„“”")), " "))
}

// speakerName is the display name of a quote's speaker.
func (q *quoteView) speakerName() string {
	if q.SpeakerEntity != nil && strings.TrimSpace(*q.SpeakerEntity) != "" {
		return *q.SpeakerEntity
	}
	if strings.TrimSpace(q.SpeakerName) != "" {
		return q.SpeakerName
	}
	if q.Speaker != nil && strings.TrimSpace(q.Speaker.Text) != "" {
		return q.Speaker.Text
	}
	return ""
}

// speakerOrder numbers the speakers of a document by first quote, which fixes
// their colours; unattributed quotes have no number.
func (v *docView) speakerOrder() map[string]int {
	m := map[string]int{}
	if v.Quotes == nil {
		return m
	}
	for _, q := range v.Quotes.Quotes {
		n := q.speakerName()
		if _, ok := m[n]; !ok && n != "" {
			m[n] = len(m)
		}
	}
	return m
}

// entityTypes lists the entity types of the document in a stable order:
// the common ones first, then the rest alphabetically.
func (v *docView) entityTypes() []string {
	if v.Entities == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, m := range v.Entities.Mentions {
		seen[m.Type] = true
	}
	for _, e := range v.Entities.Entities {
		seen[e.Type] = true
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := typeRank(out[i]), typeRank(out[j])
		if ri != rj {
			return ri < rj
		}
		return out[i] < out[j]
	})
	return out
}

func typeRank(t string) int {
	switch strings.ToUpper(t) {
	case "PER", "PERSON":
		return 0
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return 1
	case "LOC", "LOCATION", "GPE":
		return 2
	case "MISC":
		return 3
	}
	return 4
}

// typeLabel is a readable name for an entity type code.
func typeLabel(t string) string {
	switch strings.ToUpper(t) {
	case "PER", "PERSON":
		return "Person"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return "Organisation"
	case "LOC", "LOCATION":
		return "Place"
	case "GPE":
		return "Country/city"
	case "MISC":
		return "Other"
	case "":
		return "Unknown"
	}
	return t
}

// paragraphOf returns the index into v.Paragraphs containing code point
// offset off, or -1.
func (v *docView) paragraphOf(off int) int {
	i := sort.Search(len(v.Paragraphs), func(i int) bool { return v.Paragraphs[i].End > off })
	if i < len(v.Paragraphs) && v.Paragraphs[i].Start <= off {
		return i
	}
	return -1
}

// summaryField reads an analyzer's summary field into dst.
func summaryField(s *corpus.Summary, key string, dst any) {
	if v := s.Field(key); v != nil {
		if b, err := json.Marshal(v); err == nil {
			lenientUnmarshal(b, dst)
		}
	}
}
