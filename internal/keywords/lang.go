package keywords

import (
	"bufio"
	"embed"
	"strings"
	"sync"
	"unicode"

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

	// The word cache memoises surface form → cachedWord across documents: stemming is the
	// costliest step and news vocabulary repeats. Stems get ids that are never reused, so a
	// document can count by integer ids; the cache is emptied when it reaches maxCache words.
	mu         sync.RWMutex
	cache      map[string]cachedWord
	stemIDs    map[string]int32
	nextStemID int32
	envPool    sync.Pool
}

type cachedWord struct {
	lower  string
	stem   string
	stemID int32
	class  wordClass
}

const maxCache = 1 << 18

// word classifies and stems a surface form, from the cache when it can.
func (l *language) word(surface string) cachedWord {
	l.mu.RLock()
	cw, ok := l.cache[surface]
	l.mu.RUnlock()
	if ok {
		return cw
	}
	lower := strings.ToLower(surface)
	key, cw := cacheStrings(surface, lower, l.stemOf(lower))
	cw.class = l.classify(lower)
	l.mu.Lock()
	defer l.mu.Unlock()
	if c, ok := l.cache[surface]; ok {
		return c
	}
	if len(l.cache) >= maxCache {
		clear(l.cache)
		clear(l.stemIDs)
	}
	id, ok := l.stemIDs[cw.stem]
	if !ok {
		id = l.nextStemID
		l.nextStemID++
		l.stemIDs[cw.stem] = id
	}
	cw.stemID = id
	l.cache[key] = cw
	return cw
}

// cacheStrings copies a word's surface form, lower case and stem for the
// cache, which must not keep the document they were sliced from alive, into
// one string, each form that repeats the one before taken from it: one
// allocation instead of three, and a lookup that compares the surface form
// finds the other two in the same cache line.
func cacheStrings(surface, lower, stem string) (string, cachedWord) {
	n := len(surface)
	if lower != surface {
		n += len(lower)
	}
	if stem != lower {
		n += len(stem)
	}
	b := make([]byte, 0, n)
	b = append(b, surface...)
	if lower != surface {
		b = append(b, lower...)
	}
	if stem != lower {
		b = append(b, stem...)
	}
	all := string(b)
	key := all[:len(surface)]
	cw := cachedWord{lower: key}
	if lower != surface {
		cw.lower = all[len(key) : len(key)+len(lower)]
	}
	cw.stem = cw.lower
	if stem != lower {
		cw.stem = all[len(all)-len(stem):]
	}
	return key, cw
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
		for _, l := range langs {
			l.cache = map[string]cachedWord{}
			l.stemIDs = map[string]int32{}
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

// lexicon gives every distinct surface form of one document an id, its stem id and its class.
// Ids are dense per document, so counts are slices rather than maps.
type lexicon struct {
	lang     *language
	entries  map[string]lexEntry
	surfaces []string        // surface id → surface form
	surfStem []int32         // surface id → document stem id
	surfCls  []wordClass     // surface id → class
	local    map[int32]int32 // global stem id → document stem id
	stems    []string        // document stem id → stem
}

type lexEntry struct {
	lower string
	surf  int32
	stem  int32
	class wordClass
}

func newLexicon(l *language, sc *scratch) *lexicon {
	return &lexicon{lang: l, entries: sc.entries, local: sc.local, surfaces: sc.surfaces, surfStem: sc.surfStem, surfCls: sc.surfCls, stems: sc.stems}
}

// lookup classifies a surface form and returns its ids.
func (lx *lexicon) lookup(surface string) lexEntry {
	if e, ok := lx.entries[surface]; ok {
		return e
	}
	cw := lx.lang.word(surface)
	stem, ok := lx.local[cw.stemID]
	if !ok {
		stem = int32(len(lx.stems))
		lx.local[cw.stemID] = stem
		lx.stems = append(lx.stems, cw.stem)
	}
	e := lexEntry{lower: cw.lower, surf: int32(len(lx.surfaces)), stem: stem, class: cw.class}
	lx.surfaces = append(lx.surfaces, surface)
	lx.surfStem = append(lx.surfStem, stem)
	lx.surfCls = append(lx.surfCls, cw.class)
	lx.entries[surface] = e
	return e
}

func (l *language) classify(lower string) wordClass {
	letters := 0
	for _, r := range lower {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	switch {
	case l.function[lower]:
		return classFunction
	case letters == 0 || l.nonTopical[lower] || startsWithDigit(lower):
		return classNonTopical
	case letters < 2:
		// Single letters (`B.` in `Johannes B. Kerner`) are initials or list markers, not topics.
		return classFunction
	}
	return classContent
}

// stemOf stems a lowercase word. Hyphenated compounds (`us-amerikanischen`) are stemmed part by
// part so that inflection on the last part still groups the forms.
func (l *language) stemOf(lower string) string {
	env, _ := l.envPool.Get().(*snowballstem.Env)
	if env == nil {
		env = snowballstem.NewEnv("")
	}
	defer l.envPool.Put(env)
	if !strings.ContainsRune(lower, '-') {
		env.SetCurrent(lower)
		l.stem(env)
		return env.Current()
	}
	parts := strings.Split(lower, "-")
	for i, p := range parts {
		if p == "" {
			continue
		}
		env.SetCurrent(p)
		l.stem(env)
		parts[i] = env.Current()
	}
	return strings.Join(parts, "-")
}

// startsWithDigit catches numbers the tokenizer left as words (`2026er`, `3.`) while keeping
// names with digits inside (`COVID-19`, `G7`).
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
