package quotes

import (
	"strings"
	"sync"

	"artikel/internal/document"
	"artikel/internal/ner"
)

// maxTries bounds the cue candidates examined per sentence.
const maxTries = 12

// findIndirect adds reported speech sentence by sentence: a cue verb with a dass-clause or a
// Konjunktiv clause, a source phrase (laut X, X zufolge, nach Angaben X), and Konjunktiv
// sentences that continue the previous report.
func (a *analyzer) findIndirect() {
	// out starts as the direct quotations themselves, not a copy (on a text
	// of quotations a copy doubled the analyzer's memory); until out is
	// sorted, out[i] is direct quotation i. Letting go of a.direct lets the
	// old array go when an append moves out.
	a.out, a.direct = a.direct, nil
	d := a.d
	last := found{}
	lastSent := -10
	for si, st := range d.Sentences {
		if int(st.EndToken) <= int(st.FirstToken) {
			continue
		}
		if dl := d.Dateline; dl != nil && int(st.Start) < dl.End && dl.Start < int(st.End) && a.inDateline(st) {
			continue // "…, berichtet aus dem Tagungszentrum: …" is the paper's own dateline
		}
		in, n := 0, 0
		for t := int(st.FirstToken); t < int(st.EndToken); t++ {
			n++
			if q := a.inQuote[t]; q >= 0 {
				in++
				last = a.out[q]
			}
		}
		quoted := in*2 > n
		firstQuoted := int(st.End)
		if quoted {
			lastSent = si
			for t := int(st.FirstToken); t < int(st.EndToken); t++ {
				if a.inQuote[t] >= 0 {
					firstQuoted = int(d.Tokens[t].Start)
					break
				}
			}
		}
		if f, ok := a.previousSentence(si); ok && lastSent < si-1 {
			a.out = append(a.out, f)
			last, lastSent = f, si
			continue
		} else if ok && f.speaker.ok() && lastSent == si-1 {
			// the sentence before was reported without a speaker ("Wie bekannt wurde, …");
			// "Das berichteten X." names who reported it
			if p := &a.out[len(a.out)-1]; p.sent == si-1 && p.typ == "indirect" && !p.speaker.ok() {
				p.speaker, p.cue, p.role, p.noSpeaker = f.speaker, f.cue, f.role, false
				last, lastSent = *p, si
				continue
			}
		}
		// a sentence may hold several reports ("…, so Celebi, die auch angab, dass …")
		tries, from, any := 0, int(st.FirstToken), false
		var prev span
		for from < int(st.EndToken) {
			f, at, ok := a.indirectIn(si, from, &tries)
			if !ok {
				break
			}
			if quoted && (f.content.e > firstQuoted || !a.clauseReport(f.content)) {
				// a sentence that is mostly a quotation reports only before it ("Er glaubt,
				// dass … sei: „…“"); after it, the words around the cue are its attribution,
				// also of a partial quotation inside the report ("Der Iran müsse „…“ beenden,
				// so X")
				a.attributeInner(f)
			} else if !any || f.content.s >= prev.e || f.content.e <= prev.s {
				a.out = append(a.out, f)
				last, lastSent, any, prev = f, si, true, f.content
			} else if p := &a.out[len(a.out)-1]; !p.speaker.ok() && f.speaker.ok() && !f.inherited &&
				(f.speaker.e <= p.content.s || f.speaker.s >= p.content.e) {
				// a second report of the same words names, outside them, who said them: "Die
				// Stadt wird aufgefordert, … zu …, so X" (a passive without agent first)
				p.speaker, p.cue, p.role, p.speakerName, p.noSpeaker = f.speaker, f.cue, f.role, f.speakerName, false
				last = *p
			}
			from = at + 1
		}
		if any || quoted {
			continue
		}
		if si == lastSent+1 && last.speaker.ok() && int(st.Paragraph) == int(d.Sentences[lastSent].Paragraph) &&
			a.konjIn(int(st.FirstToken), int(st.EndToken), true) && !a.isQuestion(int(st.EndToken)) {
			f := found{content: a.trimSpan(span{int(st.Start), int(st.End)}), typ: "indirect", sent: si, para: int(st.Paragraph),
				speaker: last.speaker, speakerName: last.speakerName, role: last.role, inherited: true, free: true}
			if a.overlapsDirect(f.content) {
				continue
			}
			a.out = append(a.out, f)
			lastSent = si
		}
	}
}

// attributeInner gives the direct quotations inside the report f that have no speaker the
// speaker of f: a report dropped for a partial quotation that holds most of its words ("Der
// Verband müsse „…“ beenden, so X") still names who said the quoted words.
func (a *analyzer) attributeInner(f found) {
	if !f.speaker.ok() {
		return
	}
	for t := a.tokenAt(f.content.s); t < len(a.d.Tokens) && int(a.d.Tokens[t].Start) < f.content.e; t++ {
		q := a.inQuote[t]
		if q < 0 {
			continue
		}
		d := &a.out[q]
		if !d.speaker.ok() && !d.noSpeaker && d.content.s >= f.content.s && d.content.e <= f.content.e {
			d.speaker, d.cue, d.role, d.speakerName = f.speaker, f.cue, f.role, f.speakerName
		}
	}
}

func (a *analyzer) isQuestion(end int) bool { return end > 0 && a.tok(end-1) == "?" }

// clauseReport reports that span s is a reported clause of its own: a dass- or ob-clause or one
// with a Konjunktiv, not a noun phrase or the cue's own clause.
func (a *analyzer) clauseReport(s span) bool {
	t, e := a.tokenAt(s.s), a.tokenAt(s.e)
	if l := a.low.at(t); l == "dass" || l == "daß" || l == "ob" {
		return true
	}
	return a.konjIn(t, e, false)
}

func (a *analyzer) overlapsDirect(s span) bool {
	for t := a.tokenAt(s.s); t < len(a.d.Tokens) && int(a.d.Tokens[t].Start) < s.e; t++ {
		if a.inQuote[t] >= 0 {
			q := a.out[a.inQuote[t]].content
			// a short partial quotation inside reported speech is fine; a long one is its own quote
			if (q.e-q.s)*2 > s.e-s.s {
				return true
			}
		}
	}
	return false
}

func (a *analyzer) konjIn(s, e int, strict bool) bool {
	for t := s; t < e; t++ {
		if a.inQuote[t] >= 0 {
			continue
		}
		if strict && konjunktivStrict[a.low.at(t)] || !strict && konjunktiv[a.low.at(t)] {
			return true
		}
	}
	return false
}

// wordsIn counts word tokens in [s, e), stopping at 16: callers only compare with small
// numbers, and the cap keeps repeated calls on one long sentence linear.
func (a *analyzer) wordsIn(s, e int) int {
	n := 0
	for t := s; t < e && n < 16; t++ {
		if isWordLike(a.tok(t)) {
			n++
		}
	}
	return n
}

// Kinds of cue word in cueKinds.
const (
	cueVerb = 1 << iota // a form in the cue lexicon (isCueWord)
	cueNoun             // a speech noun (nounCues)
)

// cueKinds tells, for every word that is one, whether it is a cue verb and
// whether a speech noun: indirectIn asks both of every word it passes.
var cueKinds = sync.OnceValue(func() map[string]uint8 {
	kinds := map[string]uint8{}
	for w, es := range cueLexicon() {
		if len(es) > 0 {
			kinds[w] |= cueVerb
		}
	}
	for w, ok := range nounCues {
		if ok {
			kinds[w] |= cueNoun
		}
	}
	return kinds
})

// indirectIn finds the next reported clause of sentence si whose cue is at or after token from;
// at is the cue's token. tries counts the attempts across calls on one sentence.
func (a *analyzer) indirectIn(si, from int, tries *int) (f found, at int, ok bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	for i := from; i < end && *tries < maxTries; i++ {
		if a.inQuote[i] >= 0 {
			continue
		}
		l := a.low.at(i)
		// each word is looked up once, in one table: most are none of these
		f := cueKinds()[l]
		cue, noun := f&cueVerb != 0, f&cueNoun != 0
		if l == "laut" || l == "gemäß" || l == "nach" || l == "zufolge" || l == "demnach" || l == "wonach" || l == "so" || cue || noun {
			*tries++ // each attempt may scan the sentence once; a bounded number keeps it linear
		}
		switch {
		case l == "laut" && i+2 < end && a.tok(i+1) == "," && i > first:
			// "Vorwürfe werden laut, dass …": the voices raised speak
			if f, ok := a.raisedVoices(si, i); ok {
				return f, i, true
			}
		case (l == "laut" || l == "gemäß") && i+1 < end && (isWordLike(a.tok(i+1)) || isMarkTok(a.tok(i+1))):
			if ns, ne := a.sourcePhrase(i+1, end); ne > ns {
				if f, ok := a.sourceQuote(si, i, i, ne, ns, ne); ok {
					return f, i, true
				}
			}
		case l == "nach" && i > first+1 && isReportNoun(a.low.at(i-1)) && (determiners[a.low.at(i-2)] || genitiveDet[a.low.at(i-2)]):
			// postposition: "seiner Meinung nach"
			if f, ok := a.sourceQuote(si, i, i-2, i+1, i-2, i); ok {
				return f, i, true
			}
		case l == "nach" && i > first+1 && i+3 < end && a.tok(i-1) == "," && nachRelatives[a.low.at(i+1)]:
			// "Gerüchte, nach denen …", "eine Studie, nach der …": like "wonach" after a report
			// noun; the relative pronoun is the mention of the source, as for a relative
			// pronoun before a cue
			if ns, ne := a.npBackward(i-1, first); ne > ns && (isReportNoun(a.low.at(ne-1)) || claimNoun(a.low.at(ne-1)) || nachSource(a.low.at(ne-1)) || docNoun(a.low.at(ne-1))) {
				q := a.trimSpan(span{int(a.d.Tokens[i+2].Start), a.reportEnd(i+2, end)})
				if a.wordsIn(a.tokenAt(q.s), a.tokenAt(q.e)) >= 3 && !a.overlapsDirect(q) {
					return found{content: q, typ: "indirect", cue: a.bytes(i, i+1), speaker: a.bytes(i+1, i+2), sent: si, para: int(st.Paragraph)}, i, true
				}
			}
		case l == "nach" && i+1 < end:
			for j := i + 1; j < end && j-i <= 3; j++ {
				if nachSource(a.low.at(j)) && isCap(a.tok(j)) {
					if ns, ne := a.sourcePhrase(i+1, end); ne > ns {
						if f, ok := a.sourceQuote(si, i, i, ne, ns, ne); ok {
							return f, i, true
						}
					}
					break
				}
				if !determiners[a.low.at(j)] && !adjLike(a.low.at(j)) &&
					!(isCap(a.tok(j)) && strings.HasSuffix(a.tok(j), "s") && j+1 < end && nachSource(a.low.at(j+1))) {
					break // a name in the genitive may come first: "Nach Grupps Meinung"
				}
			}
		case l == "zufolge":
			if ns, ne := a.npBackward(i, first); ne > ns {
				if f, ok := a.sourceQuote(si, i, ns, i+1, ns, ne); ok {
					return f, i, true
				}
			}
		case l == "demnach" || l == "wonach":
			q := span{int(a.d.Tokens[i].End), int(st.End)}
			if i == first+1 || l == "demnach" && i > first+1 {
				q = span{int(st.Start), int(st.End)}
			}
			if l == "wonach" || i == first {
				q = span{int(a.d.Tokens[i].End), int(st.End)}
			}
			q = a.trimSpan(q)
			if a.wordsIn(a.tokenAt(q.s), a.tokenAt(q.e)) >= 3 && !a.overlapsDirect(q) {
				// the anaphor is the annotated source; resolve names what it points back to.
				// "…, wonach" refers to the noun phrase before the comma ("Meldungen, wonach …").
				spk := a.bytes(i, i+1)
				if l == "wonach" && i > first && a.tok(i-1) == "," {
					if s, e := a.npBackward(i-1, first); e > s {
						spk = a.bytes(s, e)
					} else if s, e := a.npBackTitle(i-1, first); e > s {
						spk = a.bytes(s, e)
					}
				}
				return found{content: q, typ: "indirect", cue: a.bytes(i, i+1), speaker: spk, sent: si, para: int(st.Paragraph)}, i, true
			}
		case l == "danach" && i == first && i+3 < end && a.reportBefore(si):
			// "Die Bank legte ihre Zahlen vor. Danach verlor sie …": after a report, "danach"
			// means "according to it", not "afterwards"
			q := a.trimSpan(span{int(a.d.Tokens[i].End), int(st.End)})
			if a.wordsIn(a.tokenAt(q.s), a.tokenAt(q.e)) >= 3 && !a.overlapsDirect(q) && a.hasVerb(i+1, end) {
				return found{content: q, typ: "indirect", cue: a.bytes(i, i+1), speaker: a.bytes(i, i+1), sent: si, para: int(st.Paragraph)}, i, true
			}
		case l == "so" && i > first && (a.tok(i-1) == "," || isDash(a.tok(i-1))):
			// "…, so der Minister." and inserted "…, so der Minister, …", "– so Berger –"
			if f, ok := a.insertedSo(si, i); ok {
				return f, i, true
			}
		case beliefAdjectives[l] && !isCap(a.tok(i)) && i+2 < end && a.tok(i+1) == ",":
			if f, ok := a.adjectiveClause(si, i); ok {
				return f, i, true
			}
		case noun && isCap(a.tok(i)) && i+2 < end && a.tok(i+1) == ",":
			if f, ok := a.nounClause(si, i, i+1); ok {
				return f, i, true
			}
		case noun && isCap(a.tok(i)) && i > first && i+3 < end && a.tok(i+2) == "," && a.closesNounVerb(i+1) && !prepositions[a.low.at(i-1)]:
			// the speech noun is the object of the verb that closes its clause: "hat den
			// Vorschlag unterbreitet, …", "sprach eine Warnung aus, …", "liegt die Äußerung
			// vor, …"; the clause after the comma is its content. Right after a preposition the
			// noun names a state ("steht im Verdacht, …"), not what someone said; without a
			// subject before it, the noun is no one's act ("war der Eindruck entstanden, …")
			if f, ok := a.nounClause(si, i, i+2); ok && f.speaker.ok() {
				return f, i, true
			}
		case noun && isCap(a.tok(i)) && i+3 < end && copulaForms[a.low.at(i+1)] && a.tok(i+2) == "," && a.isNP(first, i+1):
			// the speech noun opens the sentence as the subject of "sein": "Seine Forderung ist,
			// dass …"; with no one else named, the noun phrase is what the annotation marks as
			// the source
			if f, ok := a.nounClause(si, i, i+2); ok {
				f.speaker = a.bytes(first, i+1)
				return f, i, true
			}
		case noun && isCap(a.tok(i)) && i+3 < end && (a.low.at(i+1) == "der" || a.low.at(i+1) == "des"):
			// "Dem Appell der Feuerwehr, … zu …": the genitive names the source
			if b := a.genitiveEnd(i+1, end); b > 0 && b+1 < end {
				if f, ok := a.nounClause(si, i, b); ok {
					f.speaker = a.bytes(i+1, b)
					return f, i, true
				}
			}
		case i+3 < end && sourceAttribute[a.low.at(i+1)] && isCap(a.tok(i)) && (noun || nounCues[pluralStem(l)]):
			// the source as an attribute after the speech noun, also in the plural: "die
			// Forderungen von Verbänden der Opposition, … zu …", "die Ankündigung ihres
			// Trainers, … zu …"; the attribute is the source, as with the genitive above
			if s, b := a.attributeEnd(i+1, end); b > 0 && b+1 < end {
				if a.low.at(i+1) == "von" {
					// with "von" the source is the noun phrase with its attribute, as
					// annotated ("die Forderungen von Verbänden der Opposition"), so that
					// its name is put in the nominative like that of "nach Angaben von X"
					s = a.phraseStart(i, first, 3, false) // the article and the adjectives before the noun
				}
				if e := a.shortApposition(b+1, end); e > 0 {
					// an apposition to the source: "die Ankündigung ihres Trainers, Max Roth,
					// … zu …"; a relative clause after it has a verb of its own ("die
					// Aussage von X, Rolle, der sagte, …")
					if e+1 < end && !a.relativeAt(e+1, end) {
						if f, ok := a.nounClause(si, i, e); ok {
							f.speaker = a.bytes(s, e)
							return f, i, true
						}
					}
				} else if f, ok := a.nounClause(si, i, b); ok {
					f.speaker = a.bytes(s, b)
					return f, i, true
				}
			}
		case (l == "weil" || l == "da") && i > first+2 && a.tok(i-1) == ",":
			if f, ok := a.reasonClause(si, i); ok {
				return f, i, true
			}
		case cue || a.en: // (English cues have a lexicon of their own)
			if f, ok := a.reportedClause(si, i); ok {
				return f, i, true
			}
		}
	}
	return found{}, 0, false
}

// reasonClause is a causal clause in the Konjunktiv I after a main clause in the indicative at
// token i ("Der Verein sagte das Fest ab, weil der Platz zu nass sei"): the mood marks the reason
// as the subject's, not the writer's, so the subject of the main clause is its source.
func (a *analyzer) reasonClause(si, i int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	if !a.konjIn(i+1, a.clauseEnd(i, end), true) || a.konjIn(first, i, false) {
		return found{}, false // an indicative reason is the writer's; a Konjunktiv before is a report of its own
	}
	s, e, role := a.clauseSubjectBefore(i-1, first)
	if e <= s {
		return found{}, false
	}
	f, ok := a.cuedReport(si, i, span{int(a.d.Tokens[i].Start), a.reportEnd(i, end)})
	if !ok {
		return found{}, false
	}
	f.cue = span{}
	f.speaker, f.role = a.bytes(s, e), role
	return f, true
}

// closesNounVerb reports a participle, a separable particle or another verb form at token t
// right after a noun and before a comma: the verb that closes the noun's clause.
func (a *analyzer) closesNounVerb(t int) bool {
	w, l := a.tok(t), a.low.at(t)
	if isCap(w) || !isWordLike(w) || copulaForms[l] || relativePronouns[l] || determiners[l] || prepositions[l] && !separableParticles[l] {
		return false
	}
	return separableParticles[l] || a.hasVerb(t, t+1)
}

// separableParticles close a clause of a separable verb: "stellte die Theorie auf".
var separableParticles = set(`ab an auf aus bei ein fest fort her hin mit nach vor weg zu zurück zusammen dar vorbei
	weiter hervor heraus hinzu nieder entgegen voran voraus`)

// modalAdverbs hedge a whole clause; one may open a reported main clause before its verb.
var modalAdverbs = set(`vermutlich angeblich offenbar offensichtlich wahrscheinlich möglicherweise eventuell
	vielleicht sicherlich womöglich`)

// raisedVoices is the report after "laut werden" at token i ("Kritik wird laut, dass …",
// "Vorwürfe werden laut, die Firma habe …"), with the noun that was raised as the speaker.
func (a *analyzer) raisedVoices(si, i int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	cs, w := a.clauseStart(i, first), -1
	for t := cs; t < i && w < 0; t++ {
		if l := a.low.at(t); l == "wird" || l == "werden" || l == "wurde" || l == "wurden" || l == "würden" {
			w = t
		}
	}
	n := i + 2
	if w < 0 {
		return found{}, false
	}
	var q span
	switch nl := a.low.at(n); {
	case nl == "dass" || nl == "daß" || nl == "ob":
		q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
	case a.mainClauseStart(n) && a.wordsIn(n, end) >= 4:
		q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
	default:
		return found{}, false
	}
	f, ok := a.cuedReport(si, i, q)
	if !ok {
		return found{}, false
	}
	if s, e := a.npForward(cs, w); e == w && e > s && !a.adverbial(cs) && a.low.at(s) != "es" {
		f.speaker = a.bytes(s, e) // "Kritik wird laut"
	} else if s, e := a.npAfterVerb(w+1, i); e > s {
		f.speaker = a.bytes(s, e) // "Erneut wurden Vorwürfe laut"
	}
	return f, true
}

// sourcePreps open a source of their own ("so der Präsident laut BBC News"), which the
// reference marks as the speaker.
var sourcePreps = set(`laut nach gemäß zufolge`)

// soTail are the words that may follow the speaker of "so X": "so Obama weiter", "so die
// Ministerin abschließend".
var soTail = set(`weiter weiterhin abschließend ergänzend zudem außerdem später damals gestern heute zuletzt jüngst kürzlich einst`)

// insertedSo is the report around "so X" at token i (after a comma or dash): "Die Lage sei ernst,
// so der Minister.", "Dennoch, so Nacke, habe …", "Ihr Gegner, so Müller weiter, würde …",
// "… dankbar – so Berger –, trotzdem …", "…, so die Autorin in einem Beitrag, …".
func (a *analyzer) insertedSo(si, i int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	if i >= first+2 && a.inQuote[i-2] >= 0 {
		// "„…“, so X." after a sentence's end: X speaks the quotation, not a report around it
		// (a partial quotation ending a report keeps it: "Sie hätten „…“, so X.")
		o := a.tokenAt(a.out[a.inQuote[i-2]].content.s) - 1
		if o <= first || o-1 >= 0 && (a.tok(o-1) == "." || a.tok(o-1) == "!" || a.tok(o-1) == "?" || a.tok(o-1) == ":") {
			return found{}, false
		}
	}
	ns, ne := a.npForward(i+1, end)
	if ne <= ns {
		return found{}, false
	}
	pe := ne // end of the phrase: the speaker and what goes with it
	if pe < end-1 && (soTail[a.low.at(pe)] || prepositions[a.low.at(pe)] && !isCap(a.tok(pe)) && !sourcePreps[a.low.at(pe)]) && (isCap(a.tok(ns)) || determiners[a.low.at(ns)]) {
		// "so Obama weiter", "so der Autor in einem Blogeintrag": up to the next comma, dash or
		// the sentence's end, with no verb in between (which would make it a clause of its own)
		t := pe
		for t < end-1 && t-pe <= maxNP && a.tok(t) != "," && !isDash(a.tok(t)) && a.tok(t) != ":" {
			l := a.low.at(t)
			if finiteAux[l] || isCueWord(l) && !isCap(a.tok(t)) || conjunctions[l] || a.inQuote[t] >= 0 {
				return found{}, false
			}
			t++
		}
		pe = t
	}
	if pe < end-1 && a.tok(pe) != "," && !isDash(a.tok(pe)) {
		return found{}, false
	}
	if pe < end-1 && a.tok(pe) == "," && a.listTail(pe+1, end) {
		return found{}, false // "…, so der Bürgermeister, die Landrätin und der Pfarrer." lists examples
	}
	// where the report goes on after the phrase (rs >= end-1: it does not)
	rs := pe + 1
	if rs < end-1 && a.tok(pe) == "," {
		switch {
		case a.relativeAt(rs, end):
			// "…, so Celebi, die auch angab, dass …" states more; "…, so die Ergebnisse eines
			// Richters, der dort arbeitet, …" goes on after the relative clause
			r := a.clauseEnd(rs, end)
			rs = end
			if r < end-1 && a.tok(r) == "," && !a.cueIn(pe, r) {
				rs = r + 1
			}
		case a.apposition(ne, end) != "":
			// "so Müller, Sprecher des Vereins, …" goes on after the apposition; "so Frank
			// Karl, Leiter der Abteilung für X." ends with it
			r := a.clauseEnd(rs, end)
			rs = end
			if r < end-1 && a.tok(r) == "," {
				rs = r + 1
			}
		}
	}
	if rs < end && a.tok(rs) == "," {
		rs++ // "– so Berger –, trotzdem …"
	}
	if rs < end-1 && a.tok(pe) == "," && a.appositionTail(rs, end) {
		rs = end // "…, so Frank Karl, Leiter der Abteilung für X."
	}
	leftEnd := int(a.d.Tokens[i-1].Start)
	lw := a.wordsIn(first, i-1)
	var q span
	switch {
	case rs >= end-1 || a.wordsIn(rs, end) < 2:
		if lw < 3 {
			return found{}, false
		}
		q = span{int(st.Start), leftEnd}
	default:
		right := a.trimSpan(span{int(a.d.Tokens[rs].Start), int(st.End)})
		left := a.trimSpan(span{int(st.Start), leftEnd})
		if lw < 3 {
			// a short opening ("Dennoch", "Ihr Gegner") belongs to the report after the phrase
			q = span{left.s, right.e}
		} else {
			// the report goes on after the inserted phrase: keep the longer side when it
			// holds most of the reported words, else the whole sentence (as for source phrases)
			q = a.aroundPhrase(left, right)
		}
		if (lw < 3 || isDash(a.tok(i-1))) && !a.konjIn(first, end, false) && !a.zuInfinitive(rs, end) {
			// without a comma before and after, "so" is as often "thus"; the report must
			// show itself in the mood or a zu-infinitive
			return found{}, false
		}
	}
	q = a.trimSpan(q)
	f := found{content: q, typ: "indirect", cue: a.bytes(i, i+1), speaker: a.bytes(ns, ne),
		role: a.apposition(ne, end), sent: si, para: int(st.Paragraph)}
	if a.overlapsDirect(q) {
		a.attributeInner(f)
		return found{}, false
	}
	return f, true
}

// appositionAt reports a noun phrase at token n that no verb follows, after a cue and its
// subject: it ends the sentence, or a prepositional phrase or a relative clause does
// ("…“, sagte Jan Berg, Leiter des Amtes, in Bonn", "…, sagte Eva Roth, Chefin der Gruppe, die
// den Bericht schrieb."), so it describes the speaker instead of opening a main clause ("…, sagte
// er, die Stadt plant …").
func (a *analyzer) appositionAt(n, end int) bool {
	s, e := a.npForward(n, end)
	if e <= s || subjectPronouns[a.low.at(s)] {
		return false
	}
	if e >= end-1 {
		return true
	}
	if a.tok(e) != "," || e+1 >= end-1 {
		return e+1 >= end-1 || a.appositionVerbless(n, end)
	}
	if prepositions[a.low.at(e+1)] && !isCap(a.tok(e+1)) && a.clauseEnd(e+1, end) >= end-1 {
		return true
	}
	if a.relativeAt(e+1, end) && a.clauseEnd(e+1, end) >= end-1 {
		return true
	}
	// the same with a quoted name or an attribute inside ("der Sprecher der so genannten
	// „Bergwacht“", "…, die das Amt auf seine „Eignung“ hin prüften"): no verb outside the
	// quotation and the relative clauses, so no main clause
	return a.appositionVerbless(n, end)
}

// appositionVerbless reports that tokens [n, end) are one phrase without a verb outside quotation marks,
// apart from relative clauses after a comma ("…, die den Bericht schrieb"). Another comma
// ends the phrase: what follows may be the cue's object, which the annotation counts as the
// report ("prognostizierte X, Leiter des Amtes, einen Anstieg der Preise").
func (a *analyzer) appositionVerbless(n, end int) bool {
	s := n
	for t := n; t <= end; t++ {
		if t < end && a.tok(t) == "," && !(t+1 < end && a.relativeAt(t+1, end)) {
			return false
		}
		if t < end && a.inQuote[t] < 0 && a.tok(t) != "," {
			continue
		}
		if t > s && a.hasVerb(s, t) {
			return false
		}
		if t < end && a.tok(t) == "," {
			t = a.infinitiveEnd(t+1, end) // the relative clause, quotations inside included
			if t >= end-1 {
				return true
			}
			if a.tok(t) != "," {
				return false
			}
		}
		s = t + 1
	}
	return true
}

// subjectNP reports that tokens [s, e) after a cue are its subject, a noun phrase, also after
// a reflexive pronoun ("äußerte sich der Leiter des Amtes").
func (a *analyzer) subjectNP(s, e int) bool {
	if s+1 < e && a.low.at(s) == "sich" {
		s++
	}
	return a.isNP(s, e)
}

// isNP reports that tokens [s, e) are one noun phrase.
func (a *analyzer) isNP(s, e int) bool {
	ns, ne := a.npForward(s, e)
	return ns == s && ne == e && e > s
}

// appositionTail reports that tokens [s, end) of a sentence are a phrase without a verb of
// their own (no comma, auxiliary, cue, Konjunktiv or zu-infinitive): an apposition to the speaker
// before them ("Leiter der Abteilung für X", "verbunden mit einer Kritik an Y"), not the rest of
// the report.
func (a *analyzer) appositionTail(s, end int) bool {
	for t := s; t < end-1; t++ {
		l := a.low.at(t)
		if a.tok(t) == "," || finiteAux[l] || konjunktiv[l] || isCueWord(l) && !isCap(a.tok(t)) || a.inQuote[t] >= 0 {
			return false
		}
	}
	return !a.zuInfinitive(s, end)
}

// listTail reports that tokens [s, end) of a sentence are noun phrases joined by "und" or
// "sowie", with no verb: the rest of a list of examples.
func (a *analyzer) listTail(s, end int) bool {
	and := false
	for t := s; t < end-1; t++ {
		l := a.low.at(t)
		if finiteAux[l] || konjunktiv[l] || isCueWord(l) && !isCap(a.tok(t)) {
			return false
		}
		and = and || l == "und" || l == "sowie"
	}
	return and
}

// cueIn reports a cue verb in tokens [s, e).
func (a *analyzer) cueIn(s, e int) bool {
	for t := s; t < e; t++ {
		if isCueWord(a.low.at(t)) && !isCap(a.tok(t)) {
			return true
		}
	}
	return false
}

// aroundPhrase is the report on both sides of an inserted source phrase. The reference excludes
// the phrase and marks both sides of it; a quotation is one span, so it is the longer side when
// that holds most of the reported words, else the whole clause with the phrase inside, whichever
// shares more with both sides.
func (a *analyzer) aroundPhrase(left, right span) span {
	l, r := left.e-left.s, right.e-right.s
	p := right.s - left.e
	q := left
	if r > l {
		q = right
	}
	if float64(l+r)/float64(l+r+p) > float64(max(l, r))/float64(l+r) {
		q = span{left.s, right.e}
	}
	return q
}

// sourceQuote reports the sentence around a source phrase [ps, pe) with speaker [ns, ne).
func (a *analyzer) sourceQuote(si, cue, ps, pe, ns, ne int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	var q span
	switch {
	case ps == first || ps == first+1 && (conjunctions[a.low.at(first)] || clauseAdverbs[a.low.at(first)]):
		q = span{int(a.d.Tokens[pe-1].End), int(st.End)}
		if r := a.sourceRelativeEnd(pe, end); r > 0 {
			q.s = int(a.d.Tokens[r].End)
		}
	case pe >= end-1:
		q = span{int(st.Start), int(a.d.Tokens[ps].Start)}
	default:
		cs := a.clauseStart(ps, first)
		if cs > first && a.tok(cs-1) == "," && a.finiteVerbAt(cs) {
			// the comma closes a fronted clause or the subject's relative clause, and the
			// main clause goes on with its verb: the report is the whole sentence ("Ob der
			// Flughafen öffnet, entscheidet sich laut X …", "Ein Gesetz, das …, verstößt nach
			// Ansicht von X gegen …")
			cs = first
		}
		left := span{int(a.d.Tokens[cs].Start), int(a.d.Tokens[ps].Start)}
		q = a.aroundPhrase(left, span{int(a.d.Tokens[pe-1].End), a.reportEnd(pe-1, end)})
	}
	q = a.trimSpan(q)
	f := found{content: q, typ: "indirect", cue: a.bytes(cue, cue+1), speaker: a.bytes(ns, ne),
		sent: si, para: int(st.Paragraph)}
	if a.wordsIn(a.tokenAt(q.s), a.tokenAt(q.e)) < 3 {
		return found{}, false
	}
	if a.overlapsDirect(q) {
		a.attributeInner(f)
		return found{}, false
	}
	return f, true
}

// reflexiveOnly are cues only as reflexive verbs: "sich einigen" (agree); without "sich" the
// forms are the quantifier "einige", "einigen".
var reflexiveOnly = set(`einigen`)

// ownClause reports a main clause with its own subject and verb from token n: "So berichtete
// ein Mann im Radio, er warte im Keller …" reports that clause, not the sentence before.
func (a *analyzer) ownClause(n, end int) bool {
	if !subjectPronouns[a.low.at(n)] && !determiners[a.low.at(n)] || a.relativeAt(n, end) {
		return false
	}
	return a.hasVerb(n, a.clauseEnd(n, end))
}

// modalInfinitive reports cue c as a zu-infinitive after a form of "sein" in its clause: "Es
// ist davon auszugehen, dass …", "Es ist nicht damit zu rechnen, …", "Auch Positives ist zu
// berichten: …" say what one must assume or can report, in the writer's voice.
func (a *analyzer) modalInfinitive(c, first int) bool {
	if !(c > first && a.low.at(c-1) == "zu" || strings.Contains(a.low.at(c), "zu") && a.zuForm(a.low.at(c))) {
		return false
	}
	if c-2 >= first && a.low.at(c-1) == "zu" && predicativeAdjective(a.low.at(c-2)) {
		return false // "Ihr war es wichtig zu betonen, dass …": the adjective governs, someone speaks
	}
	for t := a.clauseStart(c, first); t < c; t++ {
		if copulaForms[a.low.at(t)] && !isCap(a.tok(t)) {
			return true
		}
	}
	return false
}

// modalPassive reports cue c as the participle of a passive after a modal of possibility or
// necessity, without an agent: "Als Ergebnis kann festgehalten werden, dass …", "Es muss betont
// werden, dass …" state in the writer's voice what can or must be said. ("soll gesagt worden
// sein" is hearsay and stays a report.)
func (a *analyzer) modalPassive(c, first, end int) bool {
	if c+1 >= end || a.low.at(c+1) != "werden" {
		return false
	}
	modal := false
	for t := a.clauseStart(c, first); t < c; t++ {
		switch a.low.at(t) {
		case "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "darf", "dürfen":
			modal = true
		case "von", "vom", "durch":
			return false // the agent speaks: "kann von der Polizei bestätigt werden"
		}
	}
	return modal
}

// predicativeAdjective reports an uninflected adjective by its suffix: "wichtig", "nötig",
// "möglich", "sinnvoll".
func predicativeAdjective(l string) bool {
	for _, suf := range []string{"ig", "lich", "isch", "bar", "sam", "voll", "wert"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nachRelatives are the relative pronouns after "nach" that refer back to a report: "…, nach
// denen …", "…, nach der …".
var nachRelatives = set(`denen dem der welchem welcher welchen`)

// decideLemmas decide or judge a question; an ob-clause after them is the open question.
var decideLemmas = set(`entscheiden urteilen beurteilen`)

// namingLemmas give something a name or a label rather than report what was said.
var namingLemmas = set(`nennen bezeichnen`)

// copulaForms are the finite forms of "sein".
var copulaForms = set(`ist sind war waren sei seien wäre wären`)

// knownAdjective reports "bekannt" at token c as the adjective "known", not a speech verb (the
// participle of "bekennen" or the particle of "bekanntgeben"): after a form of "sein" in its
// clause ("Die Ursache ist noch nicht bekannt, …", "Es ist nicht bekannt, ob …", "war bekannt
// für …") unless "geworden" follows, and before an inflected participle ("am Montag bekannt
// gewordenen Pläne").
func (a *analyzer) knownAdjective(c, first, end int) bool {
	if a.low.at(c) != "bekannt" {
		return false
	}
	next := ""
	if c+1 < end {
		next = a.low.at(c + 1)
	}
	if strings.HasPrefix(next, "geworden") && next != "geworden" {
		return true
	}
	if next == "geworden" || next == "gemacht" || next == "gegeben" || next == "zu" {
		return false
	}
	for t := a.clauseStart(c, first); t < c; t++ {
		if copulaForms[a.low.at(t)] && !isCap(a.tok(t)) {
			return true
		}
	}
	return false
}

// consistsIn reports "bestehen darin" in the indicative around cue c: "Das Problem besteht
// darin, dass …" says what something consists in, while "bestehen darauf" insists. In the
// Konjunktiv ("Das Problem bestehe darin, …") the clause is reported all the same.
func (a *analyzer) consistsIn(c, first, end int) bool {
	return a.clauseHas(c, first, end, darinWord) && !a.konjIn(a.clauseStart(c, first), a.clauseEnd(c, end), false)
}

// sourceRelativeEnd is the comma that closes a relative clause on a fronted source phrase
// ending before token pe, when the main clause goes on with its verb after it: "Nach Angaben
// der Polizei, die den Fall prüft, wurden drei Menschen verletzt". The relative clause says
// who the source is, not what it reported. 0 means none.
func (a *analyzer) sourceRelativeEnd(pe, end int) int {
	if pe+2 >= end || a.tok(pe) != "," || !a.relativeAt(pe+1, end) {
		return 0
	}
	r := a.clauseEnd(pe+1, end)
	if r+1 >= end || a.tok(r) != "," || !a.finiteVerbAt(r+1) {
		return 0
	}
	return r
}

// clauseHas reports one of words in the clause of cue c.
func (a *analyzer) clauseHas(c, first, end int, words map[string]bool) bool {
	for t := a.clauseStart(c, first); t < a.clauseEnd(c, end); t++ {
		if words[a.low.at(t)] {
			return true
		}
	}
	return false
}

// Words whose presence in a cue's clause decides whether the cue reports (see reportedClause).
var (
	reflexives  = set(`sich uns`)                                                             // "sich einigen", "zeigte sich besorgt"
	esWord      = set(`es`)                                                                   // "es heißt", "hieß es"
	wollenForms = set(`will wollen wollte wollten wolle`)                                     // "will wissen, dass …"
	negations   = set(`nicht nie niemals weder kein keine keinen keinem keiner keines keins`) // "wollte nicht bestätigen"
	darinWord   = set(`darin`)                                                                // "besteht darin, dass …"
)

// reportedClause handles a cue verb at token c: "X sagte, dass …", "X sagte, es sei …",
// "X erklärte: …", and the reverse order "Es sei …, sagte X."
func (a *analyzer) reportedClause(si, c int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	entry, ok := a.cueAt(c, end)
	split := -1
	if !ok {
		// the particle of a separable cue after an apposition or an inserted clause in the
		// middle field: "geht nach dem Treffen mit X, dem Landrat, davon aus, dass …"
		entry, split, ok = a.splitParticle(c, end)
	}
	if !ok || a.knownAdjective(c, first, end) || entry.Lemma == "bestehen" && a.consistsIn(c, first, end) {
		return found{}, false
	}
	if reflexiveOnly[entry.Lemma] && !a.clauseHas(c, first, end, reflexives) {
		return found{}, false
	}
	if a.modalInfinitive(c, first) || a.modalPassive(c, first, end) {
		return found{}, false
	}
	if entry.Lemma == "heißen" && !a.clauseHas(c, first, end, esWord) {
		// without "es" the verb names ("der Zug, der ab Mai „Nordlicht“ heißen wird") or
		// explains ("Das heißt, dass …"); "es heißt", "hieß es" report
		return found{}, false
	}
	if entry.Lemma == "wissen" && !a.clauseHas(c, first, end, wollenForms) {
		// "der genau wusste, dass …" states a fact the writer vouches for; "will wissen, dass
		// …" claims it
		return found{}, false
	}
	if entry.Lemma == "bestätigen" && (a.low.at(c+1) == "sich" || a.clauseHas(c, first, end, negations)) {
		// "bestätigt sich die Befürchtung, dass …" comes true; "wollte nicht bestätigen, dass …"
		// leaves the clause unsaid
		return found{}, false
	}
	if (entry.Lemma == "zeigen" || entry.Lemma == "ergeben") && a.clauseHas(c, first, end, reflexives) {
		// "zeigte sich besorgt, dass …" shows a mood, and the clause after it is its reason,
		// not what was said; "ergibt sich aus der Tatsache, dass …" draws a conclusion
		return found{}, false
	}
	if a.low.at(c) == "genannt" && c > first && a.tok(c-1) == "," {
		// ", genannt „X“" is an apposition that gives a name: "ein neuer Standard, genannt „Profil 2“"
		return found{}, false
	}
	f := found{typ: "indirect", cue: a.bytes(c, c+1), sent: si, para: int(st.Paragraph)}
	// the reported clause after the cue
	b, paren := -1, -1
	if split > 0 {
		b = split + 1
	}
	for t := c + 1; split < 0 && t < end && t-c <= maxClause; t++ {
		w := a.tok(t)
		if w == "," || w == ":" {
			b = t
			break
		}
		if w == "(" && paren < 0 {
			paren = t // "lehnte den Vorschlag von Sigmar Gabriel (SPD) ab, …"
			continue
		}
		if w == ")" && paren >= 0 && t-paren <= 6 {
			paren = -2
			continue
		}
		if isBoundary(w) && !isMarkTok(w) {
			break
		}
	}
	if b >= 0 && b+1 < end {
		n := b + 1
		nl := a.low.at(n)
		var q span
		switch {
		case nl == "ob" && decideLemmas[entry.Lemma]:
			// "der entscheidet, ob …": the question to be decided, not what was said
		case nl == "dass" || nl == "daß" || nl == "ob":
			q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
		case a.zuInfinitive(n, end) && !(nl == "um" || nl == "ohne" || nl == "statt" || nl == "anstatt") && !entry.NoInf:
			// a hope or wish with a zu-infinitive is an aim, not a report ("hatten gehofft, … zu vereinbaren")
			q = span{int(a.d.Tokens[n].Start), a.infinitiveReportEnd(n, end)}
		case entry.Weak && !(!entry.NoInf && a.mainClauseStart(n) && a.konjIn(n, min(end, n+6), true)):
			// a cognition verb reports with a dass/ob-clause, a zu-infinitive, or a clause that
			// opens with its subject and a Konjunktiv I right after ("glaubt, er sei …")
		case a.tok(b) == ":" && !a.hasVerb(n, end):
			// a list of names or a noun phrase after a colon reports nothing
		case a.tok(b) == ":" && a.wordsIn(n, end) >= 3:
			q = span{int(a.d.Tokens[n].Start), int(st.End)}
		case a.relativeAt(n, end) && !a.subjectNP(c+1, b) && a.konjIn(n, a.clauseEnd(n, end), false):
			// a relative clause in the Konjunktiv (I, or II as its substitute: "würden",
			// "hätten") after the cue's object or phrase is the speaker's claim about it:
			// "verwiesen auf die Verantwortung, die man trage", "sprach von einem Täter, der
			// sich selbst getötet habe" (not after the subject: "…, sagte X, der … leite"); it
			// ends with the relative clause
			if e := a.clauseEnd(n, end); e < end {
				q = span{int(a.d.Tokens[n].Start), int(a.d.Tokens[e].Start)}
			} else {
				q = span{int(a.d.Tokens[n].Start), int(st.End)}
			}
		case a.relativeAt(n, end):
		case a.coordinatedCueAt(n, end):
			// "Die Trainerin lobte das Team, warnte aber, dass …": the subject goes on with a
			// second verb of its own; that verb's clause is the report, found from there
		case a.konjIn(n, min(end, n+12), false):
			q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
		case indicativeReports && (a.mainClauseStart(n) || modalAdverbs[nl] && a.finiteVerbAt(n+1)) && a.wordsIn(n, end) >= 4 && !(a.subjectNP(c+1, b) && a.appositionAt(n, end)):
			// (a reported main clause may open with a sentence adverb that hedges it before its
			// verb: "gaben an, vermutlich befinden sich zwei Verdächtige im Zug")
			q = span{int(a.d.Tokens[n].Start), int(st.End)}
		}
		if q.ok() {
			q = a.trimSpan(q)
			if !a.overlapsDirect(q) && a.wordsIn(a.tokenAt(q.s), a.tokenAt(q.e)) >= 2 {
				if s, e, role := a.subject(c, first, b); e > s {
					f.speaker, f.role = a.bytes(s, e), role
				} else if s, e, role := a.asyndeticSubject(c, first); e > s {
					f.speaker, f.role = a.bytes(s, e), role
				} else if ps := a.ppSource(c, first); ps.ok() {
					f.speaker = ps
				}
				if rejectVerbs[entry.Lemma] && a.tok(b) == "," {
					// "Die Ministerin wies den Bericht der Zeitung zurück, sie wolle …": the clause
					// is what the report claims, not what the one who denies it says
					if s, e := a.claimObject(c, first, b); e > s {
						f.speaker, f.role, f.claim = a.bytes(s, e), "", true
					}
				}
				f.content = q
				return f, true
			}
		}
	}
	if b < 0 && !entry.NoInf && !entry.Weak {
		// a zu-infinitive without its comma after a participle ("hat angekündigt die Preise
		// zu erhöhen", "wurden aufgefordert die Fenster zu schließen")
		n := c + 1
		aux := false
		for t := a.clauseStart(c, first); t < c; t++ {
			aux = aux || finiteAux[a.low.at(t)]
		}
		// not an adjective that shares a cue's form: before its noun ("in bekannten Serien zu
		// sehen") or with a correlative ("ist bekannt dafür, … zu …")
		adjective := n < end && (isCap(a.tok(n)) && a.attributiveSlot(first, c) || strings.HasPrefix(a.low.at(n), "da") && len(a.low.at(n)) > 3)
		if n+2 < end && aux && !adjective && a.clauseEnd(n-1, end) >= end-1 && a.zuInfinitive(n, end) {
			q := a.trimSpan(span{int(a.d.Tokens[n].Start), int(st.End)})
			if !a.overlapsDirect(q) && a.wordsIn(n, end) >= 3 {
				if s, e, role := a.subject(c, first, n); e > s {
					f.speaker, f.role = a.bytes(s, e), role
				}
				f.content = q
				return f, true
			}
		}
	}
	// reverse order: "Die Lage sei ernst, sagte der Minister." / "…, wie der Minister sagte."
	cs := a.clauseStart(c, first)
	wf := first
	if first+1 < end && (a.low.at(first) == "denn" || a.low.at(first) == "doch" || a.low.at(first) == "aber" || a.low.at(first) == "und") && a.low.at(first+1) == "wie" {
		wf = first + 1 // "Denn wie die Zeitung berichtete, …"
	}
	for k := c - 1; k > first && c-k <= maxNP; k-- {
		if a.tok(k) == "Wie" && isCap(a.tok(k-1)) && isWordLike(a.tok(k-1)) {
			// a heading without a stop glued to the sentence: "Wahlbeteiligung Wie der
			// Wahlleiter mitteilte, …"; a capital "Wie" inside a sentence opens one
			wf = k
			break
		}
	}
	if a.low.at(wf) == "wie" && (cs == wf || c-wf <= maxClause && a.noVerbBetween(wf+1, c)) && b >= 0 && a.tok(b) == "," && b+1 < end {
		cs = wf
		// "Wie die Polizei mitteilte, wurden drei Menschen verletzt."
		q := a.trimSpan(span{int(a.d.Tokens[b+1].Start), int(st.End)})
		if a.wordsIn(b+1, end) >= 3 && !a.overlapsDirect(q) {
			h := cs + 1
			for h < c && clauseAdverbs[a.low.at(h)] && !isCap(a.tok(h)) {
				h++ // "Wie schon die Behörde mitteilte"
			}
			if s, e := a.npForward(h, c); e > s {
				f.speaker = a.bytes(s, e)
			} else if s, e := a.npForward(cs+2, c); e > s && a.low.at(cs+1) == "aus" {
				f.speaker = a.bytes(s, e)
			}
			f.content = q
			return f, true
		}
	}
	if entry.Weak || cs <= first+2 || a.tok(cs-1) != "," {
		return found{}, false
	}
	head := cs
	if a.low.at(head) == "wie" {
		head++
	}
	if head != c && !(head < c && finiteAux[a.low.at(head)]) && a.low.at(cs) != "wie" {
		return found{}, false
	}
	if a.wordsIn(first, cs-1) < 3 || !a.reportedBefore(first, cs-1) {
		return found{}, false
	}
	q := span{int(st.Start), int(a.d.Tokens[cs-1].Start)}
	if a.low.at(cs) == "wie" {
		// the wie-clause may sit in the middle: then the whole sentence is the report
		if e := a.clauseEnd(c, end); e < end-1 {
			q = span{int(st.Start), int(st.End)}
		}
	}
	q = a.trimSpan(q)
	if a.overlapsDirect(q) {
		return found{}, false
	}
	s, e, role := a.subject(c, cs, end)
	if e <= s {
		return found{}, false // ", sagte X" needs its X
	}
	f.speaker, f.role = a.bytes(s, e), role
	f.content = q
	return f, true
}

func (a *analyzer) clauseEnd(i, end int) int {
	for t := i + 1; t < end && t-i <= maxClause; t++ {
		if isBoundary(a.tok(t)) {
			return t
		}
	}
	return end
}

// ppSource finds a source in a prepositional phrase before the cue: "In dem Bericht heißt es, …".
func (a *analyzer) ppSource(c, first int) span {
	switch a.low.at(first) {
	case "in", "im", "aus", "bei", "beim":
		// "Im Ministerium hieß es", "Aus Regierungskreisen verlautete", "Bei der Agentur hieß es"
	default:
		return span{}
	}
	if c-first < 2 {
		return span{}
	}
	if s, e := a.npForward(first+1, c); e > s && !timeNouns[a.low.at(e-1)] {
		return a.bytes(s, e)
	}
	return span{}
}

// separable particles that can precede "zu" inside an infinitive ("zurückzunehmen",
// "niederzulegen", "sicherzustellen", "preiszugeben").
var zuParticles = []string{"ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor", "weg",
	"zu", "zurück", "zusammen", "durch", "um", "wieder", "frei", "teil", "fort", "los", "vorbei", "weiter",
	"hervor", "heraus", "herein", "hinaus", "hinzu", "dar", "bekannt", "klar", "offen", "stand", "statt", "fern",
	"nieder", "entgegen", "herbei", "heran", "herauf", "herunter", "hinein", "hinweg", "voran", "voraus", "zurecht",
	"gegenüber", "hoch", "kennen", "nahe", "bereit", "sicher", "fertig", "kund", "preis", "auseinander"}

// zuInfinitive reports a clause from n that ends in a zu-infinitive ("…, die Lizenz zu entziehen").
func (a *analyzer) zuInfinitive(n, end int) bool {
	e := a.clauseEnd(n-1, end)
	for e > n+2 && isBoundary(a.tok(e-1)) {
		e-- // a clause longer than the scan window ends at the sentence's final stop
	}
	if e-n < 2 || finiteAux[a.low.at(n)] {
		// an infinitive clause never opens with a finite verb: "Nachdem es bekannt wurde, hat
		// sie angekündigt, … zu …" resumes the main clause
		return false
	}
	last := a.low.at(e - 1)
	if a.low.at(e-2) == "zu" && !isCap(a.tok(e-1)) && strings.HasSuffix(last, "n") {
		return true
	}
	for _, p := range zuParticles {
		if strings.HasPrefix(last, p+"zu") && len(last) > len(p)+4 && strings.HasSuffix(last, "n") {
			return true
		}
	}
	return false
}

// infinitiveReportEnd is where a reported zu-infinitive from token n stops. An infinitive
// clause is verb-final, so after the comma or dash that follows its zu-form the writer's main clause
// may go on: a finite verb resumes it ("…, gegen den Plan stimmen zu wollen, könnte es eng
// werden") and a phrase without a verb completes it ("Zustimmung findet der Vorschlag, die
// Steuer zu senken, nun auch bei der Opposition"). A subordinate clause after the comma
// (relative, "weil", "falls", "um … zu") still belongs to the report, and so do further
// zu-infinitives.
func (a *analyzer) infinitiveReportEnd(n, end int) int {
	limit := a.reportEnd(n, end)
	for s := n; s < end; {
		e := a.clauseEnd(s-1, end)
		if e+1 >= end || int(a.d.Tokens[e].Start) >= limit || a.tok(e) != "," && !isDash(a.tok(e)) {
			return limit
		}
		if !a.zuForm(a.low.at(e-1)) && a.low.at(e-2) != "zu" {
			return limit // the clause does not close with its zu-form here
		}
		if a.zuInfinitive(e+1, end) {
			s = e + 1
			continue
		}
		nl := a.low.at(e + 1)
		opens := conjunctions[nl] || a.tok(e) == "," && (relativePronouns[nl] || prepositions[nl] || nl == "so")
		if a.finiteVerbAt(e+1) || !opens && !a.hasVerb(e+1, a.clauseEnd(e, end)) {
			return int(a.d.Tokens[e].Start)
		}
		return limit
	}
	return limit
}

// infinitiveEnd is where the clause from n ends for a zu-infinitive: like clauseEnd, but a
// partial quotation or a short parenthesis inside the clause does not end it ("…, aus der Zone
// „alle fremden Verbände“ abzuziehen", "…, der Partei (einer Abspaltung) beizutreten"): the
// infinitive stands after them.
func (a *analyzer) infinitiveEnd(n, end int) int {
	paren := -1
	for t := n; t < end && t-n < maxClause; t++ {
		w := a.tok(t)
		switch {
		case isMarkTok(w):
			continue
		case w == "(" && paren < 0:
			paren = t
			continue
		case w == ")" && paren >= 0 && t-paren <= 6:
			paren = -2
			continue
		case paren >= 0 && t-paren <= 6 && !isBoundary(w):
			continue
		}
		if isBoundary(w) {
			return t
		}
	}
	return end
}

// npBackward returns the noun phrase ending right before token i ("Schätzungen zufolge",
// "einem Bericht der BBC zufolge").
// rejectVerbs deny or turn down a claim named as their object.
var rejectVerbs = set(`zurückweisen ablehnen bestreiten dementieren`)

// claimNouns name a claim or proposal whose content a clause after them states.
var claimNouns = []string{"bericht", "berichte", "meldung", "meldungen", "darstellung", "behauptung", "behauptungen",
	"vorwurf", "vorwürfe", "vorschlag", "vorschläge", "forderung", "forderungen", "gerücht", "gerüchte",
	"spekulation", "spekulationen", "annahme", "vermutung", "vermutungen"}

func claimNoun(l string) bool {
	for _, n := range claimNouns {
		if l == n || len(l) > len(n)+2 && strings.HasSuffix(l, n) {
			return true
		}
	}
	return false
}

// claimObject returns the object of cue c (before the comma b) that names a claim, with its
// source: "den Vorschlag des Umweltministers", "Berichte der Wochenzeitung „Canard“".
func (a *analyzer) claimObject(c, first, b int) (int, int) {
	cs := a.clauseStart(c, first)
	for h := cs + 1; h < b; h++ {
		if !isCap(a.tok(h)) || !claimNoun(a.low.at(h)) {
			continue
		}
		s := h
		for s-1 >= cs && (determiners[a.low.at(s-1)] || !isCap(a.tok(s-1)) && adjLike(a.low.at(s-1)) && !isCueWord(a.low.at(s-1))) {
			s--
		}
		if s == cs {
			// the claim is the subject of a passive: "Dieser Vorwurf wurde vom Amt mit dem
			// Argument zurückgewiesen, dass …" gives the rejecting side's argument
			return 0, 0
		}
		if _, e := a.npForward(s, b); e > h {
			return s, e
		}
		return s, h + 1
	}
	return 0, 0
}

// npBackTitle returns the noun phrase that ends in a quoted title before token i: "ein
// Bericht der Agentur „Interfax“", "die Zeitung „Tagesblatt“". e == s means none.
func (a *analyzer) npBackTitle(i, first int) (int, int) {
	if i-1 <= first || !isMarkTok(a.tok(i-1)) {
		return 0, 0
	}
	for o := i - 2; o > first && i-o <= maxNP; o-- {
		if !isMarkTok(a.tok(o)) {
			continue
		}
		if !a.hasWords(o+1, i-1) {
			return 0, 0
		}
		if s, e := a.npBackward(o, first); e > s {
			return s, i
		}
		return 0, 0
	}
	return 0, 0
}

func (a *analyzer) npBackward(i, first int) (int, int) {
	s := i
	for s > first && i-s < maxNP {
		w, l := a.tok(s-1), a.low.at(s-1)
		if w == ")" && s-3 > first && a.tok(s-3) == "(" && isCap(a.tok(s-2)) && isCap(a.tok(s-4)) {
			s -= 3 // an abbreviation in parentheses: "des Verbandes Deutscher Imker (VDI) zufolge"
			continue
		}
		if isBoundary(w) || npStop[l] || finiteAux[l] {
			break
		}
		if !(isCap(w) && isWordLike(w) || determiners[l] || genitiveDet[l] || (adjLike(l) && !isCap(w)) || l == "von" || l == "und" || isMarkTok(w)) {
			break
		}
		if _, cue := a.cueAt(s-1, i); cue && !isCap(w) {
			break
		}
		if isCap(w) && s < i && !isCap(a.tok(s)) && adjLike(a.low.at(s)) && !determiners[a.low.at(s)] && !genitiveDet[a.low.at(s)] {
			break // a noun before an adjective ends another phrase: "al-Qaida-Gruppen gewinnen Medienberichten zufolge"
		}
		s--
	}
	for s < i && !isCap(a.tok(s)) && !determiners[a.low.at(s)] && !genitiveDet[a.low.at(s)] {
		s++
	}
	if s < i && isCap(a.tok(s)) && (prepositions[a.low.at(s)] || clauseAdverbs[a.low.at(s)]) {
		s++
		// and the verb after a fronted adverb: "Am Morgen erschien ein Bericht …"
		for s < i && !isCap(a.tok(s)) && !determiners[a.low.at(s)] && !genitiveDet[a.low.at(s)] {
			s++
		}
	}
	if s >= i {
		return 0, 0
	}
	return s, i
}

// adverbialOpeners open a clause that says when, why or despite what, or names the source
// ("Wie die Zeitung berichtete, soll X gesagt haben …"), never what was said ("seit",
// "während", "als" also open phrases: "Während des Spiels blieb es ruhig, sagte …").
var adverbialOpeners = set(`nachdem weil obwohl obgleich falls sobald bevor ehe seitdem da wenn sofern solange wie`)

// reportedBefore decides whether the words before ", sagte X" are a reported clause and not the
// speaker's own noun phrase or relative clause ("Hubert Primus, der … verantwortlich ist, sagte").
func (a *analyzer) reportedBefore(first, comma int) bool {
	if reverseNeedsKonj {
		return a.konjIn(first, comma, false)
	}
	if s, e := a.npBackSegment(comma, first); e > s {
		return false
	}
	if !a.hasVerb(first, comma) {
		return false // "Der frühere Bürgermeister, Jan Ahrens (SPD), warnte …": the speaker itself
	}
	if l := a.low.at(first); adverbialOpeners[l] && !a.konjIn(first, comma, true) {
		// a fronted adverbial clause: "Nachdem es zu Kämpfen gekommen war, warnte die Regierung …"
		return false
	}
	// the last comma-separated segment must not open with a relative pronoun or conjunction
	st := comma
	for st > first && comma-st < maxClause && a.tok(st-1) != "," {
		st--
	}
	if st > first && (relativePronouns[a.low.at(st)] || conjunctions[a.low.at(st)] || prepositions[a.low.at(st)]) {
		return a.konjIn(first, comma, false)
	}
	return true
}

var reverseNeedsKonj = false

// relativeAt reports a relative clause at token n ("…, der bei X arbeitet") as opposed to a
// noun phrase opening a reported clause ("…, das israelische Kabinett habe …").
func (a *analyzer) relativeAt(n, end int) bool {
	if !relativePronouns[a.low.at(n)] || n+1 >= end {
		return false
	}
	next := a.tok(n + 1)
	if isCap(next) {
		return false
	}
	// an article before adjectives and a noun ("…, der erste deutsche Hilfsflug sei …"; an
	// adverb may grade an adjective: "der erste rein zivile Flug") opens a noun phrase
	for t := n + 1; t < end && t <= n+4; t++ {
		l := a.low.at(t)
		if isCap(a.tok(t)) {
			return !(t > n+1 && adjLike(a.low.at(t-1)))
		}
		if determiners[l] || !isWordLike(a.tok(t)) || finiteAux[l] || prepositions[l] || konjunktiv[l] {
			break
		}
	}
	return true
}

// reportEnd is where a reported clause from token n stops: the sentence end, or a coordinated
// main clause that is the writer's again ("…, denn bisher gibt es …").
func (a *analyzer) reportEnd(n, end int) int {
	for t := n + 1; t+1 < end; t++ {
		if a.tok(t) == ":" && a.inQuote[t+1] >= 0 || a.tok(t) == ";" || a.low.at(t) == "und" && (a.nextCue(n, t, end) || a.narrativeVerbAt(n, t+1) || a.nextSpeaker(n, t, end)) ||
			a.tok(t) == "," && (a.low.at(t+1) == "denn" || a.low.at(t+1) == "doch" || a.low.at(t+1) == "jedoch" ||
				a.low.at(t+1) == "wobei" || a.tok(t+1) == "was" && !a.askedIn(n, t) || a.writerVerbAt(t+1) || a.sourceInsertAt(t+1, end)) {
			// "…, denn …", "dass …, hatte er …", "er sei unschuldig, erkannte das Gericht
			// nicht an", a comment "…, was nicht bestätigt wurde" (after a question verb "was" asks:
			// "gefragt habe, was sie trage") and the source "…, so der
			// Minister" continue in the writer's voice; a quotation after a colon is a
			// quotation of its own
			return int(a.d.Tokens[t].Start)
		}
	}
	return int(a.d.Sentences[a.d.Tokens[n].Sentence].End)
}

// coordinatedCueAt reports a finite cue verb in the indicative right after the comma that
// closes the clause of another cue ("lobte das Team, warnte aber, …"): a predicate
// coordinated without "und", not a reported clause.
func (a *analyzer) coordinatedCueAt(n, end int) bool {
	l := a.low.at(n)
	if isCap(a.tok(n)) || konjunktiv[l] || strings.HasPrefix(l, "ge") || a.zuForm(l) {
		return false
	}
	e, ok := a.cueAt(n, end)
	return ok && !konjunktivCue(l, e)
}

// asyndeticSubject is the subject of a cue verb that opens its clause right after a comma,
// the second of two predicates joined without "und" ("Die Trainerin lobte das Team, warnte
// aber, …"): it shares the subject of the clause before.
func (a *analyzer) asyndeticSubject(c, first int) (s, e int, role string) {
	if c-2 <= first || c+1 >= a.low.len() || a.tok(c-1) != "," || isCap(a.tok(c)) || konjunktiv[a.low.at(c)] || a.clauseStart(c, first) != c {
		return 0, 0, ""
	}
	if n := a.low.at(c + 1); subjectPronouns[n] || n == "man" || n == "es" || determiners[n] {
		return 0, 0, "" // the verb after a fronted clause, its subject after it: "Da …, geht man davon aus"
	}
	if a.clauseStart(c-1, first) != first {
		return 0, 0, "" // the clause before is a relative clause or an apposition: "X, dessen …, sagte"
	}
	for t := first; t < c-1 && t <= first+1; t++ {
		if l := a.low.at(t); subordinators[l] || verbFinalOpeners[l] {
			return 0, 0, "" // the clause before is a subordinate clause, not a conjunct
		}
	}
	return a.clauseSubjectBefore(c-1, first)
}

// narrativeVerbAt reports a verb in the past indicative at token t, right after "und", in a
// Konjunktiv report from n: "sagte, man müsse sparen, und verließ den Saal" goes on with the
// reporter's next act. A weak past in -te is never a Konjunktiv I or an infinitive; before a
// noun it is an adjective ("und rote Karten").
func (a *analyzer) narrativeVerbAt(n, t int) bool {
	l := a.low.at(t)
	if t+1 >= a.low.len() || isCap(a.tok(t)) || len(l) < 5 || !strings.HasSuffix(l, "te") || konjunktiv[l] ||
		isCap(a.tok(t+1)) || !a.finiteVerbAt(t) {
		return false
	}
	return a.konjIn(n, t, false)
}

// nextCue reports a second speech verb in the indicative right after "und" at token t of a
// Konjunktiv report from n: "er sagte, Europa brauche X und fügte hinzu: …" goes on in the
// writer's voice.
func (a *analyzer) nextCue(n, t, end int) bool {
	e, ok := a.cueAt(t+1, end)
	if !ok || konjunktiv[a.low.at(t+1)] || konjunktivCue(a.low.at(t+1), e) || strings.HasPrefix(a.low.at(t+1), "ge") {
		return false
	}
	// a dass- or ob-clause ends with its verb: a cue after "und" that follows its comma is the
	// main clause's ("bestätigte, dass …, und gab an, …")
	sub := (a.low.at(n) == "dass" || a.low.at(n) == "ob") && t > 0 && a.tok(t-1) == ","
	return sub || a.konjIn(n, t, true)
}

// nextSpeaker reports a main clause after "und" at token t whose subject comes first and
// speaks in the indicative, after a Konjunktiv report from n: "X sagte, die Kommission habe
// …, und die Opposition forderte …" goes on in the writer's voice with the next speaker.
func (a *analyzer) nextSpeaker(n, t, end int) bool {
	if !determiners[a.low.at(t+1)] {
		return false
	}
	s, e := a.npForward(t+1, end)
	if s != t+1 || e <= s || e >= end {
		return false
	}
	for k := 0; k < 2 && e < end && prepositions[a.low.at(e)]; k++ {
		// an attribute after the subject: "die Fraktion der Grünen im Landtag von Sachsen"
		ps, pe := a.npForward(e+1, end)
		if ps != e+1 || pe <= ps || pe >= end {
			return false
		}
		e = pe
	}
	if e+1 >= end || isBoundary(a.tok(e+1)) {
		return false // a verb that closes the clause is an infinitive: "zwischen X und der Y entscheiden."
	}
	c, ok := a.cueAt(e, end)
	if !ok || konjunktiv[a.low.at(e)] || konjunktivCue(a.low.at(e), c) || strings.HasPrefix(a.low.at(e), "ge") {
		return false
	}
	return a.konjIn(n, t, true)
}

// previousSentence handles "Dies berichtete die Zeitung." after the reported sentence.
func (a *analyzer) previousSentence(si int) (found, bool) {
	if si == 0 {
		return found{}, false
	}
	st := a.d.Sentences[si]
	i := int(st.FirstToken)
	if int(st.EndToken)-i < 3 {
		return found{}, false
	}
	switch a.low.at(i) {
	case "dies", "das", "davon", "darüber", "dazu", "so":
	default:
		return found{}, false
	}
	c := i + 1
	if finiteAux[a.low.at(c)] {
		c++
	}
	e, ok := a.cueAt(c, -1)
	if !ok || e.Weak || namingLemmas[e.Lemma] {
		// "Dies nennt man einen Aktiensplit", "So nannte X die Provinz …" name something
		return found{}, false
	}
	for t := c + 1; t+1 < int(st.EndToken); t++ {
		if a.tok(t) == "," && (a.low.at(t+1) == "dass" || a.low.at(t+1) == "ob" || a.konjIn(t+1, int(st.EndToken), true) ||
			a.ownClause(t+1, int(st.EndToken))) {
			return found{}, false // "So erklärte X, dass …" reports its own clause
		}
	}
	prev := a.d.Sentences[si-1]
	q := a.trimSpan(span{int(prev.Start), int(prev.End)})
	if a.overlapsDirect(q) || a.wordsIn(int(prev.FirstToken), int(prev.EndToken)) < 4 {
		return found{}, false
	}
	f := found{content: q, typ: "indirect", cue: a.bytes(c, c+1), sent: si - 1, para: int(prev.Paragraph)}
	if s, e := a.npAfterVerb(c+1, int(st.EndToken)); e > s {
		f.speaker = a.bytes(s, e)
		f.role = a.apposition(e, int(st.EndToken))
	}
	return f, true
}

// nachSources are the documents, plans and findings that "nach" cites as a source besides the
// report nouns ("Nach dem Grundgesetz ist …", "Nach einer ersten Analyse entstand …", "Nach
// bisherigem Erkenntnisstand …"): in the SpkAtt training split the annotation marks each
// occurrence of these after "nach" as the speaker. Nouns that as often date an event ("nach
// dem Urteil", "nach der Veröffentlichung") are left out.
var nachSources = set(`analyse analysen planungen vorhersage vorhersagen stand erkenntnisstand quellenlage
	erfahrungen endergebnis darstellungen bewertung bekunden vernehmen dokument nachricht medien willen wunsch`)

// nachDocuments are named texts that "nach" cites; unlike nachSources they name themselves.
var nachDocuments = set(`verfassung grundgesetz`)

// nachSource reports a noun that "nach" cites as a source: a report noun, a nachSources noun,
// or a compound ending in "bericht", "dokument", "gesetz", "stand" ("Fernsehbericht",
// "EU-Dokument", "Reichsvermögensgesetz", "Ermittlungsstand").
func nachSource(l string) bool {
	if isReportNoun(l) || nachSources[l] || nachDocuments[l] {
		return true
	}
	for _, suf := range []string{"bericht", "dokument", "gesetz", "stand"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}

// isReportNoun also accepts compounds: "NASA-Angaben", "Polizeiberichten", "Armeeangaben".
func isReportNoun(l string) bool {
	if reportNouns[l] {
		return true
	}
	for _, suf := range []string{"angaben", "berichten", "informationen", "aussagen", "schätzungen", "meldungen", "erkenntnissen", "recherchen"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

var indicativeReports = true

// mainClauseStart: a reported main clause in the indicative opens with its subject
// ("…, sagte er, die Regierung plant …").
func (a *analyzer) mainClauseStart(n int) bool {
	l := a.low.at(n)
	if conjunctions[l] || prepositions[l] || clauseAdverbs[l] {
		return false
	}
	return determiners[l] || subjectPronouns[l] || l == "es" || l == "man" || isCap(a.tok(n)) ||
		isNumber(a.tok(n)) && n+1 < a.low.len() && isWordLike(a.tok(n+1)) && a.hasVerb(n, a.clauseEnd(n, a.low.len()))
	// (a number opens a clause with its verb: "200 Stellen sollen wegfallen", not a phrase
	// after the speaker: "…, sagte er, 20 Minuten nach dem Start")
}

// decisionNouns are the speech nouns that name a decision rather than an utterance.
var decisionNouns = set(`entscheidung beschluss`)

// nounCues are speech nouns that take a reported clause: "die Forderung, …", "mit der
// Hoffnung, dass …", "kamen zu dem Ergebnis, dass …".
var nounCues = set(`forderung aufforderung hoffnung ergebnis befehl auffassung ansicht meinung überzeugung vorwurf
	hinweis warnung befürchtung erklärung aussage behauptung appell bitte angebot vorschlag zusage versprechen
	drohung annahme vermutung einschätzung entscheidung beschluss ankündigung mitteilung nachricht meldung
	verdacht eindruck standpunkt position argument ultimatum mahnung aufruf äußerung schlussfolgerung zusicherung`)

// cuedReport is the indirect quotation q that the cue word at token c of
// sentence si introduces: trimmed, and none when it lies in a direct
// quotation or has fewer than three words.
func (a *analyzer) cuedReport(si, c int, q span) (found, bool) {
	q = a.trimSpan(q)
	if a.overlapsDirect(q) || a.wordsIn(a.tokenAt(q.s), a.tokenAt(q.e)) < 3 {
		return found{}, false
	}
	return found{content: q, typ: "indirect", cue: a.bytes(c, c+1), sent: si, para: int(a.d.Sentences[si].Paragraph)}, true
}

// nounClause reports the dass-, zu- or Konjunktiv clause after a speech noun at token c.
func (a *analyzer) nounClause(si, c, b int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	n := b + 1
	nl := a.low.at(n)
	var q span
	switch {
	case nl == "dass" || nl == "daß" || nl == "ob":
		q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
	case a.zuInfinitive(n, end) && !(nl == "um" || nl == "ohne" || nl == "statt" || nl == "anstatt"):
		q = span{int(a.d.Tokens[n].Start), a.infinitiveReportEnd(n, end)}
	case a.mainClauseStart(n) && a.konjIn(n, min(end, n+12), false):
		// also in the Konjunktiv II, the mood of suspicions and fears: "der Verdacht, er
		// könnte …"
		q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
	default:
		return found{}, false
	}
	if decisionNouns[a.low.at(c)] && c == first+1 && determiners[a.low.at(first)] && b == c+1 {
		// a decision that opens the sentence as its subject ("Die Entscheidung, ob …, fällt
		// im Mai", "Der Beschluss, … zu …, wurde vertagt") is the writer's topic: nobody
		// speaks in the sentence
		return found{}, false
	}
	f, ok := a.cuedReport(si, c, q)
	if !ok {
		return found{}, false
	}
	cs := a.clauseStart(c, first)
	if cs < c && !a.adverbial(cs) {
		if s, e := a.npForward(cs, c); e > s && e <= c && !(s == cs && e == c+1) {
			f.speaker = a.bytes(s, e)
		}
	}
	return f, true
}

// reportBefore reports a report or document noun in the sentence before si ("Die Studie …",
// "… legte neue Quartalszahlen vor").
func (a *analyzer) reportBefore(si int) bool {
	if si == 0 {
		return false
	}
	prev := a.d.Sentences[si-1]
	for t := int(prev.FirstToken); t < int(prev.EndToken); t++ {
		if l := a.low.at(t); isCap(a.tok(t)) && l != "urteil" && (isReportNoun(l) || docNoun(l) || strings.HasSuffix(l, "zahlen")) {
			// (a verdict is as often the event after which something happened, as with "nach")
			// the text itself, not one named in a prepositional phrase ("erfuhr über die
			// Medien", "per Vertrag", "Nach Aussagen von …"), which dates rather than cites
			s := t
			for s > int(prev.FirstToken) && !prepositions[a.low.at(s-1)] && (determiners[a.low.at(s-1)] || adjLike(a.low.at(s-1)) && !isCap(a.tok(s-1))) {
				s--
			}
			if s == int(prev.FirstToken) || !prepositions[a.low.at(s-1)] && a.low.at(s-1) != "per" {
				return true
			}
		}
	}
	return false
}

// genitiveEnd returns the comma right after a genitive noun phrase from token g ("der
// Feuerwehr,", "des neuen Ministers,"), or 0.
func (a *analyzer) genitiveEnd(g, end int) int {
	t := g + 1
	for t < end && t <= g+3 && !isCap(a.tok(t)) && adjLike(a.low.at(t)) && isWordLike(a.tok(t)) {
		t++
	}
	if t >= end || !isCap(a.tok(t)) || a.commonNoun(a.tok(t)) && nounCues[a.low.at(t)] {
		return 0
	}
	for t+1 < end && isCap(a.tok(t+1)) && t-g < 6 {
		t++ // a name of several words: "der Ministerin Eva Roth"
	}
	if t+1 < end && a.tok(t+1) == "," {
		return t + 1
	}
	return 0
}

// sourceAttribute opens an attribute that names who spoke after a speech noun: "von"/"vom"
// and the genitive determiners other than "der"/"des", which the genitive case takes.
var sourceAttribute = set(`von vom seines ihres seiner ihrer eines einer dieses dieser`)

var pluralEndings = []string{"en", "n", "e"}

// pluralStem is the singular of a plural in -en, -n or -e ("Forderungen", "Aussagen",
// "Hinweise"); other words come back unchanged.
func pluralStem(l string) string {
	for _, suf := range pluralEndings {
		if s := strings.TrimSuffix(l, suf); s != l && nounCues[s] {
			return s
		}
	}
	return l
}

// attributeEnd returns the source named by the attribute that opens at token g after a
// speech noun ("von Verbänden der Opposition", "ihres Trainers", "vom Verband") and the
// comma that closes it: a noun after at most three adjectives, the words of a name, and one
// genitive after it. b == 0 when no comma closes it there.
func (a *analyzer) attributeEnd(g, end int) (s, b int) {
	s = g
	if l := a.low.at(g); l == "von" || l == "vom" {
		s = g + 1
		if l == "von" && s < end && determiners[a.low.at(s)] {
			s++
		}
	}
	t := s
	for t < end && t <= s+3 && !isCap(a.tok(t)) && adjLike(a.low.at(t)) && isWordLike(a.tok(t)) {
		t++
	}
	if t >= end || !isCap(a.tok(t)) || !isWordLike(a.tok(t)) || a.commonNoun(a.tok(t)) && nounCues[a.low.at(t)] {
		return 0, 0
	}
	for t+1 < end && isCap(a.tok(t+1)) && isWordLike(a.tok(t+1)) && t-s < 6 {
		t++ // a name of several words: "von Ministerin Eva Roth"
	}
	if t+2 < end && (a.low.at(t+1) == "der" || a.low.at(t+1) == "des") {
		if e := a.genitiveEnd(t+1, end); e > 0 {
			return s, e
		}
		return 0, 0
	}
	if t+1 < end && a.tok(t+1) == "," {
		return s, t + 1
	}
	return 0, 0
}

// shortApposition returns the comma that closes a verbless phrase of at most eight words
// that opens with a capital at token n ("Max Roth,", "Vorsitzender des Vereins,"), or 0.
func (a *analyzer) shortApposition(n, end int) int {
	if n >= end || !isCap(a.tok(n)) || !isWordLike(a.tok(n)) {
		return 0
	}
	for t := n + 1; t < end && t-n <= 8; t++ {
		if a.tok(t) == "," {
			if a.hasVerb(n, t) {
				return 0
			}
			return t
		}
		if isBoundary(a.tok(t)) || a.inQuote[t] >= 0 {
			return 0
		}
	}
	return 0
}

// splitParticle reads the finite verb at token c as a separable cue whose particle stands
// after one or two commas of an apposition or an inserted clause in the middle field, right
// before the comma that opens the report: "warf ihm, nachdem …, vor, er habe …", "schlug dem
// Minister für Verkehr, Bau und Wohnen vor, …". It returns the particle's token.
func (a *analyzer) splitParticle(c, end int) (cueEntry, int, bool) {
	es := cueLexicon()[a.low.at(c)]
	if len(es) == 0 || isCap(a.tok(c)) || a.en {
		return cueEntry{}, -1, false
	}
	commas := 0
	for t := c + 1; t+1 < end && t-c <= maxClause; t++ {
		w := a.tok(t)
		if w == "," {
			if commas++; commas > 2 {
				break
			}
			continue
		}
		if isBoundary(w) && !isMarkTok(w) || a.inQuote[t] >= 0 {
			break
		}
		if commas == 0 || a.tok(t+1) != "," || isCap(w) {
			continue
		}
		for _, e := range es {
			if e.Particle != "" && e.Particle == a.low.at(t) {
				if isCueWord(e.Particle) {
					break // "gab …, X, bekannt": the particle is a cue of its own, read there
				}
				return e, t, true
			}
		}
	}
	return cueEntry{}, -1, false
}

// sourcePhrase is the noun phrase after "laut"/"nach": npForward, or when that finds no noun
// ("laut einer am Dienstag veröffentlichten Mitteilung"), everything up to the next verb or comma.
func (a *analyzer) sourcePhrase(i, end int) (int, int) {
	if s, e := a.npForward(i, end); e > s {
		return s, e
	}
	if determiners[a.low.at(i)] {
		// an attribute with its own phrase between article and noun: "laut einer am Montag
		// veröffentlichten Mitteilung des Verbandes"; the noun follows a participle in -en/-e
		for j := i + 3; j < end && j-i <= 10; j++ {
			w := a.tok(j - 1)
			if w == "," || finiteAux[a.low.at(j-1)] || a.inQuote[j-1] >= 0 {
				break
			}
			if isCap(a.tok(j)) && !isCap(w) && isWordLike(w) && adjLike(a.low.at(j-1)) && !determiners[a.low.at(j-1)] {
				if _, e := a.npForward(j, end); e > j {
					return i, e
				}
				break
			}
		}
	}
	for t := i + 1; t < end && t-i <= 12; t++ {
		l := a.low.at(t)
		if a.tok(t) == "," || finiteAux[l] || npStop[l] && !isCap(a.tok(t)) {
			if isCap(a.tok(t - 1)) {
				return i, t
			}
			break
		}
	}
	return i, i
}

// noVerbBetween reports that no auxiliary or cue verb stands in [s, e) (the commas there belong
// to an apposition, not to a new clause).
func (a *analyzer) noVerbBetween(s, e int) bool {
	for t := s; t < e; t++ {
		if finiteAux[a.low.at(t)] || isCueWord(a.low.at(t)) && !isCap(a.tok(t)) {
			return false
		}
	}
	return true
}

// inDateline reports a sentence where the dateline's source goes on as a speech verb:
// "A Coruña, 5. Februar – Berlin Morgen Zeitschrift, berichtet aus dem Tagungszentrum: …".
func (a *analyzer) inDateline(st document.Sentence) bool {
	t := a.tokenAt(a.d.Dateline.End)
	return t+1 < int(st.EndToken) && t >= int(st.FirstToken) && a.tok(t) == "," && isCueWord(a.low.at(t+1)) && !isCap(a.tok(t+1))
}

// writerVerbAt reports a finite verb in the indicative at token t, right after a comma: the
// sentence goes on in the writer's voice ("Er sagte, er sei unschuldig, erkannte das Gericht
// nicht an"). An auxiliary counts alone; another verb or adjective form of the lexicon only
// before an article, a pronoun or a particle, which an adjective before its noun never has.
func (a *analyzer) writerVerbAt(t int) bool {
	w, l := a.tok(t), a.low.at(t)
	if isCap(w) || konjunktiv[l] || t+1 >= a.low.len() {
		return false
	}
	if finiteAux[l] {
		return true
	}
	if prepositions[l] || conjunctions[l] || clauseAdverbs[l] || npStopParticles[l] || len(l) < 3 {
		return false // function words carry lexicon bits too: "…, da das Land …", "…, um den …"
	}
	if !npStop[l] && wordBits(l)&ner.GazVerbAdj == 0 || strings.Contains(l, "zu") && a.zuForm(l) {
		return false // the verbs of npStop ("kam", "gab") are verbs whatever the lexicon says
	}
	n := a.low.at(t + 1)
	return determiners[n] && !isCap(a.tok(t+1)) || writerFollowers[n]
}

// finiteVerbAt reports a finite verb at token t, in any mood: an auxiliary, a Konjunktiv form,
// or a verb form of the entity model's lexicon that is no function word.
func (a *analyzer) finiteVerbAt(t int) bool {
	w, l := a.tok(t), a.low.at(t)
	if isCap(w) || len(l) < 3 {
		return false
	}
	if finiteAux[l] || konjunktiv[l] || npStop[l] && !npStopParticles[l] {
		return true
	}
	if prepositions[l] || conjunctions[l] || clauseAdverbs[l] || npStopParticles[l] || determiners[l] || relativePronouns[l] || subjectPronouns[l] {
		return false
	}
	return wordBits(l)&ner.GazVerbAdj != 0 && !(strings.Contains(l, "zu") && a.zuForm(l))
}

// hasVerb reports a verb in tokens [s, e): an auxiliary, a Konjunktiv, a cue, a zu-infinitive,
// or a verb form of the lexicon that does not stand before a noun or another adjective (the
// lexicon does not tell verbs from adjectives, and an adjective before its noun is attributive).
// A clause without one is a noun phrase: a list of names, an apposition.
func (a *analyzer) hasVerb(s, e int) bool {
	for t := s; t < e; t++ {
		w, l := a.tok(t), a.low.at(t)
		if isCap(w) || !isWordLike(w) {
			continue
		}
		if finiteAux[l] || konjunktiv[l] || npStop[l] && !npStopParticles[l] || isCueWord(l) || a.zuForm(l) {
			return true
		}
		if len(l) < 3 || prepositions[l] || conjunctions[l] || clauseAdverbs[l] || npStopParticles[l] || determiners[l] ||
			relativePronouns[l] || subjectPronouns[l] {
			continue
		}
		if t+1 < e && determiners[a.low.at(t+1)] && !isCap(a.tok(t+1)) {
			return true // an adjective never stands before an article: "erreichte eine …"
		}
		if wordBits(l)&ner.GazVerbAdj == 0 {
			continue
		}
		if t+1 < e && (isCap(a.tok(t+1)) || isMarkTok(a.tok(t+1)) || adjLike(a.low.at(t+1)) && isWordLike(a.tok(t+1))) && a.attributiveSlot(s, t) {
			continue
		}
		return true
	}
	return false
}

// attributiveSlot reports that token t (from s on) stands where an adjective before its noun
// stands: after an article, a preposition, another adjective, a number or a comma ("der frühere
// Minister", "mit neuen Zahlen"), not after a noun as a verb in second position does ("… in
// Helmand trafen Truppen auf …").
func (a *analyzer) attributiveSlot(s, t int) bool {
	if t == s {
		return true
	}
	p, l := a.tok(t-1), a.low.at(t-1)
	return determiners[l] || prepositions[l] || isNumber(p) || !isWordLike(p) || l == "und" || l == "oder" ||
		!isCap(p) && adjLike(l) || !isCap(p) && clauseAdverbs[l]
}

// npStopParticles are the words of npStop that are no verbs.
var npStopParticles = set(`auch nicht nur noch bereits schon am im zum zur beim ins`)

// writerFollowers follow a finite verb in second position: "…, sprach aber von …", "…, stellt sich …".
var writerFollowers = set(`sich er sie es aber jedoch auch nun dann zudem allerdings nicht noch dabei damit daher
	deshalb außerdem jedoch ebenfalls bereits schon`)

// zuForm reports a zu-infinitive written as one word ("zurückzunehmen").
func (a *analyzer) zuForm(l string) bool {
	for _, p := range zuParticles {
		if strings.HasPrefix(l, p+"zu") && len(l) > len(p)+4 {
			return true
		}
	}
	return false
}

// sourceInsertAt reports "so" opening a source phrase at token t: "…, so der Minister".
func (a *analyzer) sourceInsertAt(t, end int) bool {
	if a.tok(t) != "so" || t+1 >= end {
		return false
	}
	ns, ne := a.npForward(t+1, end)
	if ne <= ns {
		return false
	}
	l := a.low.at(min(ne, end-1))
	return ne >= end-1 || isBoundary(a.tok(ne)) || soTail[l] || prepositions[l] && !isCap(a.tok(ne)) && !sourcePreps[l]
}

// askedIn reports a question verb in tokens [s, e): "fragte", "wissen wollte".
func (a *analyzer) askedIn(s, e int) bool {
	for t := s; t < e; t++ {
		if c, ok := a.cueAt(t, -1); ok && questionLemmas[c.Lemma] {
			return true
		}
		if questionLemmas[a.low.at(t)] {
			return true
		}
	}
	return false
}

var questionLemmas = set(`fragen erfragen nachfragen wissen erkundigen klären`)

// beliefAdjectives govern a reported clause after a copula or "sich zeigen": "ist zuversichtlich,
// dass …", "zeigte sich überzeugt, …".
var beliefAdjectives = set(`sicher überzeugt zuversichtlich optimistisch pessimistisch skeptisch gewiss einig
	besorgt`)

// adjectiveClause reports the dass/ob-clause or the Konjunktiv clause after a belief adjective at
// token c, whose clause holds a finite verb before it; the speaker is that clause's subject.
func (a *analyzer) adjectiveClause(si, c int) (found, bool) {
	st := a.d.Sentences[si]
	first, end := int(st.FirstToken), int(st.EndToken)
	cs := a.clauseStart(c, first)
	verb := false
	for t := cs; t < c; t++ {
		if finiteAux[a.low.at(t)] && !isCap(a.tok(t)) || a.low.at(t) == "sich" {
			verb = true
		}
	}
	if !verb {
		return found{}, false
	}
	n := c + 2
	var q span
	switch nl := a.low.at(n); {
	case nl == "dass" || nl == "daß" || nl == "ob":
		q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
	case a.mainClauseStart(n) && a.konjIn(n, min(end, n+12), true):
		q = span{int(a.d.Tokens[n].Start), a.reportEnd(n, end)}
	case a.zuInfinitive(n, end) && nl != "um" && nl != "ohne" && nl != "statt":
		// "ist zuversichtlich, den Titel verteidigen zu können"
		q = span{int(a.d.Tokens[n].Start), a.infinitiveReportEnd(n, end)}
	default:
		return found{}, false
	}
	f, ok := a.cuedReport(si, c, q)
	if !ok {
		return found{}, false
	}
	if s, e, role := a.subject(c, first, c+1); e > s {
		f.speaker, f.role = a.bytes(s, e), role
	}
	return f, true
}
