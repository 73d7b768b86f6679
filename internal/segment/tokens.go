package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize appends the tokens of sentence [s,e) (index si) to toks.
func tokenize(text string, s, e, si int, cfg *config, toks []Token) []Token {
	add := func(a, b int, k TokenKind) {
		toks = append(toks, Token{Start: int32(a), End: int32(b), Sentence: int32(si), Kind: k})
	}
	chunkStart := true
	runStart := s
	var run runInfo
	i := s
	for i < e {
		c := text[i]
		if c < utf8.RuneSelf && asciiClass[c] == aLetter && !(chunkStart && (c == 'h' || c == 'w' || c == 'f')) {
			// fast path: a word starting with an ASCII letter
			chunkStart = false
			j := i + 1
			for j < e && asciiClass[text[j]&0x7f] != aOther && text[j] < utf8.RuneSelf {
				j++
			}
			if j < e {
				switch b := text[j]; {
				case b >= utf8.RuneSelf, b == '-', b == '\'', b == '.', b == '/', b == '&':
					j = wordEnd(text, i, e) // umlauts, hyphens, apostrophes, "z.B."
				}
			}
			if j < e && text[j] == '.' && keepAbbrevDot(text, s, i, j, e, cfg) {
				j++
			}
			add(i, j, TokWord)
			i = j
			continue
		}
		r, sz := rune(c), 1
		if c >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(text[i:e])
		}
		if isSpace(r) {
			i += sz
			chunkStart = true
			runStart = i
			continue
		}
		if chunkStart {
			chunkStart = false
			if (c == 'h' || c == 'w' || c == 'f') && hasURLPrefix(text[i:e]) {
				if i >= run.end {
					run = scanRun(text, i, e)
				}
				if j := run.urlAt(text, i); j > i {
					add(i, j, TokWord)
					i = j
					continue
				}
			}
		}
		if r == '@' && i > runStart && i+1 < e {
			// e-mail address: re-read the whole run as one token
			if i >= run.end {
				run = scanRun(text, runStart, e)
			}
			if st := emailStart(text, runStart, i, run); st >= 0 {
				for len(toks) > 0 && int(toks[len(toks)-1].Start) >= st && int(toks[len(toks)-1].Sentence) == si {
					toks = toks[:len(toks)-1]
				}
				add(st, run.trim, TokWord)
				i = run.trim
				continue
			}
		}
		switch {
		case unicode.IsLetter(r):
			j := wordEnd(text, i, e)
			if j < e && text[j] == '.' && keepAbbrevDot(text, s, i, j, e, cfg) {
				j++
			}
			add(i, j, TokWord)
			i = j
		case unicode.IsDigit(r):
			j := numberEnd(text, i, e)
			if j < e && (isWordRune(text, j, e) || text[j] == '-' && j+1 < e && isLetterAt(text, j+1, e)) {
				// "1a", "10er", "5-jährige", "5th": a word starting with digits
				j = wordEnd(text, j, e)
				add(i, j, TokWord)
				i = j
				continue
			}
			if j < e && text[j] == '.' && keepOrdinalDot(text, i, j, e) {
				j++
			}
			add(i, j, TokNumber)
			i = j
		case r == ',' && i+1 < e && text[i+1] == ',' && i+2 < e && !isASCIISpace(text[i+2]):
			add(i, i+2, TokQuote) // ",,Wann" used as „
			i += 2
		case isQuote(r) && !(r == '\'' || r == '’') || (r == '\'' || r == '’') && !midWord(text, s, i, e):
			add(i, i+sz, TokQuote)
			i += sz
			chunkStart = true // a URL may follow: „www.example.org“
		case isTerm(r):
			j := i + sz
			for j < e {
				r2, sz2 := utf8.DecodeRuneInString(text[j:e])
				if !isTerm(r2) {
					break
				}
				j += sz2
			}
			add(i, j, TokPunct)
			i = j
		case r == '-' || r == '–' || r == '—':
			j := i + sz
			for j < e {
				r2, sz2 := utf8.DecodeRuneInString(text[j:e])
				if r2 != r {
					break
				}
				j += sz2
			}
			if r == '-' && j == i+1 && j < e && isWordRune(text, j, e) && (i == s || isSpaceBefore(text, i)) {
				// "-produktion" in "Buchgestaltung und -produktion"
				k := wordEnd(text, j, e)
				add(i, k, TokWord)
				i = k
				continue
			}
			add(i, j, TokPunct)
			i = j
		case unicode.IsPunct(r) && !isSymbolPunct(r):
			add(i, i+sz, TokPunct)
			i += sz
			chunkStart = r == '(' || r == '[' || r == '<' // "(www.example.org)"

		default:
			j := i + sz
			if isEmoji(r) {
				j = emojiEnd(text, j, e)
			}
			add(i, j, TokSymbol)
			i = j
		}
	}
	return toks
}

// emojiEnd extends an emoji that ends at j over its modifiers (skin
// tones, variation selector, tag characters) and over pictographs joined
// by a zero-width joiner ("👩‍🔬" is one token, "👍🥰" two).
func emojiEnd(text string, j, e int) int {
	joined := false
	for j < e {
		r, sz := utf8.DecodeRuneInString(text[j:e])
		switch {
		case r == 0x200D:
			joined = true
		case r == 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF || r >= 0xE0020 && r <= 0xE007F:
		case joined && isEmoji(r):
			joined = false
		default:
			return j
		}
		j += sz
	}
	return j
}

func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isSpace(r)
}

// isWordRune reports a letter, digit or combining mark at text[j].
func isWordRune(text string, j, e int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:e])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// midWord reports an apostrophe between letters ("bin’s", "ist's").
func midWord(text string, s, i, e int) bool {
	if i == s || i+1 >= e {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[s:i])
	_, sz := utf8.DecodeRuneInString(text[i:e])
	if i+sz >= e {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[i+sz : e])
	return unicode.IsLetter(p) && unicode.IsLetter(n)
}

// wordEnd scans a word from i: letters, digits and marks, joined by inner
// hyphens ("ICE-Verbindungen", "Shenzhou-7"), apostrophes ("geht´s") and,
// for letter-dot abbreviations, periods ("z.B", "U.S.A"). A hyphen before a
// space stays ("Erfahrungs- oder").
func wordEnd(text string, i, e int) int {
	j := i
	letterDots := true // every part so far a single letter
	partLen := 0
	for j < e {
		if c := text[j]; c < utf8.RuneSelf && (asciiClass[c] == aLetter || c >= '0' && c <= '9') {
			j++
			partLen++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[j:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			j += sz
			partLen++
			continue
		}
		if j+sz >= e {
			if r == '-' && j > i {
				return j + sz // hyphen at sentence end
			}
			break
		}
		switch r {
		case '-', '‑', '/', '\'', '’', '´', '&':
			if r == '/' || r == '&' {
				// "km/h", "AT&T" only between letters without spaces
				if !isWordRune(text, j+sz, e) {
					return j
				}
			}
			if isWordRune(text, j+sz, e) {
				j += sz
				letterDots = false
				continue
			}
			if r == '-' || r == '‑' {
				n, _ := utf8.DecodeRuneInString(text[j+sz : e])
				if isSpace(n) || n == ',' {
					return j + sz // truncated compound "Erfahrungs- oder"
				}
			}
			return j
		case '.':
			if letterDots && partLen == 1 && isLetterAt(text, j+sz, e) && singleLetterFollows(text, j+sz, e) {
				j += sz
				partLen = 0
				continue
			}
			if k := domainEnd(text, j+sz, e); k > 0 {
				return k // "tagesschau.de", "www.bild.de"
			}
			return j
		}
		break
	}
	return j
}

func isLetterAt(text string, j, e int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:e])
	return unicode.IsLetter(r)
}

// singleLetterFollows reports a single letter at j followed by '.' ("B." in "z.B.").
func singleLetterFollows(text string, j, e int) bool {
	_, sz := utf8.DecodeRuneInString(text[j:e])
	return j+sz < e && text[j+sz] == '.'
}

// numberEnd scans digits joined by '.', ',' or ':' between digits
// ("1.000.000", "5.300,25", "17:00", "3.10.2000").
func numberEnd(text string, i, e int) int {
	j := i
	for j < e {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == '.' || c == ',' || c == ':') && j+1 < e && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	return j
}

// finalDot reports a period at j after which only sentence marks, closers
// and space follow until e: the sentence's own full stop.
func finalDot(text string, j, e int) bool {
	for k := j + 1; k < e; {
		r, sz := utf8.DecodeRuneInString(text[k:e])
		if !isTerm(r) && !isCloser(r) && !isSpace(r) && !isEmoji(r) {
			return false
		}
		k += sz
	}
	return true
}

// keepOrdinalDot keeps the period of an ordinal or day-month date ("05.",
// "3.10.") inside the number token unless it ends the sentence.
func keepOrdinalDot(text string, i, j, e int) bool {
	if finalDot(text, j, e) {
		return false
	}
	if j+1 < e && text[j+1] >= '0' && text[j+1] <= '9' {
		return false
	}
	last := 0
	for k := j - 1; k >= i && text[k] >= '0' && text[k] <= '9'; k-- {
		last++
	}
	if strings.ContainsRune(text[i:j], ',') || strings.ContainsRune(text[i:j], ':') {
		return false
	}
	return last <= 2
}

// keepAbbrevDot keeps the period of an abbreviation in the word [i,j).
func keepAbbrevDot(text string, s, i, j, e int, cfg *config) bool {
	w := text[i:j]
	if j+1 < e && isLetterAt(text, j+1, e) {
		return false // glued "world.Today"
	}
	cls := cfg.lex.abbr(w, i == s)
	shape := wordShape(w)
	final := finalDot(text, j, e)
	if final {
		return cls != abbrNone || shape == shapeLetterDots
	}
	switch {
	case cls != abbrNone, shape == shapeLetter, shape == shapeLetterDots, shape == shapeRoman:
		return true
	}
	return !cfg.en && (isShortConsonantCluster(w) || len(w) > 4 && strings.HasSuffix(w, "str"))
}

// runInfo describes one whitespace-delimited run, scanned once so that
// address detection stays linear even after many opening quotes.
type runInfo struct {
	end, trim int // run end, and end without trailing punctuation
	at, dot   int // first '@' and last '.' (before trim), or -1
}

func scanRun(text string, i, e int) runInfo {
	ri := runInfo{at: -1, dot: -1}
	j := i
	for j < e {
		c := text[j]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				break
			}
			j++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[j:e])
		if isSpace(r) {
			break
		}
		j += sz
	}
	ri.end = j
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(text[i:j])
		if isTerm(r) || isCloser(r) || r == ',' || r == ';' || r == ':' {
			j -= sz
			continue
		}
		break
	}
	ri.trim = j
	if k := strings.IndexByte(text[i:j], '@'); k >= 0 {
		ri.at = i + k
		ri.dot = i + strings.LastIndexByte(text[i:j], '.')
	}
	return ri
}

// urlAt returns the end of a URL or e-mail address starting at i (trailing
// punctuation excluded), or i if there is none.
func (ri runInfo) urlAt(text string, i int) int {
	if i >= ri.trim {
		return i
	}
	rest := text[i:ri.trim]
	if strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.") ||
		strings.HasPrefix(rest, "ftp://") || strings.HasPrefix(rest, "http:") && len(rest) > 5 {
		return ri.trim
	}
	return i
}

func hasURLPrefix(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") ||
		strings.HasPrefix(s, "ftp://") || strings.HasPrefix(s, "http:")
}

// emailStart returns where the address around the '@' at i begins (after
// any opening quotes or brackets of its run), or -1 if it is no address.
func emailStart(text string, runStart, i int, ri runInfo) int {
	if ri.at != i || ri.dot <= i+1 || ri.dot >= ri.trim-1 {
		return -1
	}
	st := runStart
	for st < i {
		r, sz := utf8.DecodeRuneInString(text[st:i])
		if !isOpener(r) && r != '<' {
			break
		}
		st += sz
	}
	if st >= i {
		return -1
	}
	return st
}

// ASCII byte classes for the tokenizer's fast path.
const (
	aOther = iota
	aLetter
	aDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aLetter
		t[c-'a'+'A'] = aLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	return
}()

// isSymbolPunct reports characters Unicode files under punctuation that
// read as symbols in text: "50 %", "§ 5", "#tag", "@user", "A & B".
func isSymbolPunct(r rune) bool {
	switch r {
	case '%', '‰', '§', '#', '@', '&', '*', '†', '‡', '¶':
		return true
	}
	return false
}

// topLevelDomains are the endings that make "spiegel.de" one token.
var topLevelDomains = map[string]bool{
	"de": true, "at": true, "ch": true, "com": true, "org": true, "net": true, "eu": true,
	"info": true, "io": true, "uk": true, "fr": true, "it": true, "es": true, "nl": true,
	"be": true, "pl": true, "ru": true, "us": true, "tv": true, "gov": true, "edu": true,
}

// domainEnd returns the end of a host name whose remaining labels start at
// j (after a '.') and end in a known top-level domain ("spiegel.de",
// "bild.co.uk"), or 0. Labels are ASCII letters, digits and hyphens.
func domainEnd(text string, j, e int) int {
	for labels := 0; labels < 4; labels++ {
		k := j
		for k < e && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= '0' && text[k] <= '9' || text[k] == '-') {
			k++
		}
		if k == j {
			return 0
		}
		if k < e && text[k] == '.' && k+1 < e && text[k+1] >= 'a' && text[k+1] <= 'z' {
			j = k + 1 // another label
			continue
		}
		if k < e && (isLetterAt(text, k, e) || text[k] >= '0' && text[k] <= '9') {
			return 0
		}
		if !topLevelDomains[text[j:k]] {
			return 0
		}
		return k
	}
	return 0
}
