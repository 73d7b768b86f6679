package quotes

import (
	"sort"
	"strings"
)

// Windows bound every search so that the analysis stays linear in the text length.
const (
	maxNP     = 14 // tokens in a speaker noun phrase
	maxClause = 25 // tokens scanned for a clause boundary or particle
)

func isBoundary(w string) bool {
	switch w {
	case ",", ";", ":", ".", "!", "?", "(", ")":
		return true
	}
	return isDash(w) || isMarkTok(w)
}

// cueAt reports whether token i is a speech cue. A bare separable verb ("teilte") counts only
// when its particle ("mit") closes the clause before limit.
func (a *analyzer) cueAt(i, limit int) (cueEntry, bool) {
	if i < 0 || i >= a.low.len() {
		return cueEntry{}, false
	}
	w := a.tok(i)
	if a.en {
		return cueEntry{Lemma: a.low.at(i)}, englishCues[a.low.at(i)] && !isCap(w)
	}
	if isCap(w) {
		return cueEntry{}, false
	}
	es := cueLexicon()[a.low.at(i)]
	if len(es) == 0 || a.attributive(i) {
		return cueEntry{}, false
	}
	// a particle that closes the clause makes the verb a separable one ("sah es als Aufgabe
	// an" is ansehen), before the bare verb's reading
	var last string
	var bare *cueEntry
	for k, e := range es {
		if e.Particle == "" {
			if bare == nil {
				bare = &es[k]
			}
			continue
		}
		if last == "" {
			last = a.clauseLast(i, limit)
		}
		if last == e.Particle {
			return e, true
		}
	}
	if bare != nil {
		return *bare, true
	}
	return cueEntry{}, false
}

// attributive reports a cue form in -te or -ten that stands as an adjective before its noun:
// the past participle of a verb with an inseparable prefix looks like its preterite ("auf
// nicht weiter bezeichnete Quellen", "die bereits erwähnten Studien", "der erklärte Gegner").
// It is attributive after an article or a preposition, with at most two adverbs between; an
// article that opens the sentence ("Das bestätigte X") or "das" after a comma is a pronoun.
func (a *analyzer) attributive(i int) bool {
	w := a.low.at(i)
	if i == 0 || i+1 >= a.low.len() || !(strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")) {
		return false
	}
	if n := a.tok(i + 1); !isCap(n) || !isWordLike(n) {
		return false
	}
	k := i - 1
	for j := 0; j < 2 && k > 0 && a.adverbBefore(k); j++ {
		k--
	}
	p, l := a.tok(k), a.low.at(k)
	if isCap(p) || !isWordLike(p) {
		return false
	}
	if l == "das" && k > 0 && a.tok(k-1) == "," {
		return false
	}
	return determiners[l] || prepositions[l]
}

// adverbBefore reports a lower-case word at k that is no article, preposition, conjunction,
// pronoun or verb form of the lexicon: an adverb that may stand inside an attribute.
func (a *analyzer) adverbBefore(k int) bool {
	w, l := a.tok(k), a.low.at(k)
	if isCap(w) || !isWordLike(w) || determiners[l] || prepositions[l] || conjunctions[l] || finiteAux[l] ||
		subjectPronouns[l] || relativePronouns[l] || l == "es" || l == "man" || isCueWord(l) {
		return false
	}
	return true
}

// clauseLast returns the last word of the clause that token i opens (up to limit).
func (a *analyzer) clauseLast(i, limit int) string {
	sent := a.d.Sentences[a.d.Tokens[i].Sentence]
	end := int(sent.EndToken)
	if limit > i && limit < end {
		end = limit
	}
	last := ""
	for t := i + 1; t < end && t-i <= maxClause; t++ {
		w := a.tok(t)
		if isMarkTok(w) {
			continue // "wies dies als „haltlos“ zurück"
		}
		if w == "(" {
			// a short parenthesis inside the clause: "lehnte den Vorschlag Gabriels (SPD) ab"
			k := t + 1
			for k < end && k-t <= 6 && a.tok(k) != ")" && a.tok(k) != "(" {
				k++
			}
			if k < end && a.tok(k) == ")" {
				t = k
				continue
			}
		}
		if isBoundary(w) {
			break
		}
		last = a.low.at(t)
	}
	return last
}

// npForward returns the noun phrase starting at token i (before lim) as a token range:
// determiners and adjectives, nouns and names, genitive and "von" extensions, "und" between names.
// A lone subject pronoun is a noun phrase too. e == s means none.
func (a *analyzer) npForward(i, lim int) (s, e int) {
	if i >= lim || i >= a.low.len() {
		return i, i
	}
	if subjectPronouns[a.low.at(i)] {
		return i, i + 1
	}
	if demonstratives[a.low.at(i)] && i+1 < a.low.len() && !isCap(a.tok(i+1)) && isCueWord(a.low.at(i+1)) {
		// a demonstrative alone before the verb refers back to a person: "Diese bestätigte, dass …"
		return i, i + 1
	}
	if latterPronouns[a.low.at(i)] && (i+1 >= lim || i+1 < a.low.len() && !isCap(a.tok(i+1))) {
		// "letztere" and "erstere" without a noun point back to one of two named before:
		// "…“, so letztere."
		return i, i + 1
	}
	if quantifierPronouns[a.low.at(i)] && i+1 <= lim && i+1 < a.low.len() && !isCap(a.tok(i+1)) &&
		(finiteAux[a.low.at(i+1)] || a.isCue(i+1, a.low.len())) {
		// a quantifier without noun before the verb speaks for people: "Viele glauben, …",
		// "Einige vertreten die Auffassung, …"
		return i, i + 1
	}
	lastNoun := -1
	afterNoun := false
	for j := i; j < lim && j-i < maxNP; j++ {
		w, l := a.tok(j), a.low.at(j)
		switch {
		case determiners[l] || (a.en && (l == "the" || l == "a" || l == "an" || l == "his" || l == "her" || l == "their")):
			if afterNoun && !genitiveDet[l] {
				break
			}
			if j == i || afterNoun || !isCap(w) || isMarkTok(a.tok(j-1)) {
				// "„Die Zeit“": an article that opens a quoted name
				afterNoun = false
				if p := a.participleAttribute(j, lim); p > j && j == i {
					j = p - 1 // the adjective that closes the attribute is read next
				}
				continue
			}
		case afterNoun && !isCap(w) && strings.HasSuffix(l, "er") && j+1 < lim && isCap(a.tok(j+1)) && !npStop[l]:
			// genitive plural: "nach Angaben mehrerer Diplomaten"
			afterNoun = false
			continue
		case isCap(w) && isWordLike(w) || numberNoun(w):
			if j == i && (prepositions[l] || clauseAdverbs[l] || conjunctions[l]) {
				return i, i
			}
			// a capitalised verb form inside the sentence is a name: "Will Grant"
			if npStop[l] && j == a.sentFirst(j) || (j > i && conjunctions[l] && l != "und") {
				break
			}
			lastNoun, afterNoun = j, true
			continue
		case (l == "von" || l == "vom" || l == "und" || l == "of" || l == "and") && lastNoun >= 0:
			afterNoun = false
			continue
		case (l == "und" || l == "oder") && lastNoun < 0 && j > i && j+1 < lim && !isCap(a.tok(j-1)) && adjLike(a.low.at(j-1)) &&
			!isCap(a.tok(j+1)) && adjLike(a.low.at(j+1)):
			// coordinated adjectives before their noun: "die deutschen und französischen Minister"
			continue
		case !afterNoun && lastNoun < 0 && j > i && determiners[a.low.at(j-1)] && numberAdjective(w) && (j+1 >= lim || !isCap(a.tok(j+1))):
			// an adjective of age or number as noun, often written in lower case: "der 81-jährige"
			lastNoun, afterNoun = j, true
			continue
		case !afterNoun && isWordLike(w) && !isCap(w) && !npStop[l] && (adjLike(l) || isNumber(w)):
			if j == i && j+1 < lim && articles[a.low.at(j+1)] {
				// no adjective stands before the article: a verb in -e opens the clause
				// ("…, öffnete die Pilotin das Fenster")
				return i, i
			}
			if _, cue := a.cueAt(j, lim); !cue {
				continue
			}
		case w == "-" && lastNoun == j-1:
			continue
		case a.en && !isCap(w) && isWordLike(w) && j > i && !enStop[l] && !englishCues[l] &&
			(lastNoun == j-1 || determiners[a.low.at(j-1)] || a.low.at(j-1) == "the" || a.low.at(j-1) == "a" || a.low.at(j-1) == "an"):
			// English common nouns are lower-case: "the mayor", "a company spokesman"
			lastNoun, afterNoun = j, true
			continue
		case w == "(" && lastNoun == j-1:
			// "(SPD)" after a name
			k := j + 1
			for k < lim && k-j < 6 && a.tok(k) != ")" && a.tok(k) != "(" {
				k++
			}
			if k < lim && a.tok(k) == ")" {
				lastNoun = k
				j = k
				continue
			}
		case l != "" && j > i && !isCap(w) && isWordLike(w) && (j == i+1 && articles[a.low.at(i)]) &&
			j+1 <= lim && j+1 < a.low.len() && (finiteAux[a.low.at(j+1)] || isCueWord(a.low.at(j+1)) || a.isCue(j+1, a.low.len())):
			// a lower-case name or a nominalised word right after the article and before the
			// verb: "Die taz hat berichtet", "Die taz vermutet", "Die beiden sagten"
			lastNoun, afterNoun = j, true
			continue
		case isMarkTok(w) && (j == i || lastNoun >= 0 || determiners[a.low.at(j-1)] ||
			// after an article and adjective: "der neue „Oberste Rat …“"
			j >= i+2 && !isCap(a.tok(j-1)) && adjLike(a.low.at(j-1)) && determiners[a.low.at(j-2)]):
			// a quoted name inside the phrase: "die Zeitung „Yemen Observer“"; after a noun or
			// "von" it is one name up to its closing mark, lower-case words and all ("von „Ärzte
			// ohne Grenzen“")
			if k := a.closingMark(j, lim); k > j && j > i && (lastNoun == j-1 || a.low.at(j-1) == "von") {
				lastNoun, afterNoun, j = k, true, k
			}
			continue
		}
		break
	}
	if lastNoun < 0 {
		return i, i
	}
	// a quoted name that ends the phrase keeps its closing mark: "die „Computerwoche“"
	marks := 0
	for j := i; j <= lastNoun; j++ {
		if isMarkTok(a.tok(j)) {
			marks++
		}
	}
	if marks%2 == 1 && lastNoun+1 < lim && isMarkTok(a.tok(lastNoun+1)) {
		lastNoun++
	}
	return i, lastNoun + 1
}

// numberAdjective reports an adjective made from a number ("81-jährige", "3-fache"), in any case.
func numberAdjective(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && w[0] >= '0' && w[0] <= '9' && i+1 < len(w) && adjLike(lower(w[i+1:]))
}

// participleAttribute returns the inflected participle or adjective that closes an extended
// attribute between the article at token art and its noun, or -1. German puts the objects and
// adverbials of such an attribute before it: "die den Brand überlebende Frau", "der für die
// Fähren zuständige Leiter", "der sich gern als Retter darstellende Unternehmer". The attribute
// opens with an article, a preposition or "sich" right after the article; its last lower-case
// inflected word before a capitalised noun, within the clause, closes it.
func (a *analyzer) participleAttribute(art, lim int) int {
	if !articles[a.low.at(art)] || art+2 >= lim {
		return -1
	}
	if n := a.low.at(art + 1); isCap(a.tok(art+1)) || !articles[n] && !prepositions[n] && n != "sich" {
		return -1
	}
	p := -1
	for k := art + 2; k+1 < lim && k-art < maxNP-2; k++ {
		w, l := a.tok(k), a.low.at(k)
		if isBoundary(w) || npStop[l] && !prepositions[l] || finiteAux[l] || isCueWord(l) || conjunctions[l] && l != "als" {
			break
		}
		// an adjective right after an article belongs to a phrase inside the attribute ("in
		// den letzten Tagen"), not to the attribute itself
		if !isCap(w) && isWordLike(w) && len(l) > 4 && adjLike(l) && !determiners[l] && !prepositions[l] &&
			!determiners[a.low.at(k-1)] && !prepositions[a.low.at(k-1)] &&
			isCap(a.tok(k+1)) && isWordLike(a.tok(k+1)) && !prepositions[a.low.at(k+1)] {
			p = k
		}
	}
	return p
}

// closingMark is the token of the quotation mark that closes a short quoted name opened at
// token j ("„Ärzte ohne Grenzen“"): at most six words, no punctuation; else -1.
func (a *analyzer) closingMark(j, lim int) int {
	if !isCap(a.tok(min(j+1, lim-1))) {
		return -1
	}
	for k := j + 1; k < lim && k-j <= 7; k++ {
		w := a.tok(k)
		if isMarkTok(w) {
			if k > j+1 {
				return k
			}
			return -1
		}
		if !isWordLike(w) && w != "-" && w != "&" {
			return -1
		}
	}
	return -1
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return r == '.' || r == '-'
		}
	}
	return true
}

// npAfterVerb finds the subject after a verb in second position ("sagte gestern der Minister").
func (a *analyzer) npAfterVerb(i, lim int) (int, int) {
	for k := 0; k < 4 && i < lim; k++ {
		l := a.low.at(i)
		if clauseAdverbs[l] || l == "dazu" || l == "uns" || l == "mir" || l == "ihm" || l == "ihr" || l == "es" ||
			l == "sich" || l == "ihn" || l == "ihnen" || postParticles[l] {
			i++
			continue
		}
		if (l == "am" || l == "im" || l == "gegenüber" || l == "in" || l == "bei") && i+1 < lim && !subjectPronouns[a.low.at(i+1)] {
			// skip a short prepositional phrase: "am Montag", "gegenüber der Zeitung"
			j := i + 1
			for j < lim && j-i < 4 && (determiners[a.low.at(j)] || adjLike(a.low.at(j)) && !isCap(a.tok(j))) {
				j++
			}
			if j < lim && isCap(a.tok(j)) {
				i = j + 1
				continue
			}
		}
		break
	}
	if i < lim && demonstratives[a.low.at(i)] && !isCap(a.tok(i)) {
		// a demonstrative alone after the verb is a pronoun pointing back to someone: "…, so
		// schrieb diese in einer Mitteilung, …", "sagte dieser, dass …"
		if i+1 == lim || i+1 < a.low.len() && (isBoundary(a.tok(i+1)) || prepositions[a.low.at(i+1)] || clauseAdverbs[a.low.at(i+1)]) {
			return i, i + 1
		}
	}
	return a.npForward(i, lim)
}

// latterPronouns refer to the last or the first of things named before.
var latterPronouns = set(`letztere letzterer letzteres erstere ersterer ersteres`)

// quantifierPronouns stand for a group of people when no noun follows.
var quantifierPronouns = set(`einige viele manche andere mehrere etliche wenige beide`)

// articles open a noun phrase; nothing of the phrase stands before them.
var articles = set(`der die das des dem den ein eine einer eines einem einen`)

// postParticles stand before a subject after the verb: "erklärten nur die Schulen".
var postParticles = set(`nur selbst sogar lediglich ausgerechnet gerade`)

// apposition returns the role after a speaker: "X, Verteidigungsminister der Niederlande, …".
func (a *analyzer) apposition(e, lim int) string {
	if e >= lim || a.tok(e) != "," {
		return ""
	}
	s2, e2 := a.npForward(e+1, lim)
	if e2 <= s2 || subjectPronouns[a.low.at(s2)] {
		return ""
	}
	if e2 < lim && !isBoundary(a.tok(e2)) {
		if _, ok := a.cueAt(e2, lim); !ok {
			return ""
		}
	}
	sp := a.bytes(s2, e2)
	return a.d.Text[sp.s:sp.e]
}

// subject finds the speaker of cue verb c whose clause lies within [from, to).
// It handles subject-first ("Der Minister sagte"), verb-second after an adverbial ("Am Montag
// sagte der Minister"), verb-final ("wie der Sprecher mitteilte") and appositions
// ("Ruben Brekelmans, Verteidigungsminister der Niederlande, sagte").
func (a *analyzer) subject(c, from, to int) (s, e int, role string) {
	if c > 0 && a.tok(c-1) == "," && (a.low.at(c) == "genannt" || a.low.at(c) == "benannt") {
		// "Vincent B., genannt „Vinny“, …": a participle that names someone is no speech
		return 0, 0, ""
	}
	if cs := a.clauseStart(c, from); cs > from+1 && a.tok(cs-1) == "," && c > cs && a.low.at(c-1) == "zu" {
		// a zu-infinitive has no subject of its own; the clause it depends on has it ("X
		// hat wenig Scheu, seine Meinung offen zu zeigen: „…“")
		return a.clauseSubjectBefore(cs-1, from)
	}
	if s, e, role := a.coordinatedSubject(c, from); e > s {
		// right after "und" the cue has no subject of its own: a noun phrase after it is its
		// object ("zogen vor das Rathaus und skandierten Sprüche wie „…“")
		return s, e, role
	}
	// clause start: after the last boundary before the cue
	cs := a.clauseStart(c, from)
	for t := cs + 1; t < c; t++ {
		if isWordLike(a.tok(t-1)) && isCap(a.tok(t)) && a.sentenceAdverb(t) && t+1 < c && isWordLike(a.tok(t+1)) &&
			(articles[a.low.at(t)] || !isCap(a.tok(t+1))) && !finiteAux[a.low.at(t+1)] && !a.isCue(t+1, c+1) {
			// a heading glued to its paragraph without a stop: a capitalised adverb or article
			// inside the sentence starts the clause ("Engagement Deutschlands Bereits im Mai
			// hatte X …"); not a word of a name ("Amnesty International kritisierte", "die
			// International Trade Commission", "„BBC News“ berichtete")
			cs = t
			break
		}
	}
	// the first verb in the clause: an auxiliary before the cue, or the cue itself
	fv := c
	for t := cs; t < c; t++ {
		if finiteAux[a.low.at(t)] && !isCap(a.tok(t)) {
			fv = t
			break
		}
	}
	if ps, pe, passive := a.passiveSource(c, cs, fv, from, to); passive {
		// the subject of a passive or of "heißt es" is what was said or nothing: the source is
		// the agent ("von der Regierung") or the document ("in dem Schreiben"), if any
		return ps, pe, ""
	}
	if s, e := a.subjectAfterAnd(cs, c); e > s {
		return s, e, ""
	}
	if cs == fv && cs > from && a.tok(cs-1) == "," && fv+1 < to && (a.low.at(fv+1) == "er" || a.low.at(fv+1) == "ich" || a.low.at(fv+1) == "wir") {
		// the clause before the comma is the fronted object: "Den Plan, die Wahl zu
		// verschieben, bezeichnete er als …"
		return fv + 1, fv + 2, ""
	}
	if cs > from && a.tok(cs-1) == "," && fv == c && c > cs && relativeSubjects[a.low.at(cs)] && a.relativeAt(cs, to) {
		// a relative clause with the cue at its end: "…, der vor dem Parlament betonte, …";
		// the pronoun is the mention the text attributes, resolve names what it refers to
		return cs, cs + 1, ""
	}
	if cs == fv && cs > from && a.tok(cs-1) == "," {
		// "Name, Rolle, sagte": the noun phrases before the comma
		s1, e1 := a.npBackSegment(cs-1, from)
		if e1 > s1 {
			if s1 > from && a.tok(s1-1) == "," {
				if s0, e0 := a.npBackSegment(s1-1, from); e0 > s0 {
					sp := a.bytes(s1, e1)
					return s0, e0, a.d.Text[sp.s:sp.e]
				}
			}
			return s1, e1, ""
		}
		if cs-3 > from && isNumber(a.tok(cs-2)) && a.tok(cs-3) == "," {
			// an age between commas: "Eva Roth, 30, schilderte"
			if s0, e0 := a.npBackSegment(cs-3, from); e0 > s0 {
				return s0, e0, ""
			}
		}
		// a longer apposition: "John Kline, ein Abgeordneter aus Minnesota, sagte"; it may
		// hold a comma of its own between attributes ("X, eine langjährige, dem Verband
		// nahestehende Juristin, sagte"), so the phrase is looked for before up to two commas;
		// before the second it must be a name (a mention, or a phrase without article)
		for k, commas := cs-2, 0; k > from && cs-k < maxClause && commas < 2; k-- {
			if a.tok(k) != "," {
				continue
			}
			commas++
			st := a.clauseStart(k, from)
			if s0, e0 := a.npForward(st, k); e0 == k && e0 > s0 && !a.adverbial(st) && (commas == 1 || a.inMention(s0) || !determiners[a.low.at(s0)] && !articles[a.low.at(s0)]) {
				sp := a.bytes(k+1, cs-1)
				return s0, e0, a.d.Text[sp.s:sp.e]
			}
		}
	}
	seg := cs
	if seg < fv && conjunctions[a.low.at(seg)] && (!isCap(a.tok(seg)) || seg == a.sentFirst(seg) && subordinators[a.low.at(seg)]) {
		seg++ // verb-final clause: "wie der Sprecher sagte", "Nachdem die Anwältin mitgeteilt hatte"
	} else if seg < fv && fv == c && seg == a.sentFirst(seg) && verbFinalOpeners[a.low.at(seg)] && a.verbFinal(c, to) {
		// "Wie", "Als", "Während" open a phrase too ("Als Grund gab die Schule an"); with the
		// cue at the end of its clause they open a verb-final clause: "Wie die Polizei mitteilte, …"
		seg++
	}
	if seg > cs {
		// adverbs before the subject of a verb-final clause: "wie schon die Behörde sagte"
		for seg < fv && clauseAdverbs[a.low.at(seg)] && !isCap(a.tok(seg)) {
			seg++
		}
	}
	if seg == cs && seg+1 < fv && focusParticles[a.low.at(seg)] && !(fv+1 < to && subjectPronouns[a.low.at(fv+1)]) {
		// a particle or conjunction before the subject in first position: "Auch Müller
		// argumentierte", "Aber Zeitungen berichteten"; the phrase must fill the position
		if ns, ne := a.npForward(seg+1, fv); ne == fv && ne > ns {
			return ns, ne, ""
		}
	}
	if seg < fv && fv+1 < to && (a.low.at(fv+1) == "er" || a.low.at(fv+1) == "ich" || a.low.at(fv+1) == "wir") && !conjunctions[a.low.at(cs)] {
		// a nominative pronoun right after the verb is the subject; the fronted phrase is an
		// object: "Deren Haltung bezeichnete er als …"
		return fv + 1, fv + 2, ""
	}
	if seg+2 < fv && prepositions[a.low.at(seg)] && relativePronouns[a.low.at(seg+1)] && !isCap(a.tok(seg)) {
		// a relative clause opened by a preposition: "…, von dem die Polizei glaubt, …",
		// "…, bei dem sie gesagt hatte, …"
		np := seg + 2
		if l := a.low.at(seg + 1); (l == "dessen" || l == "deren") && isCap(a.tok(np)) {
			// the genitive pronoun has its own noun: "…, in dessen Folge das Gericht
			// feststellte, …"
			np++
		}
		if ns, ne := a.npForward(np, fv); ne > ns {
			return ns, ne, ""
		}
	}
	if seg < fv && a.adverbial(seg) {
		if me := a.mentionEndAt(seg); me > seg && me <= fv {
			// a name that opens with a preposition: "Von der Leyen betonte"
			return seg, me, a.apposition(me, fv)
		}
		if fv == c && a.particleName(seg, fv) {
			return seg, fv, ""
		}
	}
	if seg < fv && !a.adverbial(seg) && !objectDet[a.low.at(seg)] && !a.obliqueDer(seg, fv) {
		if ns, ne := a.npForward(seg, fv); ne > ns && !(ne == ns+1 && ne == fv && a.sentenceAdverb(ns)) &&
			!(a.timeHead(ns, ne) && !a.inMention(ns)) {
			// a span of time in first position is an adverbial: "Wenige Stunden nach der
			// Wahl erklärte die Partei" (the subject follows the verb)
			// an adverb alone in first position is no subject: "Weiterhin erklärte die
			// Ministerin, …" (the subject follows the verb)
			return ns, ne, a.apposition(ne, fv)
		}
	}
	ns, ne := a.npAfterVerb(fv+1, to)
	if ne > ns && !objectDet[a.low.at(ns)] {
		// "den Hergang", "dem Gericht" after the verb are objects, never the subject
		return ns, ne, a.apposition(ne, to)
	}
	return 0, 0, ""
}

// subjectAfterAnd finds the subject of a main clause joined by "und" or "oder" to the clause
// before it in the same sentence, standing right before cue c or its auxiliary: "Die Straßen
// blieben gesperrt und die Anwohner befürchten, dass …". The subject of the first clause is
// not the speaker. Two coordinated subjects ("Die Ministerin und der Bürgermeister
// erklärten") are one phrase from the clause start and do not count.
func (a *analyzer) subjectAfterAnd(cs, c int) (int, int) {
	if l := a.low.at(cs); relativePronouns[l] && !isCap(a.tok(cs)) || subordinators[l] || conjunctions[l] || prepositions[l] {
		return 0, 0 // a verb-final clause shares its subject: "…, welche X kritisiert und Y auffordert"
	}
	for k := c - 2; k > cs+1 && c-k <= maxNP; k-- {
		l := a.low.at(k)
		if isBoundary(a.tok(k)) {
			return 0, 0
		}
		if (l != "und" && l != "oder") || isCap(a.tok(k)) || objectDet[a.low.at(k+1)] {
			continue
		}
		ns, ne := a.npForward(k+1, c)
		if ns != k+1 || ne <= ns || !(ne == c && !a.bracketBefore(cs, k, c) || finiteAux[a.low.at(ne)] && !isCap(a.tok(ne))) ||
			strings.HasSuffix(a.tok(k-1), "-") || !a.verbBefore(cs, k) {
			// "und" after a truncated compound joins nouns ("die Rolle der Fraktions- und
			// Parteichefs betont"); the first conjunct needs a verb of its own
			continue
		}
		if _, e0 := a.npForward(cs, c); e0 > k {
			return 0, 0
		}
		if subjectPronouns[a.low.at(ns)] && ne == ns+1 || a.notSpeaker(ns, ne) {
			return 0, 0
		}
		return ns, ne
	}
	return 0, 0
}

// modalForms are the finite forms of the modals and of werden, which close their clause with
// an infinitive.
var modalForms = set(`kann können konnte konnten muss müssen musste mussten will wollen wollte wollten soll sollen
	sollte sollten darf dürfen durfte durften möchte möchten wird werden wurde wurden würde würden`)

// bracketBefore reports that cue c closes a verb bracket opened before token k: an infinitive
// after a modal ("können die Behörden den Leiter und die Ordner ablehnen") or a participle
// after haben or sein ("hatte … betont"). Then "und" before c joins objects, not clauses.
func (a *analyzer) bracketBefore(cs, k, c int) bool {
	cue := a.low.at(c)
	for t := cs; t < k; t++ {
		l := a.low.at(t)
		if isCap(a.tok(t)) && t != cs {
			continue
		}
		if modalForms[l] && strings.HasSuffix(cue, "en") {
			return true
		}
		if finiteAux[l] && !modalForms[l] && (strings.HasPrefix(cue, "ge") || strings.HasSuffix(cue, "t")) {
			return true
		}
	}
	return false
}

// verbBefore reports a lower-case word in tokens (s, e) that can be a finite verb: not an
// article, preposition, conjunction or adjective before a noun.
func (a *analyzer) verbBefore(s, e int) bool {
	for t := s + 1; t < e; t++ {
		w, l := a.tok(t), a.low.at(t)
		if !isWordLike(w) || isCap(w) || determiners[l] || genitiveDet[l] || prepositions[l] || conjunctions[l] ||
			adjLike(l) && t+1 < e && isCap(a.tok(t+1)) || clauseAdverbs[l] {
			continue
		}
		return true
	}
	return false
}

// npBackSegment returns the noun phrase that exactly fills the segment ending at token end
// (exclusive) and starting after the previous boundary, or none.
func (a *analyzer) npBackSegment(end, from int) (int, int) {
	st := end
	for st > from && end-st < maxNP && !isBoundary(a.tok(st-1)) {
		st--
	}
	if st == end {
		return 0, 0
	}
	if s, e := a.npForward(st, end); s == st && e == end {
		return s, e
	}
	return 0, 0
}

// adverbial reports a clause opening that is not a subject: "Offiziell", "Des Weiteren",
// "Als Begründung …", "Sinngemäß".
// obliqueDer reports "der" with an adjective in -en before a noun: dative or genitive ("Der
// englischsprachigen Zeitung sagte Karma: …"), never the nominative singular ("der neue
// Minister") nor plural ("die neuen Minister").
func (a *analyzer) obliqueDer(t, lim int) bool {
	if a.low.at(t) != "der" || t+2 >= lim {
		return false
	}
	adj := a.low.at(t + 1)
	return !isCap(a.tok(t+1)) && isWordLike(a.tok(t+1)) && strings.HasSuffix(adj, "en") && adjLike(adj) && isCap(a.tok(t+2))
}

func (a *analyzer) adverbial(i int) bool {
	l := a.low.at(i)
	if prepositions[l] || clauseAdverbs[l] || conjunctions[l] && isCap(a.tok(i)) {
		return true
	}
	if l == "des" && i+1 < a.low.len() && (a.low.at(i+1) == "weiteren" || a.low.at(i+1) == "öfteren") {
		return true
	}
	if isCap(a.tok(i)) && i+1 < a.low.len() && !isCap(a.tok(i+1)) && isWordLike(a.tok(i+1)) {
		for _, suf := range []string{"lich", "ig", "weise", "mäß", "falls", "dings", "wärts", "mals"} {
			if strings.HasSuffix(l, suf) {
				return true
			}
		}
		if len(l) >= 7 && strings.HasSuffix(l, "end") && !a.commonNoun(a.tok(i)) {
			return true // a participle as adverb: "Relativierend fügt er hinzu", "Abschließend sagte sie"
		}
	}
	return false
}

// boundaryAt is isBoundary for token t, except that a dot inside a word ("ver.di") and
// quotation marks around a name inside the clause do not end it.
func (a *analyzer) boundaryAt(t int) bool {
	w := a.tok(t)
	if w == "." && t > 0 && t+1 < len(a.d.Tokens) &&
		a.d.Tokens[t-1].End == a.d.Tokens[t].Start && a.d.Tokens[t+1].Start == a.d.Tokens[t].End {
		return false
	}
	return isBoundary(w)
}

// clauseStart walks back from token c to the start of its clause, stepping over quoted names
// and short parentheses ("Ministerin Gitta Trauernicht (SPD) sagte").
func (a *analyzer) clauseStart(c, from int) int {
	cs := c
	for cs > from && c-cs < maxClause {
		w := a.tok(cs - 1)
		if isMarkTok(w) {
			cs--
			continue
		}
		if w == ")" {
			k := cs - 2
			for k > from && cs-k < 8 && a.tok(k) != "(" {
				k--
			}
			if k >= from && a.tok(k) == "(" && k > from {
				cs = k
				continue
			}
		}
		if a.boundaryAt(cs - 1) {
			break
		}
		cs--
	}
	return cs
}

func isCueWord(l string) bool { return len(cueLexicon()[l]) > 0 }

// objectDet open noun phrases that cannot be subjects ("Dem Sender sagte er …").
var objectDet = set(`dem einem den einen des eines`)

// isCue is cueAt without the entry.
func (a *analyzer) isCue(i, limit int) bool {
	_, ok := a.cueAt(i, limit)
	return ok
}

// demonstratives can stand for a person as subject ("Diese bestätigte, dass …").
var demonstratives = set(`diese dieser jene jener`)

// relativeSubjects are the relative pronouns that can be the subject of a speech verb.
var relativeSubjects = set(`der die welcher welche`)

// numberNoun reports a noun glued to a number: "39-Jährige", "16-Jähriger".
func numberNoun(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[0] >= '0' && w[0] <= '9' && isCap(w[i+1:])
}

// mentionEndAt returns the token after the person or organisation mention that starts at
// token t, or -1.
func (a *analyzer) mentionEndAt(t int) int {
	off := a.d.Tokens[t].Start
	i := sort.Search(len(a.persons), func(k int) bool { return a.persons[k].s >= int(off) })
	if i < len(a.persons) && a.persons[i].s == int(off) {
		return a.tokenAt(a.persons[i].e)
	}
	return -1
}

// nameParticles open surnames: "Von der Leyen", "De Maizière", "Van Gaal".
var nameParticles = set(`von van de der den da di du la le ten ter zu`)

// particleName reports tokens [s, e) that form a surname opening with a particle, capitalised
// at the start of the sentence ("Von der Leyen betonte"): particles, then name words that are
// no common nouns ("Von der Regierung hieß es" is an adverbial).
func (a *analyzer) particleName(s, e int) bool {
	if e-s < 2 || e-s > 4 || !nameParticles[a.low.at(s)] {
		return false
	}
	for t := s + 1; t < e; t++ {
		w := a.tok(t)
		switch {
		case nameParticles[a.low.at(t)] && !isCap(w) && t < e-1:
		case isCap(w) && isWordLike(w) && !a.commonNoun(w) && t == e-1:
		default:
			return false
		}
	}
	return true
}

// passiveForms are the forms of "werden" that make a participle cue passive.
var passiveForms = set(`wird werden wurde wurden worden`)

// docPronouns stand for a document after "in": "In diesem wird festgehalten, dass …".
var docPronouns = set(`diesem dieser diesen ihm ihr denen dem`)

// docNouns name a text, a statement or the media, which speak for their authors after "in":
// "So heißt es in dem Schreiben", "In den Medien war … bezeichnet worden".
var docNouns = set(`schreiben brief briefe medien presse urteil entwurf gesetzentwurf vertrag abkommen protokoll
	interview gespräch rede pressemitteilung erklärung begründung antwort anklageschrift anklage stellungnahme
	mitteilung bericht berichte papier dokument studie text artikel beitrag kommentar meldung meldungen aufruf
	beschluss resolution botschaft schreibens zeitung zeitungen blatt sendung`)

// passiveSource reports a cue c that is passive ("wird … begründet", "war … bezeichnet worden")
// or impersonal ("heißt es"), whose grammatical subject is not the speaker. The source is then
// the agent after "von"/"vom"/"seitens" in the clause, or a document after "in"/"im" in the
// sentence part [from, to); s == e when there is none.
func (a *analyzer) passiveSource(c, cs, fv, from, to int) (s, e int, passive bool) {
	cue, _ := a.cueAt(c, -1)
	if cue.Lemma == "zitieren" {
		return 0, 0, false // "Er wird mit den Worten zitiert": the subject is the speaker
	}
	// words that stand somewhere: "In der Broschüre findet sich der Satz", "ein Schild, auf
	// dem geschrieben stand" name a text or sign, not who wrote it
	place := cue.Lemma == "finden" && c+1 < a.low.len() && a.low.at(c+1) == "sich" ||
		cue.Lemma == "schreiben" && c+1 < a.low.len() && (a.low.at(c+1) == "steht" || a.low.at(c+1) == "stand")
	switch {
	case place:
		passive = true
	case cue.Lemma == "heißen":
		passive = c > from && a.low.at(c-1) == "es" || c+1 < a.low.len() && a.low.at(c+1) == "es" ||
			a.textRelative(cs, from) && a.low.at(cs+2) == "es" // "…, in denen es dazu heißt"
	case fv < c && passiveForms[a.low.at(fv)] || fv < c && finiteAux[a.low.at(fv)] && c+1 < a.low.len() && a.low.at(c+1) == "worden":
		passive = true
	case fv == c && c > cs && c+1 < a.low.len() && passiveForms[a.low.at(c+1)] &&
		(conjunctions[a.low.at(cs)] || a.textRelative(cs, from) || cs > from && a.tok(cs-1) == "," && relativeSubjects[a.low.at(cs)]):
		// verb final: "…, wie vom Ministerium erklärt wurde", "zwei Männer, die beschuldigt
		// werden, …" (the relative pronoun is the one accused, not who speaks)
		passive = true
	}
	if !passive {
		return 0, 0, false
	}
	if a.textRelative(cs, from) {
		// a relative clause that says what stands in its antecedent: "eine Mitteilung, in der
		// es heißt, …", "ein Brief, in dem der Firma vorgeworfen wird, …": the text speaks; a
		// verb particle may close the main clause between them ("legte einen Bericht vor, in
		// dem …"): a preposition right before a comma governs nothing
		if s, e := a.textAntecedent(cs, from); e > s {
			return s, e, true
		}
	}
	for t := from; t < to && t < a.low.len(); t++ {
		if a.inQuote[t] >= 0 || isMarkTok(a.tok(t)) {
			continue
		}
		switch a.low.at(t) {
		case "von", "vom", "seitens":
			if t < cs || t >= to {
				continue
			}
			if ns, ne := a.npForward(t+1, to); ne > ns && !a.en {
				return ns, ne, true
			}
		case "in", "im", "auf", "darin", "dort", "hierin":
			if a.low.at(t) == "auf" && cue.Lemma != "heißen" && !place {
				continue // "auf" names where words stand only after these verbs
			}
			if a.low.at(t) == "darin" || a.low.at(t) == "dort" || a.low.at(t) == "hierin" {
				// "Darin heißt es, …" after "Das Ministerium veröffentlichte eine Mitteilung."
				if ds, de := a.docBefore(t); de > ds {
					return ds, de, true
				}
				continue
			}
			if t+2 < a.low.len() && docPronouns[a.low.at(t+1)] && (finiteAux[a.low.at(t+2)] || t+2 == c) {
				return t + 1, t + 2, true
			}
			if ns, ne := a.npForward(t+1, to); ne > ns && docNoun(a.low.at(ne-1)) {
				return ns, ne, true
			} else if ne > ns && (cue.Lemma == "heißen" || place) && (ne == c || ne+1 == c && a.low.at(ne) == "es") && isCap(a.tok(ne-1)) && !a.timeHead(ns, ne) {
				// "heißt es" says where the words stand, and whatever stands fronted there is
				// the text: "In dem Antrag heißt es", "Im letzten Satz der Verfügung hieß es"
				return ns, ne, true
			} else if ne > ns {
				// the head may be followed by a genitive: "in einer Stellungnahme des Ministeriums"
				for h := ns; h < ne; h++ {
					if isCap(a.tok(h)) && docNoun(a.low.at(h)) {
						return ns, ne, true
					}
				}
			}
		}
	}
	return 0, 0, true
}

// textRelative reports a clause at cs opened by "in" or "auf" and a relative pronoun after a
// comma ("…, in der es heißt", "…, auf dem geschrieben steht"): a place in a text, which the
// phrase before the comma names.
func (a *analyzer) textRelative(cs, from int) bool {
	if cs <= from || cs+1 >= a.low.len() || a.tok(cs-1) != "," {
		return false
	}
	l := a.low.at(cs)
	return (l == "in" || l == "auf") && relativePronouns[a.low.at(cs+1)] && !isCap(a.tok(cs+1))
}

// textAntecedent is the phrase before the comma that a relative clause at cs ("…, in dem …")
// refers to: the closest text named there ("veröffentlichte ein Schreiben der Kanzlei, in dem
// …"), also past a participle that closes the clause, else the noun phrase before the comma;
// a verb or its particle may close the main clause between them ("legte einen Bericht vor,
// in dem …", "musste ein Zettel kleben, auf dem …"): a preposition right before a comma
// governs nothing, and a lower-case word after a noun is no attribute of it.
func (a *analyzer) textAntecedent(cs, from int) (int, int) {
	end := cs - 1
	if s, e := a.docPhraseBefore(end, from); e > s {
		return s, e
	}
	if l, w := a.low.at(end-1), a.tok(end-1); end-2 > from && !isCap(w) && isWordLike(w) &&
		(prepositions[l] || l == "ab" || l == "fest" || l == "zurück" || isCap(a.tok(end-2))) {
		end--
	}
	s, e := a.npBackward(end, from)
	for k := e - 1; k > s; k-- {
		if l := a.low.at(k); isCap(a.tok(k-1)) && !isCap(a.tok(k)) && determiners[l] && !genitiveDet[l] {
			// a second phrase after a noun starts here: "an jedem Pfosten ein Zettel"
			return k, e
		}
	}
	return s, e
}

// docPhraseBefore finds, in the clause that ends at token end, the last noun phrase headed by a
// document noun: its determiner (over adjectives before the noun) up to the end of the phrase.
func (a *analyzer) docPhraseBefore(end, from int) (int, int) {
	for h := end - 1; h > from && end-h <= maxNP; h-- {
		if isBoundary(a.tok(h)) {
			return 0, 0
		}
		if !isCap(a.tok(h)) || !docNoun(a.low.at(h)) {
			continue
		}
		return a.docPhraseAt(h, from, end, true)
	}
	return 0, 0
}

// docPhraseAt returns the noun phrase of the document noun at token h, inside the tokens after
// from and before end: from its determiner (see phraseStart) to the end of the phrase.
func (a *analyzer) docPhraseAt(h, from, end int, lowerDet bool) (int, int) {
	s := a.phraseStart(h, from, h-from, lowerDet)
	if _, e := a.npForward(s, end); e > h {
		return s, e
	}
	return s, h + 1
}

// phraseStart returns where the noun phrase of the noun at token h begins: at its determiner,
// over at most maxAdj lower-case adjectives between them ("einen langen Brief"; adjectives only
// with a determiner before them: "schickte einen Brief"), or at h when no determiner stands
// there. Adjectives are looked for after token from, the determiner from token from on;
// lowerDet leaves out a capitalised determiner.
func (a *analyzer) phraseStart(h, from, maxAdj int, lowerDet bool) int {
	k := h
	for k-1 > from && h-k < maxAdj && !isCap(a.tok(k-1)) && adjLike(a.low.at(k-1)) && !determiners[a.low.at(k-1)] {
		k--
	}
	if k-1 >= from && determiners[a.low.at(k-1)] && !(lowerDet && isCap(a.tok(k-1))) {
		return k - 1
	}
	return h
}

// timeHead reports a noun phrase headed by a time ("der Nacht", "dem Morgen"), which names no text.
func (a *analyzer) timeHead(s, e int) bool {
	if p := a.participleAttribute(s, e); p > s {
		s = p // the nouns of an attribute are not the head: "Der seit Jahren … lebende Förster"
	}
	for t := s; t < e; t++ {
		adj := adjLike(a.low.at(t)) && t+1 < e && isCap(a.tok(t+1)) // "Wenige Stunden"
		if isCap(a.tok(t)) && isWordLike(a.tok(t)) && !determiners[a.low.at(t)] && !adj {
			if t > 0 && isMarkTok(a.tok(t-1)) {
				return false // a quoted word is a title: "Die „Zeit“ berichtete"
			}
			l := a.low.at(t)
			return timeNouns[l] || durationNouns[l]
		}
	}
	return false
}

// durationNouns name spans and points of time beside the days and seasons of timeNouns.
var durationNouns = set(`nacht nächte woche wochen jahr jahre zeit sekunden minuten stunde stunden tage monat monate
	jahrzehnt jahrzehnte`)

// docNoun also accepts compounds: "Regierungserklärung", "Pressemitteilung".
// docBefore returns the text a pronominal adverb at the start of a sentence points back to:
// the last noun phrase in the sentence before (same paragraph) headed by a document noun,
// "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: …" → "eine Stellungnahme".
func (a *analyzer) docBefore(t int) (int, int) {
	si := a.d.Tokens[t].Sentence
	if t != a.sentFirst(t) || si == 0 {
		return 0, 0
	}
	prev := a.d.Sentences[si-1]
	if prev.Paragraph != a.d.Sentences[si].Paragraph {
		return 0, 0
	}
	for h := int(prev.EndToken) - 1; h > int(prev.FirstToken) && int(prev.EndToken)-h <= maxClause*2; h-- {
		if !isCap(a.tok(h)) || !docNoun(a.low.at(h)) {
			continue
		}
		return a.docPhraseAt(h, int(prev.FirstToken), int(prev.EndToken), false)
	}
	return 0, 0
}

func docNoun(l string) bool {
	if docNouns[l] {
		return true
	}
	for w := range docNouns {
		if len(l) > len(w)+3 && strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// sentFirst is the first token of token t's sentence.
func (a *analyzer) sentFirst(t int) int { return int(a.d.Sentences[a.d.Tokens[t].Sentence].FirstToken) }

// konjunktivCue reports a cue in Konjunktiv I ("erinnere", "sage"): a verb inside reported
// speech, not the reporter's cue.
func konjunktivCue(form string, e cueEntry) bool {
	l := e.Lemma
	if e.Particle != "" || len(l) < 4 || !strings.HasSuffix(form, "e") {
		return false
	}
	if strings.HasSuffix(l, "ern") || strings.HasSuffix(l, "eln") {
		return form == l[:len(l)-1]+"e"
	}
	return strings.HasSuffix(l, "en") && form == l[:len(l)-1]
}

// subordinators open a verb-final clause at the start of a sentence and nothing else ("Als",
// "Während" and "Wie" may open a phrase: "Als Grund gab die Schule an").
var subordinators = set(`nachdem weil dass ob wenn obwohl falls sobald bevor indem sodass wobei`)

// verbFinalOpeners open a verb-final clause at the start of a sentence, or a phrase.
var verbFinalOpeners = set(`wie als während da`)

// focusParticles may precede the subject in the first position of a main clause.
var focusParticles = set(`auch aber doch sogar selbst nur schon und denn jedoch ebenfalls zumindest insbesondere
	gerade besonders`)

// verbFinal reports a cue c that ends its clause, alone or before a finite auxiliary.
func (a *analyzer) verbFinal(c, to int) bool {
	n := c + 1
	if n < a.low.len() && n < to && finiteAux[a.low.at(n)] {
		n++
	}
	return n >= to || n >= a.low.len() || a.boundaryAt(n)
}
