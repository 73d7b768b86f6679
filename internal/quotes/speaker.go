package quotes

import (
	"strings"
	"sync"
	"unicode/utf8"

	"artikel/internal/ner"
)

// Who can speak. A speaker is a person, a group of people, an organisation or a named source
// ("Medienberichten zufolge"). Expletive "es", demonstratives, sentence adverbs
// ("Zusammenfassend lässt sich sagen") and nouns that name the content of a report rather than
// its author ("Das Ergebnis der Studie zeigt", "solange die Befürchtung besteht") are not.
//
// Word classes come from the lexicon the entity model ships (ner.WordBits): a capitalised word
// that the lexicon knows only in lower case and not as a noun is an adverb or pronoun at the
// start of a sentence, never a name.

var (
	lexOnce  sync.Once
	lexModel *ner.Model
)

// wordBits returns the lexicon bits of a word, or 0 when the model cannot be loaded.
func wordBits(w string) uint16 {
	lexOnce.Do(func() { lexModel, _ = ner.Default() })
	if lexModel == nil {
		return 0
	}
	return lexModel.WordBits(w)
}

const nameBits = ner.GazFirstName | ner.GazSurname | ner.GazListPER | ner.GazListORG

// pronounSubjects are never speakers: expletive and demonstrative subjects.
var pronounSubjects = set(`es das dies dieses man jenes alles vieles nichts etwas einiges manches`)

// contentNouns name what is reported or thought, not who reports it: the speech nouns of
// nounCues less those that name a statement someone issued (a source: "die Erklärung des
// Ministeriums"), plus the nouns of results and states.
var contentNouns = func() map[string]bool {
	m := map[string]bool{}
	for w := range nounCues {
		if !statementNouns[w] {
			m[w] = true
		}
	}
	for w := range set(`ergebnisse fazit schluss schlussfolgerung tatsache sorge sorgen angst gefahr frage problem
		lage situation befürchtungen hoffnungen vermutungen annahmen eindrücke möglichkeit wahrscheinlichkeit
		chance risiko`) {
		m[w] = true
	}
	return m
}()

// statementNouns are speech nouns that name an issued statement, which annotators treat as a source.
var statementNouns = set(`erklärung aussage mitteilung nachricht meldung entscheidung beschluss ankündigung appell
	stellungnahme bericht warnung forderung aufforderung angebot vorschlag zusage drohung befehl`)

// notSpeaker reports a speaker phrase in tokens [s, e) that cannot speak.
func (a *analyzer) notSpeaker(s, e int) bool {
	if s >= e {
		return false
	}
	first := a.low.at(s)
	if e-s == 1 {
		if pronounSubjects[first] {
			return true
		}
		if a.sentenceAdverb(s) {
			return true
		}
	}
	if conjunctions[first] && !isCap(a.tok(s)) {
		return true // a clause fragment: "…, solange die …"
	}
	// the head noun: the first capitalised word after determiners and adjectives
	h := s
	if p := a.participleAttribute(s, e); p > s {
		h = p // past the nouns of an attribute: "der seit Jahren im Amt tätige Leiter"
	}
	for h < e && (determiners[a.low.at(h)] || !(isCap(a.tok(h)) && isWordLike(a.tok(h)))) {
		h++
	}
	if h < e && (contentNouns[a.low.at(h)] || timeNouns[a.low.at(h)]) && !a.inMention(h) {
		return true
	}
	return false
}

// inMention reports a token inside a person or organisation mention of the entities analyzer.
// sentenceAdverb reports a single capitalised word that the lexicon knows only in lower case
// and not as a noun nor a name: an adverb ("Insbesondere", "Bislang", "Zusammenfassend")
// capitalised at the start of the sentence.
func (a *analyzer) sentenceAdverb(s int) bool {
	first, w := a.low.at(s), a.tok(s)
	personDem := demonstratives[first] && s+1 < a.low.len() && isCueWord(a.low.at(s+1)) && !isCap(a.tok(s+1))
	if !upperFirst(w) || subjectPronouns[first] || personDem || a.inMention(s) {
		return false
	}
	b := wordBits(w)
	return b&ner.GazLowerSeen != 0 && b&(ner.GazNoun|nameBits|ner.GazNamePart) == 0
}

func (a *analyzer) inMention(t int) bool {
	off := a.d.Tokens[t].Start
	for _, m := range a.persons {
		if m.s <= int(off) && int(off) < m.e {
			return true
		}
		if m.s > int(off) {
			break
		}
	}
	return false
}

// dropNonSpeakers takes the speaker away from quotations whose speaker phrase cannot speak: the
// quotation stays, without speaker.
func (a *analyzer) dropNonSpeakers() {
	for i := range a.out {
		f := &a.out[i]
		if !f.speaker.ok() || f.claim || a.sourceCue(f.cue) || a.anaphoricCue(f.cue) {
			continue // "nach Ansicht von Fachleuten" names its source, "demnach" points back to one
		}
		ts, te := a.tokenAt(f.speaker.s), a.tokenAt(f.speaker.e)
		if f.cue.ok() && lower(a.d.Text[f.cue.s:f.cue.e]) == "so" && !(te-ts == 1 && pronounSubjects[a.low.at(ts)]) {
			continue // "so" without a verb names the source, a text or a finding too: "…, so das Fazit der Jury"
		}
		if a.notSpeaker(ts, te) {
			f.speaker, f.role, f.noSpeaker = span{}, "", true
		}
	}
}

// titles and their abbreviations are neither name nor role ("Dr. Jan Sauer").
func isTitle(l string) bool {
	return titles[l] || titles[l+"."] || l == "professor" || l == "professorin" || l == "doktor"
}

// commonNoun reports a capitalised word that is a common noun (a role, a function) and not a
// name: a lexicon noun, or a compound or hyphenated word ending in one ("Bundesumweltministerin",
// "SPD-Fraktionschef").
func commonNoun(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		w = w[i+1:]
		if !isCap(w) {
			return false
		}
	}
	b := wordBits(w)
	if b&ner.GazNoun != 0 {
		// a surname that is also a noun ("Müller", "Papier") counts as a name when the
		// lexicon knows it as a surname
		return b&(ner.GazSurname|ner.GazFirstName) == 0
	}
	if b&nameBits != 0 {
		return false
	}
	// a compound: its last part is a lexicon noun
	return compoundHead(lower(w)) >= 0
}

// compoundHead is the byte offset in the lower-cased word l of the longest
// lexicon noun that ends it ("bundesumweltministerin" → "umweltministerin"),
// both parts at least four letters long, or -1.
func compoundHead(l string) int {
	n := 0
	for i := range l {
		n++
		if n < 4 || len(l)-i < 4 {
			continue
		}
		if wordBits(l[i:])&ner.GazNoun != 0 {
			return i
		}
	}
	return -1
}

// personNoun reports a noun that names a person by role: German forms the feminine of such
// nouns with -in, so a noun whose -in form is a lexicon noun ("Ermittler" → "Ermittlerin") or
// a noun in -in whose stem is one ("Sprecherin" → "Sprecher") is a person; "Fehler" and
// "Medizin" are not. Compounds are judged by their last part ("Bundespräsident").
func personNoun(w string) bool {
	l := strings.TrimSuffix(lower(w), "nen") // "Ministerinnen"
	feminine := func(l string) bool {
		if strings.HasSuffix(l, "in") && len(l) > 5 {
			return wordBits(l)&ner.GazNoun != 0 && wordBits(l[:len(l)-2])&ner.GazNoun != 0
		}
		return len(l) > 3 && wordBits(l+"in")&ner.GazNoun != 0
	}
	if feminine(l) {
		return true
	}
	i := compoundHead(l)
	return i > 0 && feminine(l[i:])
}

// personHead reports a noun phrase in tokens [s, e) headed by a person noun ("der Ermittler").
func (a *analyzer) personHead(s, e int) bool {
	for t := s; t < e; t++ {
		w := a.tok(t)
		if !isCap(w) || !isWordLike(w) || determiners[a.low.at(t)] {
			continue
		}
		if adjLike(a.low.at(t)) && t+1 < e && isCap(a.tok(t+1)) && !determiners[a.low.at(t+1)] {
			continue // a capitalised adjective at the start: "Neue Ermittler"
		}
		return personNoun(w)
	}
	return false
}

// commonNoun is the package's commonNoun, remembered per document: the same role words
// recur, and each look-up tries every suffix of a compound.
func (a *analyzer) commonNoun(w string) bool {
	if v, ok := a.nouns[w]; ok {
		return v
	}
	if a.nouns == nil {
		a.nouns = map[string]bool{}
	}
	v := commonNoun(w)
	a.nouns[w] = v
	return v
}

// nameAndRole splits the speaker phrase [s, e) into the name a reader cites and the role it
// carries: "Die Bundesumweltministerin Lena Hartwig" → "Lena Hartwig", "Bundesumweltministerin";
// "Deren Fraktionschef Max Brandt" → "Max Brandt", "Fraktionschef"; "Bundespräsident Köhler" →
// "Köhler", "Bundespräsident". Articles, determiners, adjectives before the role and academic
// titles are neither. A phrase without a name ("Der Leiter des Amtes") is all role: name "",
// role "Leiter des Amtes". m is the entity mention heading the phrase, if any.
func (a *analyzer) nameAndRole(s, e int, m *mention) (name, role string) {
	t := s
	for t < e && (determiners[a.low.at(t)] || !isCap(a.tok(t)) && isWordLike(a.tok(t)) && (adjLike(a.low.at(t)) || isNumber(a.tok(t)))) {
		t++
	}
	// a parenthesis ("(SPD)") or a comma ends the name
	end := t
	for end < e && a.tok(end) != "(" && a.tok(end) != "," {
		end++
	}
	if t >= end {
		return "", ""
	}
	ns := -1 // first token of the name
	if m != nil {
		ms := a.tokenAt(m.s)
		if ms >= t && ms < end {
			ns = ms
			if me := a.tokenAt(m.e); me < end {
				end = me
			}
		}
	}
	if ns < 0 {
		// the name is the run of capitalised words at the end that are not common nouns
		k := end
		for k > t {
			w := a.tok(k - 1)
			if !isCap(w) || !isWordLike(w) || isTitle(a.low.at(k-1)) || a.commonNoun(w) {
				break
			}
			k--
		}
		if k < end && (k == t || isCap(a.tok(k-1)) || a.tok(k-1) == ".") {
			ns = k
		}
	}
	if g := t + 1; m == nil && end-g >= 3 && (ns < 0 || ns > g) && !orgNoun(a.low.at(t)) {
		// a name of several words in the genitive after a one-word role names the
		// organisation: "Mitarbeiter des Malteser Hilfsdienstes" → "Malteser Hilfsdienst", role
		// "Mitarbeiter"; not after an organisation ("Der Sicherheitsrat der Vereinten Nationen")
		// nor a common noun with a place adjective ("des Ludwigshafener Konzerns")
		if n, ok := a.genitiveOrgName(g, end); ok && !genericOrgNouns[lower(lastWord(n))] {
			return n, a.tok(t)
		}
	}
	roleEnd := end
	if ns >= 0 {
		roleEnd = ns
	}
	// titles between role and name belong to neither
	for roleEnd > t && (isTitle(a.low.at(roleEnd-1)) || a.tok(roleEnd-1) == "." && roleEnd-2 >= t && isTitle(a.low.at(roleEnd-2))) {
		roleEnd--
	}
	if roleEnd > t {
		sp := a.bytes(t, roleEnd)
		role = a.d.Text[sp.s:sp.e]
	}
	if ns >= 0 {
		for ns < end && (isTitle(a.low.at(ns)) || a.tok(ns) == ".") {
			ns++
		}
		if ns < end {
			sp := a.bytes(ns, end)
			name = a.d.Text[sp.s:sp.e]
		}
	}
	return name, role
}

// orgNoun reports a noun that names an organisation or an organ, not a person's role.
func orgNoun(l string) bool {
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// genericOrgNouns are common nouns that a place adjective does not make a name: "des
// Ludwigshafener Konzerns" is a company, not one called "Ludwigshafener Konzern".
var genericOrgNouns = set(`konzern unternehmen firma verein klub club gruppe stadt gemeinde land staat haus betrieb
	verlag sender team`)

// roleNames is a role word and the head of its compound ("Bundesumweltministerin" →
// "Bundesumweltministerin", "Ministerin"), under which a later "die Ministerin" finds the person.
func roleNames(role string) []string {
	var out []string
	for _, w := range strings.Fields(role) {
		if !isCap(w) || !isWordLike(w) {
			continue
		}
		out = append(out, w)
		if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
			out = append(out, w[i+1:])
			continue
		}
		l := lower(w)
		if i := compoundHead(l); i >= 0 {
			r, size := utf8.DecodeRuneInString(l[i:])
			out = append(out, strings.ToUpper(string(r))+l[i+size:])
		}
	}
	return out
}
