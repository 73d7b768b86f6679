package keywords

import (
	"bufio"
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/german"
)

//go:embed data/*.txt
var dataFS embed.FS

// language holds the word lists and stemmer of one supported language.
type language struct {
	code string
	// function words never count as content words and may not start or end a phrase.
	function map[string]bool
	// nonTopical words (numbers, units, dates) are content-free for keyword purposes.
	nonTopical map[string]bool
	stem       func(env *snowballstem.Env) bool
}

var (
	langOnce sync.Once
	langs    map[string]*language
)

// languageFor returns the resources for an ISO 639-1 code, or nil when there are none.
func languageFor(code string) *language {
	langOnce.Do(func() {
		langs = map[string]*language{
			"de": {code: "de", function: loadSet("stop_de.txt", "function_de.txt"), nonTopical: loadSet("nontopical_de.txt"), stem: german.Stem},
			"en": {code: "en", function: loadSet("stop_en.txt", "function_en.txt"), nonTopical: loadSet("nontopical_en.txt"), stem: english.Stem},
		}
	})
	return langs[code]
}

// loadSet reads embedded one-word-a-line lists; '#' starts a comment line.
func loadSet(names ...string) map[string]bool {
	set := map[string]bool{}
	for _, name := range names {
		f, err := dataFS.Open("data/" + name)
		if err != nil {
			// The files are embedded at build time, so this cannot happen in a built binary.
			panic("keywords: missing embedded list " + name)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" || strings.HasPrefix(w, "#") {
				continue
			}
			set[strings.ToLower(w)] = true
		}
		f.Close()
	}
	return set
}

// wordClass says how a word token takes part in keyword statistics.
type wordClass uint8

const (
	classContent    wordClass = iota // a topical content word
	classFunction                    // a function word (stop word)
	classNonTopical                  // number, unit, date, or a token without letters
)

// lexicon caches per-document look-ups of lowercase form → stem and class, since
// stemming is the costliest step and news text repeats its words a lot.
type lexicon struct {
	lang    *language
	env     *snowballstem.Env
	entries map[string]lexEntry
	stemIDs map[string]int32
	stems   []string
}

type lexEntry struct {
	lower string
	stem  int32
	class wordClass
}

func newLexicon(l *language) *lexicon {
	return &lexicon{lang: l, env: snowballstem.NewEnv(""), entries: make(map[string]lexEntry, 512), stemIDs: make(map[string]int32, 512)}
}

// lookup classifies a surface form and returns its stem id.
func (lx *lexicon) lookup(surface string) lexEntry {
	if e, ok := lx.entries[surface]; ok {
		return e
	}
	lower := strings.ToLower(surface)
	var e lexEntry
	if le, ok := lx.entries[lower]; ok && lower != surface {
		e = le
	} else {
		e = lx.classify(lower)
	}
	lx.entries[surface] = e
	return e
}

func (lx *lexicon) classify(lower string) lexEntry {
	e := lexEntry{lower: lower}
	letters := 0
	for _, r := range lower {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	switch {
	case lx.lang.function[lower]:
		e.class = classFunction
	case letters == 0 || lx.lang.nonTopical[lower] || startsWithDigit(lower):
		e.class = classNonTopical
	case utf8.RuneCountInString(lower) < 2:
		// Single letters are initials or list markers, not topics.
		e.class = classFunction
	default:
		e.class = classContent
	}
	e.stem = lx.stemID(lx.stemOf(lower))
	return e
}

// stemOf stems a lowercase word. Hyphenated compounds (`us-amerikanischen`) are stemmed part by
// part so that inflection on the last part still groups the forms.
func (lx *lexicon) stemOf(lower string) string {
	if !strings.ContainsRune(lower, '-') {
		lx.env.SetCurrent(lower)
		lx.lang.stem(lx.env)
		return lx.env.Current()
	}
	parts := strings.Split(lower, "-")
	for i, p := range parts {
		if p == "" {
			continue
		}
		lx.env.SetCurrent(p)
		lx.lang.stem(lx.env)
		parts[i] = lx.env.Current()
	}
	return strings.Join(parts, "-")
}

func (lx *lexicon) stemID(s string) int32 {
	if id, ok := lx.stemIDs[s]; ok {
		return id
	}
	id := int32(len(lx.stems))
	lx.stemIDs[s] = id
	lx.stems = append(lx.stems, s)
	return id
}

// startsWithDigit catches numbers the tokenizer left as words (`2026er`, `3.`) while keeping
// names with digits inside (`COVID-19`, `G7`).
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
