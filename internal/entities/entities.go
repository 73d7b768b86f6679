// Package entities is the analyzer for named-entity mentions: people,
// organisations, places and other names, each tied to the entity it refers
// to. German text is tagged by the model in internal/ner; English text by
// prose's English model.
package entities

import (
	"cmp"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/inflect"
	"artikel/internal/ner"
	"artikel/internal/segment"
)

// Analyzer finds entity mentions and groups them into entities.
var Analyzer = &analysis.Analyzer{
	Name:       "entities",
	Doc:        "people, organisations, places and other names, grouped by the entity they refer to",
	Languages:  []string{"de", "en"},
	ResultType: reflect.TypeFor[*Result](),
	Tally:      newTally,
	Run:        run,
	// The German model and the gazetteer; prose's English model loads only
	// when an English document comes.
	Prepare: func() {
		ner.Default()
		loadGazetteer()
	},
}

// Types of entities.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Mention is one occurrence of an entity in the text.
type Mention struct {
	document.Span
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
	// Form is "name", or "derived" for adjectives and demonyms that refer
	// to a place ("chinesische" → China).
	Form     string `json:"form"`
	Sentence int    `json:"sentence"`

	byteStart, byteEnd int
	// name is the mention in the analyzed text (Unicode NFC, no soft
	// hyphens), which the grouping compares; Text is as written.
	name string
}

// Entity groups the mentions of one canonical entity.
type Entity struct {
	Canonical string   `json:"canonical"`
	Type      string   `json:"type"`
	Count     int      `json:"count"`
	First     int      `json:"first"`
	Forms     []string `json:"forms"`
}

// Result is the analyzer's result.
type Result struct {
	Mentions []Mention `json:"mentions"`
	Entities []Entity  `json:"entities"`
	top      int
}

func run(pass *analysis.Pass) (any, error) {
	d := pass.Doc
	var mentions []Mention
	var err error
	switch d.Lang {
	case "en":
		mentions, err = englishMentions(d)
	default:
		mentions, err = germanMentions(d)
	}
	if err != nil {
		return nil, err
	}
	g := loadGazetteer()
	canonicalize(d, mentions, g)
	voteTypes(mentions)
	top := pass.Options.Top
	if top <= 0 {
		top = 20
	}
	return &Result{Mentions: mentions, Entities: group(mentions), top: top}, nil
}

// germanMentions tags every sentence with the German model and adds the
// nationality adjectives the model leaves out.
func germanMentions(d *document.Document) ([]Mention, error) {
	model, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the entity model: %v", err)
	}
	g := loadGazetteer()
	mentions := []Mention{}
	var words []string
	for si, s := range d.Sentences {
		for first := int(s.FirstToken); first < int(s.EndToken); {
			end := pieceEnd(d, first, int(s.EndToken))
			words = words[:0]
			for i := first; i < end; i++ {
				words = append(words, d.TokenText(i))
			}
			mentions = tagPiece(d, model, g, si, first, words, mentions)
			first = end
		}
	}
	mentions = consistent(d, mentions)
	slices.SortFunc(mentions, func(a, b Mention) int { return cmp.Compare(a.byteStart, b.byteStart) })
	return mentions, nil
}

// maxTagTokens bounds the words tagged at once. The tagger's memory grows
// with the length of what it tags, and a text without full stops is one
// "sentence" of maybe a million words, which took gigabytes. Real sentences
// are far shorter; a longer one is tagged in pieces.
const maxTagTokens = 256

// pieceEnd returns where the piece of a sentence starting at token first
// ends: the sentence end, or for a long sentence a cut after punctuation
// near maxTagTokens, where no name is split.
func pieceEnd(d *document.Document, first, end int) int {
	if end-first <= maxTagTokens {
		return end
	}
	cut := first + maxTagTokens
	for i := cut - 1; i > cut-maxTagTokens/4; i-- {
		if k := d.Tokens[i].Kind; k == segment.TokPunct || k == segment.TokQuote {
			return i + 1
		}
	}
	return cut
}

// tagPiece tags the words of tokens first… of sentence si and appends the
// mentions found: the tagger's names, and the gazetteer's sure names,
// language names and country adjectives it missed.
func tagPiece(d *document.Document, model *ner.Model, g *gazetteer, si, first int, words []string, mentions []Mention) []Mention {
	if len(words) == 0 {
		return mentions
	}
	labels := model.Tag(words)
	named := make([]bool, len(words))
	for _, sp := range ner.Spans(labels) {
		start, end := d.Tokens[first+sp.Start].Start, d.Tokens[first+sp.End-1].End
		m := NewMention(d, int(start), int(end), normalizeType(sp.Type), "name", si)
		// The model tags nationality adjectives as places; they are
		// derived mentions of the country.
		if sp.End-sp.Start == 1 {
			if g.language(words[sp.Start]) {
				m.Type = MISC
			} else if k, ok := g.country(words[sp.Start]); ok {
				m.Type, m.Form, m.Canonical = LOC, "derived", k.canonical
			}
		}
		mentions = append(mentions, m)
		for i := sp.Start; i < sp.End; i++ {
			named[i] = true
		}
	}
	for i := 0; i < len(words); i++ {
		tok := d.Tokens[first+i]
		if named[i] || tok.Kind != segment.TokWord {
			continue
		}
		// Names the gazetteer knows for certain ("Vereinigte Staaten") but
		// the model missed.
		if n, k := g.longestName(words[i:], named[i:]); n > 0 {
			end := d.Tokens[first+i+n-1].End
			m := NewMention(d, int(tok.Start), int(end), k.typ, "name", si)
			mentions = append(mentions, m)
			i += n - 1
			continue
		}
		if g.language(words[i]) {
			mentions = append(mentions, NewMention(d, int(tok.Start), int(tok.End), MISC, "name", si))
			continue
		}
		if k, ok := g.country(words[i]); ok {
			m := NewMention(d, int(tok.Start), int(tok.End), LOC, "derived", si)
			m.Canonical = k.canonical
			mentions = append(mentions, m)
		}
	}
	return mentions
}

// consistent applies "one sense per document" to single-word names: a word
// the model tagged in fewer than a third of its occurrences is most likely a
// common noun (German capitalises every noun), so those tags are dropped; a
// word tagged in most of its occurrences is tagged in all of them; and the
// surname of a person named in full is a mention of that person wherever it
// stands alone.
func consistent(d *document.Document, mentions []Mention) []Mention {
	covered := coveredTokens(d, mentions)
	tagged := map[string]int{}
	typeOf := map[string]string{}
	for _, m := range mentions {
		if m.Form != "name" {
			continue
		}
		if !strings.Contains(m.name, " ") {
			tagged[m.name]++
			typeOf[m.name] = m.Type
		}
	}
	surname := map[string]bool{}
	for _, m := range mentions {
		if f := strings.Fields(m.name); m.Type == PER && len(f) >= 2 {
			surname[f[len(f)-1]] = true
			typeOf[f[len(f)-1]] = PER
		}
	}
	untagged := map[string][]int{} // word → token indices not in a mention
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		if t.Kind == segment.TokWord && !covered[i] && (tagged[w] > 0 || surname[w]) {
			untagged[w] = append(untagged[w], i)
		}
	}
	out := mentions[:0]
	for _, m := range mentions {
		if m.Form == "name" && !strings.Contains(m.name, " ") && !surname[m.name] && 3*tagged[m.name] < len(untagged[m.name]) {
			continue
		}
		out = append(out, m)
	}
	for w, idx := range untagged {
		if !surname[w] && tagged[w] < len(idx) {
			continue
		}
		for _, i := range idx {
			t := d.Tokens[i]
			out = append(out, NewMention(d, int(t.Start), int(t.End), typeOf[w], "name", int(t.Sentence)))
		}
	}
	return out
}

// ByteSpan returns the mention's byte offsets into the document text, for
// analyzers that work on the text itself.
func (m Mention) ByteSpan() (start, end int) { return m.byteStart, m.byteEnd }

// NewMention makes a mention of d's text between two byte offsets.
func NewMention(d *document.Document, start, end int, typ, form string, sentence int) Mention {
	return Mention{Span: d.Span(start, end), Type: typ, Form: form, Sentence: sentence, byteStart: start, byteEnd: end, name: d.Text[start:end]}
}

func normalizeType(t string) string {
	switch t {
	case "PER", "ORG", "LOC":
		return t
	}
	return MISC
}

// canonicalize decides which entity each mention refers to, in text order,
// so that a short form can refer back to a full name seen earlier; a
// surname or partial name that comes first ("Merkel reist nach Paris" as the
// title) joins the one full name that appears later in the document.
func canonicalize(d *document.Document, mentions []Mention, g *gazetteer) {
	seen := map[string]string{}     // surface form → canonical, from earlier mentions
	acronyms := map[string]string{} // acronym introduced in parentheses → canonical
	var people []string             // canonical names of people, in order of appearance
	english := d.Lang == "en"
	later := fullNames(mentions)
	for i := range mentions {
		m := &mentions[i]
		if m.Form == "derived" {
			continue
		}
		text := strings.Join(strings.Fields(m.name), " ")
		if m.Type != PER && !english {
			// "des Gewerbeverbands Zürich" is the Gewerbeverband Zürich
			text = nominativeName(d, m, text)
		}
		m.Canonical = resolve(text, m.Type, g, seen, acronyms, people, english)
		if m.Canonical == text && m.Type == PER && !strings.Contains(text, " ") {
			// only a lone word the model took for a person: "Porsche" the company stays apart
			// from a later "Ferdinand Porsche"
			for _, base := range append([]string{text}, genitiveBases(text)...) {
				if full := later[base]; full != "" {
					m.Canonical = full
					break
				}
			}
		}
		if k, ok := g.lookup(m.Canonical); ok && m.Type != PER && !english {
			m.Type = k.typ
		} else if slices.Contains(people, m.Canonical) {
			m.Type = PER
		}
		seen[text] = m.Canonical
		if m.Type == PER && !slices.Contains(people, m.Canonical) {
			people = append(people, m.Canonical)
		}
		// "Gewerkschaft Deutscher Lokomotivführer (GDL)": the acronym names
		// the same entity from here on.
		if acr := acronymAfter(d.Text, m.byteEnd); acr != "" {
			acronyms[acr] = m.Canonical
		}
	}
}

// fullNames maps the last word of every person named in full anywhere in
// the document to that name, or to "" when two people share it.
func fullNames(mentions []Mention) map[string]string {
	out := map[string]string{}
	for _, m := range mentions {
		f := strings.Fields(m.name)
		if m.Type != PER || m.Form != "name" || len(f) < 2 {
			continue
		}
		full := strings.Join(f, " ")
		sur := f[len(f)-1]
		if prev, ok := out[sur]; ok && prev != full {
			out[sur] = ""
			continue
		}
		out[sur] = full
	}
	return out
}

// genitiveArticles precede a name in the genitive.
var genitiveArticles = map[string]bool{"des": true, "eines": true, "dieses": true, "seines": true, "ihres": true, "unseres": true}

// nominativeName names a multi-word name after a genitive article in the
// nominative: adjectives and a noun are inflected ("der Deutschen Post" →
// "Deutsche Post", "des Auswärtigen Amtes" → "Auswärtiges Amt", see
// inflect.Name); otherwise the genitive ending comes off the first word
// ("des Gewerbeverbands Zürich" → "Gewerbeverband Zürich", "des Bundesamtes
// für Statistik" → "Bundesamt für Statistik"), when its stem is a noun of
// the model's lexicon (or a compound ending in one), so that names that end
// in s by themselves keep it.
func nominativeName(d *document.Document, m *Mention, text string) string {
	first, rest, ok := strings.Cut(text, " ")
	if !ok {
		return text
	}
	before := strings.TrimRight(d.Text[:m.byteStart], " ")
	art := strings.ToLower(before[strings.LastIndexAny(before, " \n(„\"")+1:])
	if words, ok := inflect.Name(strings.Fields(text), art); ok {
		return strings.Join(words, " ")
	}
	if !strings.HasSuffix(first, "s") || !genitiveArticles[art] {
		return text
	}
	// "Landesverbandes" is "Landesverband", not "Landesverbande": the longer
	// ending first
	bases := []string{first[:len(first)-1]}
	if strings.HasSuffix(first, "es") {
		bases = []string{first[:len(first)-2], first[:len(first)-1]}
	}
	for _, stem := range bases {
		if nounStem(stem) {
			return stem + " " + rest
		}
	}
	return text
}

// nounStem reports a word the model's lexicon knows as a noun, or a compound
// ending in one ("Gewerbeverband").
func nounStem(w string) bool {
	model, err := ner.Default()
	if err != nil {
		return false
	}
	l := strings.ToLower(w)
	for i := range l {
		if i > 0 && utf8.RuneCountInString(l[i:]) < 4 {
			break
		}
		if model.WordBits(l[i:])&ner.GazNoun != 0 {
			return true
		}
	}
	return false
}

func resolve(text, typ string, g *gazetteer, seen, acronyms map[string]string, people []string, english bool) string {
	if c, ok := acronyms[text]; ok {
		return c
	}
	if k, ok := g.lookup(text); ok && !english {
		return k.canonical
	}
	if c, ok := seen[text]; ok {
		return c
	}
	if english {
		if c := personBySurname(text, people); c != "" {
			return c
		}
		return text
	}
	// Genitive: "Chinas", "Merkels", "Brekelmans'".
	for _, base := range genitiveBases(text) {
		if k, ok := g.lookup(base); ok {
			return k.canonical
		}
		if c, ok := seen[base]; ok {
			return c
		}
		if c := personBySurname(base, people); c != "" {
			return c
		}
	}
	// The surname of a person named in full earlier refers to that person,
	// whatever type the model gave the lone word.
	if c := personBySurname(text, people); c != "" {
		return c
	}
	// Inflected adjective at the start of a name: "der Deutschen Bahn" →
	// "Deutsche Bahn" when that form is known.
	if first, rest, ok := strings.Cut(text, " "); ok && strings.HasSuffix(first, "en") {
		base := strings.TrimSuffix(first, "n") + " " + rest
		if k, ok := g.lookup(base); ok {
			return k.canonical
		}
		if c, ok := seen[base]; ok {
			return c
		}
	}
	return text
}

func genitiveBases(text string) []string {
	var out []string
	if b, ok := strings.CutSuffix(text, "'"); ok {
		out = append(out, b)
	}
	if b, ok := strings.CutSuffix(text, "s"); ok && utf8.RuneCountInString(b) > 2 {
		out = append(out, b)
		if b2, ok := strings.CutSuffix(b, "e"); ok && strings.HasSuffix(b, "es") {
			out = append(out, b2)
		}
	}
	return out
}

// personBySurname finds a person named in full earlier whose last name is
// the given single word.
func personBySurname(word string, people []string) string {
	if strings.Contains(word, " ") {
		return ""
	}
	for i := len(people) - 1; i >= 0; i-- {
		p := people[i]
		if j := strings.LastIndexByte(p, ' '); j >= 0 && p[j+1:] == word {
			return p
		}
	}
	return ""
}

// acronymAfter returns X when the text at off continues with " (X)" and X
// looks like an acronym.
func acronymAfter(text string, off int) string {
	rest := strings.TrimLeft(text[off:], " ")
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	end := strings.IndexByte(rest, ')')
	if end < 2 || end > 12 {
		return ""
	}
	acr := rest[1:end]
	upper := 0
	for _, r := range acr {
		if unicode.IsUpper(r) {
			upper++
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return ""
		}
	}
	if upper < 2 {
		return ""
	}
	return acr
}

// voteTypes gives every name mention of an entity the type most of its
// mentions have: a document uses a name for one thing, so one odd tag
// ("A Coruña" as a person once) is the model's error, not a second entity.
func voteTypes(mentions []Mention) {
	votes := map[string]map[string]int{}
	for _, m := range mentions {
		if m.Form != "name" {
			continue
		}
		if votes[m.Canonical] == nil {
			votes[m.Canonical] = map[string]int{}
		}
		votes[m.Canonical][m.Type]++
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Form != "name" {
			continue
		}
		best, bestN := m.Type, 0
		for _, t := range []string{PER, ORG, LOC, MISC} {
			if n := votes[m.Canonical][t]; n > bestN {
				best, bestN = t, n
			}
		}
		m.Type = best
	}
}

// coveredTokens marks the tokens inside a name mention, in one sweep over
// the tokens and the mentions sorted by start.
func coveredTokens(d *document.Document, mentions []Mention) []bool {
	spans := make([][2]int, 0, len(mentions))
	for _, m := range mentions {
		if m.Form == "name" {
			spans = append(spans, [2]int{m.byteStart, m.byteEnd})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	covered := make([]bool, len(d.Tokens))
	j := 0
	for i, t := range d.Tokens {
		for j < len(spans) && spans[j][1] <= int(t.Start) {
			j++
		}
		for k := j; k < len(spans) && spans[k][0] <= int(t.Start); k++ {
			if int(t.End) <= spans[k][1] {
				covered[i] = true
				break
			}
		}
	}
	return covered
}

// group builds the entity list: one entry per canonical name and type, most
// mentioned first.
func group(mentions []Mention) []Entity {
	type key struct{ canonical, typ string }
	index := map[key]int{}
	out := []Entity{}
	for _, m := range mentions {
		k := key{m.Canonical, m.Type}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Entity{Canonical: m.Canonical, Type: m.Type, First: m.Start, Forms: []string{}})
		}
		e := &out[i]
		e.Count++
		if !slices.Contains(e.Forms, m.name) {
			e.Forms = append(e.Forms, m.name)
		}
	}
	slices.SortStableFunc(out, func(a, b Entity) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.First, b.First))
	})
	return out
}

// WriteText lists the most mentioned entities of each type.
func (r *Result) WriteText(w io.Writer, rd *analysis.Render) error {
	fmt.Fprintf(w, "Entities  %s of %s\n", plural(len(r.Mentions), "mention", "mentions"), plural(len(r.Entities), "entity", "entities"))
	top, width := r.top, 0
	if rd != nil {
		if rd.Top > 0 {
			top = rd.Top
		}
		width = rd.Width
	}
	for _, typ := range []struct{ code, name string }{{PER, "People"}, {ORG, "Organisations"}, {LOC, "Places"}, {MISC, "Other"}} {
		var items []string
		for _, e := range r.Entities {
			if e.Type == typ.code && len(items) < top {
				items = append(items, fmt.Sprintf("%s (%d)", e.Canonical, e.Count))
			}
		}
		if len(items) > 0 {
			writeWrapped(w, fmt.Sprintf("  %-14s ", typ.name+":"), items, width)
		}
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// writeWrapped writes a labelled comma-separated list, wrapping it to width
// (0: one line) with continuation lines indented under the first item.
func writeWrapped(w io.Writer, label string, items []string, width int) {
	indent := strings.Repeat(" ", utf8.RuneCountInString(label))
	line, n := label, utf8.RuneCountInString(label)
	for i, it := range items {
		if i < len(items)-1 {
			it += ","
		}
		l := utf8.RuneCountInString(it)
		if i > 0 {
			if width > 0 && n+1+l > width {
				fmt.Fprintln(w, line)
				line, n = indent+it, len(indent)+l
				continue
			}
			line += " "
			n++
		}
		line += it
		n += l
	}
	fmt.Fprintln(w, line)
}
