package quotes

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"

	"artikel/internal/analysis"
)

// mention is an entity mention from the entities analyzer, in bytes.
type mention struct {
	span
	person bool
	text   string
}

// entityPersons reads the entities analyzer's mentions when it ran. Its result type is not
// imported (the packages stay independent); the JSON contract `mentions[].{start,end,type}`
// in code points is read instead.
func entityPersons(pass *analysis.Pass) []mention {
	r, ok := pass.ResultOf("entities")
	if !ok || r == nil {
		return nil
	}
	raw, err := json.Marshal(r)
	if err != nil {
		return nil
	}
	var v struct {
		Mentions []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Type  string `json:"type"`
		} `json:"mentions"`
	}
	if json.Unmarshal(raw, &v) != nil || len(v.Mentions) == 0 {
		return nil
	}
	// code point → byte offsets, one pass over the text
	text := pass.Doc.Text
	offs := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	var out []mention
	for _, m := range v.Mentions {
		if m.Start < 0 || m.End > len(offs)-1 || m.End <= m.Start {
			continue
		}
		t := strings.ToUpper(m.Type)
		if t != "PER" && t != "PERSON" && t != "ORG" && t != "ORGANIZATION" {
			continue
		}
		s, e := offs[m.Start], offs[m.End]
		out = append(out, mention{span: span{s, e}, person: strings.HasPrefix(t, "PER"), text: text[s:e]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].s < out[j].s })
	return out
}

// resolve names each speaker: entity mentions inside the speaker phrase, surname-only
// mentions expanded to the full name seen before, pronouns and role nouns ("der Minister")
// resolved to the closest person before them.
func (a *analyzer) resolve() {
	// Lookups by key keep this linear: the last named speaker per role word and per surname.
	byRoleWord := map[string]string{}
	bySurname := map[string]string{}
	remember := func(name, role string) {
		for _, w := range strings.Fields(role) {
			if isCap(w) {
				byRoleWord[w] = name
			}
		}
		if f := strings.Fields(name); len(f) >= 2 {
			bySurname[f[len(f)-1]] = name
		}
	}
	lastPerson := ""
	mi := 0
	for i := range a.out {
		f := &a.out[i]
		if !f.speaker.ok() {
			continue
		}
		for mi < len(a.persons) && a.persons[mi].s < f.speaker.s {
			if a.persons[mi].person {
				lastPerson = a.persons[mi].text
			}
			mi++
		}
		txt := a.d.Text[f.speaker.s:f.speaker.e]
		l := lower(txt)
		if f.inherited && f.speakerName != "" {
			continue
		}
		if m, ok := a.mentionIn(f.speaker, mi); ok {
			f.speakerName = m
			if a.isPersonMention(f.speaker, mi) {
				lastPerson = m
			}
			remember(m, f.role)
			continue
		}
		switch {
		case l == "demnach" || l == "wonach":
			if i > 0 && a.out[i-1].speakerName != "" {
				f.speakerName = a.out[i-1].speakerName
			}
		case subjectPronouns[l]:
			if l == "sie" || l == "er" || l == "he" || l == "she" {
				if lastPerson != "" {
					f.speakerName = lastPerson
				}
			}
		case determiners[firstWord(l)]:
			if name, ok := byRoleWord[lastWord(txt)]; ok {
				f.speakerName = name
			}
		default:
			name := txt
			if full, ok := bySurname[txt]; ok && !strings.Contains(txt, " ") {
				name = full
			}
			f.speakerName = name
			if looksLikeName(name) {
				lastPerson = name
			}
			remember(name, f.role)
		}
	}
}

// mentionIn returns the longest entity mention inside span s; mentions are sorted, and the
// search starts at index from (the first mention at or after s), so it stays local.
func (a *analyzer) mentionIn(s span, from int) (string, bool) {
	best := ""
	for k := from; k < len(a.persons) && a.persons[k].s < s.e; k++ {
		if m := a.persons[k]; m.s >= s.s && m.e <= s.e && len(m.text) > len(best) {
			best = m.text
		}
	}
	return best, best != ""
}

func (a *analyzer) isPersonMention(s span, from int) bool {
	for k := from; k < len(a.persons) && a.persons[k].s < s.e; k++ {
		if m := a.persons[k]; m.s >= s.s && m.e <= s.e && m.person {
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
		if f.speaker.ok() || f.cue.ok() && !a.anaphoricCue(f.cue) {
			continue
		}
		if a.wordBefore(f.content.s, f.sent) && !a.anaphoricCue(f.cue) {
			continue
		}
		if i > 0 {
			g := a.out[i-1]
			if g.speaker.ok() && g.sent >= f.sent-1 && f.para-g.para <= 1 {
				f.speaker, f.speakerName, f.role, f.inherited = g.speaker, g.speakerName, g.role, true
				continue
			}
		}
		if f.sent == 0 {
			continue
		}
		prev := a.d.Sentences[f.sent-1]
		if f.para-prev.Paragraph > 1 {
			continue
		}
		for c := prev.EndToken - 1; c >= prev.FirstToken && prev.EndToken-c <= maxClause*2; c-- {
			if _, ok := a.cueAt(c, prev.EndToken); ok {
				if s, e, role := a.subject(c, prev.FirstToken, prev.EndToken); e > s {
					f.speaker, f.role, f.inherited = a.bytes(s, e), role, true
				}
				break
			}
		}
	}
}

// anaphoricCue: "demnach", "wonach" point back to the source named before.
func (a *analyzer) anaphoricCue(c span) bool {
	if !c.ok() {
		return false
	}
	l := lower(a.d.Text[c.s:c.e])
	return l == "demnach" || l == "wonach"
}

// wordBefore reports a word before byte off in sentence si, looking past quotation marks only.
func (a *analyzer) wordBefore(off, si int) bool {
	st := a.d.Sentences[si]
	t := a.tokenAt(off) - 1
	for t >= st.FirstToken && isMarkTok(a.tok(t)) {
		t--
	}
	return t >= st.FirstToken && isWordLike(a.tok(t))
}
