package langid

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// lexicon is a sorted list of lower-case words, one a line: the 50,000
// most frequent word forms of a language, from FrequencyWords (see
// lexicon/README.md). It is searched in place: building a set of 50,000
// words would cost milliseconds at the start of every run.
type lexicon string

// The lists are embedded compressed (1.2 MB instead of 3.8 MB of binary)
// and inflated the first time a text is checked against the language:
// about a millisecond, once per language and run.
var lexicons = map[lingua.Language]*packedLexicon{
	lingua.German:     {gz: deLexicon},
	lingua.English:    {gz: enLexicon},
	lingua.French:     {gz: frLexicon},
	lingua.Spanish:    {gz: esLexicon},
	lingua.Italian:    {gz: itLexicon},
	lingua.Dutch:      {gz: nlLexicon},
	lingua.Polish:     {gz: plLexicon},
	lingua.Portuguese: {gz: ptLexicon},
	lingua.Catalan:    {gz: caLexicon},
}

// packedLexicon is one embedded, compressed lexicon.
type packedLexicon struct {
	gz   []byte
	once sync.Once
	lex  lexicon
}

// words returns the inflated lexicon. The files are built into the binary,
// so a damaged one is a build error that tests catch, not bad user input.
func (p *packedLexicon) words() lexicon {
	p.once.Do(func() {
		r, err := gzip.NewReader(bytes.NewReader(p.gz))
		if err != nil {
			panic("langid: embedded lexicon: " + err.Error())
		}
		var b strings.Builder
		// gzip's trailer ends with the size of the text.
		if n := len(p.gz); n >= 4 {
			b.Grow(int(binary.LittleEndian.Uint32(p.gz[n-4:])))
		}
		if _, err := io.Copy(&b, r); err != nil {
			panic("langid: embedded lexicon: " + err.Error())
		}
		p.lex = lexicon(b.String())
	})
	return p.lex
}

//go:embed lexicon/de.txt.gz
var deLexicon []byte

//go:embed lexicon/en.txt.gz
var enLexicon []byte

//go:embed lexicon/fr.txt.gz
var frLexicon []byte

//go:embed lexicon/es.txt.gz
var esLexicon []byte

//go:embed lexicon/it.txt.gz
var itLexicon []byte

//go:embed lexicon/nl.txt.gz
var nlLexicon []byte

//go:embed lexicon/pl.txt.gz
var plLexicon []byte

//go:embed lexicon/pt.txt.gz
var ptLexicon []byte

//go:embed lexicon/ca.txt.gz
var caLexicon []byte

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
