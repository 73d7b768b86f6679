package segment

import (
	"bufio"
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// abbrClass tells how an abbreviation behaves before a capitalised word.
type abbrClass uint8

const (
	abbrNone  abbrClass = iota
	abbrNever           // N: never ends a sentence before a capitalised word
	abbrFinal           // F: ends a sentence before any capitalised word
	abbrMaybe           // M: ends a sentence only before a common opener
)

// lexicon is one language's word lists. Abbreviations written in lower case
// match any case (kept in lower); others must match exactly.
type lexicon struct {
	abbrExact map[string]abbrClass
	abbrLower map[string]abbrClass
	starters  map[string]bool
	ordinal   map[string]bool // words after an ordinal ("Jahrhundert")
	determ    map[string]bool // words before an ordinal ("am")
}

type config struct {
	en  bool
	lex *lexicon
}

var lexDE, lexEN = loadLexicon("de"), loadLexicon("en")

func configFor(lang string) *config {
	if lang == "en" || strings.HasPrefix(lang, "en-") || strings.HasPrefix(lang, "en_") {
		return &cfgEN
	}
	return &cfgDE
}

var (
	cfgDE = config{lex: lexDE}
	cfgEN = config{en: true, lex: lexEN}
)

func readList(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("segment: missing embedded list " + name) // build-time data, not user input
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, l)
	}
	return out
}

func loadLexicon(lang string) *lexicon {
	lx := &lexicon{
		abbrExact: map[string]abbrClass{},
		abbrLower: map[string]abbrClass{},
		starters:  map[string]bool{},
		ordinal:   map[string]bool{},
		determ:    map[string]bool{},
	}
	for _, l := range readList("abbrev_" + lang + ".txt") {
		f := strings.Fields(l)
		cls := abbrNever
		if len(f) > 1 {
			switch f[1] {
			case "F":
				cls = abbrFinal
			case "M":
				cls = abbrMaybe
			}
		}
		if strings.ToLower(f[0]) == f[0] {
			lx.abbrLower[f[0]] = cls
		} else {
			lx.abbrExact[f[0]] = cls
		}
	}
	for _, w := range readList("starters_" + lang + ".txt") {
		lx.starters[w] = true
	}
	if lang == "de" {
		for _, w := range readList("ordinal_de.txt") {
			lx.ordinal[w] = true
		}
		for _, w := range readList("determiners_de.txt") {
			lx.determ[w] = true
		}
	}
	return lx
}

// abbr looks w (without its final period) up in the abbreviation list.
func (lx *lexicon) abbr(w string) abbrClass {
	if c, ok := lx.abbrExact[w]; ok {
		return c
	}
	if c, ok := lx.abbrLower[w]; ok {
		return c
	}
	if hasUpper(w) {
		if c, ok := lx.abbrLower[strings.ToLower(w)]; ok {
			return c
		}
	}
	return abbrNone
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// firstRune returns the first rune of s (utf8.RuneError for "").
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
