// Package readability is the editor's readability analyzer: Flesch reading
// ease (Amstad's adaptation for German, Flesch's formula for English), the
// Wiener Sachtextformel, LIX, and the checks style guides and Yoast SEO's
// readability analysis make: long sentences, passive voice, long paragraphs,
// long stretches without a subheading, consecutive sentences starting alike
// and, for German, nominal style.
package readability

import (
	"fmt"
	"iter"
	"math"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/segment"
)

// Thresholds, as Yoast SEO's readability analysis uses them (and publishes
// them for German): a sentence is long above 20 words and at most 25 % of
// sentences should be; a paragraph is long above 150 words; a text should
// have a subheading at least every 300 words; at most 10 % of sentences
// should be passive; three or more consecutive sentences should not start
// with the same word.
const (
	LongSentenceWords  = 20
	LongSentenceShare  = 0.25
	LongParagraphWords = 150
	SubheadingGapWords = 300
	PassiveShare       = 0.10
	RepeatedStartRun   = 3
)

// Analyzer is the `readability` analyzer.
var Analyzer = &analysis.Analyzer{
	Name:       "readability",
	Doc:        "readability: Flesch (Amstad for German), Wiener Sachtextformel, LIX, long sentences, passive voice, paragraph and subheading checks",
	Languages:  []string{"de", "en"},
	ResultType: reflect.TypeFor[*Result](),
	Tally:      newTally,
	Run:        run,
	Prepare: func() {
		germanPatterns()
		germanParticiples()
	},
}

// Result is the `readability` result of one document.
type Result struct {
	// Words counts the words with letters in the body text (title, headings
	// and byline left out; numbers have no syllables and are left out too).
	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	Syllables int `json:"syllables"`
	// WordsPerSentence is ASL, SyllablesPerWord is ASW.
	WordsPerSentence float64 `json:"words_per_sentence"`
	SyllablesPerWord float64 `json:"syllables_per_word"`
	// Flesch is the reading ease by FleschFormula: "amstad" (German,
	// 180 − ASL − 58.5 × ASW) or "flesch" (206.835 − 1.015 × ASL − 84.6 × ASW).
	Flesch        float64 `json:"flesch"`
	FleschFormula string  `json:"flesch_formula"`
	// WienerSachtextformel is the first Wiener Sachtextformel (a school
	// grade, 4 easy to 15 very hard), for German only.
	WienerSachtextformel *float64 `json:"wiener_sachtextformel"`
	// LIX is Björnsson's Läsbarhetsindex: ASL + percentage of words longer than six letters.
	LIX            float64        `json:"lix"`
	LongSentences  LongSentences  `json:"long_sentences"`
	Passive        Passive        `json:"passive"`
	LongParagraphs Threshold      `json:"long_paragraphs"`
	SubheadingGaps Threshold      `json:"subheading_gaps"`
	RepeatedStarts RepeatedStarts `json:"repeated_starts"`
	NominalStyle   NominalStyle   `json:"nominal_style"`
	// Assessment is the Flesch band: very_easy (≥ 90), easy (≥ 80),
	// fairly_easy (≥ 70), standard (≥ 60), fairly_difficult (≥ 50),
	// difficult (≥ 30), very_difficult; "" without sentences.
	Assessment string `json:"assessment"`
	// Flagged are the sentences with a reason to look at them, in text order.
	Flagged FlaggedSentences `json:"flagged"`
}

// LongSentences counts sentences above Threshold words.
type LongSentences struct {
	Threshold int     `json:"threshold"`
	Count     int     `json:"count"`
	Share     float64 `json:"share"`
}

// Passive counts sentences in the passive voice (German: werden + participle).
type Passive struct {
	Count int     `json:"count"`
	Share float64 `json:"share"`
}

// Threshold counts paragraphs or stretches of text above Threshold words.
type Threshold struct {
	Threshold int `json:"threshold"`
	Count     int `json:"count"`
}

// RepeatedStarts counts runs of three or more consecutive sentences that
// start with the same word (with the next word when the first is an article).
type RepeatedStarts struct {
	Count int `json:"count"`
}

// NominalStyle is the share of words that are nominalisations (German
// -ung, -heit, -keit, -ion, -tät; English -tion, -sion, -ment, -ness, -ity).
type NominalStyle struct {
	Share float64 `json:"share"`
}

// Flagged is a sentence with the reasons it was flagged: long, passive,
// repeated_start.
type Flagged struct {
	document.Span
	Reasons []string `json:"reasons"`
}

// FlaggedSentences are the flagged sentences, kept as a sentence index and
// its reasons (8 bytes; a text of short sentences can flag one every three
// bytes of it). At makes each as a Flagged; JSON and gates see the list of
// Flagged.
type FlaggedSentences struct {
	doc  *document.Document
	list []flag
}

type flag struct {
	sentence int32
	reasons  uint8
}

// Reasons, in the order they are listed.
const (
	reasonLong uint8 = 1 << iota
	reasonPassive
	reasonRepeated
)

// reasonLists are the reason names for each set of reasons, shared by all
// sentences with that set.
var reasonLists = func() (out [8][]string) {
	for set := range out {
		out[set] = []string{}
		for bit, name := range []string{"long", "passive", "repeated_start"} {
			if set&(1<<bit) != 0 {
				out[set] = append(out[set], name)
			}
		}
	}
	return out
}()

// Len is the number of flagged sentences.
func (f FlaggedSentences) Len() int { return len(f.list) }

// At is flagged sentence i.
func (f FlaggedSentences) At(i int) Flagged {
	fl := f.list[i]
	s := f.doc.Sentences[fl.sentence]
	return Flagged{Span: f.doc.Span(int(s.Start), int(s.End)), Reasons: reasonLists[fl.reasons]}
}

// All yields the flagged sentences in text order.
func (f FlaggedSentences) All() iter.Seq2[int, Flagged] {
	return func(yield func(int, Flagged) bool) {
		for i := range f.list {
			if !yield(i, f.At(i)) {
				return
			}
		}
	}
}

// Seq makes the flagged sentences one at a time as they are written.
func (f FlaggedSentences) Seq() analysis.Seq {
	return analysis.Seq{Len: f.Len(), At: func(i int) any { return f.At(i) }}
}

// MarshalJSON writes the list of Flagged.
func (f FlaggedSentences) MarshalJSON() ([]byte, error) { return f.Seq().MarshalJSON() }

// bodyKind reports whether a paragraph is running text a reader reads.
func bodyKind(k document.Kind) bool {
	return k == document.KindBody || k == document.KindQuote || k == document.KindListItem || k == document.KindDateline
}

func run(pass *analysis.Pass) (any, error) {
	lang := pass.Doc.Lang
	if lang == "" {
		lang = "de"
	} else if lang != "de" && lang != "en" {
		return nil, analysis.Skip(fmt.Sprintf("no readability formulas for language %q", lang))
	}
	r := Analyze(pass.Doc, lang)
	r.report(pass)
	return r, nil
}

// Analyze computes the readability of doc as language lang ("de" or "en").
func Analyze(doc *document.Document, lang string) *Result {
	r := &Result{
		LongSentences:  LongSentences{Threshold: LongSentenceWords},
		LongParagraphs: Threshold{Threshold: LongParagraphWords},
		SubheadingGaps: Threshold{Threshold: SubheadingGapWords},
		FleschFormula:  "amstad",
	}
	if lang == "en" {
		r.FleschFormula = "flesch"
	}
	var (
		// sents are the body sentences with words, and their reasons: 8 bytes each, as a text
		// of short sentences has one every three bytes. The flagged ones are kept in place.
		sents         []flag
		runStart      string // first word(s) of the run of sentences that start alike
		run           int    // where that run starts in sents
		polysyllables int    // words of three or more syllables
		monosyllables int
		longWords     int // more than six letters
		nominal       int
		paraWords     = make([]int32, len(doc.Paragraphs))
		cw            []clauseWord
	)
	// endRun closes the run of sentences from sents[run] on that start alike.
	endRun := func() {
		if len(sents)-run >= RepeatedStartRun {
			r.RepeatedStarts.Count++
			for k := run; k < len(sents); k++ {
				sents[k].reasons |= reasonRepeated
			}
		}
	}
	low := doc.Lower()
	for si, s := range doc.Sentences {
		if s.Paragraph < 0 || int(s.Paragraph) >= len(doc.Paragraphs) || !bodyKind(doc.Paragraphs[s.Paragraph].Kind) {
			continue
		}
		words := 0
		cw = cw[:0]
		boundary := false
		var first [2]string
		for ti := s.FirstToken; ti < s.EndToken; ti++ {
			tok := doc.Tokens[ti]
			text := doc.Text[tok.Start:tok.End]
			if tok.Kind != segment.TokWord || !hasLetter(text) {
				if tok.Kind == segment.TokPunct && strings.ContainsAny(text, ",;:–—()") {
					boundary = true
				}
				continue
			}
			lower := low.At(int(ti))
			syl := Syllables(lower, lang)
			r.Syllables += syl
			switch {
			case syl >= 3:
				polysyllables++
			case syl == 1:
				monosyllables++
			}
			if utf8.RuneCountInString(text) > 6 {
				longWords++
			}
			if isNominal(lower, lang) {
				nominal++
			}
			first0, _ := utf8.DecodeRuneInString(text)
			cw = append(cw, clauseWord{lower: lower, upper: unicode.IsUpper(first0), first: len(cw) == 0, boundary: boundary})
			boundary = false
			if words < 2 {
				first[words] = lower
			}
			words++
		}
		if words == 0 {
			continue
		}
		r.Words += words
		paraWords[s.Paragraph] += int32(words)
		f := flag{sentence: int32(si)}
		if words > LongSentenceWords {
			r.LongSentences.Count++
			f.reasons |= reasonLong
		}
		passive := false
		if lang == "en" {
			passive = englishPassive(cw)
		} else {
			passive = germanPassive(cw)
		}
		if passive {
			r.Passive.Count++
			f.reasons |= reasonPassive
		}
		// Sentences start alike by their first word, or the first two after an article.
		start := first[0]
		if words > 1 && startWords[first[0]] {
			start += " " + first[1]
		}
		if len(sents) == run || start != runStart {
			endRun()
			run, runStart = len(sents), start
		}
		sents = append(sents, f)
	}
	endRun()
	r.Sentences = len(sents)
	if r.Sentences == 0 || r.Words == 0 {
		return r
	}
	flagged := sents[:0]
	for _, f := range sents {
		if f.reasons != 0 {
			flagged = append(flagged, f)
		}
	}
	r.Flagged = FlaggedSentences{doc: doc, list: flagged}
	// Paragraph and subheading checks.
	section := 0
	for i, p := range doc.Paragraphs {
		if p.Kind == document.KindHeading {
			if section > SubheadingGapWords {
				r.SubheadingGaps.Count++
			}
			section = 0
			continue
		}
		if paraWords[i] > LongParagraphWords && p.Kind != document.KindDateline {
			r.LongParagraphs.Count++
		}
		section += int(paraWords[i])
	}
	if section > SubheadingGapWords {
		r.SubheadingGaps.Count++
	}

	words, sentences := float64(r.Words), float64(r.Sentences)
	asl := words / sentences
	asw := float64(r.Syllables) / words
	r.WordsPerSentence = round(asl, 2)
	r.SyllablesPerWord = round(asw, 3)
	r.LongSentences.Share = round(float64(r.LongSentences.Count)/sentences, 3)
	r.Passive.Share = round(float64(r.Passive.Count)/sentences, 3)
	r.NominalStyle.Share = round(float64(nominal)/words, 3)
	r.LIX = round(LIX(asl, float64(longWords)/words), 1)
	if lang == "en" {
		r.Flesch = round(FleschEnglish(asl, asw), 1)
	} else {
		r.Flesch = round(FleschAmstad(asl, asw), 1)
		w := round(WienerSachtextformel(float64(polysyllables)/words, asl, float64(longWords)/words, float64(monosyllables)/words), 1)
		r.WienerSachtextformel = &w
	}
	r.Assessment = Band(r.Flesch)
	return r
}

// FleschAmstad is Amstad's (1978) German reading ease: 180 − ASL − 58.5 × ASW.
func FleschAmstad(asl, asw float64) float64 { return 180 - asl - 58.5*asw }

// FleschEnglish is Flesch's (1948) reading ease: 206.835 − 1.015 × ASL − 84.6 × ASW.
func FleschEnglish(asl, asw float64) float64 { return 206.835 - 1.015*asl - 84.6*asw }

// WienerSachtextformel is the first Wiener Sachtextformel of Bamberger and
// Vanecek (1984): 0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875,
// with MS, IW and ES percentages (given here as shares): MS words of three or
// more syllables, SL the mean sentence length, IW words longer than six
// letters, ES one-syllable words.
func WienerSachtextformel(ms, sl, iw, es float64) float64 {
	return 0.1935*ms*100 + 0.1672*sl + 0.1297*iw*100 - 0.0327*es*100 - 0.875
}

// LIX is Björnsson's readability index: the mean sentence length plus the
// percentage (given as a share) of words longer than six letters.
func LIX(asl, long float64) float64 { return asl + 100*long }

// Band names the Flesch reading-ease band of score.
func Band(score float64) string {
	switch {
	case score >= 90:
		return "very_easy"
	case score >= 80:
		return "easy"
	case score >= 70:
		return "fairly_easy"
	case score >= 60:
		return "standard"
	case score >= 50:
		return "fairly_difficult"
	case score >= 30:
		return "difficult"
	}
	return "very_difficult"
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isNominal reports a nominalisation by its suffix; the word must be longer
// than the suffix by at least three letters (Zeitung, not Ion or Rung).
func isNominal(lower, lang string) bool {
	if len(lower) < 6 {
		return false
	}
	switch lower[len(lower)-1] {
	case 'g', 't', 'n', 's', 'y', 0xa4: // last bytes of the suffixes (ä ends in 0xa4)
	default:
		return false
	}
	suffixes := nominalDE
	if lang == "en" {
		suffixes = nominalEN
	}
	for _, suf := range suffixes {
		if strings.HasSuffix(lower, suf) && len(lower) >= len(suf)+3 {
			return true
		}
	}
	return false
}

var (
	nominalDE = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "tät", "täten"}
	nominalEN = []string{"tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities"}
)

// startWords are articles and determiners (German and English, written for
// this project): a sentence starting with one is compared by its first two
// words, so "Die Polizei …", "Die Feuerwehr …" do not count as starting alike.
var startWords = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`der die das den dem des ein eine einen einem einer eines kein keine keinen
		keinem keiner dieser diese dieses diesen diesem jener jene jenes jenen jenem jeder jede jedes jeden jedem
		mein meine sein seine ihr ihre unser unsere
		the a an this that these those his her its their our my`) {
		startWords[w] = true
	}
}

// report turns the checks above their thresholds into findings. They are
// infos: style advice to look at, not faults that should fail a build under
// --fail-on warning; gates on readability.* fields make them strict.
func (r *Result) report(pass *analysis.Pass) {
	if r.Sentences == 0 {
		return
	}
	if r.LongSentences.Share > LongSentenceShare {
		pass.Reportf("long_sentences", analysis.SeverityInfo, nil,
			"%d of %d sentences (%.0f %%) have more than %d words; at most %.0f %% is recommended",
			r.LongSentences.Count, r.Sentences, 100*r.LongSentences.Share, LongSentenceWords, 100*LongSentenceShare)
	}
	if r.Passive.Share > PassiveShare {
		pass.Reportf("passive_voice", analysis.SeverityInfo, nil,
			"%d of %d sentences (%.0f %%) are in the passive voice; at most %.0f %% is recommended",
			r.Passive.Count, r.Sentences, 100*r.Passive.Share, 100*PassiveShare)
	}
	if r.LongParagraphs.Count > 0 {
		pass.Reportf("long_paragraphs", analysis.SeverityInfo, nil,
			"%d paragraph(s) have more than %d words", r.LongParagraphs.Count, LongParagraphWords)
	}
	if r.SubheadingGaps.Count > 0 {
		pass.Reportf("subheading_gaps", analysis.SeverityInfo, nil,
			"%d stretch(es) of text run over %d words without a subheading", r.SubheadingGaps.Count, SubheadingGapWords)
	}
	if r.RepeatedStarts.Count > 0 {
		pass.Reportf("repeated_starts", analysis.SeverityInfo, nil,
			"%d time(s) %d or more consecutive sentences start with the same word", r.RepeatedStarts.Count, RepeatedStartRun)
	}
}
