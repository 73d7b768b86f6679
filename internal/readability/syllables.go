package readability

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Syllables counts the spoken syllables of one word in language lang ("de"
// or "en"; anything else is counted by the German rules). Parts joined by a
// hyphen are counted separately; a word without a vowel counts as one
// syllable (abbreviations such as "BGH" are read letter by letter, but their
// length matters less than that they are not zero).
func Syllables(word, lang string) int {
	if !strings.Contains(word, "-") {
		if lang == "en" {
			return englishSyllables(word)
		}
		return germanSyllables(word)
	}
	n := 0
	for part := range strings.SplitSeq(word, "-") {
		if part == "" {
			continue
		}
		if lang == "en" {
			n += englishSyllables(part)
		} else {
			n += germanSyllables(part)
		}
	}
	return max(n, 1)
}

// syllableCache remembers the German counts of words with more than one
// vowel group seen before: word frequencies are Zipfian, so after a few
// articles nearly every lookup hits. It stops growing at maxCached entries,
// which bounds its memory (about 10 MB).
var syllableCache = struct {
	sync.RWMutex
	m map[string]uint8
}{m: map[string]uint8{}}

const (
	maxCached    = 200_000
	maxCachedLen = 48 // bytes
)

// germanSyllables counts the syllables of one German word.
//
// Syllable nuclei are found by vowel rules (diphthongs and long vowels are
// one nucleus, any other vowel pair two: neu·es, Op·po·si·ti·on); the
// hyphenation patterns cut words at morpheme boundaries first, so that pairs
// across a boundary count twice (be·en·den, ge·ehrt). Hyphenation alone does
// not count syllables: it never leaves a single letter at a word edge
// (Abend, not A·bend), which the vowel rules count right.
func germanSyllables(word string) int {
	lower := lowerLetters(word)
	if lower == "" {
		return 1
	}
	nuclei, pairs := countNucleiCut(lower, nil)
	if nuclei <= 1 || !pairs {
		// One vowel group, or no vowel pair a morpheme boundary could
		// split: the patterns cannot change the count.
		return max(nuclei, 1)
	}
	syllableCache.RLock()
	v, ok := syllableCache.m[lower]
	syllableCache.RUnlock()
	if ok {
		return int(v)
	}
	n := patternSyllables(lower)
	if len(lower) > maxCachedLen {
		// Hostile or odd input (a URL, a 1 MB token) is not worth keeping.
		return n
	}
	syllableCache.Lock()
	if len(syllableCache.m) < maxCached {
		syllableCache.m[strings.Clone(lower)] = uint8(n)
	}
	syllableCache.Unlock()
	return n
}

// patternSyllables counts the syllables of a lower-case German word with
// the cuts of the hyphenation patterns.
func patternSyllables(lower string) int {
	var scratch [64]uint8
	var brk [16]int
	var cuts []int
	if len(lower)+3 <= len(scratch) {
		cuts = germanPatterns().breaks(lower, scratch[:], brk[:0])
	}
	n, _ := countNucleiCut(lower, cuts)
	return min(max(n, 1), 255)
}

// lowerLetters lower-cases word and keeps only its letters.
func lowerLetters(word string) string {
	// Most words are already lower-case letters: return them without copying.
	clean := true
	for _, r := range word {
		if r < utf8.RuneSelf {
			if r < 'a' || r > 'z' {
				clean = false
				break
			}
		} else if !unicode.IsLower(r) {
			clean = false
			break
		}
	}
	if clean {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range word {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü', 'á', 'à', 'â', 'é', 'è', 'ê', 'í', 'ó', 'ô', 'ú':
		return true
	}
	return false
}

// oneNucleus reports whether the German vowel pair a, b is spoken as one
// sound: a diphthong or a long vowel.
func oneNucleus(a, b rune) bool {
	switch a {
	case 'e':
		return b == 'i' || b == 'y' || b == 'u' || b == 'e'
	case 'a':
		return b == 'i' || b == 'y' || b == 'u' || b == 'a'
	case 'ä':
		return b == 'u'
	case 'i':
		return b == 'e'
	case 'o':
		return b == 'o' || b == 'u' || b == 'i'
	}
	return false
}

// countNucleiCut counts the syllable nuclei of a lower-case German word:
// each vowel starts one, except that a pair in oneNucleus (and "eau", from
// French) is one, "u" after "q" is no vowel, and "y" before a vowel at the
// start of the word is a consonant (Yacht). Cuts (byte offsets, ascending)
// are morpheme boundaries from hyphenation: a vowel pair across one is two
// nuclei. pairs reports whether s has a vowel pair the count joined into one
// nucleus: without one, no cut can change the count, and the patterns need
// not run.
func countNucleiCut(s string, cuts []int) (n int, pairs bool) {
	// at returns the rune at byte offset i and its width (0 past the end).
	at := func(i int) (rune, int) {
		if i >= len(s) {
			return 0, 0
		}
		if c := s[i]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[i:])
	}
	joined := func(off int) bool {
		pairs = true
		for _, c := range cuts {
			if c == off {
				return false
			}
		}
		return true
	}
	var prev rune
	for i := 0; i < len(s); {
		r, w := at(i)
		if !isVowel(r) || (r == 'u' && prev == 'q') {
			prev = r
			i += w
			continue
		}
		next, w2 := at(i + w)
		if r == 'y' && i == 0 && isVowel(next) {
			prev = r
			i += w
			continue
		}
		n++
		if r == 'e' && next == 'a' {
			if third, w3 := at(i + w + w2); third == 'u' && joined(i+w) && joined(i+w+w2) {
				prev = third
				i += w + w2 + w3
				continue
			}
		}
		if oneNucleus(r, next) && joined(i+w) {
			if r == 'i' && next == 'e' && splitIE(s, i) {
				// i·e: the next vowel is counted on its own.
				prev = r
				i += w
				continue
			}
			prev = next
			i += w + w2
			continue
		}
		prev = r
		i += w
	}
	return n, pairs
}

// splitIE reports whether the "ie" at rs[i] is spoken as two syllables:
// unstressed endings from Latin and Greek (Fa·mi·li·e, Stu·di·e, Ak·ti·e,
// Me·di·en, Pa·ti·ent), but not the stressed -ie (Ener·gie, Stra·te·gie) nor
// German ie (Lie·be, schien).
func splitIE(s string, i int) bool {
	rest := s[i+2:]
	before := s[:i]
	switch rest {
	case "n":
		// -ien at the end: Me·di·en, Fe·ri·en, Ita·li·en, Ener·gi·en; but schien, Bienen.
		return hasVowel(before)
	case "nt", "nts", "nten", "nz", "nzen":
		// Pa·ti·ent, Au·di·enz; not dient, verdient.
		return !strings.HasSuffix(before, "d") || strings.HasSuffix(before, "udi")
	case "":
		// Final -ie: unstressed after l, n (Fa·mi·li·e, Li·ni·e) and after
		// ti, di, zi with a short stem (Ak·ti·e, Stu·di·e, Aka·zi·e).
		for _, suf := range []string{"il", "in", "ol", "ud", "öd", "kt", "az", "er"} {
			if strings.HasSuffix(before, suf) && hasVowel(before) {
				if suf == "er" {
					// Se·ri·e, Ma·te·ri·e, but Bat·te·rie, Ga·le·rie, Lot·te·rie.
					return before == "ser" || strings.HasSuffix(before, "mater")
				}
				return true
			}
		}
	}
	return false
}

// englishSyllables counts English syllables by vowel groups with the usual
// corrections: a silent final e, -ed after other consonants than t and d,
// and consonant + le at the end.
func englishSyllables(word string) int {
	w := lowerLetters(word)
	if w == "" {
		return 1
	}
	n := 0
	prevVowel := false
	for _, r := range w {
		v := isVowel(r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if len(w) > 2 {
		switch {
		case strings.HasSuffix(w, "le") && !isVowel(rune(w[len(w)-3])):
			// table, little: the e is silent but the l is syllabic.
		case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye"):
			n--
		case strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded") && !isVowel(rune(w[len(w)-3])):
			n--
		case strings.HasSuffix(w, "es") && !isVowel(rune(w[len(w)-3])) && !strings.ContainsAny(w[len(w)-3:len(w)-2], "scxzgh"):
			n--
		}
	}
	return max(n, 1)
}

func hasVowel(s string) bool {
	for _, r := range s {
		if isVowel(r) {
			return true
		}
	}
	return false
}
