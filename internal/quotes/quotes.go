// Package quotes finds direct and indirect quotations in news text and attributes them to
// speakers. It is rule based: quotation marks are paired by type in one pass, speakers are
// found around a cue verb from an embedded lexicon (cues.txt), and indirect speech is a cue
// with a dass-clause or a Konjunktiv clause, or a source phrase (laut, zufolge, nach Angaben).
// Every step looks at a bounded window of tokens, so the whole analysis is linear in the text.
package quotes

import (
	"reflect"
	"slices"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/entities"
)

// Analyzer is the quotes analyzer.
var Analyzer = &analysis.Analyzer{
	Name:      "quotes",
	Doc:       "direct and indirect quotations with speaker, cue and role (English: direct quotes)",
	Languages: []string{"de", "en"},
	// Speakers are the people and organisations the entities analyzer found.
	Requires:   []*analysis.Analyzer{entities.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	Tally:      newTally,
	Run:        run,
	Prepare:    func() { cueLexicon() },
}

// Quote is one quotation. Offsets are code points; Start/End and Text cover the quoted
// words without the quotation marks.
type Quote struct {
	Start       int            `json:"start"`
	End         int            `json:"end"`
	Text        string         `json:"text"`
	Type        string         `json:"type"`
	Speaker     *document.Span `json:"speaker"`
	SpeakerName string         `json:"speaker_name"`
	Cue         *document.Span `json:"cue"`
	Role        string         `json:"role"`
	// SpeakerEntity is the canonical name of the entity in entities.entities the speaker
	// refers to, or null.
	SpeakerEntity *string `json:"speaker_entity"`
	Sentence      int     `json:"sentence"`
	Paragraph     int     `json:"paragraph"`
}

// Speaker aggregates the quotations of one speaker: one row per entity when the speaker was
// resolved to one, else per name.
type Speaker struct {
	Name string `json:"name"`
	// Entity is the canonical name of the entity, or null.
	Entity *string `json:"entity"`
	// Type is PER, ORG, group (people not named: "Experten") or source (a report, "Medienberichten").
	Type     string   `json:"type"`
	Roles    []string `json:"roles"`
	Direct   int      `json:"direct"`
	Indirect int      `json:"indirect"`
	// FreeIndirect counts the speaker's sentences in Result.FreeIndirect.
	FreeIndirect int `json:"free_indirect"`
	// Quotes are indexes into Result.Quotes.
	Quotes []int `json:"quotes"`
	// FreeIndirectQuotes are indexes into Result.FreeIndirect.
	FreeIndirectQuotes []int `json:"free_indirect_quotes"`
}

// Result is the quotes analyzer's result.
type Result struct {
	Quotes []Quote `json:"quotes"`
	// FreeIndirect holds the sentences that go on reporting a quotation's speech without a cue
	// of their own ("Die Pläne gefährdeten Tausende Stellen. Man werde notfalls streiken."),
	// type free_indirect, speaker taken from the report before. They are kept apart from Quotes
	// because they are no quotation of their own: counting them there would count one statement
	// once per sentence.
	FreeIndirect []Quote   `json:"free_indirect"`
	Speakers     []Speaker `json:"speakers"`
}

func run(pass *analysis.Pass) (any, error) {
	d := pass.Doc
	switch d.Lang {
	case "de", "", "en":
	default:
		return nil, analysis.Skip("no quotation rules for language " + d.Lang)
	}
	a := newAnalysis(d)
	a.persons, a.places, a.ents, a.surnames = entityPersons(pass)
	return a.run(), nil
}

// Analyze runs the analyzer on a document outside a pipeline (no entities).
func Analyze(d *document.Document) *Result { return newAnalysis(d).run() }

// span is a byte range; e == 0 && s == 0 with ok false means none.
type span struct{ s, e int }

func (s span) ok() bool { return s.e > s.s }

type found struct {
	content     span // quoted words, bytes
	typ         string
	speaker     span
	speakerName string
	cue         span
	role        string
	sent, para  int
	// inherited is set when the speaker was taken over from the previous quotation.
	inherited bool
	// free marks a Konjunktiv sentence that continues the report before it without a cue
	// (free indirect speech); it goes to Result.FreeIndirect.
	free bool
	// noName: the speaker phrase names nobody a reader could cite ("nach verbreiteter
	// Einschätzung", an unresolved "ihrer Einschätzung"), so speaker_name stays empty.
	noName bool
	// noSpeaker: the phrase found as subject cannot speak ("Es wird erwartet, dass …"), so the
	// quotation has no speaker and inherits none.
	noSpeaker bool
	// claim: the speaker is a claim the cue denies ("wies den Vorwurf zurück, …"); it stays
	// even though its noun names content.
	claim bool
	// entity is the canonical name of the entity the speaker refers to, or "".
	entity string
}

type analyzer struct {
	d       *document.Document
	en      bool
	low     lowered // lower-cased token texts
	inQuote []int32 // per token: index into direct, or -1 (32-bit: one per token)
	direct  []found
	out     []found
	// persons are person mentions from the entities analyzer (bytes), in text order.
	persons []mention
	// places are place adjectives from the entities analyzer ("israelischen" → "Israel").
	places []mention
	// ents maps the canonical names of the entities analyzer's entities to their type;
	// surnames maps the last word of a person's canonical name to it ("" when two share it).
	ents     map[string]string
	surnames map[string]string
	nouns    map[string]bool // commonNoun by word
}

func newAnalysis(d *document.Document) *analyzer {
	a := &analyzer{d: d, en: d.Lang == "en"}
	a.low = lowered{d.Lower()}
	a.inQuote = make([]int32, len(d.Tokens))
	for i := range a.inQuote {
		a.inQuote[i] = -1
	}
	return a
}

// lowered are the lower-cased token texts, the document's (nil once the
// analysis is done).
type lowered struct{ l *document.LowerCase }

// at is the lower-cased text of token i.
func (l lowered) at(i int) string { return l.l.At(i) }

// len is the number of tokens (0 once the table is dropped).
func (l lowered) len() int {
	if l.l == nil {
		return 0
	}
	return l.l.Len()
}

func (a *analyzer) tok(i int) string { return a.d.TokenText(i) }

func (a *analyzer) run() *Result {
	a.findDirect()
	if a.en {
		a.out = a.direct
	} else {
		a.findIndirect()
	}
	slices.SortStableFunc(a.out, func(x, y found) int { return x.content.s - y.content.s })
	if !a.en {
		a.outerSources()
	}
	a.dropNonSpeakers()
	a.inheritSpeakers()
	a.resolve()
	// out holds the direct quotations (sorted now: a.direct is not read
	// again); dropping the other reference and the per-token tables before
	// the result is built keeps a text full of quotations from holding them
	// next to it.
	a.direct, a.inQuote, a.low = nil, nil, lowered{}
	return a.result()
}

// sentenceAt returns the index of the sentence containing byte off (or the nearest before it).
func (a *analyzer) sentenceAt(off int) int {
	ss := a.d.Sentences
	i, _ := slices.BinarySearchFunc(ss, off, func(s document.Sentence, o int) int {
		if int(s.End) <= o {
			return -1
		}
		if int(s.Start) > o {
			return 1
		}
		return 0
	})
	if i >= len(ss) {
		i = len(ss) - 1
	}
	return i
}

// tokenAt returns the first token starting at or after byte off.
func (a *analyzer) tokenAt(off int) int {
	i, _ := slices.BinarySearchFunc(a.d.Tokens, off, func(t document.Token, o int) int { return int(t.Start) - o })
	return i
}

// fullNames maps a surname to the one full name ending in it among the speakers, so that
// "Celebi" and "Gülsen Celebi" are one speaker wherever the full name appears.
func (a *analyzer) fullNames() map[string]string {
	full := map[string]string{}
	for _, f := range a.out {
		if !looksLikeName(f.speakerName) {
			continue
		}
		sur := lastWord(f.speakerName)
		if prev, ok := full[sur]; ok && prev != f.speakerName {
			full[sur] = "" // two people share the surname: leave it alone
			continue
		}
		full[sur] = f.speakerName
	}
	return full
}

func (a *analyzer) result() *Result {
	// Sized once: a text of nothing but short quotations has hundreds of
	// thousands, and growing the slice would hold it twice.
	free := 0
	for _, f := range a.out {
		if f.free {
			free++
		}
	}
	res := &Result{Quotes: make([]Quote, 0, len(a.out)-free), FreeIndirect: make([]Quote, 0, free), Speakers: []Speaker{}}
	full := a.fullNames()
	byKey := map[string]int{}
	for _, f := range a.out {
		q := Quote{Type: f.typ, Role: f.role, Sentence: f.sent, Paragraph: f.para, SpeakerName: f.speakerName}
		if f.free {
			q.Type = "free_indirect"
		}
		sp := a.d.Span(f.content.s, f.content.e)
		q.Start, q.End, q.Text = sp.Start, sp.End, sp.Text
		if f.speaker.ok() {
			s := a.d.Span(f.speaker.s, f.speaker.e)
			q.Speaker = &s
			if q.SpeakerName == "" && !f.noName {
				q.SpeakerName = s.Text
			}
		}
		if f.cue.ok() {
			c := a.d.Span(f.cue.s, f.cue.e)
			q.Cue = &c
		}
		if n := full[q.SpeakerName]; n != "" && isCap(q.SpeakerName) && f.entity == "" {
			q.SpeakerName = n
		}
		if f.entity != "" {
			e := f.entity
			q.SpeakerEntity = &e
		}
		if f.free {
			res.FreeIndirect = append(res.FreeIndirect, q)
		} else {
			res.Quotes = append(res.Quotes, q)
		}
		if q.SpeakerName == "" {
			continue
		}
		key := "n\x00" + q.SpeakerName
		if f.entity != "" {
			key = "e\x00" + f.entity
		}
		k, ok := byKey[key]
		if !ok {
			k = len(res.Speakers)
			byKey[key] = k
			res.Speakers = append(res.Speakers, Speaker{Name: q.SpeakerName, Entity: q.SpeakerEntity,
				Type: a.speakerType(f), Roles: []string{}, Quotes: []int{}, FreeIndirectQuotes: []int{}})
		}
		s := &res.Speakers[k]
		switch {
		case f.free:
			s.FreeIndirectQuotes = append(s.FreeIndirectQuotes, len(res.FreeIndirect)-1)
			s.FreeIndirect++
		case q.Type == "direct":
			s.Quotes = append(s.Quotes, len(res.Quotes)-1)
			s.Direct++
		default:
			s.Quotes = append(s.Quotes, len(res.Quotes)-1)
			s.Indirect++
		}
		if q.Role != "" && !slices.ContainsFunc(s.Roles, func(r string) bool { return strings.HasSuffix(lower(r), lower(q.Role)) }) {
			// "die Ministerin" adds nothing to "Bundesumweltministerin"
			s.Roles = append(s.Roles, q.Role)
		}
	}
	return res
}

// trimSpan shrinks a byte span past spaces and trailing sentence punctuation.
func (a *analyzer) trimSpan(s span) span {
	t := a.d.Text
	for s.s < s.e && strings.ContainsRune(" \t\n,;:", rune(t[s.s])) {
		s.s++
	}
	for s.e > s.s && strings.ContainsRune(" \t\n.,;:", rune(t[s.e-1])) {
		s.e--
	}
	return s
}
