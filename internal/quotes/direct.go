package quotes

import "strings"

// Thresholds for telling quotations from titles and scare quotes, tuned on the training and dev
// splits (see README).
const (
	// minWords: shorter quoted phrases need a cue in the same clause or an attribution after them.
	minWords = 4
	// unattributedWords: longer quotations count even without speaker or cue.
	unattributedWords = 6
)

// findDirect pairs the quotation marks and keeps the pairs that are quotations, with their
// attribution.
func (a *analyzer) findDirect() {
	d := a.d
	if len(d.Sentences) == 0 {
		return
	}
	pairs := pairMarks(d.Text, d.Paragraphs)
	// At most one quotation per pair: sized once, as growing would briefly
	// hold a text full of quotations twice.
	a.direct = make([]found, 0, len(pairs))
	prevClose := -1      // token after the previous quotation's closing mark
	prevAccepted := -1   // index into a.direct of the last accepted quotation
	prevCloseSent := -10 // sentence of its closing mark
	for pi, p := range pairs {
		content := span{p.OpenEnd, p.CloseStart}
		// the quoted words: no stray spaces, no comma that English puts inside the marks
		for content.s < content.e && (d.Text[content.s] == ' ' || d.Text[content.s] == '\n') {
			content.s++
		}
		for content.e > content.s && strings.ContainsRune(" \n,;", rune(d.Text[content.e-1])) {
			content.e--
		}
		if !content.ok() {
			continue
		}
		openTok := a.tokenAt(p.OpenStart)
		firstIn := a.tokenAt(p.OpenEnd)
		closeTok := a.tokenAt(p.CloseStart)
		afterClose := a.tokenAt(p.CloseEnd)
		sOpen, sClose := a.sentenceAt(p.OpenStart), a.sentenceAt(p.CloseStart)
		words, final := 0, false
		for t := firstIn; t < closeTok && t < len(d.Tokens); t++ {
			w := a.tok(t)
			if isWordLike(w) {
				words++
			} else if w == "." || w == "!" || w == "?" {
				final = true
			}
		}
		f := found{content: content, typ: "direct", sent: sOpen, para: int(d.Sentences[sOpen].Paragraph)}

		preStart := int(d.Sentences[sOpen].FirstToken)
		if prevClose > preStart && prevClose <= openTok {
			preStart = prevClose
		}
		postEnd := int(d.Sentences[sClose].EndToken)
		for k := pi + 1; k < len(pairs) && k <= pi+2; k++ {
			n := a.tokenAt(pairs[k].OpenStart)
			if n >= postEnd {
				break
			}
			if k == pi+1 && a.shortName(n, a.tokenAt(pairs[k].CloseStart)) {
				// a quoted name may be the speaker: "…“, schrieb „Die Zeit“ in einem Nachruf"
				continue
			}
			postEnd = n
			break
		}

		if p.CloseEnd < len(d.Text) && d.Text[p.CloseEnd] == '-' {
			continue // a quoted modifier in a compound: "„Stuttgart 21“-Gegner"
		}
		nameLike := words < unattributedWords && !final && a.looksLikeName(firstIn, closeTok, openTok, preStart)
		if (nameLike || !final && a.titlePhrase(firstIn, closeTok)) && a.articleBefore(openTok, preStart) {
			continue // "der „New York Times“", "die „Bild“", "des „Gesetzes über den Verfassungsschutz“"
		}
		if a.titleBefore(openTok, preStart) && (isCap(a.tok(firstIn)) || isNumber(a.tok(firstIn))) {
			continue // a quotation right after a title noun names it: "unter dem Motto „…“", "die Yacht „…“"
		}
		if !final && words < 2*unattributedWords && a.inList(openTok, closeTok, afterClose, preStart, postEnd) {
			continue // an enumeration of titles: "darunter „A“, „B“ und „C“"
		}
		post := false
		if s, e := a.parenSpeaker(openTok, afterClose, preStart); e > s && (final || words >= unattributedWords) {
			// a quotation in parentheses right after a name is that person's: "X („…“)"
			f.speaker, post = a.bytes(s, e), true
		} else if s, e := a.withWordsFirst(openTok, afterClose, preStart, postEnd); e > s {
			// "Mit den Worten „…“ eröffnete die Präsidentin die Sitzung"
			f.speaker, f.cue, f.role, post = a.bytes(s, e), a.bytes(openTok-1, openTok), a.apposition(e, postEnd), true
		} else {
			post = a.attributePost(afterClose, postEnd, &f, !nameLike)
		}
		if post && !f.speaker.ok() && f.cue.ok() && !a.en && afterClose < postEnd && a.tok(afterClose) != "," {
			// a verb-final cue after the quotation has its subject before it: "Die Regierung
			// hatte den Bericht als „falsch“ zurückgewiesen", "…, der die Wahl als „Fest“
			// bezeichnete", "Seine Werke werden von Kennern als „Meilensteine“ bezeichnet"
			if s, e, role := a.subject(a.tokenAt(f.cue.s), preStart, postEnd); e > s && (e <= openTok || s > closeTok) {
				f.speaker, f.role = a.bytes(s, e), role
			}
		}
		if !post && afterClose >= postEnd && !final {
			post = a.attributeNext(sClose+1, &f)
		}
		pre, closeCue := false, false
		if !post {
			pre, closeCue = a.attributePre(preStart, openTok, &f)
		}
		if !a.en && post && f.cue.ok() && a.preHasOwnCue(preStart, openTok) {
			// "X sagte, es sei „…“, so Y" is rare; a cue before the quote in the same sentence
			// usually means the mark is part of reported speech, so trust the cue before it.
			g := f
			g.speaker, g.cue, g.role = span{}, span{}, ""
			if ok, cc := a.attributePre(preStart, openTok, &g); ok && cc {
				f = g
			}
		}
		attributed := post || pre
		if !post && nameLike {
			continue
		}
		switch {
		case words < minWords:
			if !(post || (pre && closeCue)) || a.titleBefore(openTok, preStart) {
				continue
			}
		case !attributed:
			if words < unattributedWords && !final || a.titleBefore(openTok, preStart) && !final {
				continue
			}
		}
		if !f.speaker.ok() && !f.cue.ok() && !a.en {
			a.attributeColon(preStart, openTok, &f)
		}
		if words < minWords && !final && !f.speaker.ok() && openTok > preStart && a.low.at(openTok-1) == "als" &&
			(!f.cue.ok() || labelCues[lower(a.d.Text[f.cue.s:f.cue.e])]) {
			// a label without anyone who uses it: "gilt als „…“", "wurde als „…“ bekannt",
			// "von Kritikern als „…“ bezeichnet" with the agent not found
			continue
		}
		if words < minWords && !final && openTok > preStart && (a.low.at(openTok-1) == "genannt" || a.low.at(openTok-1) == "benannt") {
			continue // a name given: "Karl B., genannt „der Graf“"
		}
		// a cue verb coordinated without its own subject ("…“, und fügt hinzu: „…“") speaks
		// for the subject of the quotation before
		coordinated := f.cue.ok() && !a.en && a.tokenAt(f.cue.s) > preStart && a.low.at(a.tokenAt(f.cue.s)-1) == "und"
		if !f.speaker.ok() && prevAccepted >= 0 && sOpen <= prevCloseSent+1 && (coordinated || !a.hasWords(preStart, openTok)) {
			prev := a.direct[prevAccepted]
			if prev.speaker.ok() {
				f.speaker, f.speakerName, f.role, f.inherited, f.claim = prev.speaker, prev.speakerName, prev.role, true, prev.claim
			}
		}
		a.direct = append(a.direct, f)
		prevAccepted = len(a.direct) - 1
		prevCloseSent = sClose
		// a quoted title before does not bound the attribution: "kritisiert in der Zeitung
		// „Neues Deutschland“, die Aktion erinnere „…“"
		prevClose = afterClose
		for t := openTok; t <= closeTok && t < len(d.Tokens); t++ {
			a.inQuote[t] = int32(prevAccepted)
		}
	}
}

// parenSpeaker finds X in "X („…“)": a quotation that fills a parenthesis right after a noun
// phrase naming someone ("der Leiter der Behörde, Jan Roth („…“), und …").
func (a *analyzer) parenSpeaker(openTok, afterClose, from int) (int, int) {
	if a.en || openTok-1 <= from || a.tok(openTok-1) != "(" || afterClose >= len(a.d.Tokens) || a.tok(afterClose) != ")" {
		return 0, 0
	}
	s, e := a.npBackward(openTok-1, from)
	if e > s && e == openTok-1 && a.namesSomeone(s, e) {
		return s, e
	}
	return 0, 0
}

// withWordsFirst finds X in "Mit den Worten „…“ <verb> X …" and "Mit diesen Worten „…“,
// <verb> X": the quotation fills the fronted phrase, and the subject follows the verb.
func (a *analyzer) withWordsFirst(openTok, afterClose, from, to int) (int, int) {
	m := openTok - 3
	if a.en || m < from || m != a.sentFirst(openTok) && (m == 0 || a.tok(m-1) != ":") || a.low.at(m) != "mit" || a.low.at(m+2) != "worten" ||
		a.low.at(m+1) != "den" && a.low.at(m+1) != "diesen" {
		return 0, 0
	}
	v := afterClose
	if v < to && a.tok(v) == "," {
		v++
	}
	if v+1 >= to || isCap(a.tok(v)) || !isWordLike(a.tok(v)) {
		return 0, 0
	}
	if s, e := a.npAfterVerb(v+1, to); e > s && !objectDet[a.low.at(s)] {
		return s, e
	}
	return 0, 0
}

// labelCues name or classify something rather than report what someone said.
var labelCues = set(`gilt gelten galt galten bekannt genannt bezeichnet benannt`)

func (a *analyzer) hasWords(from, to int) bool {
	for t := from; t < to; t++ {
		if isWordLike(a.tok(t)) {
			return true
		}
	}
	return false
}

// titleBefore reports a quotation introduced as a name: "das Projekt „Stuttgart 21“".
func (a *analyzer) titleBefore(openTok, from int) bool {
	if openTok-1 < from {
		return false
	}
	w := a.low.at(openTok - 1)
	if titleNouns[w] {
		return true
	}
	// a compound ending in a title noun ("Regierungsprogramm", "Werbeslogan")
	for n := range titleNouns {
		if len(w) > len(n)+3 && w[len(w)-len(n):] == n {
			return true
		}
	}
	return false
}

// preHasOwnCue reports a speech cue before the quotation in its sentence.
func (a *analyzer) preHasOwnCue(from, to int) bool {
	for t := to - 1; t >= from && to-t <= 25; t-- {
		if _, ok := a.cueAt(t, to); ok {
			return true
		}
	}
	return false
}

// attributePost looks right after the closing mark: "…“, sagte X", "…“, so X", "…“ – X",
// "…“, wie X sagte", "…“, X said"; with verbFinal also "als „…“ bezeichnet" without a comma.
func (a *analyzer) attributePost(from, to int, f *found, verbFinal bool) bool {
	i := from
	comma := false
	if i < to && (a.tok(i) == "," || a.tok(i) == ":") {
		i++
		comma = true
	} else if i > 0 && i-1 < a.low.len() {
		// "„Wann?“ fragte er" needs no comma; "„Channel 10“ berichtete" is a name as subject
		if e := a.d.Tokens[i-1].Start; e > 0 {
			r := a.d.Text[e-1]
			comma = r == '?' || r == '!'
		}
	}
	if i >= to {
		return false
	}
	l := a.low.at(i)
	switch {
	case isDash(a.tok(i)) && i == from:
		s, e := a.npForward(i+1, to)
		if e > s {
			f.speaker = a.bytes(s, e)
			f.role = a.apposition(e, to)
			return true
		}
	case l == "so" && !a.en && verbFinal && i+1 < to && a.isCue(i+1, to):
		// "…“, so charakterisierte ihn der Gewerkschafter"
		if s, e := a.npAfterVerb(i+2, to); e > s {
			f.cue = a.bytes(i+1, i+2)
			f.speaker = a.bytes(s, e)
			f.role = a.apposition(e, to)
			return true
		}
	case l == "so" && !a.en:
		s, e := a.npForward(i+1, to)
		if e > s {
			f.cue = a.bytes(i, i+1)
			f.speaker = a.bytes(s, e)
			f.role = a.apposition(e, to)
			return true
		}
	case l == "mit" && !a.en && i+3 < to && (a.low.at(i+1) == "diesen" || a.low.at(i+1) == "den") && a.low.at(i+2) == "worten":
		// "„…“, mit diesen Worten meldete sich der Trainer zurück": the subject after the verb
		if s, e := a.npAfterVerb(i+4, to); e > s && !objectDet[a.low.at(s)] {
			f.cue = a.bytes(i+2, i+3)
			f.speaker = a.bytes(s, e)
			f.role = a.apposition(e, to)
			return true
		}
	case l == "wie" || l == "as":
		s, e := a.npForward(i+1, to)
		if e > s && e < to {
			if _, ok := a.cueAt(e, to); ok {
				f.cue = a.bytes(e, e+1)
				f.speaker = a.bytes(s, e)
				return true
			}
		}
	}
	if _, ok := a.cueAt(i, to); (ok || finiteAux[l]) && (comma || verbFinal || a.en) {
		// the cue may follow its auxiliary: "…“, wird er zitiert", "…“, hatte sie gesagt"
		c := i
		if !ok {
			c = -1
			for t := i + 1; t < to && t-i < 8; t++ {
				if _, ok := a.cueAt(t, to); ok {
					c = t
					break
				}
			}
			if c < 0 {
				return false
			}
		}
		f.cue = a.bytes(c, c+1)
		if s, e := a.textAfterHeisst(c, to); e > s {
			// "…“, heißt es in dem Schreiben des Verbandes": the text speaks
			f.speaker = a.bytes(s, e)
			return true
		}
		s, e := a.npAfterVerb(i+1, to)
		if c+2 < to && a.low.at(c+1) == "man" {
			if ce, ok := a.cueAt(c, to); ok && ce.Lemma == "zitieren" {
				// "…“, zitierte man die Reporterin X": no one quotes, the one quoted speaks
				s, e = a.npForward(c+2, to)
			}
		}
		if e > s {
			f.speaker = a.bytes(s, e)
			f.role = a.apposition(e, to)
		}
		return true
	}
	if a.en {
		// “…,” the minister said.
		s, e := a.npForward(i, to)
		if e > s && e < to {
			if _, ok := a.cueAt(e, to); ok {
				f.cue = a.bytes(e, e+1)
				f.speaker = a.bytes(s, e)
				return true
			}
		}
	}
	return false
}

// attributeNext handles attribution in the following sentence: "„…“ Das sagte X."
func (a *analyzer) attributeNext(s int, f *found) bool {
	if s >= len(a.d.Sentences) {
		return false
	}
	st := a.d.Sentences[s]
	i := int(st.FirstToken)
	if i+1 >= int(st.EndToken) || !(a.low.at(i) == "das" || a.low.at(i) == "dies" || a.low.at(i) == "so") {
		return false
	}
	if _, ok := a.cueAt(i+1, int(st.EndToken)); !ok {
		return false
	}
	ns, ne := a.npAfterVerb(i+2, int(st.EndToken))
	if ne <= ns {
		return false
	}
	f.cue = a.bytes(i+1, i+2)
	f.speaker = a.bytes(ns, ne)
	f.role = a.apposition(ne, int(st.EndToken))
	return true
}

// attributePre looks before the opening mark: "X sagte: „…“", "X bezeichnete sie als „…“".
// closeCue reports that the cue governs the quotation directly (no clause boundary between).
func (a *analyzer) attributePre(from, to int, f *found) (ok, closeCue bool) {
	konj := -1
	for c := to - 1; c >= from-1 && to-c <= 25; c-- {
		if c < from {
			// only a cue in Konjunktiv I was found: take it
			if c = konj; c < 0 {
				break
			}
		} else if e, isCue := a.cueAt(c, -1); !isCue {
			continue
		} else if cs := a.clauseStart(c, from); !a.en && cs > from && (a.low.at(cs) == "dass" || a.low.at(cs) == "ob") {
			// a cue inside a dass-clause is part of what is reported, not who speaks ("Sie
			// glaubt, dass das Team gestärkt hervorgehen werde: „…“"): the cue before it speaks
			continue
		} else if !a.en && a.closedRelative(c, to) {
			// the cue ends a relative clause that closes before the quotation: it speaks of
			// someone else ("kritisierte X, der zum Boykott aufgerufen hatte, als „…“")
			continue
		} else if konjunktivCue(a.low.at(c), e) && konj < 0 && !a.en {
			// "X kritisiert, die Aktion erinnere „…“": the cue of the report comes before
			konj = c
			continue
		}
		if v := a.particleVerb(c, from); v >= 0 {
			// "gab … bekannt": the particle closes the clause of its verb, which is the cue
			c = v
		}
		closeCue = true
		for t := c + 1; t < to-1; t++ {
			if w := a.tok(t); w == "," || w == ";" || w == ":" || isMarkTok(w) {
				closeCue = false
			}
		}
		f.cue = a.bytes(c, c+1)
		if a.low.at(c) == "bekannt" && c+1 < to && (passiveForms[a.low.at(c+1)] || a.low.at(c+1) == "geworden") ||
			a.becameKnown(c, to) {
			// "war ein neuer Fall bekannt geworden: „…“": what became known has no speaker
			return true, closeCue
		}
		if s, e, role := a.subject(c, from, to); e > s {
			f.speaker = a.bytes(s, e)
			f.role = role
		}
		return true, closeCue
	}
	// "X schloss sich mit den Worten an: „…“": the words are the cue, the clause's verb finds X
	for w := to - 1; w >= from+2 && to-w <= 12 && !a.en; w-- {
		if a.low.at(w) != "worten" || a.low.at(w-1) != "den" || a.low.at(w-2) != "mit" {
			continue
		}
		cs := a.clauseStart(w-2, from)
		for v := cs; v < w-2; v++ {
			if l := a.low.at(v); isCap(a.tok(v)) || !isWordLike(a.tok(v)) || determiners[l] || adjLike(l) && v+1 < w && isCap(a.tok(v+1)) {
				continue
			}
			f.cue = a.bytes(w, w+1)
			if s, e, role := a.subject(v, from, to); e > s {
				f.speaker = a.bytes(s, e)
				f.role = role
			}
			return true, true
		}
		break
	}
	// a source phrase before the quotation: "Das Buch ist laut einem Jurymitglied eine „…“",
	// "Nach Aussagen der Anwältin handelte es sich um „…“"
	for i := from; i < to-1 && !a.en; i++ {
		l := a.low.at(i)
		ns, ne := 0, 0
		switch {
		case l == "laut" || l == "gemäß" || l == "nach" && i+1 < to && isReportNoun(a.low.at(i+1)) && isCap(a.tok(i+1)) ||
			// "Nach den Worten der Sprecherin, Eva Roth, fehle es „…“"
			l == "nach" && i+2 < to && (a.low.at(i+1) == "den" || a.low.at(i+1) == "der") && isReportNoun(a.low.at(i+2)) && isCap(a.tok(i+2)):
			ns, ne = a.sourcePhrase(i+1, to)
		case l == "zufolge":
			ns, ne = a.npBackward(i, from)
		default:
			continue
		}
		if ne > ns {
			// the source names the speaker, but does not make a short phrase a quotation
			f.cue = a.bytes(i, i+1)
			f.speaker = a.bytes(ns, ne)
			return false, false
		}
	}
	// "…, so X weiter: „…“": the source inserted after a report goes on speaking in the
	// quotation its colon opens
	if s, e := a.soBeforeColon(from, to); e > s {
		f.cue = a.bytes(s-1, s)
		f.speaker = a.bytes(s, e)
		f.role = a.apposition(e, to-1)
		return true, true
	}
	// "Merkel: „…“" with no verb, and "Name, Rolle: „…“"
	if to-1 > from && a.tok(to-1) == ":" {
		// the next in a list of speakers after a quotation: "…“), und X: „…“"
		if from > 0 && a.inQuote[from-1] >= 0 {
			for from < to-1 && (a.tok(from) == ")" || a.tok(from) == "," || a.low.at(from) == "und") {
				from++
			}
		}
		s, e := a.npForward(from, to-1)
		if s == from && e == to-1 {
			f.speaker = a.bytes(s, e)
			return true, true
		}
		if e > s && s == from && (prepositions[a.low.at(e)] || aboutAdverbs[a.low.at(e)]) && a.verbless(e, to-1) {
			// a heading without a verb, the speaker and what the words are about: "Die
			// Trainerin nach dem Spiel: „…“", "Kapitän Jonas Reiter zur neuen Saison: „…“",
			// "Der Minister dazu: „…“"
			f.speaker = a.bytes(s, e)
			return true, true
		}
		if s1, e1 := a.npBackSegment(to-1, from); e1 > s1 && s1-1 > from && a.tok(s1-1) == "," {
			if s0, e0 := a.npBackSegment(s1-1, from); e0 > s0 && s0 == from {
				f.speaker = a.bytes(s0, e0)
				sp := a.bytes(s1, e1)
				f.role = a.d.Text[sp.s:sp.e]
				return true, true
			}
		}
	}
	return false, false
}

// particleVerb returns the separable cue verb earlier in the clause whose particle is token p
// ("Dazu gab das Amt weiter bekannt": "bekannt" → "gab"), or -1.
func (a *analyzer) particleVerb(p, from int) int {
	cs := a.clauseStart(p, from)
	for t := p - 1; t >= cs && p-t <= maxClause; t-- {
		for _, e := range cueLexicon()[a.low.at(t)] {
			if e.Particle == a.low.at(p) && !isCap(a.tok(t)) {
				return t
			}
		}
	}
	return -1
}

// becameKnown reports a cue c that is "bekanntwerden" ("wurde … bekannt"): what became known
// is its subject, and nobody speaks.
func (a *analyzer) becameKnown(c, to int) bool {
	e, ok := a.cueAt(c, to)
	return ok && e.Lemma == "bekanntwerden"
}

// closedRelative reports a cue c at the end of a relative clause ("…, der … aufgerufen haben
// soll, …") whose closing comma stands before token to.
func (a *analyzer) closedRelative(c, to int) bool {
	k := c + 1
	for k < to && k-c <= 3 && (finiteAux[a.low.at(k)] || a.low.at(k) == "worden" || a.low.at(k) == "haben" || a.low.at(k) == "sein") {
		k++
	}
	if k >= to || a.tok(k) != "," {
		return false
	}
	cs := a.clauseStart(c, 0)
	if cs == 0 || a.tok(cs-1) != "," {
		return false
	}
	if prepositions[a.low.at(cs)] && cs+1 < c {
		cs++ // "…, von dem er gesprochen hatte, …"
	}
	return relativePronouns[a.low.at(cs)] && a.relativeAt(cs, c+1)
}

// coordinatedSubject finds the subject of a cue verb c that is the second of two coordinated
// verbs and has no subject of its own: "Nach dem Spiel stürmte der Trainer in die Kabine und
// rief: „…“", "Die Ministerin verließ den Saal und hat gesagt: …". In German the second conjunct
// then shares the subject of the first, which is found at the first conjunct's finite verb.
func (a *analyzer) coordinatedSubject(c, from int) (s, e int, role string) {
	k := c - 1
	if k > from && finiteAux[a.low.at(k)] && !isCap(a.tok(k)) {
		k-- // "und hatte gefragt"
	}
	// without "und", a comma and a contrastive or additive adverb right after the verb join
	// the conjunct just as well: "X wollte sich nicht festlegen, sagte aber, …"
	asyndetic := k == c-1 && k > from && a.tok(k) == "," && c+1 < len(a.d.Tokens) && commaConjunctAdverbs[a.low.at(c+1)]
	if asyndetic {
		if cs := a.clauseStart(k, from); relativePronouns[a.low.at(cs)] && !isCap(a.tok(cs)) {
			// the clause before the comma is a relative clause inside the subject: "Der Autor,
			// der als Kritiker gilt, hofft aber, …" is the main clause, no second conjunct
			asyndetic = false
		}
	}
	if k <= from || a.low.at(k) != "und" && !asyndetic {
		return 0, 0, ""
	}
	end := k
	if end-1 > from && a.tok(end-1) == "," {
		end--
	}
	if cs := a.clauseStart(end, from); cs > from+1 && cs < end && a.tok(cs-1) == "," && a.konjIn(cs, end, true) && !a.konjIn(c, c+1, false) && !subjunctiveOrInfinitive(a.low.at(c)) {
		// the first conjunct is a report in Konjunktiv I after its cue ("Die Ministerin
		// erklärte, die Lage sei ernst, und kündigte an, …"): a cue in the indicative does not
		// go on with the report but with the clause that reports it, and shares its subject
		if s, e, role := a.clauseSubjectBefore(cs-1, from); e > s {
			return s, e, role
		}
	}
	return a.clauseSubjectBefore(k, from)
}

// commaConjunctAdverbs stand right after the verb of a conjunct that follows a comma and
// shares the subject of the clause before it.
var commaConjunctAdverbs = set(`aber jedoch allerdings zugleich gleichzeitig zudem außerdem`)

// subjunctiveOrInfinitive reports a cue form that may be a Konjunktiv I (the stem with -e,
// "fürchte", "erwarte") or the infinitive that is also the plural: such a verb after "und"
// may go on with the report ("…, der Patient sei müde und fürchte, …") instead of the clause
// that reports it.
func subjunctiveOrInfinitive(form string) bool {
	for _, e := range cueLexicon()[form] {
		base := strings.TrimPrefix(e.Lemma, e.Particle)
		if form == base || form == strings.TrimSuffix(base, "n") {
			return true
		}
	}
	return false
}

// clauseSubjectBefore finds the subject of the main clause that ends at token k (exclusive).
func (a *analyzer) clauseSubjectBefore(k, from int) (s, e int, role string) {
	cs := a.clauseStart(k, from)
	if cs >= k || conjunctions[a.low.at(cs)] && !isCap(a.tok(cs)) || subordinators[a.low.at(cs)] {
		return 0, 0, ""
	}
	if cs > from && a.tok(cs-1) == "," && !isCap(a.tok(cs)) && isWordLike(a.tok(cs)) && !conjunctions[a.low.at(cs)] &&
		!relativePronouns[a.low.at(cs)] && !prepositions[a.low.at(cs)] {
		// the verb opens the conjunct after a fronted clause or an apposition: "Als …, biss
		// der Mann zu und rief", "Eva Roth, Sprecherin des Vereins, dankte … und ergänzte"
		return a.subject(cs, from, k)
	}
	// the finite verb of the first conjunct: the first lower-case word after the first
	// constituent, as in attributeColon
	for v := cs + 1; v < k && v-cs <= maxNP; v++ {
		w, l := a.tok(v), a.low.at(v)
		// a word in -en before a noun is an adjective, unless a noun stands right before it:
		// no adjective follows its noun ("am Freitagabend zogen Studenten")
		afterNoun := v-1 > cs && isCap(a.tok(v-1)) && isWordLike(a.tok(v-1)) && !determiners[a.low.at(v-1)]
		if !isWordLike(w) || isCap(w) || determiners[l] || genitiveDet[l] || prepositions[l] || conjunctions[l] ||
			adjLike(l) && !afterNoun && v+1 < k && isCap(a.tok(v+1)) || nameWords[l] {
			continue
		}
		return a.subject(v, from, k)
	}
	return 0, 0, ""
}

// aboutAdverbs point to a topic named before: "Der Minister dazu: „…“".
var aboutAdverbs = set(`dazu hierzu darüber hierüber`)

// soBeforeColon finds X in "…, so X: „…“" and "…, so X weiter: „…“" before the quotation at
// token to: "so" after a comma, a noun phrase, at most one adverb of continuation, the colon.
func (a *analyzer) soBeforeColon(from, to int) (int, int) {
	colon := to - 1
	if colon <= from || a.tok(colon) != ":" || a.en {
		return 0, 0
	}
	end := colon
	if end-1 > from && continuationAdverbs[a.low.at(end-1)] {
		end--
	}
	for k := end - 1; k > from && end-k <= maxNP; k-- {
		if a.low.at(k) != "so" || a.tok(k-1) != "," {
			continue
		}
		if s, e := a.npForward(k+1, end); s == k+1 && e > s && (e == end || a.tok(e) == "," && a.apposition(e, colon) != "") {
			return s, e
		}
		break
	}
	return 0, 0
}

// continuationAdverbs follow the source of a report that goes on: "so X weiter".
var continuationAdverbs = set(`weiter zudem außerdem abschließend ferner`)

// adverbialRest reports tokens [s, e) that end a clause after an apposition without a
// verb: prepositional phrases and adverbs ("zum Ausdruck", "dazu an die Anwohner").
func (a *analyzer) adverbialRest(s, e int) bool {
	for t := s; t < e; t++ {
		if l := a.low.at(t); !isCap(a.tok(t)) && clauseAdverbs[l] {
			continue
		}
		if !a.verbless(t, t+1) {
			return false
		}
	}
	return e > s
}

// verbless reports tokens [s, e) that are prepositional phrases only: prepositions, articles,
// adjectives, numbers and capitalised words, no verb.
func (a *analyzer) verbless(s, e int) bool {
	for t := s; t < e; t++ {
		w, l := a.tok(t), a.low.at(t)
		if !(prepositions[l] || aboutAdverbs[l] || determiners[l] || genitiveDet[l] || isCap(w) && isWordLike(w) || isNumber(w) ||
			l == "und" || !isCap(w) && isWordLike(w) && adjLike(l) && t+1 < e && isCap(a.tok(t+1))) {
			return false
		}
	}
	return true
}

// attributeColon finds the speaker of a quotation that a clause without a speech cue
// introduces with a colon: "Den Ärger brachte die Sprecherin zum Ausdruck: „…“", "Am Abend
// wandte sich der Bürgermeister an die Bürger: „…“". The subject of that clause speaks.
func (a *analyzer) attributeColon(from, to int, f *found) {
	colon := to - 1
	if colon <= from || a.tok(colon) != ":" {
		return
	}
	cs := a.clauseStart(colon, from)
	if cs > from && a.tok(cs-1) == "," && a.adverbialRest(cs, colon) {
		// an apposition between commas splits the clause before the colon ("Den Ärger
		// brachte die Sprecherin, Anna Berg, zum Ausdruck:"): when the rest after it has no
		// verb, the clause starts before the apposition
		if p := a.clauseStart(cs-1, from); p > from && p < cs-1 && a.tok(p-1) == "," && a.verbless(p, cs-1) {
			if q := a.clauseStart(p-1, from); q < p-1 {
				cs = q
			}
		}
	}
	if cs >= colon || conjunctions[a.low.at(cs)] && !isCap(a.tok(cs)) || subordinators[a.low.at(cs)] {
		return
	}
	if a.konjIn(cs, colon, true) {
		// the clause reports in Konjunktiv I: the quotation goes on with the speaker before
		// ("Die Pflichten der Union seien klar festgelegt: „…“")
		return
	}
	if l := a.low.at(cs); l == "darin" || l == "dort" || l == "hierin" {
		// "Darin steht unter anderem: „…“": the text named in the sentence before
		if s, e := a.docBefore(cs); e > s {
			f.speaker = a.bytes(s, e)
		}
		return
	}
	if a.textPlaceVerb(cs, colon) && !a.someoneIn(cs, colon) {
		// words that stand in a text or on a sign, with no one saying them: "In dem Entwurf
		// steht der Satz: „…“", "ein Zettel, auf dem geschrieben stand: „…“"; the text is
		// the source
		if a.textRelative(cs, from) {
			if s, e := a.textAntecedent(cs, from); e > s {
				f.speaker = a.bytes(s, e)
			}
			return
		}
		// the place is the text when it opens the clause ("Im Entwurf steht: „…“"), when the
		// words are written or to be read there, or when the clause opens with an adverb
		// and the words follow as subject ("Derzeit steht im Entwurf noch der Satz: „…“");
		// not where a subject stood ("Die Spielerin stand auf dem Rasen: „…“")
		fronted := prepositions[a.low.at(cs)]
		for t := cs; t+1 < colon; t++ {
			if l := a.low.at(t); l == "in" || l == "im" || l == "auf" {
				s, e := a.npForward(t+1, colon)
				if e <= s {
					continue
				}
				subjectAfter := false
				for k := e; k < colon; k++ {
					subjectAfter = subjectAfter || determiners[a.low.at(k)] && !isCap(a.tok(k))
				}
				if fronted || a.textWritten(cs, colon) || !determiners[a.low.at(cs)] && cs+1 < colon && textStand[a.low.at(cs+1)] && subjectAfter {
					f.speaker = a.bytes(s, e)
					return
				}
				break
			}
		}
	}
	// the finite verb: the first lower-case word after the first constituent
	for v := cs + 1; v < colon && v-cs <= maxNP; v++ {
		w, l := a.tok(v), a.low.at(v)
		if !isWordLike(w) || isCap(w) || determiners[l] || genitiveDet[l] || prepositions[l] || conjunctions[l] ||
			adjLike(l) && v+1 < colon && isCap(a.tok(v+1)) || nameWords[l] {
			continue
		}
		// Without a cue the verb says nothing about who speaks, and the first constituent is
		// as often an object ("Jede Schuld weist Berger von sich:"): only a phrase that names
		// someone or a subject pronoun counts, the subject found first, else the phrase after
		// the verb.
		if s, e, role := a.subject(v, from, colon); e > s && (a.namesSomeone(s, e) || a.orgHead(s, e) || a.personHead(s, e)) {
			f.speaker, f.role = a.bytes(s, e), role
		} else if ps, pe := a.speechOf(s, e); pe > ps {
			f.speaker = a.bytes(ps, pe)
		} else if s, e := a.npAfterVerb(v+1, colon); e > s && (a.namesSomeone(s, e) || a.orgHead(s, e) || a.personHead(s, e)) {
			f.speaker, f.role = a.bytes(s, e), a.apposition(e, colon)
		}
		return
	}
}

// someoneIn reports a person named in [s, e), a mention or a person noun ("Der Trainer stand
// auf dem Rasen: „…“" says where someone stood, not where words stand).
func (a *analyzer) someoneIn(s, e int) bool {
	for t := s; t < e; t++ {
		if w := a.tok(t); isCap(w) && isWordLike(w) && (a.inMention(t) || personNoun(w) || subjectPronouns[a.low.at(t)]) {
			return true
		}
		if subjectPronouns[a.low.at(t)] {
			return true
		}
	}
	return false
}

// textPlaceVerb reports a clause [cs, colon) whose verb says where words stand rather than
// who says them: "steht", "stand", "ist zu lesen", "geschrieben", "findet sich".
func (a *analyzer) textPlaceVerb(cs, colon int) bool {
	refl := false
	for t := cs; t < colon; t++ {
		if a.low.at(t) == "sich" {
			refl = true
		}
	}
	for t := cs; t < colon; t++ {
		l := a.low.at(t)
		if !isCap(a.tok(t)) && (textStand[l] || refl && (l == "findet" || l == "fand" || l == "finden" || l == "fanden")) {
			return true
		}
	}
	return a.textWritten(cs, colon)
}

// textStand are the forms of "stehen" that say where words stand.
var textStand = set(`steht stand stehen standen stehe stünde`)

// textWritten reports "geschrieben" or "zu lesen" in [cs, colon): words written or to be read.
func (a *analyzer) textWritten(cs, colon int) bool {
	for t := cs; t < colon; t++ {
		if l := a.low.at(t); !isCap(a.tok(t)) && (l == "geschrieben" || l == "lesen" && t > cs && a.low.at(t-1) == "zu") {
			return true
		}
	}
	return false
}

// speechOf finds the one whose words a phrase [s, e) headed by a speech or content noun
// names with "von" or a genitive: "Das Fazit von Anna Berg fällt gut aus: „…“", "Die
// Antwort der Ministerin kam prompt: „…“". The noun does not speak; its owner does.
func (a *analyzer) speechOf(s, e int) (int, int) {
	h := s
	for h < e && (determiners[a.low.at(h)] || !isCap(a.tok(h)) && adjLike(a.low.at(h))) {
		h++
	}
	if h+1 >= e || !isCap(a.tok(h)) || !contentNouns[a.low.at(h)] && !statementNouns[a.low.at(h)] {
		return 0, 0
	}
	n := h + 1
	if a.low.at(n) == "von" {
		n++
	} else if !genitiveDet[a.low.at(n)] {
		return 0, 0
	}
	ns, ne := a.npForward(n, e)
	if ne <= ns || !(a.namesSomeone(ns, ne) || a.personHead(ns, ne) || a.orgHead(ns, ne)) {
		return 0, 0
	}
	return ns, ne
}

// orgHead reports a noun phrase headed by a noun that names an organisation ("Die Firma",
// "die Landesregierung"): such a phrase is no object of a clause that introduces words.
func (a *analyzer) orgHead(s, e int) bool {
	for t := s; t < e; t++ {
		if w := a.tok(t); isCap(w) && isWordLike(w) && !determiners[a.low.at(t)] && !adjLike(a.low.at(t)) {
			return orgNoun(a.low.at(t))
		}
	}
	return false
}

// namesSomeone reports a noun phrase that holds a name (a capitalised word the lexicon does
// not know as a common noun, or a person mention) before any genitive or prepositional
// attribute ("die Sprecherin Anna Berg", not "Die Pflichten der Union"), or is a subject pronoun.
func (a *analyzer) namesSomeone(s, e int) bool {
	if e-s == 1 && subjectPronouns[a.low.at(s)] {
		return true
	}
	head := false
	for t := s; t < e; t++ {
		w, l := a.tok(t), a.low.at(t)
		if head && (genitiveDet[l] || determiners[l] || prepositions[l] || !isWordLike(w)) {
			return false
		}
		if a.inMention(t) {
			return true
		}
		// a capitalised adjective only opens a sentence ("Neue Zahlen"); "Petersen" is a name
		if !isCap(w) || !isWordLike(w) || determiners[l] || genitiveDet[l] || adjLike(l) && t == a.sentFirst(t) {
			continue
		}
		if !a.commonNoun(w) {
			return true
		}
		head = true
	}
	return false
}

func isMarkTok(w string) bool {
	for _, r := range w {
		if !isMark(r) && r != '\'' {
			return false
		}
	}
	return w != ""
}

func (a *analyzer) bytes(s, e int) span {
	return span{int(a.d.Tokens[s].Start), int(a.d.Tokens[e-1].End)}
}

// nameWords may stand inside a multi-word name ("Alliance for Democracy", "Zeitung für Deutschland").
var nameWords = set(`of for the and against de la le el y di da do du del und von für e.v. &`)

// shortName reports a quotation from its opening mark at token open to its closing mark at
// token close that may be a name: at most four words and no punctuation ("„Die Zeit“",
// "„heise online“").
func (a *analyzer) shortName(open, close int) bool {
	words := 0
	for t := open + 1; t < close; t++ {
		w := a.tok(t)
		if !isWordLike(w) {
			if w == "." || w == "!" || w == "?" || w == "," || w == ":" {
				return false
			}
			continue
		}
		words++
	}
	return words > 0 && words <= 4
}

// articleBefore reports a definite article right before the opening mark at token open, or
// before an adjective there ("der neue „Oberste Rat …“").
func (a *analyzer) articleBefore(open, from int) bool {
	t := open - 1
	if t > from && adjLike(a.low.at(t)) && !isCap(a.tok(t)) && !determiners[a.low.at(t)] {
		t--
	}
	return t >= from && (determiners[a.low.at(t)] || genitiveDet[a.low.at(t)]) && !indefinite[a.low.at(t)]
}

// textAfterHeisst is the text after "heißt es in/auf/bei" following the cue at token c ("…“,
// heißt es in dem Schreiben des Verbandes" → "dem Schreiben des Verbandes"), else nothing.
func (a *analyzer) textAfterHeisst(c, to int) (int, int) {
	if e, ok := a.cueAt(c, to); !ok || e.Lemma != "heißen" || c+3 >= to || a.low.at(c+1) != "es" {
		return 0, 0
	}
	p := c + 2
	for p < to && p-c < 5 && clauseAdverbs[a.low.at(p)] {
		p++ // "heißt es weiter in …"
	}
	switch a.low.at(p) {
	case "in", "im", "auf", "bei", "beim":
		return a.npForward(p+1, to)
	case "von", "vom", "seitens", "aus":
		// the source the words come from: "hieß es vom Sprecher der Stadt", "heißt es aus
		// dem Ministerium"
		return a.npForward(p+1, to)
	}
	return 0, 0
}

// titlePhrase reports a quoted noun phrase that names something ("Preis der Reichsbank für
// Wirtschaftswissenschaften", "Kampagne für ein Freies Tibet"): it opens with a capitalised word
// and has no verb, only articles, prepositions, conjunctions and adjectives in lower case.
// After an article it is a title however long it is; a quotation the article
// governs opens with an adjective ("die „größte Friedensdemo jemals“").
func (a *analyzer) titlePhrase(from, to int) bool {
	if from >= to || !isCap(a.tok(from)) && !isNumber(a.tok(from)) {
		return false
	}
	for t := from; t < to; t++ {
		w, l := a.tok(t), a.low.at(t)
		switch {
		case !isWordLike(w):
			if w == "!" || w == "?" || w == "." || w == ":" {
				return false
			}
		case isCap(w) || isNumber(w):
			if t > from && a.inQuote[t] < 0 && subjectPronouns[l] {
				return false
			}
		case finiteAux[l] || isCueWord(l):
			return false
		case determiners[l] || genitiveDet[l] || prepositions[l] || nameWords[l] || l == "oder" || adjLike(l):
		default:
			return false
		}
	}
	return true
}

// looksLikeName reports a short quoted phrase of capitalised words that names a newspaper,
// organisation or work ("der „Deutschlandfunk“", "„Queer Beograd Kollektiv“") rather than
// quoting someone; after "als"/"für"/"wie" a capitalised word is a predicate ("als „Gesindel“").
func (a *analyzer) looksLikeName(from, to, openTok, preStart int) bool {
	caps := 0
	for t := from; t < to; t++ {
		w := a.tok(t)
		switch {
		case !isWordLike(w):
			if w == "!" || w == "?" {
				return false
			}
		case isCap(w) || isNumber(w):
			caps++
		case nameWords[a.low.at(t)]:
		default:
			return false
		}
	}
	if caps == 0 {
		return false
	}
	if openTok-1 >= preStart {
		switch a.low.at(openTok - 1) {
		case "als", "für", "wie", ":", ",", "vor", "ein", "eine", "einen", "einem", "einer", "eines":
			return false
		}
	}
	return true
}

var indefinite = set(`ein eine einen einem einer eines`)

// inList reports a quotation that is one item of an enumeration of quoted titles.
func (a *analyzer) inList(openTok, closeTok, afterClose, from, to int) bool {
	sep := func(l string) bool { return l == "," || l == "und" || l == "oder" || l == "sowie" }
	if openTok-2 >= from && sep(a.low.at(openTok-1)) && isMarkTok(a.tok(openTok-2)) {
		return true
	}
	if afterClose+1 < a.low.len() && afterClose < to+1 && sep(a.low.at(afterClose)) && isMarkTok(a.tok(afterClose+1)) {
		return true
	}
	return false
}
