// Package keywords is the keyword density analyzer: which words and phrases an
// article is about, how dense its (given or detected) keyphrase is by Yoast
// SEO's arithmetic, and whether the article is keyword-stuffed.
//
// Word forms are grouped with the Snowball stemmer of the document language
// (German or English); function words come from the Snowball stop lists plus a
// small project list, and numbers, units and dates never count as topics.
package keywords

import (
	"fmt"
	"iter"
	"math"
	"reflect"
	"sort"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/segment"
)

// Analyzer is the `keywords` analyzer.
var Analyzer = &analysis.Analyzer{
	Name:      "keywords",
	Doc:       "keyword density: top terms, repeated phrases, Yoast keyphrase density and keyword stuffing",
	Languages: []string{"de", "en"},
	Settings: []analysis.Setting{{
		Name: "keyphrase", Short: "k",
		Usage: "focus keyphrase to assess; in double quotes it matches only exactly (default: detect one)",
		Check: checkKeyphrase,
	}},
	ResultType: reflect.TypeFor[*Result](),
	Tally:      newTally,
	Run:        run,
}

// Options are the keywords analyzer's settings.
type Options struct {
	// Keyphrase is the focus keyphrase given by the user ("" = detect one).
	Keyphrase string
	// Top is how many terms and phrases are listed.
	Top int
}

// checkKeyphrase rejects a keyphrase that has no word in it.
func checkKeyphrase(v string) error {
	if v != "" && strings.Trim(v, " \t\"'„“”") == "" {
		return fmt.Errorf("the keyphrase %q has no words: give a word or phrase, or leave it out to detect one", v)
	}
	return nil
}

// DefaultTop is how many terms and phrases are listed when Options.Top is not set.
const DefaultTop = 20

// Result is the `keywords` result of one document.
type Result struct {
	// Words counts word and number tokens outside the title (Yoast's text length).
	Words int `json:"words"`
	// ContentWords counts the words that are neither function words nor numbers, units or dates.
	ContentWords int        `json:"content_words"`
	Terms        []Term     `json:"terms"`
	Phrases      []Phrase   `json:"phrases"`
	Keyphrase    *Keyphrase `json:"keyphrase"`
	Warnings     []Warning  `json:"warnings"`
}

// Term is a group of content words with one stem.
type Term struct {
	// Term is the group's most frequent surface form.
	Term    string   `json:"term"`
	Stem    string   `json:"stem"`
	Forms   []string `json:"forms"`
	Count   int      `json:"count"`
	Density float64  `json:"density"`
}

// Phrase is a repeated multi-word phrase inside sentences.
type Phrase struct {
	// Phrase is the most frequent surface form of the word sequence.
	Phrase      string          `json:"phrase"`
	Length      int             `json:"length"`
	Count       int             `json:"count"`
	Density     float64         `json:"density"`
	Paragraphs  int             `json:"paragraphs"`
	Occurrences []document.Span `json:"occurrences"`
}

// Keyphrase is the focus keyphrase and its Yoast-style assessment.
type Keyphrase struct {
	Phrase string `json:"phrase"`
	// Source is "given" (Options.Keyphrase) or "detected".
	Source string `json:"source"`
	// Exact is true for a keyphrase in double quotes, which matches only verbatim.
	Exact bool `json:"exact"`
	// Length is L, the number of content words (Yoast drops function words).
	Length          int     `json:"length"`
	Count           int     `json:"count"`
	Density         float64 `json:"density"`
	LengthFactor    float64 `json:"length_factor"`
	AdjustedDensity float64 `json:"adjusted_density"`
	// WordForms is true when some hit matched another form than the keyphrase's own words;
	// only then the upper "good" bound is 3.5 instead of 3.
	WordForms bool `json:"word_forms"`
	// Assessment is too_low, good, over or way_over.
	Assessment string `json:"assessment"`
	Paragraphs int    `json:"paragraphs"`
	Sentences  int    `json:"sentences"`
	// Occurrences are the stretches of text that hold the keyphrase, for highlighting: per hit
	// sentence the shortest disjoint windows holding every keyphrase word (the exact sequence for
	// an exact keyphrase). There can be fewer than Count when a sentence's words interleave.
	Occurrences      []document.Span `json:"occurrences"`
	Distribution     Distribution    `json:"distribution"`
	InTitle          bool            `json:"in_title"`
	InFirstParagraph bool            `json:"in_first_paragraph"`
	InHeadings       bool            `json:"in_headings"`
}

// Distribution is how evenly the keyphrase is spread over the sentences.
type Distribution struct {
	// LongestGap is the longest run of sentences without the keyphrase.
	LongestGap int `json:"longest_gap"`
	Sentences  int `json:"sentences"`
	// LongestGapShare is LongestGap / Sentences.
	LongestGapShare float64 `json:"longest_gap_share"`
	// Assessment is good (≤ 30 %), okay (≤ 50 %) or bad.
	Assessment string `json:"assessment"`
}

// Warning is a finding an editor should look at.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Phrase  string `json:"phrase,omitempty"`
	Count   int    `json:"count,omitempty"`
	// Paragraphs and BodyParagraphs give the spread that triggered keyword_stuffing.
	Paragraphs     int `json:"paragraphs,omitempty"`
	BodyParagraphs int `json:"body_paragraphs,omitempty"`
}

func run(pass *analysis.Pass) (any, error) {
	doc := pass.Doc
	lang := languageFor(doc.Lang)
	if lang == nil {
		if doc.Lang == "" {
			// Undetermined language: German is the project's first language and its rules are the default.
			lang = languageFor("de")
		} else {
			return nil, analysis.Skip(fmt.Sprintf("no stemmer or stop words for language %q", doc.Lang))
		}
	}
	if len(doc.Text) > maxText {
		return nil, analysis.Skip("text longer than 2 GiB")
	}
	res := Analyze(doc, lang.code, Options{Keyphrase: pass.Setting("keyphrase"), Top: pass.Options.Top})
	res.report(pass)
	return res, nil
}

// maxText is the longest text whose byte offsets fit the analyzer's int32 word records.
const maxText = math.MaxInt32

// Analyze runs the analysis on doc with the resources of langCode ("de" or "en"; others fall
// back to German). It never fails: an empty document gives zero counts and no keyphrase.
func Analyze(doc *document.Document, langCode string, opts Options) *Result {
	lang := languageFor(langCode)
	if lang == nil {
		lang = languageFor("de")
	}
	top := opts.Top
	if top <= 0 {
		top = DefaultTop
	}
	if len(doc.Text) > maxText {
		return &Result{Terms: []Term{}, Phrases: []Phrase{}, Warnings: []Warning{}}
	}
	t := newText(doc, lang)
	defer t.release()
	res := &Result{Words: t.nWords, ContentWords: t.nContent, Terms: []Term{}, Phrases: []Phrase{}, Warnings: []Warning{}}
	res.Terms = t.terms(top)
	phrases := t.phrases()
	for i := range phrases {
		if i == top {
			break
		}
		res.Phrases = append(res.Phrases, t.phraseResult(&phrases[i]))
	}
	if opts.Keyphrase != "" {
		res.Keyphrase = t.keyphrase(opts.Keyphrase, sourceGiven, nil)
	} else if kp, tokens := t.detectKeyphrase(phrases, res.Terms); kp != "" {
		res.Keyphrase = t.keyphrase(kp, sourceDetected, tokens)
	}
	if w, ok := t.stuffing(phrases); ok {
		res.Warnings = append(res.Warnings, w)
	}
	if kp := res.Keyphrase; kp != nil && kp.Source == sourceGiven && kp.Count == 0 {
		res.Warnings = append(res.Warnings, Warning{Code: "keyphrase_not_found",
			Message: fmt.Sprintf("the keyphrase %q does not occur in the text", kp.Phrase), Phrase: kp.Phrase})
	}
	return res
}

// word is one word or number token of the analysed text. A text of one-letter lines has a word
// every two bytes, so the record holds only its token and surface form (8 bytes): offsets,
// sentence and paragraph are the token's, stem and class the surface form's.
type word struct {
	tok int32 // index in doc.Tokens
	// surf is the surface id, or ^id for a number token, whose class is always non-topical.
	surf int32
}

func (t *text) surfID(w word) int32 {
	if w.surf < 0 {
		return ^w.surf
	}
	return w.surf
}

func (t *text) stem(w word) int32 { return t.lx.surfStem[t.surfID(w)] }

func (t *text) class(w word) wordClass {
	if w.surf < 0 {
		return classNonTopical
	}
	return t.lx.surfCls[w.surf]
}

// wordText is the text of word w.
func (t *text) wordText(w word) string { return t.doc.TokenText(int(w.tok)) }

// para is the paragraph of word w.
func (t *text) para(w word) int32 { return t.doc.Sentences[t.doc.Tokens[w.tok].Sentence].Paragraph }

// seqText is the text of the n words from words[i] on.
func (t *text) seqText(i, n int) string {
	return t.doc.Text[t.doc.Tokens[t.words[i].tok].Start:t.doc.Tokens[t.words[i+n-1].tok].End]
}

// seqSpan is the span of the n words from words[i] on.
func (t *text) seqSpan(i, n int) document.Span {
	return t.doc.Span(int(t.doc.Tokens[t.words[i].tok].Start), int(t.doc.Tokens[t.words[i+n-1].tok].End))
}

// oneRun reports whether words[i..j] are adjacent tokens of one sentence: a run that no
// punctuation, quotation mark, symbol or sentence end breaks.
func (t *text) oneRun(i, j int) bool {
	a, b := t.words[i].tok, t.words[j].tok
	return int(b-a) == j-i && t.doc.Tokens[a].Sentence == t.doc.Tokens[b].Sentence
}

// text is the document reduced to what keyword statistics need.
type text struct {
	doc *document.Document
	sc  *scratch
	lx  *lexicon
	// words outside the title, in text order.
	words []word
	// nSentences counts the in-scope sentences (see sentences).
	nSentences int
	// longestRun is the most words of a run of adjacent words: no phrase is longer.
	longestRun int
	nWords     int
	nContent   int
	// bodyParagraphs counts paragraphs of kind body, quote or list_item.
	bodyParagraphs int
}

// inScope reports whether sentence s counts in the statistics (it is not in the title).
func inScope(doc *document.Document, s document.Sentence) bool {
	return !(s.Paragraph >= 0 && int(s.Paragraph) < len(doc.Paragraphs) && isTitle(doc.Paragraphs[s.Paragraph].Kind))
}

// sentences yields the in-scope sentences in order: the document index of each and its words
// (which follow each other in words).
func (t *text) sentences() iter.Seq2[int, []word] {
	return func(yield func(int, []word) bool) {
		k := 0
		for si, s := range t.doc.Sentences {
			if !inScope(t.doc, s) {
				continue
			}
			start := k
			for k < len(t.words) && int(t.doc.Tokens[t.words[k].tok].Sentence) == si {
				k++
			}
			if !yield(si, t.words[start:k]) {
				return
			}
		}
	}
}

// isTitle reports whether paragraph kind k is excluded from the text statistics: Yoast analyses the
// body, and the title is checked separately (InTitle).
func isTitle(k document.Kind) bool { return k == document.KindTitle }

func isBody(k document.Kind) bool {
	return k == document.KindBody || k == document.KindQuote || k == document.KindListItem
}

func newText(doc *document.Document, lang *language) *text {
	sc := getScratch()
	t := &text{doc: doc, sc: sc, lx: newLexicon(lang, sc), words: sc.words[:0]}
	// Sized once for the document: grown by appending, the list of a text
	// of millions of short lines was copied over and over and held twice
	// while copying.
	nw := 0
	for _, tok := range doc.Tokens {
		if tok.Kind == segment.TokWord || tok.Kind == segment.TokNumber {
			nw++
		}
	}
	if cap(t.words) < nw {
		t.words = make([]word, 0, nw)
	}
	for _, p := range doc.Paragraphs {
		if isBody(p.Kind) {
			t.bodyParagraphs++
		}
	}
	run := 0
	for _, s := range doc.Sentences {
		if !inScope(doc, s) {
			continue
		}
		t.nSentences++
		for ti := int(s.FirstToken); ti < int(s.EndToken) && ti < len(doc.Tokens); ti++ {
			tok := doc.Tokens[ti]
			if tok.Kind != segment.TokWord && tok.Kind != segment.TokNumber {
				continue
			}
			if n := len(t.words); n > 0 && t.words[n-1].tok == int32(ti-1) && int(doc.Tokens[ti-1].Sentence) == int(tok.Sentence) {
				run++
			} else {
				run = 1
			}
			t.longestRun = max(t.longestRun, run)
			e := t.lx.lookup(doc.Text[tok.Start:tok.End])
			w := word{tok: int32(ti), surf: e.surf}
			if tok.Kind == segment.TokNumber {
				w.surf = ^e.surf
			} else if e.class == classContent {
				t.nContent++
			}
			t.words = append(t.words, w)
		}
	}
	t.nWords = len(t.words)
	return t
}

// release hands the working memory back (with any slices that grew) for the next document.
func (t *text) release() {
	sc := t.sc
	sc.words = t.words
	sc.surfaces, sc.surfStem, sc.surfCls, sc.stems = t.lx.surfaces, t.lx.surfStem, t.lx.surfCls, t.lx.stems
	t.sc, t.words, t.lx = nil, nil, nil
	sc.release()
}

// density is count per 100 words, rounded to two decimals as shown to users.
func (t *text) density(count int) float64 {
	if t.nWords == 0 {
		return 0
	}
	return round2(float64(count) * 100 / float64(t.nWords))
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// terms groups content words by stem, most frequent first (ties: first occurrence first).
func (t *text) terms(top int) []Term {
	nStems, nSurf := len(t.lx.stems), len(t.lx.surfaces)
	buf := int32s(&t.sc.termBuf, nStems+2*nSurf)
	stemCount, surfCount, surfFirst := buf[:nStems], buf[nStems:nStems+nSurf], buf[nStems+nSurf:]
	var order []int32 // stems in order of first occurrence
	for i, w := range t.words {
		if t.class(w) != classContent {
			continue
		}
		stem := t.stem(w)
		if stemCount[stem] == 0 {
			order = append(order, stem)
		}
		stemCount[stem]++
		if surfCount[w.surf] == 0 {
			surfFirst[w.surf] = int32(i)
		}
		surfCount[w.surf]++
	}
	sort.SliceStable(order, func(a, b int) bool { return stemCount[order[a]] > stemCount[order[b]] })
	if len(order) > top {
		order = order[:top]
	}
	// Forms of the listed stems, by surface id.
	formsOf := make(map[int32][]int32, len(order))
	for _, s := range order {
		formsOf[s] = nil
	}
	for id := range t.lx.surfaces {
		if surfCount[id] == 0 {
			continue
		}
		s := t.lx.surfStem[id]
		if f, ok := formsOf[s]; ok {
			formsOf[s] = append(f, int32(id))
		}
	}
	out := make([]Term, 0, len(order))
	for _, s := range order {
		ids := formsOf[s]
		// Most frequent form first; ties in text order.
		sort.Slice(ids, func(a, b int) bool {
			if surfCount[ids[a]] != surfCount[ids[b]] {
				return surfCount[ids[a]] > surfCount[ids[b]]
			}
			return surfFirst[ids[a]] < surfFirst[ids[b]]
		})
		forms := make([]string, len(ids))
		for k, id := range ids {
			forms[k] = t.lx.surfaces[id]
		}
		n := int(stemCount[s])
		out = append(out, Term{Term: forms[0], Stem: t.lx.stems[s], Forms: forms, Count: n, Density: t.density(n)})
	}
	return out
}
