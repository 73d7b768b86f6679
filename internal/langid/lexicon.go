package langid

import (
	_ "embed"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// lexicon is a sorted list of lower-case words, one a line: the 50,000
// most frequent word forms of a language, from FrequencyWords (see
// lexicon/README.md). It is searched in place: building a set of 50,000
// words would cost milliseconds at the start of every run, and embedding
// each file as a string costs no copy.
type lexicon string

var lexicons = map[lingua.Language]lexicon{
	lingua.German:     lexicon(deLexicon),
	lingua.English:    lexicon(enLexicon),
	lingua.French:     lexicon(frLexicon),
	lingua.Spanish:    lexicon(esLexicon),
	lingua.Italian:    lexicon(itLexicon),
	lingua.Dutch:      lexicon(nlLexicon),
	lingua.Polish:     lexicon(plLexicon),
	lingua.Portuguese: lexicon(ptLexicon),
	lingua.Catalan:    lexicon(caLexicon),
}

//go:embed lexicon/de.txt
var deLexicon string

//go:embed lexicon/en.txt
var enLexicon string

//go:embed lexicon/fr.txt
var frLexicon string

//go:embed lexicon/es.txt
var esLexicon string

//go:embed lexicon/it.txt
var itLexicon string

//go:embed lexicon/nl.txt
var nlLexicon string

//go:embed lexicon/pl.txt
var plLexicon string

//go:embed lexicon/pt.txt
var ptLexicon string

//go:embed lexicon/ca.txt
var caLexicon string

// has reports whether w is one of the words.
func (x lexicon) has(w string) bool { return x.from(w) == w }

// hasStem reports whether w, less its last one or two letters, begins one
// of the words: "häufigen" (häufig), "steuerte" (steuern). The stem keeps
// at least minStem letters, so that a relative's form of a short word
// ("nuevu" for "nuevo") is not taken for it.
func (x lexicon) hasStem(w string) bool {
	for k := 1; k <= 2; k++ {
		stem := w
		for range k {
			_, size := utf8.DecodeLastRuneInString(stem)
			stem = stem[:len(stem)-size]
		}
		if utf8.RuneCountInString(stem) < minStem {
			return false
		}
		if strings.HasPrefix(x.from(stem), stem) {
			return true
		}
	}
	return false
}

const minStem = 5

// hasForm reports whether w is another form of a word the lexicon has: w
// ends in one of the endings, and the lexicon has its stem bare or with one
// of the endings ("restauri": restauro, "affreschi": affresco). A relative's
// forms have endings of their own ("bilanciu" is not "bilancio").
func (x lexicon) hasForm(w string, endings []string) bool {
	s := string(x)
	for _, e := range endings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < minStem {
			continue
		}
		i := x.index(stem)
		for n := 0; n < maxForms && i < len(s); n++ {
			end := i + strings.IndexByte(s[i:], '\n')
			line := s[i:end]
			rest, ok := strings.CutPrefix(line, stem)
			if !ok {
				break
			}
			if rest == "" || slices.Contains(endings, rest) {
				return true
			}
			i = end + 1
		}
	}
	return false
}

// maxForms bounds the words hasForm reads after a stem.
const maxForms = 40

// from returns the first word not before w in byte order, or "" when there
// is none.
func (x lexicon) from(w string) string {
	s := string(x)
	lo := x.index(w)
	if lo == len(s) {
		return ""
	}
	return s[lo : lo+strings.IndexByte(s[lo:], '\n')]
}

// index returns where the first word not before w in byte order starts: a
// binary search over the lines, in which lo and hi always fall on the start
// of a line.
func (x lexicon) index(w string) int {
	s := string(x)
	lo, hi := 0, len(s)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo
		if i := strings.LastIndexByte(s[lo:mid], '\n'); i >= 0 {
			start = lo + i + 1
		}
		end := start + strings.IndexByte(s[start:], '\n')
		if s[start:end] < w {
			lo = end + 1
		} else {
			hi = start
		}
	}
	return lo
}
