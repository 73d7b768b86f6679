package keywords

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"artikel/internal/document"
	"artikel/internal/segment"
)

// Yoast SEO's keyphrase density bands (adjusted density, % of words) for texts of at least
// shortText words.
const (
	minGood           = 0.5
	maxGood           = 3.0
	maxGoodWordForms  = 3.5
	maxOver           = 4.0
	shortText         = 100
	distributionGood  = 0.30
	distributionOkay  = 0.50
	assessTooLow      = "too_low"
	assessGood        = "good"
	assessOver        = "over"
	assessWayOver     = "way_over"
	sourceGiven       = "given"
	sourceDetected    = "detected"
	distributionBadly = "bad"
)

// matcher finds a keyphrase in a list of words: either all content words in any order, by stem
// (Yoast's default), or the exact word sequence (a keyphrase in double quotes).
type matcher struct {
	exact bool
	// lower are the keyphrase words (lowercase) that take part in matching.
	lower []string
	// stems and need: distinct stems of the matching words and how often each is needed.
	stems []int32
	need  []int
	// formOf maps a stem to the keyphrase's own lowercase form, to notice other word forms.
	formOf map[int32]string
	// exactTokens are all tokens of an exact keyphrase, punctuation included.
	exactTokens []string
}

// quotes that mark an exact-match keyphrase when they enclose it.
const quoteChars = "\"„“”«»"

// parseKeyphrase splits a keyphrase with the document's tokenizer so it matches the text's tokens.
// tokens, when not nil, are the keyphrase's words already known from the text (a detected one).
func (t *text) parseKeyphrase(kp string, tokens []string) (matcher, string, bool) {
	kp = strings.TrimSpace(kp)
	var m matcher
	// Two runes at least: a lone quotation mark is not a quoted keyphrase.
	if utf8.RuneCountInString(kp) >= 2 {
		first, _ := utf8.DecodeRuneInString(kp)
		last, _ := utf8.DecodeLastRuneInString(kp)
		if strings.ContainsRune(quoteChars, first) && strings.ContainsRune(quoteChars, last) {
			m.exact = true
			kp = strings.TrimSpace(kp[utf8.RuneLen(first) : len(kp)-utf8.RuneLen(last)])
		}
	}
	if tokens == nil {
		seg := segment.Segment(kp, t.lx.lang.code)
		for _, tok := range seg.Tokens {
			if tok.Kind == segment.TokWord || tok.Kind == segment.TokNumber {
				tokens = append(tokens, kp[tok.Start:tok.End])
			}
			if m.exact {
				m.exactTokens = append(m.exactTokens, kp[tok.Start:tok.End])
			}
		}
	}
	type kw struct {
		lower string
		e     lexEntry
	}
	var all []kw
	for _, s := range tokens {
		e := t.lx.lookup(s)
		all = append(all, kw{lower: e.lower, e: e})
	}
	if len(all) == 0 {
		return m, kp, false
	}
	use := all
	if !m.exact {
		// Yoast drops function words, unless nothing else is left.
		var content []kw
		for _, w := range all {
			if w.e.class != classFunction {
				content = append(content, w)
			}
		}
		if len(content) > 0 {
			use = content
		}
	}
	m.formOf = map[int32]string{}
	for _, w := range use {
		m.lower = append(m.lower, w.lower)
		found := false
		for k, s := range m.stems {
			if s == w.e.stem {
				m.need[k]++
				found = true
			}
		}
		if !found {
			m.stems = append(m.stems, w.e.stem)
			m.need = append(m.need, 1)
			m.formOf[w.e.stem] = w.lower
		}
	}
	return m, kp, true
}

// exactHits counts verbatim occurrences (case-insensitive) of the keyphrase's token sequence,
// punctuation included, in document sentence si.
func (m *matcher) exactHits(t *text, si int) int {
	s := t.doc.Sentences[si]
	k, n := len(m.exactTokens), 0
	if k == 0 {
		return 0
	}
	for i := int(s.FirstToken); i+k <= int(s.EndToken); i++ {
		j := 0
		for j < k {
			tok := t.doc.Tokens[i+j]
			if !strings.EqualFold(t.doc.Text[tok.Start:tok.End], m.exactTokens[j]) {
				break
			}
			j++
		}
		if j == k {
			n++
			i += k - 1
		}
	}
	return n
}

// windows appends the spans of the keyphrase in a hit sentence: for an exact keyphrase each
// verbatim occurrence; otherwise the shortest disjoint windows of words that hold every keyphrase
// stem as often as needed, taken left to right (earliest end first gives the most windows).
func (m *matcher) windows(t *text, si int, ws []word, out []document.Span) []document.Span {
	if m.exact {
		s := t.doc.Sentences[si]
		k := len(m.exactTokens)
		for i := int(s.FirstToken); k > 0 && i+k <= int(s.EndToken); i++ {
			j := 0
			for j < k && strings.EqualFold(t.doc.TokenText(i+j), m.exactTokens[j]) {
				j++
			}
			if j == k {
				out = append(out, t.doc.Span(int(t.doc.Tokens[i].Start), int(t.doc.Tokens[i+k-1].End)))
				i += k - 1
			}
		}
		return out
	}
	have := make([]int, len(m.stems))
	index := func(w word) int {
		for k, s := range m.stems {
			if s == t.stem(w) {
				return k
			}
		}
		return -1
	}
	left, missing := 0, 0
	for _, n := range m.need {
		missing += n
	}
	total := missing
	for right := 0; right < len(ws); right++ {
		k := index(ws[right])
		if k < 0 {
			continue
		}
		if have[k] < m.need[k] {
			missing--
		}
		have[k]++
		if missing > 0 {
			continue
		}
		// Shrink from the left while every stem is still covered.
		for ; left < right; left++ {
			kl := index(ws[left])
			if kl < 0 {
				continue
			}
			if have[kl] == m.need[kl] {
				break
			}
			have[kl]--
		}
		out = append(out, t.doc.Span(int(t.doc.Tokens[ws[left].tok].Start), int(t.doc.Tokens[ws[right].tok].End)))
		clear(have)
		left, missing = right+1, total
	}
	return out
}

// length is L in Yoast's length factor: the number of content words of the keyphrase.
func (m *matcher) length() int { return len(m.lower) }

// hits counts the keyphrase in one sentence's words. For stem matching a sentence holding every
// content word adds the smallest count among them; for exact matching every verbatim occurrence
// (case-insensitive, adjacent words) counts. forms reports a hit through another word form.
func (m *matcher) hits(t *text, si int, ws []word) (n int, forms bool) {
	if m.exact {
		return m.exactHits(t, si), false
	}
	var counts [8]int
	var cnt []int
	if len(m.stems) <= len(counts) {
		cnt = counts[:len(m.stems)]
	} else {
		cnt = make([]int, len(m.stems))
	}
	for _, w := range ws {
		for k, s := range m.stems {
			if t.stem(w) == s {
				cnt[k]++
			}
		}
	}
	n = math.MaxInt
	for k := range cnt {
		if c := cnt[k] / m.need[k]; c < n {
			n = c
		}
	}
	if n == 0 || n == math.MaxInt {
		return 0, false
	}
	// A hit went through another word form only when the keyphrase's own forms do not suffice
	// for n hits: other forms of a stem elsewhere in the sentence do not make a verbatim hit
	// inflected.
	var owns [8]int
	own := owns[:0]
	if len(m.stems) > len(owns) {
		own = make([]int, 0, len(m.stems))
	}
	own = own[:len(m.stems)]
	for _, w := range ws {
		for k, s := range m.stems {
			if t.stem(w) == s && strings.EqualFold(t.wordText(w), m.formOf[s]) {
				own[k]++
			}
		}
	}
	for k := range own {
		if own[k] < n*m.need[k] {
			forms = true
		}
	}
	return n, forms
}

// keyphrase measures a keyphrase the Yoast way.
func (t *text) keyphrase(raw, source string, tokens []string) *Keyphrase {
	m, clean, ok := t.parseKeyphrase(raw, tokens)
	kp := &Keyphrase{Phrase: clean, Source: source, Exact: m.exact, Occurrences: []document.Span{},
		Distribution: Distribution{Sentences: t.nSentences}}
	if !ok {
		kp.Assessment = assessTooLow
		kp.Distribution.Assessment = distributionBadly
		return kp
	}
	kp.Length = m.length()
	kp.LengthFactor = round2(lengthFactor(kp.Length))
	paras := map[int32]bool{}
	gap, longest := 0, 0
	for si, ws := range t.sentences() {
		n, forms := m.hits(t, si, ws)
		if n == 0 {
			gap++
			longest = max(longest, gap)
			continue
		}
		gap = 0
		kp.Count += n
		kp.Sentences++
		kp.Occurrences = m.windows(t, si, ws, kp.Occurrences)
		kp.WordForms = kp.WordForms || forms
		paras[t.doc.Sentences[si].Paragraph] = true
	}
	kp.Paragraphs = len(paras)
	if t.nWords > 0 {
		d := float64(kp.Count) * 100 / float64(t.nWords)
		kp.Density = round2(d)
		kp.AdjustedDensity = round2(d * lengthFactor(kp.Length))
	}
	kp.Assessment = assess(t.nWords, kp.Count, kp.AdjustedDensity, kp.Length, kp.WordForms)
	kp.Distribution = distribution(longest, t.nSentences, kp.Count)

	// Title, first paragraph and headings.
	firstBody := -1
	for i, p := range t.doc.Paragraphs {
		if isBody(p.Kind) {
			firstBody = i
			break
		}
	}
	for si, s := range t.doc.Sentences {
		if s.Paragraph < 0 || int(s.Paragraph) >= len(t.doc.Paragraphs) {
			continue
		}
		kind := t.doc.Paragraphs[s.Paragraph].Kind
		title, heading, first := kind == document.KindTitle, kind == document.KindHeading, int(s.Paragraph) == firstBody
		if !(title && !kp.InTitle || heading && !kp.InHeadings || first && !kp.InFirstParagraph) {
			continue
		}
		if n, _ := m.hits(t, si, t.sentenceWords(si)); n > 0 {
			kp.InTitle = kp.InTitle || title
			kp.InHeadings = kp.InHeadings || heading
			kp.InFirstParagraph = kp.InFirstParagraph || first
		}
	}
	return kp
}

// lengthFactor is Yoast's f = 0.7 + L/3, which lets longer keyphrases have a lower raw density.
func lengthFactor(l int) float64 { return 0.7 + float64(l)/3 }

// assess applies the Yoast bands. Texts of at least 100 words are judged by adjusted density; shorter
// ones by counts, since one occurrence more or less swings their density wildly: the recommended
// maximum is the count that reaches the density bound, but at least 2 (good) and 3 (over).
func assess(words, count int, adjusted float64, length int, wordForms bool) string {
	good := maxGood
	if wordForms {
		good = maxGoodWordForms
	}
	if words >= shortText {
		switch {
		case adjusted < minGood:
			return assessTooLow
		case adjusted <= good:
			return assessGood
		case adjusted <= maxOver:
			return assessOver
		}
		return assessWayOver
	}
	f := lengthFactor(length)
	goodMax := max(2, int(math.Floor(good*float64(words)/(100*f))))
	overMax := max(goodMax+1, int(math.Floor(maxOver*float64(words)/(100*f))))
	switch {
	case count == 0:
		return assessTooLow
	case count <= goodMax:
		return assessGood
	case count <= overMax:
		return assessOver
	}
	return assessWayOver
}

// distribution rates the longest run of sentences without the keyphrase.
func distribution(longest, sentences, count int) Distribution {
	d := Distribution{LongestGap: longest, Sentences: sentences}
	if sentences > 0 {
		d.LongestGapShare = round2(float64(longest) / float64(sentences))
	}
	switch {
	case count == 0:
		d.Assessment = distributionBadly
	case d.LongestGapShare <= distributionGood:
		d.Assessment = "good"
	case d.LongestGapShare <= distributionOkay:
		d.Assessment = "okay"
	default:
		d.Assessment = distributionBadly
	}
	return d
}

// sentenceWords builds the words of any document sentence (also title ones, which t.words leaves out).
func (t *text) sentenceWords(si int) []word {
	s := t.doc.Sentences[si]
	var ws []word
	for ti := int(s.FirstToken); ti < int(s.EndToken) && ti < len(t.doc.Tokens); ti++ {
		tok := t.doc.Tokens[ti]
		if tok.Kind != segment.TokWord && tok.Kind != segment.TokNumber {
			continue
		}
		e := t.lx.lookup(t.doc.Text[tok.Start:tok.End])
		ws = append(ws, word{tok: int32(ti), surf: e.surf})
	}
	return ws
}

// detectKeyphrase picks the most prominent candidate: repeated phrases score count × (c+1)/2 for
// c content words, so a single term scores its count and a longer phrase gains half a count per
// extra content word (a name said twice does not beat the article's main word said six times).
// Ties go to the earlier candidate in the ranked lists, the top term first. A focus keyphrase is a
// name or a noun phrase: a lone term must be a noun or name, a phrase must end in one (its head;
// adjectives only inside, as in "kriminelle Vereinigung"). It returns the candidate's text and
// its words.
func (t *text) detectKeyphrase(phrases []phrase, terms []Term) (string, []string) {
	nl := t.nounLikeStems()
	var bestTerm *Term
	for i := range terms {
		if nl.noun(t, t.stemID(terms[i].Stem), terms[i].Term) {
			bestTerm = &terms[i]
			break
		}
	}
	var best *phrase
	bestScore := 0.0
	if bestTerm != nil {
		bestScore = float64(bestTerm.Count)
	}
	for i := range phrases {
		p := &phrases[i]
		if p.contentWords < 2 {
			continue
		}
		if s := float64(p.count) * float64(p.contentWords+1) / 2; s > bestScore {
			head := t.words[int(p.positions[0])+p.length-1]
			if !nl.noun(t, t.stem(head), t.wordText(head)) {
				continue
			}
			best, bestScore = p, s
		}
	}
	if best == nil {
		if bestTerm == nil {
			return "", nil
		}
		return bestTerm.Term, []string{bestTerm.Term}
	}
	// The words of an occurrence that reads like the reported surface form.
	first := int(best.positions[0])
	for _, p := range best.positions {
		if t.seqText(int(p), best.length) == best.surface {
			first = int(p)
			break
		}
	}
	tokens := make([]string, best.length)
	for i := range tokens {
		w := t.words[first+i]
		tokens[i] = t.wordText(w)
	}
	return best.surface, tokens
}

// stemID returns the document id of a stem, -1 when the text has none.
func (t *text) stemID(stem string) int32 {
	for id, s := range t.lx.stems {
		if s == stem {
			return int32(id)
		}
	}
	return -1
}

// capCounts counts, per stem, the occurrences inside a sentence (not its first word, which is
// capitalised anyway) that start with a capital letter and those that do not.
type capCounts struct {
	upper, lower map[int32]int
}

func (t *text) nounLikeStems() capCounts {
	c := capCounts{upper: map[int32]int{}, lower: map[int32]int{}}
	for _, ws := range t.sentences() {
		for i := 1; i < len(ws); i++ {
			w := ws[i]
			if t.class(w) != classContent {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(t.wordText(w)); unicode.IsUpper(r) {
				c.upper[t.stem(w)]++
			} else {
				c.lower[t.stem(w)]++
			}
		}
	}
	return c
}

// noun reports whether a word (by its stem and one surface form) can head a focus keyphrase.
// German capitalises every noun and name, so it is one that is written with a capital inside
// sentences at least as often as without, in the form given too (eBay and iPhone count by their
// inner capital). English
// has no such mark: there a word ending in -ly or -ed (adverbs, participles) is none.
func (c capCounts) noun(t *text, stem int32, surface string) bool {
	if stem < 0 {
		return false
	}
	if t.lx.lang.code == "en" {
		lower := strings.ToLower(surface)
		return !strings.HasSuffix(lower, "ly") && !strings.HasSuffix(lower, "ed") && !englishNonNoun[lower]
	}
	for _, r := range surface[1:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	// The form itself must be capitalised (die Verletzten share the stem of verletzt, but
	// "verletzt" is no noun), and so must most uses of the stem inside sentences.
	if r, _ := utf8.DecodeRuneInString(surface); !unicode.IsUpper(r) || t.lx.lang.function[strings.ToLower(surface)] {
		return false
	}
	up, low := c.upper[stem], c.lower[stem]
	return up >= low
}

// englishNonNoun are frequent English verbs, adjectives and adverbs that the stop list leaves as
// content words, written for this project.
var englishNonNoun = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`said says say told tells according new old first last many several other
		also however still including well good bad high low large small big long early late recent major
		former current local national international public killed injured died dead made make makes found
		took take taken given gave give going went come came announced reported believed expected`) {
		englishNonNoun[w] = true
	}
}
