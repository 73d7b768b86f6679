package langid

import (
	"embed"
	"strings"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// The lexicons are the 30,000 most frequent word forms of each language
// with one, from FrequencyWords (see lexicon/README.md), sorted byte-wise.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexicon is a sorted list of lower-case words, one a line. It is searched
// in place: building a set of 30,000 words would cost milliseconds at the
// start of every run.
type lexicon string

var lexicons = map[lingua.Language]lexicon{}

func init() {
	for _, l := range []lingua.Language{lingua.German, lingua.English, lingua.French, lingua.Spanish,
		lingua.Italian, lingua.Dutch, lingua.Polish, lingua.Portuguese, lingua.Catalan} {
		b, err := lexiconFiles.ReadFile("lexicon/" + strings.ToLower(l.IsoCode639_1().String()) + ".txt")
		if err != nil {
			panic(err) // the files are embedded: a missing one is a build mistake
		}
		lexicons[l] = lexicon(b)
	}
}

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

// from returns the first word not before w in byte order, or "" when there
// is none: a binary search over the lines, in which lo and hi always fall
// on the start of a line.
func (x lexicon) from(w string) string {
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
	if lo == len(s) {
		return ""
	}
	return s[lo : lo+strings.IndexByte(s[lo:], '\n')]
}
