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
	abbrDigit           // D: an abbreviation only before a number ("Art. 5")
)

// lexicon is one language's word lists. Abbreviations written in lower case
// match any case (kept in lower); others must match exactly.
type lexicon struct {
	// anyCase lets lower-case entries match capitalised words anywhere
	// (English "Fig. 3"); German capitalises nouns, so "Schweiz." must not
	// match "schweiz." there except at the start of a sentence.
	anyCase   bool
	abbrExact map[string]abbrClass
	abbrLower map[string]abbrClass
	starters  map[string]bool
	ordinal   map[string]bool // words after an ordinal ("Jahrhundert")
	determ    map[string]byte // words before an ordinal: 'A' any number, 'P' small ones
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
		determ:    map[string]byte{},
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
			case "D":
				cls = abbrDigit
			}
		}
		if strings.ToLower(f[0]) == f[0] {
			lx.abbrLower[f[0]] = cls
		} else {
			lx.abbrExact[f[0]] = cls
		}
	}
	lx.anyCase = lang == "en"
	for _, w := range readList("starters_" + lang + ".txt") {
		lx.starters[w] = true
	}
	if lang == "de" {
		for _, w := range readList("ordinal_de.txt") {
			lx.ordinal[w] = true
		}
		for _, l := range readList("determiners_de.txt") {
			f := strings.Fields(l)
			c := byte('P')
			if len(f) > 1 && f[1] == "A" {
				c = 'A'
			}
			lx.determ[f[0]] = c
		}
	}
	return lx
}

// abbr looks w (without its final period) up in the abbreviation list.
// Lower-case entries also match a capitalised w when atStart (the word
// opens the sentence: "Ca. 50 Leute"); elsewhere "Max." or "Schweiz." is a
// name, not "max." or "schweiz.".
func (lx *lexicon) abbr(w string, atStart bool) abbrClass {
	if c, ok := lx.abbrExact[w]; ok {
		return c
	}
	if c, ok := lx.abbrLower[w]; ok {
		return c
	}
	if (atStart || lx.anyCase) && hasUpper(w) {
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
