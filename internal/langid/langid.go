// Package langid identifies the language of a document with lingua-go.
//
// lingua-go embeds models for 75 languages; loading them all costs seconds and
// gigabytes, and even the candidates' models cost more than analyzing one
// article. So a Detector compares each text only with the languages its
// letters and common words leave possible (see Detect) and loads each
// model the first time a text needs it.
//
// lingua only ranks the languages it compares: a text in a language it has
// no model for (Luxembourgish, Galician, Scots) comes out as the closest one,
// often with confidence 1. So the language it picks is checked against that
// language's own words (the function words in words.go and vocab.go, a
// lexicon of its 50,000 most frequent word forms in lexicon/) and letters;
// a sample that does not read like it makes the detection unreliable (see
// foreign for the limits and where they come from).
package langid

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"

	"artikel/internal/document"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// DefaultLanguages covers the languages of European news that readers of
// German news are likely to meet.
var DefaultLanguages = []string{"de", "en", "fr", "es", "it", "nl", "pl", "pt"}

// FirstRunes is the shorter sample lingua reads first, at about a third of
// the cost of the full one. Its answer stands when lingua is all but
// certain (FirstSure) and names the candidate whose common words fit the
// full sample best; otherwise lingua reads the full sample (SampleRunes).
// So a reported confidence is either at least FirstSure or that of the full
// sample: a first answer below it would show an obviously German article
// as 0.62 German, 0.38 English. On the 1,146 shared articles every
// language and reliability is as with the full sample alone.
const FirstRunes = 60

// FirstSure is the confidence the first sample's answer needs to stand.
const FirstSure = 0.99

// SampleRunes bounds how much of a document the detector reads. With a few
// hundred characters lingua is already certain, while its cost grows faster
// than the length (measured: 0.44 ms for 200 characters, 0.76 ms for 320, 6.8 ms for 1,000).
const SampleRunes = 200

// MinConfidence is the confidence below which a detection is reported as
// unreliable; so is one less than MinLead ahead of the next language (two
// close relatives such as Croatian and Bosnian).
const (
	MinConfidence = 0.5
	MinLead       = 0.2
)

// Undetermined is the code reported when no language can be told.
const Undetermined = "und"

// Result is what a document's language field holds.
type Result = document.Language

// Alternative is another candidate language with its confidence.
type Alternative = document.LanguageAlternative

// Detector detects among a set of candidate languages. It is safe for
// concurrent use.
type Detector struct {
	codes []string
	langs []lingua.Language
	// words holds the common words of each candidate that has a list.
	words map[string][]lingua.Language

	mu      sync.Mutex // guards sets
	sets    map[setKey]*linguaSet
	buildMu sync.Mutex // one set loads its models at a time: none twice
}

// setKey names a set of languages (a bit per lingua.Language) and whether
// its models are preloaded.
type setKey struct {
	langs   [2]uint64
	preload bool
}

// linguaSet is a lingua detector over one set of languages, built once.
type linguaSet struct {
	once sync.Once
	det  lingua.LanguageDetector
}

// ParseCodes validates ISO 639-1 codes such as "de,en" and returns them lower-cased.
func ParseCodes(list []string) ([]string, error) {
	var out []string
	for _, c := range list {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		if lingua.GetIsoCode639_1FromValue(strings.ToUpper(c)) == lingua.UnknownIsoCode639_1 {
			return nil, fmt.Errorf("unknown language code %q: use ISO 639-1 codes such as de, en, fr", c)
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// New builds a detector for the given ISO 639-1 codes (at least two).
func New(codes []string) (*Detector, error) {
	codes, err := ParseCodes(codes)
	if err != nil {
		return nil, err
	}
	if len(codes) < 2 {
		return nil, fmt.Errorf("language detection needs at least two candidate languages; to fix the language use --lang")
	}
	d := &Detector{codes: codes, words: map[string][]lingua.Language{}, sets: map[setKey]*linguaSet{}}
	for _, c := range codes {
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(strings.ToUpper(c)))
		d.langs = append(d.langs, l)
		for _, w := range commonWords[l] {
			d.words[w] = append(d.words[w], l)
		}
	}
	return d, nil
}

// Languages returns the candidate codes.
func (d *Detector) Languages() []string { return slices.Clone(d.codes) }

// WarmUp builds the word sets the check of lingua's pick uses, so that a
// caller can do it in the background before the first text. Models are not
// preloaded: detection loads only those a text needs (see Detect).
func (d *Detector) WarmUp() { vocabulary() }

// lingua returns the lingua detector over langs, loading the models it
// lacks. Models are preloaded in parallel, one set at a time: lingua keeps
// loaded models for every detector, so no model is ever loaded twice.
// Low-accuracy mode only differs from high accuracy below 120 characters,
// where high accuracy would load all five n-gram models of every language.
//
// Without preload, models load lazily, for sets where lingua's alphabet rules
// decide without them.
func (d *Detector) lingua(langs []lingua.Language, preload bool) lingua.LanguageDetector {
	slices.Sort(langs)
	langs = slices.Compact(langs)
	key := setKey{preload: preload}
	for _, l := range langs {
		key.langs[l/64] |= 1 << (l % 64)
	}
	d.mu.Lock()
	s := d.sets[key]
	if s == nil {
		s = &linguaSet{}
		d.sets[key] = s
	}
	d.mu.Unlock()
	s.once.Do(func() {
		d.buildMu.Lock()
		defer d.buildMu.Unlock()
		b := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithLowAccuracyMode()
		if preload {
			b = b.WithPreloadedLanguageModels()
		}
		s.det = b.Build()
	})
	return s.det
}

// Detect identifies the language of text from a bounded sample of it.
//
// A first look at the sample's letters and common words (no models) picks
// the languages lingua compares: the candidates whose common words fit the
// sample (at least the best two), and, when the text may be in another
// language (letters none of the candidates use, another script, or too few
// common words of any candidate), the languages lingua knows that the
// letters point to. Confidence is lingua's, relative to the languages
// compared; a text too unlike every candidate, or unlike the language
// lingua picks, is reported unreliable.
func (d *Detector) Detect(text string) Result {
	sample := Sample(text, SampleRunes)
	res := Result{Code: Undetermined, Name: "undetermined", Source: "detected", Alternatives: []Alternative{}}
	p := d.profile(sample)
	if len(p.compare) < 2 {
		return res
	}
	det := d.lingua(p.compare, p.preload)
	values := det.ComputeLanguageConfidenceValues(Sample(text, FirstRunes))
	if longer(text, FirstRunes) && !(len(values) > 0 && values[0].Value() >= FirstSure && p.hasFavourite && values[0].Language() == p.favourite) {
		values = det.ComputeLanguageConfidenceValues(sample)
	}
	if len(values) == 0 || values[0].Value() == 0 {
		return res
	}
	top := values[0]
	res.Code = strings.ToLower(top.Language().IsoCode639_1().String())
	res.Name = Name(res.Code)
	res.Confidence = round(top.Value())
	res.Reliable = decisive(values) && !p.unlike(top.Language()) && !foreign(sample, top.Language())
	for _, v := range values[1:] {
		// Languages below 0.0005 would show as 0: no alternative.
		if round(v.Value()) <= 0 || len(res.Alternatives) == 3 {
			break
		}
		code := strings.ToLower(v.Language().IsoCode639_1().String())
		res.Alternatives = append(res.Alternatives, Alternative{Code: code, Name: Name(code), Confidence: round(v.Value())})
	}
	return res
}

// decisive reports whether lingua's values name a language reliably, as far
// as lingua can tell: confident and well ahead of the next.
func decisive(values []lingua.ConfidenceValue) bool {
	if len(values) == 0 || values[0].Value() < MinConfidence {
		return false
	}
	return len(values) == 1 || values[0].Value()-values[1].Value() >= MinLead
}

// Given is the result for a language fixed by the user.
func Given(code string) Result {
	return Result{Code: code, Name: Name(code), Confidence: 1, Source: "given", Reliable: true, Alternatives: []Alternative{}}
}

// Name is the English name of an ISO 639-1 code.
func Name(code string) string {
	if code == Undetermined {
		return "undetermined"
	}
	if n, ok := names.Load(code); ok {
		return n.(string)
	}
	name := code
	if tag, err := language.Parse(code); err == nil {
		name = display.English.Languages().Name(tag)
	}
	if len(code) <= 3 { // codes from a user's input are not kept
		names.Store(code, name)
	}
	return name
}

// names caches Name: parsing a code and looking up its display name cost
// more than the rest of a result (a batch asks for a few codes over and over).
var names sync.Map

// Sample returns at most max code points of text: half from the start and
// half from the middle, so that a title or dateline full of names does not
// decide alone. Cuts fall on word boundaries so that no half word skews the
// n-gram statistics.
func Sample(text string, max int) string {
	if !longer(text, max) {
		return text
	}
	mid := len(text) / 2
	for mid < len(text) && !utf8.RuneStart(text[mid]) {
		mid++
	}
	if i := strings.IndexFunc(text[mid:], unicode.IsSpace); i >= 0 {
		mid += i
	}
	return prefix(text, max/2) + " " + prefix(strings.TrimLeftFunc(text[mid:], unicode.IsSpace), max-max/2-1)
}

// prefix returns at most max code points from the start of text, cut after
// the last whole word.
func prefix(text string, max int) string {
	if !longer(text, max) {
		return text
	}
	n, cut := 0, len(text)
	for i := range text {
		if n == max {
			cut = i
			break
		}
		n++
	}
	s := text[:cut]
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i > len(s)/2 {
		s = s[:i]
	}
	return s
}

// longer reports whether text has more than max code points, reading at
// most max+1 of them: documents can be megabytes long.
func longer(text string, max int) bool {
	if len(text) <= max {
		return false
	}
	n := 0
	for range text {
		if n++; n > max {
			return true
		}
	}
	return false
}

func round(v float64) float64 { return float64(int(v*1000+0.5)) / 1000 }
