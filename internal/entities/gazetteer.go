package entities

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/aliases.tsv
var aliasesTSV string

//go:embed data/demonyms.tsv
var demonymsTSV string

// gazetteer holds the names that canonicalisation needs: aliases, German
// country names and nationality adjectives.
type gazetteer struct {
	maxWords int              // longest alias or country name, in words
	first    map[string]bool  // first words of aliases and country names
	alias    map[string]known // exact surface form → entity
	demonym  map[string]known // lower-case adjective stem → country
	// demonymTails marks the last two bytes of every demonym stem, so that
	// the words of running text, nearly none of them a nationality
	// adjective, are told apart without a map lookup per ending.
	demonymTails [1 << 16 / 64]uint64
	countries    map[string]known // German country name → itself
}

type known struct{ canonical, typ string }

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

func loadGazetteer() *gazetteer {
	gazOnce.Do(func() {
		g := &gazetteer{alias: map[string]known{}, demonym: map[string]known{}, countries: map[string]known{}}
		names := display.German.Regions()
		for _, line := range strings.Split(demonymsTSV, "\n") {
			code, adj, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			if name := countryName(names, code); name != "" {
				g.demonym[adj] = known{name, "LOC"}
				g.markTail(adj)
				g.countries[name] = known{name, "LOC"}
			}
		}
		for _, line := range strings.Split(aliasesTSV, "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 3 || strings.HasPrefix(line, "#") {
				continue
			}
			g.alias[f[0]] = known{f[1], f[2]}
		}
		g.first = map[string]bool{}
		for _, names := range []map[string]known{g.alias, g.countries} {
			for name := range names {
				f := strings.Fields(name)
				g.maxWords = max(g.maxWords, len(f))
				g.first[f[0]] = true
			}
		}
		gaz = g
	})
	return gaz
}

func countryName(names display.Namer, code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return ""
	}
	return names.Name(r)
}

// lookup resolves a surface form through aliases and country names.
func (g *gazetteer) lookup(s string) (known, bool) {
	if k, ok := g.alias[s]; ok {
		return k, true
	}
	k, ok := g.countries[s]
	return k, ok
}

// adjectiveEndings are the inflection endings of German adjectives.
var adjectiveEndings = []string{"en", "em", "er", "es", "e", ""}

// country returns the country a nationality adjective refers to
// ("chinesischen", "US-amerikanische" → its country).
func (g *gazetteer) country(word string) (known, bool) {
	if !g.mayBeDemonym(word) {
		return known{}, false
	}
	lower := strings.ToLower(word)
	for _, end := range adjectiveEndings {
		if stem, ok := strings.CutSuffix(lower, end); ok && g.hasTail(stem) {
			if k, ok := g.demonym[stem]; ok {
				return k, true
			}
		}
	}
	return known{}, false
}

// tail is the last two bytes of s (s has at least two).
func tail(s string) uint32 { return uint32(s[len(s)-2])<<8 | uint32(s[len(s)-1]) }

func (g *gazetteer) markTail(stem string) {
	if len(stem) >= 2 {
		t := tail(stem)
		g.demonymTails[t/64] |= 1 << (t % 64)
	}
}

// mayBeDemonym is the tail test of country done on word as it is written,
// before lower-casing it (an allocation for a capitalised word): when its
// last bytes are ASCII, no stem left by an ending can be a demonym unless
// its lower-cased tail is marked. Other words are left to country.
func (g *gazetteer) mayBeDemonym(word string) bool {
	if len(word) < 4 {
		return true
	}
	var b [4]byte
	for i := range b {
		c := word[len(word)-4+i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for _, end := range adjectiveEndings {
		if string(b[4-len(end):]) != end {
			continue
		}
		n := 4 - len(end) // the stem's last bytes within b
		if g.tailMarked(uint32(b[n-2])<<8 | uint32(b[n-1])) {
			return true
		}
	}
	return false
}

// hasTail reports whether some demonym stem ends like stem (always for
// stems shorter than two bytes, which the map then decides).
func (g *gazetteer) hasTail(stem string) bool {
	if len(stem) < 2 {
		return true
	}
	return g.tailMarked(tail(stem))
}

// tailMarked reports whether some demonym stem ends in the two bytes t.
func (g *gazetteer) tailMarked(t uint32) bool { return g.demonymTails[t/64]&(1<<(t%64)) != 0 }

// language reports a language name: the nationality adjective's stem
// capitalised and uninflected ("auf Englisch", "Chinesisch"), which names
// the language, not the country.
func (g *gazetteer) language(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) {
		return false
	}
	if len(word) < 3 || !strings.EqualFold(word[len(word)-3:], "sch") {
		return false
	}
	_, ok := g.demonym[strings.ToLower(word)]
	return ok
}

// longestName matches the longest known name at the start of words, among
// words not already part of a mention; it returns the number of words (0 =
// none). Names are matched only when they start with a capital letter, so
// that "us" or "un" in running text are not taken for the US or the UN.
func (g *gazetteer) longestName(words []string, taken []bool) (int, known) {
	if len(words) == 0 || !g.first[words[0]] || !unicode.IsUpper([]rune(words[0])[0]) {
		return 0, known{}
	}
	for n := min(g.maxWords, len(words)); n >= 1; n-- {
		if slices.Contains(taken[:n], true) {
			continue
		}
		if k, ok := g.lookup(strings.Join(words[:n], " ")); ok {
			return n, k
		}
	}
	return 0, known{}
}
