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

// syllableCache remembers the German counts of words seen before: word
// frequencies are Zipfian, so after a few articles nearly every lookup hits.
// It stops growing at maxCached entries, which bounds its memory.
var syllableCache sync.Map

const maxCached = 200_000

var cached struct {
	sync.Mutex
	n int
}

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
	nuclei := countNuclei(lower)
	if nuclei <= 1 {
		// One vowel group: patterns cannot add a syllable here.
		return max(nuclei, 1)
	}
	if v, ok := syllableCache.Load(lower); ok {
		return v.(int)
	}
	var scratch [64]uint8
	var brk [16]int
	var cuts []int
	if len(lower)+3 <= len(scratch) {
		cuts = germanPatterns().breaks(lower, scratch[:], brk[:0])
	}
	n := countNucleiCut(lower, cuts)
	n = max(n, 1)
	cached.Lock()
	if cached.n < maxCached {
		cached.n++
		cached.Unlock()
		syllableCache.Store(lower, n)
	} else {
		cached.Unlock()
	}
	return n
}

// lowerLetters lower-cases word and keeps only its letters.
func lowerLetters(word string) string {
	ascii := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf || c < 'a' || c > 'z' {
			ascii = false
			break
		}
	}
	if ascii {
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

// countNuclei counts the syllable nuclei of a lower-case German word: each
// vowel starts one, except that a pair in oneNucleus (and "eau", from French)
// is one, "u" after "q" is no vowel, and "y" before a vowel at the start of
// the word is a consonant (Yacht).
func countNuclei(s string) int { return countNucleiCut(s, nil) }

// countNucleiCut is countNuclei where cuts (byte offsets, ascending) are
// morpheme boundaries from hyphenation: a vowel pair across one is two nuclei.
func countNucleiCut(s string, cuts []int) int {
	var buf [32]rune
	rs := buf[:0]
	var cutAt [32]bool
	for off, r := range s {
		for len(cuts) > 0 && cuts[0] < off {
			cuts = cuts[1:]
		}
		if len(cuts) > 0 && cuts[0] == off && len(rs) < len(cutAt) {
			cutAt[len(rs)] = true
		}
		rs = append(rs, r)
	}
	joined := func(i int) bool { return i >= len(cutAt) || !cutAt[i] }
	n := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !isVowel(r) {
			continue
		}
		if r == 'u' && i > 0 && rs[i-1] == 'q' {
			continue
		}
		if r == 'y' && i == 0 && i+1 < len(rs) && isVowel(rs[i+1]) {
			continue
		}
		n++
		if i+2 < len(rs) && r == 'e' && rs[i+1] == 'a' && rs[i+2] == 'u' && joined(i+1) && joined(i+2) {
			i += 2
			continue
		}
		if i+1 < len(rs) && joined(i+1) && oneNucleus(rs[i], rs[i+1]) {
			if rs[i] == 'i' && rs[i+1] == 'e' && splitIE(rs, i) {
				// i·e: the next vowel is counted on its own.
				continue
			}
			i++
		}
	}
	return n
}

// splitIE reports whether the "ie" at rs[i] is spoken as two syllables:
// unstressed endings from Latin and Greek (Fa·mi·li·e, Stu·di·e, Ak·ti·e,
// Me·di·en, Pa·ti·ent), but not the stressed -ie (Ener·gie, Stra·te·gie) nor
// German ie (Lie·be, schien).
func splitIE(rs []rune, i int) bool {
	rest := string(rs[i+2:])
	before := string(rs[:i])
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
