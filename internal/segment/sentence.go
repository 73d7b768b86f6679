package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [s,e). glued marks a chunk that was cut from the
// previous one without whitespace ("world.Today"): a forced boundary.
type span struct {
	s, e  int
	glued bool
}

// splitter holds reusable buffers so that Segment allocates little.
type splitter struct {
	text   string
	cfg    *config
	chunks []span
	out    []span
}

// Classes of the start of the chunk after a candidate boundary.
const (
	startUpper = iota // capital letter, digit-less symbol, '@', '#': may open a sentence
	startDigit
	startLower
	startNo   // ',', ';', '-', ')' …: cannot open a sentence
	startDots // an ellipsis
)

// sentences splits the paragraph [ps,pe) into trimmed sentence spans.
// The returned slice is reused by the next call.
func (sp *splitter) sentences(ps, pe int) []span {
	sp.buildChunks(ps, pe)
	sp.out = sp.out[:0]
	ch := sp.chunks
	start := 0
	for i := 0; i < len(ch)-1; i++ {
		split, absorb := sp.boundary(i, start)
		if !split && sp.startsItem(i+1, start) {
			split = true
		}
		if split {
			j := i + absorb
			sp.out = append(sp.out, span{s: ch[start].s, e: ch[j].e})
			start = j + 1
			i = j
		}
	}
	if start < len(ch) {
		sp.out = append(sp.out, span{s: ch[start].s, e: ch[len(ch)-1].e})
	}
	return sp.out
}

// buildChunks cuts [ps,pe) at whitespace, and inside a chunk where a
// sentence mark is glued to a capitalised word ("world.Today").
func (sp *splitter) buildChunks(ps, pe int) {
	// Sized for the paragraph's spaces: a long line grown by appending
	// held its chunks about twice over.
	if n := strings.Count(sp.text[ps:pe], " ") + 1; cap(sp.chunks) < n {
		sp.chunks = make([]span, 0, n+n/8)
	}
	sp.chunks = sp.chunks[:0]
	t := sp.text
	i := ps
	for i < pe {
		// skip space
		for i < pe {
			c := t[i]
			if c < utf8.RuneSelf {
				if !isASCIISpace(c) {
					break
				}
				i++
				continue
			}
			r, sz := utf8.DecodeRuneInString(t[i:pe])
			if !isSpace(r) {
				break
			}
			i += sz
		}
		if i >= pe {
			break
		}
		s := i
		hasInner := false
	scan:
		for i < pe {
			switch byteKind[t[i]] {
			case bPlain:
				i++
			case bSpace:
				break scan
			case bTerm:
				if i+1 < pe && t[i+1] > ' ' {
					hasInner = true
				}
				i++
			default:
				r, sz := utf8.DecodeRuneInString(t[i:pe])
				if isSpace(r) {
					break scan
				}
				i += sz
			}
		}
		if hasInner {
			sp.splitGlued(s, i)
		} else {
			sp.chunks = append(sp.chunks, span{s: s, e: i})
		}
	}
}

// Byte classes for the chunk scanner.
const (
	bPlain = iota
	bSpace
	bTerm
	bHigh // start or continuation of a multi-byte rune
)

var byteKind = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = bHigh
	}
	for _, c := range []byte{' ', '\t', '\n', '\r', '\v', '\f'} {
		t[c] = bSpace
	}
	t['.'], t['!'], t['?'] = bTerm, bTerm, bTerm
	return
}()

// splitGlued appends chunk [s,e), cut where ". ! ?" directly follows a
// lower-case letter or digit and precedes a capital and a lower-case letter.
// URLs and e-mail addresses are never cut.
func (sp *splitter) splitGlued(s, e int) {
	c := sp.text[s:e]
	if strings.Contains(c, "@") || strings.Contains(c, "://") || strings.HasPrefix(c, "www.") {
		sp.chunks = append(sp.chunks, span{s: s, e: e})
		return
	}
	from := s
	glued := false
	for k := s + 1; k < e-2; k++ {
		b := sp.text[k]
		if b != '.' && b != '!' && b != '?' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(sp.text[from:k])
		if !unicode.IsLower(prev) && !unicode.IsDigit(prev) {
			continue
		}
		r1, n1 := utf8.DecodeRuneInString(sp.text[k+1 : e])
		if !unicode.IsUpper(r1) || k+1+n1 >= e {
			continue
		}
		r2, _ := utf8.DecodeRuneInString(sp.text[k+1+n1 : e])
		if !unicode.IsLower(r2) {
			continue
		}
		// the word before must be a real word, not an abbreviation
		w := lastWord(sp.text[from:k])
		if utf8.RuneCountInString(w) < 2 || (b == '.' && sp.cfg.lex.abbr(w, false) != abbrNone) {
			continue
		}
		if unicode.IsDigit(prev) && len(w) <= 2 && strings.Trim(w, "0123456789") == "" {
			continue // "22.Oktober", "2.Jorgensen": an ordinal
		}
		sp.chunks = append(sp.chunks, span{s: from, e: k + 1, glued: glued})
		from = k + 1
		glued = true
	}
	sp.chunks = append(sp.chunks, span{s: from, e: e, glued: glued})
}

// lastWord returns the trailing run of letters and digits of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= sz
	}
	return s[i:]
}

// endInfo describes how a chunk ends.
type endInfo struct {
	word       string // text before the final marks, openers stripped
	raw        string // text before the final marks
	term       string // the final run of . ! ? …
	closeQuote bool   // a quotation mark follows term
}

// parseEnd finds the sentence-final marks at the end of chunk c, allowing
// closing quotes, brackets and footnote markers after them.
func parseEnd(c string) (endInfo, bool) {
	var ei endInfo
	e := len(c)
	for e > 0 {
		r, sz := utf8.DecodeLastRuneInString(c[:e])
		if r == ']' {
			// footnote "[6]"
			k := e - sz
			for k > 0 && c[k-1] >= '0' && c[k-1] <= '9' {
				k--
			}
			if k < e-sz && k > 0 && c[k-1] == '[' {
				e = k - 1
				continue
			}
		}
		if !isCloser(r) {
			break
		}
		if isQuote(r) {
			ei.closeQuote = true
		}
		e -= sz
	}
	ts := e
	for ts > 0 {
		r, sz := utf8.DecodeLastRuneInString(c[:ts])
		if !isTerm(r) {
			break
		}
		ts -= sz
	}
	if ts == e {
		return ei, false
	}
	ei.term = c[ts:e]
	ei.raw = c[:ts]
	w := ei.raw
	for len(w) > 0 {
		if strings.HasPrefix(w, ",,") {
			w = w[2:]
			continue
		}
		r, sz := utf8.DecodeRuneInString(w)
		if !isOpener(r) {
			break
		}
		w = w[sz:]
	}
	ei.word = w
	return ei, true
}

// startOf classifies the beginning of chunk c and returns its first word.
func startOf(c string) (int, string) {
	i := 0
	for i < len(c) {
		r, sz := utf8.DecodeRuneInString(c[i:])
		if !isOpener(r) {
			break
		}
		i += sz
	}
	if i == len(c) {
		// only quotation marks: a stray closing quote stays with the
		// sentence before it
		return startNo, ""
	}
	r, _ := utf8.DecodeRuneInString(c[i:])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		j := i
		for j < len(c) {
			r2, sz := utf8.DecodeRuneInString(c[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += sz
		}
		return startUpper, c[i:j]
	case unicode.IsLetter(r):
		if unicode.IsLower(r) {
			return startLower, ""
		}
		return startUpper, "" // scripts without case
	case unicode.IsDigit(r):
		return startDigit, ""
	case r == '.' || r == '…':
		return startDots, ""
	case r == '@' || r == '#' || isBullet(r) || isEmoji(r):
		return startUpper, ""
	case unicode.IsPunct(r):
		return startNo, ""
	}
	return startUpper, ""
}

func (sp *splitter) chunk(i int) string { return sp.text[sp.chunks[i].s:sp.chunks[i].e] }

// isLoneDot reports a chunk that is a single "." (part of ". . .").
func (sp *splitter) isLoneDot(i int) bool {
	ei, ok := parseEnd(sp.chunk(i))
	return ok && ei.raw == "" && ei.term == "."
}

// isEllipsisChunk reports a free-standing "..." or "…".
func (sp *splitter) isEllipsisChunk(i int) bool {
	c := sp.chunk(i)
	return c == "..." || c == "…"
}

func (sp *splitter) isEmojiChunk(i int) bool {
	for _, r := range sp.chunk(i) {
		if !isEmoji(r) {
			return false
		}
	}
	return true
}

// boundary decides whether a sentence ends after chunk i (the current
// sentence starts at chunk start). absorb is the number of following
// chunks (emoji) that still belong to the ending sentence.
func (sp *splitter) boundary(i, start int) (bool, int) {
	ch := sp.chunks
	if ch[i+1].glued {
		return true, 0
	}
	c := sp.chunk(i)
	if b := c[len(c)-1]; b < utf8.RuneSelf && (asciiClass[b] == aLetter || b >= '0' && b <= '9' || b == ',' || b == ';' || b == ':' || b == '-') {
		return false, 0 // the common case: no sentence mark at the end
	}
	ei, ok := parseEnd(c)
	if !ok {
		return false, 0
	}
	if strings.HasSuffix(ei.raw, "(") || strings.HasSuffix(ei.raw, "[") {
		return false, 0 // "ein(!) Satz", "[...]"
	}
	if c[len(c)-1] == ')' && strings.IndexByte(ei.raw, '(') >= 0 {
		return false, 0 // "500 (verunsicherte?) Kunden", "(sic!)"
	}
	j := i + 1
	for j < len(ch) && sp.isEmojiChunk(j) {
		j++
	}
	absorb := j - (i + 1)
	if j == len(ch) {
		return absorb > 0, absorb
	}
	next := sp.chunk(j)
	ns, nword := startOf(next)
	cand := ns == startUpper || ns == startDigit

	hasBang := strings.ContainsAny(ei.term, "!?‼⁇⁈⁉")
	dots := 0
	for _, r := range ei.term {
		switch r {
		case '.':
			dots++
		case '…':
			dots += 3
		}
	}

	// spaced ellipsis ". . ." made of lone-dot chunks
	if ei.raw == "" && ei.term == "." {
		if sp.isLoneDot(i + 1) {
			return false, 0
		}
		a := i
		for a > start && sp.isLoneDot(a-1) {
			a--
		}
		n := i - a + 1
		if a > start && strings.HasSuffix(sp.chunk(a-1), ".") {
			n++
		}
		if n == 1 || n >= 4 {
			return cand, absorb
		}
		return false, 0
	}
	if ns == startDots {
		if dots <= 1 {
			// "compounds. . . . The", "Scientology. ... The next": the
			// word's own mark ends the sentence when a free-standing
			// three-dot ellipsis opens the next one.
			k := j
			if sp.isLoneDot(j) {
				for k < len(ch) && sp.isLoneDot(k) {
					k++
				}
				if k-j != 3 {
					return false, 0
				}
			} else if sp.isEllipsisChunk(j) {
				k = j + 1
			} else {
				return false, 0
			}
			if k < len(ch) {
				if s, _ := startOf(sp.chunk(k)); s == startUpper || s == startDigit {
					return true, absorb
				}
			}
		}
		return false, 0
	}
	if hasBang {
		// A lower-case word goes on the sentence: "Yahoo! in", and the
		// reporting clause after a quotation, „Wie geht es?“ fragte er.
		return cand, absorb
	}
	if !cand {
		return false, 0
	}
	if dots >= 2 {
		// "Satz... Noch" ends; a free-standing "…" before a capital does
		// not ("zurückbekomme …« Er"), a free-standing "…." does.
		if ei.raw == "" {
			return dots >= 4, absorb
		}
		return true, absorb
	}
	return sp.periodEnds(i, start, ei, ns, nword), absorb
}

// periodEnds decides a single period before a capital letter or digit.
func (sp *splitter) periodEnds(i, start int, ei endInfo, ns int, nword string) bool {
	lx := sp.cfg.lex
	en := sp.cfg.en
	w := ei.word
	if strings.Contains(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(w); isCloser(r) {
		return true // "(89). Die", "„Schäuble I“. Schon": no abbreviation
	}
	w = strings.TrimRightFunc(w, func(r rune) bool { return isCloser(r) || isTerm(r) })
	// leading bullets, dashes and stray punctuation ("⁃9.", "-3.", "::R."),
	// but not symbols: "°C." is a unit, not the initial "C."
	w = strings.TrimLeftFunc(w, func(r rune) bool { return isBullet(r) || unicode.IsPunct(r) })
	if w == "" {
		return true
	}
	atStart := i == start
	opened := strings.IndexFunc(ei.raw, isOpener) == 0 // "„2. Deutschen"
	kind := wordShape(w)
	switch kind {
	case shapeLetter:
		if en && w == "I" {
			return i == 0 || !isCapitalised(sp.prevWord(i))
		}
		key := sp.letterKey(i, w)
		if strings.Contains(key, ".") {
			switch lx.abbr(key, false) {
			case abbrFinal:
				return ns == startUpper && !sp.nextOpensParen(i)
			case abbrMaybe:
				return lx.starters[nword]
			}
		}
		return false
	case shapeLetterDots:
		// A sentence ending in "a.m." or "U.S." has at least two words
		// before it: "At 5 a.m. Mr. Smith went …" goes on, "He left the
		// bank at 6 P.M. Mr. Smith …" ends.
		if !sp.wordsBefore(i, start, 2) {
			return false
		}
		switch lx.abbr(w, atStart) {
		case abbrFinal:
			return ns == startUpper && !sp.nextOpensParen(i)
		case abbrMaybe, abbrNone:
			return en && lx.starters[nword]
		}
		return false
	case shapeNumber, shapeBigNumber:
		if atStart || (i == start+1 && utf8.RuneCountInString(sp.chunk(start)) == 1 && isBullet(firstRune(sp.chunk(start)))) {
			return false // list marker "1. Dies ist …", "• 3. Seien Sie …"
		}
		if en {
			return true
		}
		if opened {
			return false
		}
		prev := sp.prevWord(i)
		det := lx.determ[strings.ToLower(prev)]
		if det != 0 && lx.starters[nword] && !lx.ordinal[nword] {
			return true // "den 60. Der Franzose …", "am 24.12. Die Familie …"
		}
		if det == 'A' && isLowerWord(prev) {
			return false // "der 22. Oktober", "die 114. Mission"
		}
		if kind == shapeBigNumber {
			return true
		}
		if ns == startDigit || lx.ordinal[nword] || det != 0 {
			return false
		}
		if sp.prevEndsClause(i) {
			return false // "Cedric, 2. Schiffer, Marcus und 3. Kutsar"
		}
		if isInflectedAdjective(prev) {
			return false // "des ausstrahlenden 1. Kanals"
		}
		// "der ehemalige 2. Landtagspräsident"
		return !(i >= 2 && isLowerWord(prev) && strings.HasSuffix(prev, "e") && lx.determ[strings.ToLower(sp.prevWord(i-1))] == 'A')
	case shapeRoman:
		if en {
			return lx.starters[nword]
		}
		// "des III. Geschwaders" goes on; "Elisabeth II. Am Nachmittag" ends
		return lx.determ[strings.ToLower(sp.prevWord(i))] == 0 && !lx.ordinal[nword]
	}
	switch lx.abbr(w, atStart) {
	case abbrNever:
		return false
	case abbrFinal:
		if legalForm[nword] {
			return false // "GmbH & Co. KG"
		}
		return ns == startUpper && !sp.nextOpensParen(i)
	case abbrMaybe:
		return lx.starters[nword]
	case abbrDigit:
		return ns != startDigit
	}
	if !en && kind == shapeWord && (isShortConsonantCluster(w) || len(w) > 4 && strings.HasSuffix(w, "str")) {
		return false // "Hbf.", "Jhd." not in the list; "Hauptstr. 12"
	}
	return true
}

// legalForm are company-form suffixes that follow "Co." in one name.
var legalForm = map[string]bool{"KG": true, "KGaA": true, "OHG": true, "oHG": true, "GmbH": true}

// wordsBefore reports at least n chunks with a letter in [start, i),
// looking back at most 50 chunks (so that the check stays O(1)).
func (sp *splitter) wordsBefore(i, start, n int) bool {
	for k := i - 1; k >= start && k >= i-50 && n > 0; k-- {
		if strings.IndexFunc(sp.chunk(k), unicode.IsLetter) >= 0 {
			n--
		}
	}
	return n == 0
}

// nextOpensParen reports a chunk after i that starts with '(' or '[':
// "Chaos Computer Club e.V. (CCC) statt" goes on.
func (sp *splitter) nextOpensParen(i int) bool {
	if i+1 >= len(sp.chunks) {
		return false
	}
	c := sp.chunk(i + 1)
	return c[0] == '(' || c[0] == '['
}

// prevEndsClause reports a chunk before i that ends with ',', ';', ':' or
// an opening bracket: a number after it is an item of an enumeration.
func (sp *splitter) prevEndsClause(i int) bool {
	if i == 0 {
		return false
	}
	c := sp.chunk(i - 1)
	switch c[len(c)-1] {
	case ',', ';', ':', '(', '[':
		return true
	}
	return c == "–" || c == "-" || c == "—" // "Damenliga Ost – 1. Leistungsstufe"
}

// isLowerWord reports a word starting with a lower-case letter.
func isLowerWord(w string) bool {
	return unicode.IsLower(firstRune(w))
}

// isInflectedAdjective guesses a lower-case inflected adjective or
// participle ("ausstrahlenden", "kommenden"), after which a number with a
// period is an ordinal.
func isInflectedAdjective(w string) bool {
	if len(w) < 5 || !isLowerWord(w) {
		return false
	}
	for _, suf := range []string{"en", "em", "er", "es"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// Shapes of the word before a period.
const (
	shapeWord       = iota
	shapeLetter     // "z", "B", "I"
	shapeLetterDots // "U.S", "z.B", "e.V"
	shapeNumber     // "12", "3.10", "05": may be an ordinal or a date
	shapeBigNumber  // "2006", "1.000", "3,50", "12.03.2023"
	shapeRoman      // "II", "XIV"
	shapeOther
)

func wordShape(w string) int {
	n := utf8.RuneCountInString(w)
	r0 := firstRune(w)
	if n == 1 && unicode.IsLetter(r0) {
		return shapeLetter
	}
	if unicode.IsDigit(r0) {
		// digits with '.' groups, last group decides; ranges "24./25",
		// "3.–5" count by their last number
		last := 0
		for _, c := range w {
			switch {
			case c >= '0' && c <= '9':
				last++
			case c == '.' || c == '/' || c == '-' || c == '–':
				last = 0
			default:
				return shapeOther
			}
		}
		if last == 0 {
			return shapeOther
		}
		if last <= 2 {
			return shapeNumber
		}
		return shapeBigNumber
	}
	if unicode.IsLetter(r0) && strings.Contains(w, ".") {
		// letter-dot abbreviation: every part a single letter
		parts := 0
		for _, p := range strings.Split(w, ".") {
			if utf8.RuneCountInString(p) != 1 || !unicode.IsLetter(firstRune(p)) {
				return shapeOther
			}
			parts++
		}
		return shapeLetterDots
	}
	roman := n >= 2
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return shapeOther
		}
		if !isRomanLetter(r) {
			roman = false
		}
	}
	if roman {
		return shapeRoman
	}
	return shapeWord
}

// isShortConsonantCluster reports short capitalised vowel-less words such
// as "Hbf" or "Bhf", which are abbreviations in German ("GmbH", "ZDFs" and
// the units "kg", "km" are not).
func isShortConsonantCluster(w string) bool {
	n := 0
	for _, r := range w {
		if isVowel(r) || !unicode.IsLetter(r) || (n == 0) != unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3 && n <= 4
}

func isCapitalised(w string) bool {
	r := firstRune(w)
	return unicode.IsUpper(r)
}

// prevWord returns the letters of chunk i-1 (openers and trailing
// punctuation stripped), or "".
func (sp *splitter) prevWord(i int) string {
	if i == 0 {
		return ""
	}
	c := sp.chunk(i - 1)
	c = strings.TrimFunc(c, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return c
}

// letterKey joins single-letter abbreviations written with spaces
// ("u. Ä." → "u.Ä") ending at chunk i whose letter is w.
func (sp *splitter) letterKey(i int, w string) string {
	key := w
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		ei, ok := parseEnd(sp.chunk(k))
		if !ok || ei.term != "." || utf8.RuneCountInString(ei.word) != 1 || !unicode.IsLetter(firstRune(ei.word)) {
			break
		}
		key = ei.word + "." + key
	}
	return key
}

// parseEnum recognises list enumerators: "1." "1.)" "1)" "a." "a)",
// optionally glued to a bullet ("⁃9."). style distinguishes the forms
// (digits or letter, and the punctuation after them).
func parseEnum(c string) (val int, style int, ok bool) {
	if len(c) > 8 {
		return 0, 0, false
	}
	r, sz := utf8.DecodeRuneInString(c)
	if isBullet(r) {
		c = c[sz:]
	}
	i := 0
	for i < len(c) && i < 3 && c[i] >= '0' && c[i] <= '9' {
		val = val*10 + int(c[i]-'0')
		i++
	}
	kind := 0
	if i == 0 {
		if len(c) >= 2 && c[0] >= 'a' && c[0] <= 'z' {
			val = int(c[0]-'a') + 1
			i = 1
			kind = 4
		} else {
			return 0, 0, false
		}
	}
	switch c[i:] {
	case ".":
		return val, kind + enumDot, true
	case ".)":
		return val, kind + enumDotParen, true
	case ")":
		return val, kind + enumParen, true
	}
	return 0, 0, false
}

// Enumerator styles; letter styles add 4.
const (
	enumDot = 1 + iota
	enumDotParen
	enumParen
)

// startsItem reports whether chunk j opens a new list item inside the
// sentence that starts at chunk start: a bullet, or the next number of an
// enumeration the sentence began with ("1. The first item 2. The second").
func (sp *splitter) startsItem(j, start int) bool {
	if j <= start {
		return false
	}
	c := sp.chunk(j)
	switch b := c[0]; {
	case b >= '0' && b <= '9', b >= 'a' && b <= 'z' && len(c) <= 3:
	case b >= utf8.RuneSelf:
		if isBullet(firstRune(c)) {
			return true
		}
	default:
		return false
	}
	v, style, ok := parseEnum(c)
	if !ok {
		return false
	}
	f := start
	if isBullet(firstRune(sp.chunk(f))) && utf8.RuneCountInString(sp.chunk(f)) == 1 && f+1 < j {
		f++
	}
	v0, style0, ok0 := parseEnum(sp.chunk(f))
	if !ok0 || style0 != style || v != v0+1 || f+1 >= j {
		return false
	}
	if ns, _ := startOf(sp.chunk(f + 1)); ns != startUpper {
		return false // "6. und 7. Tag" is no list
	}
	if style == enumDot && sp.cfg.lex.determ[strings.ToLower(sp.prevWord(j))] != 0 {
		return false
	}
	return true
}
