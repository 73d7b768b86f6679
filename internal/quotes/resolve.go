package quotes

import (
	"sort"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/entities"
)

// mention is an entity mention from the entities analyzer, in bytes.
type mention struct {
	span
	person bool
	text   string
}

// entityPersons reads the entities analyzer's people and organisations when it ran, so
// speakers are the named entities it found rather than a second guess at names.
//
// places are the place adjectives among the mentions ("israelischen" → "Israel"), which name
// the source of "nach israelischen Angaben".
//
// ents maps every entity's canonical name to its type, and surnames the last word of each
// person's canonical name to that name, so a later "Brandt" finds "Max Brandt".
func entityPersons(pass *analysis.Pass) (out, places []mention, ents, surnames map[string]string) {
	res, ok := analysis.Result[*entities.Result](pass, entities.Analyzer)
	if !ok {
		return nil, nil, nil, nil
	}
	text := pass.Doc.Text
	ents, surnames = map[string]string{}, map[string]string{}
	for _, e := range res.Entities {
		if e.Canonical == "" {
			continue
		}
		if _, dup := ents[e.Canonical]; !dup || e.Type == entities.PER {
			ents[e.Canonical] = e.Type
		}
		if f := strings.Fields(e.Canonical); e.Type == entities.PER && len(f) >= 2 {
			sur := f[len(f)-1]
			if prev, ok := surnames[sur]; ok && prev != e.Canonical {
				surnames[sur] = "" // two people share the surname
			} else {
				surnames[sur] = e.Canonical
			}
		}
	}
	for _, m := range res.Mentions {
		s, e := m.ByteSpan()
		if m.Type == entities.LOC && m.Form == "derived" && m.Canonical != "" {
			places = append(places, mention{span: span{s, e}, text: m.Canonical})
			continue
		}
		if m.Type != entities.PER && m.Type != entities.ORG {
			continue
		}
		name := text[s:e]
		if c := strings.TrimSpace(m.Canonical); c != "" {
			name = c // "Brekelmans" → "Ruben Brekelmans"
		}
		out = append(out, mention{span: span{s, e}, person: m.Type == entities.PER, text: name})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].s < out[j].s })
	sort.Slice(places, func(i, j int) bool { return places[i].s < places[j].s })
	return out, places, ents, surnames
}

// placeIn returns the place named by an adjective inside span s ("israelischen Angaben").
func (a *analyzer) placeIn(s span) string {
	i := sort.Search(len(a.places), func(k int) bool { return a.places[k].s >= s.s })
	if i < len(a.places) && a.places[i].e <= s.e {
		return a.places[i].text
	}
	return ""
}

// antecedent is a source a later pronoun or possessive can point back to.
type antecedent struct {
	name   string
	pos    int // byte offset
	sent   int
	person bool
}

// maxBack bounds how many sentences back a pronoun looks, maxRemembered how many sources.
const (
	maxBack       = 3
	maxRemembered = 16
)

// resolve names each speaker: entity mentions inside the speaker phrase (their canonical
// name), surname-only mentions expanded to the full name seen before, source phrases named
// by their source ("Angaben der Polizei" → "Polizei"), pronouns and possessives ("sie",
// "ihrer Einschätzung") resolved to the closest compatible source before them, and role nouns
// ("der Minister") to the last speaker with that role. What cannot be resolved gets no name.
func (a *analyzer) resolve() {
	// Lookups by key keep this linear: the last named speaker per role word and per surname.
	byRoleWord := map[string][2]string{} // role word → name, full role
	bySurname := map[string]string{}
	remember := func(name, role string) {
		if name == "" {
			return
		}
		// the head of the role ("Leiter des Amtes" → "Leiter") and of its compound
		// ("Bundesumweltministerin" → "Ministerin")
		for _, w := range roleNames(firstWord(role)) {
			byRoleWord[w] = [2]string{name, role}
		}
		if f := strings.Fields(name); len(f) >= 2 {
			bySurname[f[len(f)-1]] = name
		}
	}
	var back []antecedent // the last sources, in the order seen
	plural := false       // the pronoun being resolved is plural ("Ihnen zufolge")
	push := func(x antecedent) {
		if !citable(x.name) {
			return
		}
		back = append(back, x)
		if len(back) > 2*maxRemembered {
			back = append(back[:0], back[len(back)-maxRemembered:]...)
		}
	}
	// closest returns the nearest source before pos; persons only when personOnly, no
	// woman's name for a masculine pronoun, and no single person for a plural one.
	closest := func(pos, sent int, personOnly, masculine bool) string {
		best := antecedent{pos: -1}
		for k := len(back) - 1; k >= 0 && k >= len(back)-maxRemembered; k-- {
			x := back[k]
			if masculine && feminineName(x.name) || plural && x.person && looksLikeName(x.name) {
				continue
			}
			if x.pos < pos && x.pos > best.pos && sent-x.sent <= maxBack && (x.person || !personOnly) {
				best = x
			}
		}
		return best.name
	}
	mi, si := 0, 0
	for i := range a.out {
		f := &a.out[i]
		if !f.speaker.ok() {
			continue
		}
		// the subjects of the sentences before this one are antecedents too
		for cur := a.sentenceAt(f.speaker.s); si < cur; si++ {
			if name, person := a.sentenceSubject(si); name != "" {
				push(antecedent{name: name, pos: int(a.d.Sentences[si].Start), sent: si, person: person})
			}
		}
		for mi < len(a.persons) && a.persons[mi].s < f.speaker.s {
			if m := a.persons[mi]; m.person {
				push(antecedent{name: m.text, pos: m.s, sent: a.sentenceAt(m.s), person: true})
				// a role noun right before the name introduces the person with that role:
				// "die Bundesumweltministerin Lena Hartwig" is "die Ministerin" later
				if t := a.tokenAt(m.s) - 1; t >= 0 && isCap(a.tok(t)) && a.commonNoun(a.tok(t)) {
					remember(m.text, a.tok(t))
				}
			}
			mi++
		}
		txt := a.d.Text[f.speaker.s:f.speaker.e]
		l := lower(txt)
		if f.inherited && (f.speakerName != "" || f.noName) {
			continue
		}
		sent := a.sentenceAt(f.speaker.s)
		ts, te := a.tokenAt(f.speaker.s), a.tokenAt(f.speaker.e)
		if m, ok := a.mentionIn(f.speaker, mi); ok {
			f.speakerName = m.text
			person := a.isPersonMention(f.speaker, mi)
			if ms, me := a.tokenAt(m.s), a.tokenAt(m.e); !m.person && m.text == a.d.Text[m.s:m.e] {
				// the entity keeps its canonical name; the speaker is named in the nominative:
				// "Angaben der Deutschen Post" → "Deutsche Post"
				if n, ok := a.genitiveOrgName(ms-1, me); ok && n != m.text {
					f.speakerName = n
					if _, known := a.ents[m.text]; known {
						f.entity = m.text
					}
				}
			}
			if !a.sourceCue(f.cue) {
				if _, role := a.nameAndRole(ts, te, &m); f.role == "" {
					f.role = role
				}
			}
			push(antecedent{name: m.text, pos: f.speaker.s, sent: sent, person: person})
			remember(m.text, f.role)
			continue
		}
		name, kind := "", plainSource
		if a.sourceCue(f.cue) || f.claim || a.claimHead(ts, te) {
			name, kind = a.sourceName(ts, te)
		}
		switch {
		case l == "demnach" || l == "wonach" || l == "danach":
			if i > 0 && a.out[i-1].speakerName != "" {
				f.speakerName = a.out[i-1].speakerName
			} else {
				f.noName = true
			}
		case te == ts+1 && relativeSubjects[l] && ts > 0 && a.tok(ts-1) == ",":
			// "…, der vor dem Parlament betonte": the noun phrase before the comma
			f.speakerName = a.relativeAntecedent(ts, sent)
			f.noName = f.speakerName == ""
		case te == ts+1 && (l == "ihm" || l == "ihr" || l == "ihnen" || l == "ihn"):
			// "Ihnen zufolge": the closest source before, a person for the masculine
			masc := l == "ihm" || l == "ihn"
			plural = l == "ihnen"
			f.speakerName = closest(f.speaker.s, sent, masc, masc)
			plural = false
			f.noName = f.speakerName == ""
		case te == ts+1 && docPronouns[l] && !isCap(txt):
			// "in diesem": a document named before, not a name
			f.noName = true
		case te == ts+1 && (latterPronouns[l] || quantifierPronouns[l]):
			// "Viele glauben, …": people nobody names; "letztere" and "erstere" pick one of two
			// named before, which a missed or mistyped mention would turn into the wrong name
			f.noName = true
		case subjectPronouns[l] || demonstratives[l]:
			switch l {
			case "er", "he", "dieser", "jener":
				f.speakerName = closest(f.speaker.s, sent, true, true)
			case "sie", "she", "diese", "jene":
				// plural "sie" (with a plural verb) may be a group; singular "sie" a person
				f.speakerName = closest(f.speaker.s, sent, !a.pluralVerbNear(ts), false)
			}
			f.noName = f.speakerName == ""
		case kind == namedSource:
			f.speakerName = name
			push(antecedent{name: name, pos: f.speaker.s, sent: sent})
		case kind == ownSource:
			f.speakerName = a.clauseSubject(sent, ts)
			if f.speakerName == "" {
				f.speakerName = closest(f.speaker.s, sent, false, false)
			}
			f.noName = f.speakerName == ""
		case kind == anaphorSource:
			masc := strings.HasPrefix(l, "sein")
			f.speakerName = closest(f.speaker.s, sent, masc, masc)
			f.noName = f.speakerName == ""
		case kind == noSource:
			if !strings.Contains(l, "studie") && !strings.Contains(l, "umfrage") {
				f.speakerName = a.placeIn(f.speaker) // "nach israelischen Angaben" → "Israel"
			}
			f.noName = f.speakerName == ""
		default:
			name, role := a.nameAndRole(ts, te, nil)
			if name == "" && f.role != "" {
				// an apposition holding the name: "Der Leiter des Amtes, Dr. Jan Sauer, sagte"
				if n, ok := a.nameInRole(f); ok {
					name, role = n, strings.TrimSpace(a.phraseNoArticle(ts, te))
				}
			}
			if f.role == "" || name != "" && role != "" && f.role != role && a.nameInRoleText(f.role) {
				f.role = role
			}
			switch {
			case name != "":
				if full, ok := bySurname[name]; ok && !strings.Contains(name, " ") {
					name = full
				}
			case role != "":
				// a role noun alone: the person last introduced with that role, else the phrase
				if p, ok := byRoleWord[firstWord(role)]; ok {
					// "der Minister" is the Verkehrsminister introduced before
					name, f.role = p[0], p[1]
				} else {
					name, f.role = strings.TrimSpace(a.phraseNoArticle(ts, te)), ""
				}
			default:
				name = strings.TrimSpace(a.phraseNoArticle(ts, te))
			}
			if name == "" {
				name = txt
			}
			f.speakerName = name
			push(antecedent{name: name, pos: f.speaker.s, sent: sent, person: looksLikeName(name)})
			remember(name, f.role)
		}
	}
	a.linkEntities()
}

// phraseNoArticle is the phrase [s, e) without a leading article or determiner ("Die Polizei"
// → "Polizei"), so that both forms are one speaker.
func (a *analyzer) phraseNoArticle(s, e int) string {
	for s < e-1 && (determiners[a.low.at(s)] && !subjectPronouns[a.low.at(s)]) {
		s++
	}
	sp := a.bytes(s, e)
	return a.d.Text[sp.s:sp.e]
}

// nameInRole finds a name in the apposition of f ("Dr. Jan Sauer"): the role is searched
// right after the speaker phrase.
func (a *analyzer) nameInRole(f *found) (string, bool) {
	rest := a.d.Text[f.speaker.e:min(len(a.d.Text), f.speaker.e+len(f.role)+8)]
	i := strings.Index(rest, f.role)
	if i < 0 {
		return "", false
	}
	s := f.speaker.e + i
	rs, re := a.tokenAt(s), a.tokenAt(s+len(f.role))
	var m *mention
	for k := range a.persons {
		if p := a.persons[k]; p.person && p.s >= s && p.e <= s+len(f.role) {
			m = &a.persons[k]
			break
		}
	}
	name, role := a.nameAndRole(rs, re, m)
	if name == "" || role != "" && m == nil {
		return "", false
	}
	if m != nil {
		name = m.text
	}
	return name, true
}

// nameInRoleText reports a role string made only of name words ("Dr. Jan Sauer").
func (a *analyzer) nameInRoleText(role string) bool {
	for _, w := range strings.Fields(role) {
		if !isCap(w) || a.commonNoun(w) {
			return false
		}
	}
	return true
}

// linkEntities ties each speaker name to an entity of the entities analyzer: its canonical
// name, or the one person whose canonical name ends in a lone surname ("Brandt" → "Max Brandt").
func (a *analyzer) linkEntities() {
	if a.ents == nil {
		return
	}
	for i := range a.out {
		f := &a.out[i]
		n := f.speakerName
		if n == "" {
			continue
		}
		if _, ok := a.ents[n]; ok {
			f.entity = n
			continue
		}
		if !strings.Contains(n, " ") {
			if full := a.surnames[n]; full != "" {
				f.entity, f.speakerName = full, full
			}
		}
	}
}

// speakerType is PER or ORG for a speaker resolved to an entity (a place that speaks is its
// government: ORG), else told from the phrase: a report or other source, an organisation by
// its head noun, a group of people (a quantifier, or a plural noun: bare, or after a plural
// article), or a person.
func (a *analyzer) speakerType(f found) string {
	if f.entity != "" {
		switch a.ents[f.entity] {
		case entities.PER:
			return "PER"
		case entities.ORG, entities.LOC:
			return "ORG"
		}
		return "source"
	}
	n := f.speakerName
	first, last := lower(firstWord(n)), lower(lastWord(n))
	switch {
	case !personSources[last] && (isReportNoun(last) || sourceNouns[last] || sourceNouns[strings.TrimSuffix(last, "n")] ||
		sourceNouns[strings.TrimSuffix(last, "e")] || strings.HasSuffix(last, "kreisen") || strings.HasSuffix(last, "quellen")):
		return "source"
	case genitiveToNominative[first] != "" || quantifiers[first]:
		return "group"
	case looksLikeName(n):
		return "PER"
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(last, suf) || strings.HasSuffix(first, suf) {
			return "ORG" // "Regierung in Den Haag"
		}
	}
	if !f.speaker.ok() || strings.HasSuffix(last, "in") || strings.HasSuffix(last, "ung") {
		return "PER"
	}
	// the article of the phrase tells the number of a noun in -er, -en, -e, -leute
	plural := strings.HasSuffix(last, "er") || strings.HasSuffix(last, "en") || strings.HasSuffix(last, "e") ||
		strings.HasSuffix(last, "leute")
	if !plural {
		return "PER"
	}
	ts, te := a.tokenAt(f.speaker.s), a.tokenAt(f.speaker.e)
	art := ""
	for t := ts; t < te; t++ {
		// lower, not a.low: the token table is freed before the result is built
		if l := lower(a.tok(t)); determiners[l] && !isCap(a.tok(t)) || t == ts && determiners[l] {
			art = l
			break
		}
		if l := lower(a.tok(t)); isCap(a.tok(t)) && !(t == ts && determiners[l]) && a.commonNoun(a.tok(t)) && !isReportNoun(l) && !sourceNouns[l] {
			break // the head noun came first: no article
		}
	}
	switch art {
	case "", "den", "die", "mehrere", "viele", "einige", "zahlreiche", "beide", "beiden", "alle":
		return "group"
	case "der":
		if a.sourceCue(f.cue) && !strings.HasSuffix(last, "e") {
			return "group" // genitive plural: "Angaben der Veranstalter"
		}
	}
	return "PER"
}

// quantifiers open a phrase that names several people ("viele Beobachter").
var quantifiers = set(`mehrere viele einige zahlreiche alle beide andere weitere manche`)

// orgSuffixes end the head noun of an organisation.
var orgSuffixes = []string{"polizei", "gericht", "gerichtshof", "regierung", "ministerium", "amt", "behörde", "verband",
	"partei", "agentur", "zeitung", "institut", "universität", "kommission", "rat", "bank", "konzern", "unternehmen",
	"sender", "magazin", "blatt", "organisation", "gewerkschaft", "verwaltung", "staatsanwaltschaft", "feuerwehr",
	"armee", "militär", "parlament", "kabinett", "komitee", "ausschuss", "stiftung", "verein", "bündnis", "fraktion",
	"gruppe", "büro", "dienst", "firma", "weltbank", "fernsehen", "rundfunk", "presse", "nachrichtenagentur"}

// feminineName guesses from the first name that a person is a woman, so that "er" skips her:
// first names in -a (but not Luca, Andrea, Nikola, …), -ine, -ette, -elle, -run, -trud, -hild.
func feminineName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	first := lower(f[0])
	switch first {
	case "luca", "andrea", "nikola", "nicola", "sascha", "mustafa", "joshua", "attila", "ilja", "mika", "elia", "jona", "kostja", "nikita", "costa", "garcia":
		return false
	}
	for _, suf := range []string{"a", "ine", "ette", "elle", "run", "trud", "hild"} {
		if strings.HasSuffix(first, suf) {
			return true
		}
	}
	return false
}

// citable reports a name a pronoun may point back to: not a pronoun, a quotation mark or an
// adverb taken for a subject ("Zuerst", "Insbesondere").
func citable(name string) bool {
	if name == "" || !isCap(name) && !isWordLike(name) {
		return false
	}
	first := lower(firstWord(name))
	if subjectPronouns[first] || first == "es" || first == "man" {
		return false
	}
	if strings.Contains(name, " ") {
		return true
	}
	if clauseAdverbs[first] || conjunctions[first] || prepositions[first] {
		return false
	}
	for _, suf := range []string{"weise", "lich", "dere", "erst", "mal", "mals"} {
		if strings.HasSuffix(first, suf) {
			return false
		}
	}
	return true
}

// sourceCue reports a cue that introduces a source phrase rather than a subject: "nach
// Angaben der Polizei", "laut dem Sprecher", "einem Bericht zufolge".
func (a *analyzer) sourceCue(c span) bool {
	if !c.ok() {
		return false
	}
	switch lower(a.d.Text[c.s:c.e]) {
	case "nach", "laut", "zufolge", "gemäß":
		return true
	case "wonach":
		// "ein Bericht der Zeitung, wonach …" names its source before the comma
		return true
	}
	return false
}

// pluralVerbNear reports a plural finite verb next to the pronoun at token t ("sagten sie",
// "sie hatten erklärt").
func (a *analyzer) pluralVerbNear(t int) bool {
	for _, k := range []int{t - 1, t + 1} {
		if k < 0 || k >= a.low.len() || isCap(a.tok(k)) && k != t+1 {
			continue
		}
		l := a.low.at(k)
		if l == "sind" || l == "waren" || l == "seien" || l == "wären" || finiteAux[l] && strings.HasSuffix(l, "en") {
			return true
		}
		if isCueWord(l) && strings.HasSuffix(l, "ten") {
			return true // "erklärten", "sagten"
		}
	}
	return false
}

// mentionIn returns the longest entity mention inside span s; mentions are sorted, and the
// search starts at index from (the first mention at or after s), so it stays local.
func (a *analyzer) mentionIn(s span, from int) (mention, bool) {
	var best mention
	for k := from; k < len(a.persons) && a.persons[k].s < s.e; k++ {
		if m := a.persons[k]; m.s >= s.s && m.e <= s.e && len(m.text) > len(best.text) && a.headMention(s, m) {
			best = m
		}
	}
	return best, best.text != ""
}

// headMention reports that mention m names the speaker phrase s itself and is not a genitive
// attribute of another noun: "Ein Vertreter der Vereinten Nationen" is not the UN, while
// "Angaben der FAZ", "Die Nachrichtenagentur AFP" and "der Chef des Verwaltungsrats Ulrich
// Müller" are named by their mention.
func (a *analyzer) headMention(s span, m mention) bool {
	me := a.tokenAt(m.e)
	for m.e < s.e && me < a.low.len() && !isCap(a.tok(me)) && isWordLike(a.tok(me)) && adjLike(a.low.at(me)) {
		me++ // adjectives between: "Jelpkes wissenschaftlicher Mitarbeiter"
	}
	if m.e < s.e && me < a.low.len() && isCap(a.tok(me)) && a.commonNoun(a.tok(me)) &&
		strings.HasSuffix(a.d.Text[m.s:m.e], "s") {
		return false // a genitive before its noun: "Papiers Stellvertreter" is not Papier
	}
	t := a.tokenAt(m.s) - 1
	first := a.tokenAt(s.s)
	for t >= first && !isCap(a.tok(t)) && isWordLike(a.tok(t)) && adjLike(a.low.at(t)) && !genitiveDet[a.low.at(t)] {
		t-- // adjectives: "des benachbarten Bundesstaates"
	}
	if t < first+1 {
		return true
	}
	l := a.low.at(t)
	if !(genitiveDet[l] || l == "von" || l == "vom" || l == "des") || isCap(a.tok(t)) {
		return true
	}
	head := a.low.at(t - 1)
	return isCap(a.tok(t-1)) && (isReportNoun(head) || sourceNouns[head])
}

func (a *analyzer) isPersonMention(s span, from int) bool {
	for k := from; k < len(a.persons) && a.persons[k].s < s.e; k++ {
		if m := a.persons[k]; m.s >= s.s && m.e <= s.e && m.person && a.headMention(s, m) {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// looksLikeName: two to four capitalised words, none an article or an adjective ending.
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !isCap(w) || determiners[lower(w)] {
			return false
		}
	}
	first := lower(f[0])
	return !strings.HasSuffix(first, "ische") && !strings.HasSuffix(first, "ischen") && !strings.HasSuffix(first, "e")
}

// inheritSpeakers gives a quotation without attribution the speaker of the quotation just
// before it (same or previous sentence, nothing in between), or the subject of a cue in the
// sentence before ("Solana zeigte sich zuversichtlich. „Ich gehe davon aus …“").
func (a *analyzer) inheritSpeakers() {
	for i := range a.out {
		f := &a.out[i]
		// "man" names nobody, but after an institution it goes on speaking for it ("Offiziell
		// sagt die Regierung, … Aber man betont auch, …"); after a person it is people in
		// general ("Seidling sagte … Hierbei erfuhr man, …")
		generic := f.cue.ok() && a.genericSubject(a.tokenAt(f.cue.s))
		if f.speaker.ok() || f.noSpeaker || f.cue.ok() && !a.anaphoricCue(f.cue) && !generic {
			continue
		}
		if a.wordBefore(f.content.s, f.sent) && !a.anaphoricCue(f.cue) && !generic {
			continue
		}
		institution := func(sp span) bool { return a.commonHead(a.tokenAt(sp.s), a.tokenAt(sp.e)) }
		if i > 0 {
			g := a.out[i-1]
			if g.speaker.ok() && g.sent >= f.sent-1 && f.para-g.para <= 1 {
				if !generic || institution(g.speaker) {
					f.speaker, f.speakerName, f.role, f.inherited, f.claim = g.speaker, g.speakerName, g.role, true, g.claim
					if t := a.tokenAt(g.speaker.s); ownWords[a.low.at(t)] {
						// "nach eigenen Angaben" is the subject's own account: the next
						// quotation is that subject's, not the account's
						if s, e := a.ownSubject(t); e > s {
							f.speaker, f.speakerName, f.role = a.bytes(s, e), "", a.apposition(e, t)
						}
					}
				}
				continue
			}
		}
		if f.sent == 0 {
			continue
		}
		prev := a.d.Sentences[f.sent-1]
		if f.para-int(prev.Paragraph) > 1 {
			continue
		}
		for c := int(prev.EndToken) - 1; c >= int(prev.FirstToken) && int(prev.EndToken)-c <= maxClause*2; c-- {
			if _, ok := a.cueAt(c, int(prev.EndToken)); ok {
				if s, e, role := a.subject(c, int(prev.FirstToken), int(prev.EndToken)); e > s && (!generic || a.commonHead(s, e)) {
					f.speaker, f.role, f.inherited = a.bytes(s, e), role, true
				}
				break
			}
		}
	}
}

// ownSubject is the subject that opens the clause of the own-source phrase at token t ("Der
// Bruder des Trainers, Jan Roth, war nach eigenem Bekunden …" → "Der Bruder des Trainers").
func (a *analyzer) ownSubject(t int) (int, int) {
	cs := a.sentFirst(t)
	if a.adverbial(cs) || isMarkTok(a.tok(cs)) {
		return 0, 0
	}
	if s, e := a.npForward(cs, t); e > s && s == cs && !a.notSpeaker(s, e) {
		return s, e
	}
	return 0, 0
}

// anaphoricCue: "demnach", "wonach" and "danach" after a report point back to the source named before.
// commonHead reports a noun phrase in tokens [s, e) headed by a common noun: an institution
// or a group ("die chinesische Regierung", "der Bewegung „Occupy“"), not a name or a pronoun.
func (a *analyzer) commonHead(s, e int) bool {
	for t := s; t < e; t++ {
		if w := a.tok(t); isCap(w) && isWordLike(w) && !determiners[a.low.at(t)] && !genitiveDet[a.low.at(t)] && !adjLike(a.low.at(t)) {
			return a.commonNoun(w) && !a.inMention(t)
		}
	}
	return false
}

// claimHead reports a speaker phrase headed by a claim noun ("die Darstellung", "diese
// Behauptung"): it is named by its source, or not at all.
func (a *analyzer) claimHead(s, e int) bool {
	for t := s; t < e; t++ {
		if isCap(a.tok(t)) && isWordLike(a.tok(t)) && !determiners[a.low.at(t)] {
			return claimNoun(a.low.at(t))
		}
	}
	return false
}

// genericCognition are verbs of fearing, believing and expecting: with "man" they speak for
// people in general ("man befürchtete, dass …"), unlike speech acts ("man betont").
var genericCognition = set(`befürchten fürchten glauben hoffen erwarten vermuten annehmen ausgehen denken meinen
	rechnen zweifeln bezweifeln wissen erfahren`)

// genericSubject reports "man" as the subject of cue c: "man betont", "betont man".
func (a *analyzer) genericSubject(c int) bool {
	if e, _ := a.cueAt(c, -1); e.Lemma == "zitieren" || genericCognition[e.Lemma] {
		return false // "zitierte man Yolanda Alvarez": the object speaks
	}
	return c > a.sentFirst(c) && a.low.at(c-1) == "man" || c+1 < a.low.len() && a.low.at(c+1) == "man"
}

func (a *analyzer) anaphoricCue(c span) bool {
	if !c.ok() {
		return false
	}
	l := lower(a.d.Text[c.s:c.e])
	return l == "demnach" || l == "wonach" || l == "danach"
}

// wordBefore reports a word before byte off in sentence si, looking past quotation marks only.
func (a *analyzer) wordBefore(off, si int) bool {
	st := a.d.Sentences[si]
	t := a.tokenAt(off) - 1
	for t >= int(st.FirstToken) && isMarkTok(a.tok(t)) {
		t--
	}
	return t >= int(st.FirstToken) && isWordLike(a.tok(t))
}

// relativeAntecedent names the noun phrase a relative pronoun at token t refers to: the
// entity mention right before the comma, else the name or phrase there.
func (a *analyzer) relativeAntecedent(t, sent int) string {
	s, e := a.npBackward(t-1, int(a.d.Sentences[sent].FirstToken))
	if e <= s {
		return ""
	}
	sp := a.bytes(s, e)
	from := sort.Search(len(a.persons), func(k int) bool { return a.persons[k].e > sp.s })
	if m, ok := a.mentionIn(sp, from); ok {
		return m.text
	}
	if name, _ := a.nameAndRole(s, e, nil); name != "" {
		return name
	}
	return strings.TrimSpace(a.phraseNoArticle(s, e))
}
