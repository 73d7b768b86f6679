package quotes

import (
	"strings"

	"artikel/internal/inflect"
)

// Speaker names for readers. The speaker span stays the phrase the reference annotation marks
// ("nach Angaben mehrerer Diplomaten" → span "Angaben mehrerer Diplomaten"); the name is the
// source a person would write ("mehrere Diplomaten"), or empty when the phrase names no source
// ("nach verbreiteter Einschätzung") or points back to one that cannot be found ("ihrer Einschätzung").

// sourceKind says what a speaker phrase names.
type sourceKind int

const (
	plainSource   sourceKind = iota // not a source phrase: resolve as before
	namedSource                     // "Angaben der Polizei" → "Polizei"
	anaphorSource                   // "ihrer Einschätzung", "eigenen Angaben": an earlier source
	ownSource                       // "eigenen Angaben": the subject of the clause
	noSource                        // "verbreiteter Einschätzung", "Schätzungen": nobody in particular
)

// possessives open a source phrase that points back: "nach ihrer Einschätzung".
var possessives = set(`ihr ihre ihrer ihres ihrem ihren sein seine seiner seines seinem seinen deren dessen`)

// ownWords point to the subject of the same clause: "nach eigenen Angaben".
var ownWords = set(`eigene eigenen eigener eigenes eigenem`)

// genitiveToNominative turns a quantifier or article of a genitive/dative plural into the
// nominative a reader writes: "mehrerer Diplomaten" → "mehrere Diplomaten".
var genitiveToNominative = map[string]string{"mehrerer": "mehrere", "mehreren": "mehrere", "vieler": "viele",
	"vielen": "viele", "einiger": "einige", "einigen": "einige", "zahlreicher": "zahlreiche", "zahlreichen": "zahlreiche",
	"anderer": "andere", "anderen": "andere", "beider": "beide", "beiden": "beide", "aller": "alle", "allen": "alle",
	"weiterer": "weitere", "weiteren": "weitere", "verschiedener": "verschiedene", "verschiedenen": "verschiedene"}

// possessiveNominative maps an oblique possessive to its nominative and the article whose
// case it has: "seines" → "sein" like "des".
var possessiveNominative = map[string][2]string{"seines": {"sein", "des"}, "ihres": {"ihr", "des"},
	"seiner": {"seine", "der"}, "ihrer": {"ihre", "der"}, "seinem": {"sein", "dem"}, "ihrem": {"ihr", "dem"},
	"seinen": {"seine", "den"}, "ihren": {"ihre", "den"}}

// obliqueArticles are dropped from a name; their case tells how the noun is inflected.
var obliqueArticles = set(`der des dem den eines einem einer einen dieser dieses diesem diesen`)

// sourceName names the source of the speaker phrase in tokens [s, e).
func (a *analyzer) sourceName(s, e int) (string, sourceKind) {
	// a source phrase: optional determiner/possessive/adjectives, then a report noun
	h := s
	kind := namedSource
	attr := false // an attribute phrase stood between article and noun
prefix:
	for h < e && h-s < 4 && (!isCap(a.tok(h)) || h == s && a.sentenceInitial(h) && h+1 < e && isCap(a.tok(h+1))) {
		// a capital at the sentence start may be a determiner or adjective ("Offiziellen Angaben zufolge")
		l := a.low.at(h)
		switch {
		case possessives[l] || l == "unserer" || l == "unseren":
			kind = anaphorSource
		case ownWords[l]:
			kind = ownSource
		case determiners[l] || genitiveDet[l] || adjLike(l) || isNumber(a.tok(h)):
		case prepositions[l] && h > s:
			// an attribute with its own phrase: "einer am Montag veröffentlichten Mitteilung";
			// the noun follows the participle
			for j := h + 2; j < e && j-h <= 8; j++ {
				if isCap(a.tok(j)) && !isCap(a.tok(j-1)) && adjLike(a.low.at(j-1)) && !determiners[a.low.at(j-1)] {
					h, attr = j, true
					break prefix
				}
			}
			return "", plainSource
		default:
			return "", plainSource
		}
		h++
	}
	if h == s && h+2 == e && upperFirst(a.tok(h)) && strings.HasSuffix(a.tok(h), "s") && nachSource(a.low.at(h+1)) {
		return strings.TrimSuffix(a.tok(h), "s"), namedSource // "Hoffmanns Meinung" → "Hoffmann"
	}
	if h >= e || !nachSource(a.low.at(h)) && !sourceNouns[a.low.at(h)] && !claimNoun(a.low.at(h)) {
		if attr && h < e {
			// "einer am Montag veröffentlichten Pressemitteilung des Amtes" → "Pressemitteilung
			// des Amtes", as without the attribute
			sp := a.bytes(h, e)
			return a.d.Text[sp.s:sp.e], namedSource
		}
		if s < e && obliqueArticles[a.low.at(s)] && (!isCap(a.tok(s)) || a.sentenceInitial(s)) {
			// "laut dem Sprecher", "einem Sprecher zufolge"
			if n := a.nominative(s, e); n != "" {
				return n, namedSource
			}
		}
		return "", plainSource
	}
	if personSources[a.low.at(h)] && kind == namedSource {
		// "nach Einschätzung von Beobachtern" ends here: the people are the source
		return a.nominativeNoArticle(h, e, ""), namedSource
	}
	rest := h + 1
	for rest < e && isMarkTok(a.tok(rest)) {
		rest++
	}
	if rest < e {
		if a.low.at(rest) == "von" || a.low.at(rest) == "vom" {
			if a.low.at(rest) == "vom" {
				if n := a.nominativeNoArticle(rest+1, e, "dem"); n != "" && !timeNouns[lower(lastWord(n))] {
					return n, namedSource
				}
				return "", noSource // "Informationen vom späten Abend"
			}
			rest++
		}
		if n := a.nominative(rest, e); n != "" {
			return n, namedSource
		}
	}
	if kind == anaphorSource && (a.low.at(s) == "unserer" || a.low.at(s) == "unseren") {
		return "", noSource // the paper's own findings
	}
	if kind != namedSource {
		return "", kind
	}
	if n := compoundSource(a.tok(h)); n != "" {
		if n == a.tok(h) && claimNoun(a.low.at(h)) {
			return "", noSource // "diese Behauptung" names nobody
		}
		return n, namedSource // "Polizeiangaben" → "Polizei"
	}
	return "", noSource
}

// timeNouns name a time, never a source: after "vom" they date a report, after "im" they say
// when something became known ("Im April wurde bekannt, dass …"); several are first names or
// surnames too, so the name lexicon does not tell them apart.
var timeNouns = set(`abend morgen vormittag mittag nachmittag tag wochenende montag dienstag mittwoch donnerstag
	freitag samstag sonnabend sonntag januar jänner februar märz april mai juni juli august september oktober
	november dezember frühjahr frühling sommer herbst winter`)

// personSources are report nouns that name people: "nach Angaben von Zeugen".
var personSources = set(`experten beobachtern zeugen augenzeugen quellen`)

// sentenceInitial reports a token that opens its sentence (possibly after a quotation mark).
func (a *analyzer) sentenceInitial(t int) bool {
	st := a.d.Sentences[a.d.Tokens[t].Sentence]
	return t == int(st.FirstToken) || t == int(st.FirstToken)+1 && isMarkTok(a.tok(int(st.FirstToken)))
}

// sourceNouns are report nouns that only make a source when a name follows them
// ("einem Bericht der BBC zufolge"); isReportNoun covers the plural and compound ones.
var sourceNouns = set(`bericht berichts berichtes studie umfrage meldung mitteilung erklärung aussage auskunft
	darstellung einschätzung ansicht meinung auffassung überzeugung informationen angaben`)

// compoundSource splits a compound report noun: "NASA-Angaben" → "NASA", "Polizeiangaben" →
// "Polizei", "Regierungsangaben" → "Regierung". Stems whose linking element is ambiguous
// ("Branchenschätzungen") keep the whole word, which still names the kind of source.
func compoundSource(w string) string {
	l := lower(w)
	if i := strings.LastIndexByte(w, '-'); i > 0 && isReportNoun(l[i+1:]) {
		return w[:i]
	}
	for _, suf := range []string{"angaben", "berichten", "informationen", "aussagen", "schätzungen", "meldungen",
		"erkenntnissen", "recherchen"} {
		if !strings.HasSuffix(l, suf) || len(l) <= len(suf)+2 {
			continue
		}
		stem := w[:len(w)-len(suf)]
		for _, link := range []string{"ungs", "heits", "keits", "tions", "täts", "schafts", "ens"} {
			if strings.HasSuffix(stem, link) {
				return stem[:len(stem)-1]
			}
		}
		if strings.HasSuffix(stem, "en") || strings.HasSuffix(stem, "s") {
			return w // "Branchenschätzungen", "Medienberichten": linking element unclear
		}
		return stem
	}
	if reportNouns[l] || nachSources[l] || strings.HasSuffix(l, "stand") {
		return "" // "Angaben", "Analyse", "Ermittlungsstand" name nobody
	}
	return w
}

// nominative rewrites the noun phrase [s, e) after a report noun or preposition in the
// nominative without its article: "mehrerer Diplomaten" → "mehrere Diplomaten", "der
// spanischen Gastgeber" → "spanische Gastgeber", "des Außenministeriums" → "Außenministerium",
// "von Völkerrechtlern" → "Völkerrechtler". Words after the head noun stay as written ("der
// Sprecher der Polizei"). Empty when the phrase has no capitalised noun.
func (a *analyzer) nominative(s, e int) string {
	if s >= e {
		return ""
	}
	l := a.low.at(s)
	if obliqueArticles[l] {
		return a.nominativeNoArticle(s+1, e, l)
	}
	if p, ok := possessiveNominative[l]; ok && s+1 < e {
		// "Angaben seines Sprechers" → "sein Sprecher"
		if n := a.nominativeNoArticle(s+1, e, p[1]); n != "" {
			return p[0] + " " + n
		}
		return ""
	}
	return a.nominativeNoArticle(s, e, "")
}

// nominativeNoArticle is nominative after the article art ("" for none) has been dropped.
func (a *analyzer) nominativeNoArticle(s, e int, art string) string {
	var pre []string // quantifiers and adjectives before the head noun
	plural := art == "" || art == "den" || art == "diesen"
	head := -1
	for t := s; t < e && head < 0; t++ {
		w, l := a.tok(t), a.low.at(t)
		switch {
		case isCap(w) && isWordLike(w):
			head = t
		case genitiveToNominative[l] != "":
			pre = append(pre, genitiveToNominative[l])
			plural = true
		case isWordLike(w) && adjLike(l):
			pre = append(pre, "\x00"+w) // inflected once the head is known
		case isWordLike(w) || isNumber(w):
			pre = append(pre, w)
		}
	}
	if head < 0 {
		return ""
	}
	for t := head + 1; t < e; t++ {
		if l := a.low.at(t); l == "vom" || l == "am" || l == "im" || l == "seit" || l == "," {
			e = t // "des Staatsfernsehens vom 11. Februar": a date, not part of the source
			break
		}
	}
	sp := a.bytes(head, e)
	tail := a.d.Text[sp.s:sp.e]
	noun := a.tok(head)
	if head+1 >= e || !isCap(a.tok(head+1)) {
		// a single head noun takes the nominative; a multi-word name stays as written
		switch {
		case art == "des" || art == "eines" || art == "dieses":
			noun = inflect.GenitiveStem(noun)
		case plural:
			noun = inflect.DativePluralStem(noun)
		}
		tail = noun + tail[len(a.tok(head)):]
	} else if n, ok := a.nameNominative(head, e, art); ok {
		tail, noun = n, lastWord(n)
	}
	singular := !plural && art != "der" && art != "dieser" && art != "einer"
	if (art == "dem" || art == "einem" || art == "diesem") && len(pre) > 0 {
		return "" // "dem neuen Profil": the nominative needs the noun's gender
	}
	for i, w := range pre {
		if strings.HasPrefix(w, "\x00") {
			pre[i] = inflect.AdjectiveNominative(w[1:], noun, singular)
		}
	}
	return strings.TrimSpace(strings.Join(append(pre, tail), " "))
}

// nameNominative inflects a capitalised name run after a genitive article when it is
// adjectives plus one noun (see inflect.Name): "des Roten Kreuzes" → "Rotes Kreuz". Other runs
// ("des United States Geological Survey") stay as written (ok false).
func (a *analyzer) nameNominative(head, e int, art string) (string, bool) {
	last := head
	for last+1 < e && isCap(a.tok(last+1)) && isWordLike(a.tok(last+1)) {
		last++
	}
	if last+1 < e && !isBoundary(a.tok(last+1)) && a.low.at(last+1) != "von" {
		return "", false
	}
	words := make([]string, 0, last-head+1)
	for t := head; t <= last; t++ {
		words = append(words, a.tok(t))
	}
	words, ok := inflect.Name(words, art)
	if !ok {
		return "", false
	}
	rest := ""
	if last+1 < e {
		sp := a.bytes(last+1, e)
		rest = " " + a.d.Text[sp.s:sp.e]
	}
	return strings.Join(words, " ") + rest, true
}

// clauseSubject is the subject opening sentence si, in the same clause as token at ("Die Regierung in Den Haag will …"),
// named without its article, or "" when the sentence opens otherwise.
func (a *analyzer) clauseSubject(si, at int) string {
	st := a.d.Sentences[si]
	f := int(st.FirstToken)
	if f >= int(st.EndToken) || a.adverbial(f) || subjectPronouns[a.low.at(f)] || a.low.at(f) == "es" || a.low.at(f) == "man" {
		return ""
	}
	s, e := a.npForward(f, int(st.EndToken))
	if e <= s {
		return ""
	}
	// "Die Regierung in Den Haag": a place after the head belongs to the subject
	if e+1 < int(st.EndToken) && (a.low.at(e) == "in" || a.low.at(e) == "aus") && isCap(a.tok(e+1)) {
		k := e + 1
		for k < int(st.EndToken) && k-e <= 3 && isCap(a.tok(k)) && isWordLike(a.tok(k)) {
			k++
		}
		if k < int(st.EndToken) && (finiteAux[a.low.at(k)] || npStop[a.low.at(k)]) {
			e = k
		}
	}
	if e >= int(st.EndToken) || !(finiteAux[a.low.at(e)] || npStop[a.low.at(e)] || isCueWord(a.low.at(e))) {
		return ""
	}
	for t := e; t < at && t < int(st.EndToken); t++ {
		if a.boundaryAt(t) {
			return "" // another clause: "Die ersten Funde machten sie …, war die Gruppe nach eigener Aussage"
		}
	}
	if l := a.low.at(s); l == "der" || l == "die" || l == "das" {
		s++ // "Die Regierung" → "Regierung"
	}
	if s >= e {
		return ""
	}
	sp := a.bytes(s, e)
	return a.d.Text[sp.s:sp.e]
}

// titles before a name are not part of it ("Dr. Lena Hartmann").
var titles = set(`dr dr. prof prof. ing ing. med med. phil phil. jur jur. mag mag. dipl dipl.`)

// sentenceSubject is the subject opening sentence si as an antecedent for later pronouns:
// the name at the end of the phrase when there is one ("Die Sicherheitsforscherin Dr. Lena
// Hartmann, die …" → "Lena Hartmann", a person), else the phrase without its article
// ("Die Regierung in Den Haag will" → "Regierung in Den Haag").
func (a *analyzer) sentenceSubject(si int) (string, bool) {
	st := a.d.Sentences[si]
	f := int(st.FirstToken)
	if f >= int(st.EndToken) || a.inQuote[f] >= 0 || isMarkTok(a.tok(f)) || a.adverbial(f) || subjectPronouns[a.low.at(f)] {
		return "", false // "Im Fahrerlager …", "Als Begründung …" open with no subject
	}
	// a name run, possibly after a role noun and a title: "Die Sicherheitsforscherin Dr. Lena Hartmann"
	t := f
	if determiners[a.low.at(t)] && !isCap(a.tok(t)) || a.low.at(t) == "der" || a.low.at(t) == "die" || a.low.at(t) == "das" {
		t++
	}
	for t < int(st.EndToken) && t-f < maxNP && (adjLike(a.low.at(t)) && !isCap(a.tok(t))) {
		t++
	}
	run := t
	for run < int(st.EndToken) && run-t < 6 && (isCap(a.tok(run)) && isWordLike(a.tok(run)) || a.tok(run) == "." && run > t && titles[a.low.at(run-1)]) {
		run++
	}
	if run-t >= 2 && run < int(st.EndToken) && (a.tok(run) == "," || finiteAux[a.low.at(run)] || npStop[a.low.at(run)] || isCueWord(a.low.at(run))) {
		// the trailing capitalised words after the last title or role noun form the name
		k := run - 1
		for k > t && isCap(a.tok(k-1)) && isWordLike(a.tok(k-1)) && !titles[a.low.at(k-1)] && run-k < 2 {
			k--
		}
		sp := a.bytes(k, run)
		if name := a.d.Text[sp.s:sp.e]; looksLikeName(name) {
			return name, true
		}
	}
	if name := a.clauseSubject(si, int(st.EndToken)); name != "" && !strings.Contains(name, ",") {
		return name, looksLikeName(name)
	}
	return "", false
}

// genitiveOrgName is the nominative of a name of several words after the genitive article at
// token g, up to token e: "des Deutschen Roten Kreuzes" → "Deutsches Rotes Kreuz", "der
// Deutschen Bahn" → "Deutsche Bahn", "des Malteser Hilfsdienstes" → "Malteser Hilfsdienst".
// "der" is a genitive here only before an adjective in -en (a nominative "der Berliner Senat"
// is no genitive). ok is false for other runs, which a reader keeps as written.
func (a *analyzer) genitiveOrgName(g, e int) (string, bool) {
	if g < 0 || e-g-1 < 2 {
		return "", false // one word: the code's single-noun rules apply
	}
	art := a.low.at(g)
	switch art {
	case "des", "eines", "dieses":
	case "der", "einer", "dieser":
		if !inflect.NameAdjective(a.low.at(g + 1)) {
			return "", false
		}
	default:
		return "", false
	}
	for t := g + 1; t < e; t++ {
		if !isCap(a.tok(t)) || !isWordLike(a.tok(t)) {
			return "", false
		}
	}
	return a.nameNominative(g+1, e, art)
}
