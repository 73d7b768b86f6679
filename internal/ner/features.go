package ner

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"artikel/internal/lower"
)

// Gazetteer bits stored per lower-cased word in the lexicon table.
const (
	GazFirstName = 1 << iota // a first name
	GazPlace                 // a whole city / region name of one word
	GazPlacePart             // one word of a multi-word place name
	GazCountry               // a country name
	GazNationAdj             // stem of a nationality adjective (deutsch, chinesisch)
	GazLowerSeen             // seen in lower case in unlabelled text: not a name on its own
	GazCapSeen               // seen capitalised in the middle of sentences
	GazAfterDet              // seen capitalised right after an article: a noun or an organisation
	// Bits from names annotated in the training corpora: the word was part
	// of a PER / LOC / ORG / MISC mention in most of its occurrences.
	GazListPER
	GazListLOC
	GazListORG
	GazListMISC
	// Bits from German lexicons (see cmd/train-ner -lexicons): a form of a
	// common noun, a frequent surname, a form of a verb or adjective, part
	// of a person's name in an international list.
	GazNoun
	GazSurname
	GazVerbAdj
	GazNamePart
)

// genBits are the name bits a genitive (Bremens, Schröders) inherits from
// the word without its final s.
const genBits = GazFirstName | GazPlace | GazPlacePart | GazCountry | GazSurname | GazNamePart

// gazBits is the number of gazetteer bits features look at.
const gazBits = 16

// Template ids: the first byte hashed into every feature, so that the same
// string under two templates gives two features.
const (
	fBias byte = iota
	fWord
	fLower
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fSuf5
	fShape
	fShort
	fCapCtx
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevCur
	fCurNext
	fShapeTri
	fGaz
	fGazPrev
	fGazNext
	fClu
	fCluPrev
	fCluNext
	fHyFirst
	fHyLast
	fHyGaz
	fLen
	fShortBi
	fInQuote
	fPrevSuf3
	fNextSuf3
	fCluPrevCur
	fCluCoarse
	fCluCoarsePrev
	fCluCoarseNext
	// Wide templates (Model.wide): more context and conjunctions.
	fPrev3
	fNext3
	fCluCurNext
	fCluPrev2
	fCluNext2
	fPrevCapSuf
	fPrevShape
	fShapeNext
	fCluPrevNext
	fGazPrevCur
	// Stacked templates (second pass): first-pass labels.
	fStack0
	fStackPrev
	fStackNext
	fStackP2
	fStackN2
	fStackSame
	fStackSameCap
	fStackWord
	fGenGaz
)

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func hashStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint32, b byte) uint32 {
	h ^= uint32(b)
	return h * fnvPrime
}

// feat hashes a template id with one string.
func feat(t byte, s string) uint32 { return hashStr(hashByte(fnvOffset, t), s) }

// feat2 hashes a template id with two strings.
func feat2(t byte, a, b string) uint32 {
	return hashStr(hashByte(hashStr(hashByte(fnvOffset, t), a), 0xff), b)
}

// featN hashes a template id with a small number.
func featN(t byte, n uint32) uint32 {
	h := hashByte(fnvOffset, t)
	h = hashByte(h, byte(n))
	h = hashByte(h, byte(n>>8))
	return hashByte(h, byte(n>>16))
}

// domainFeat is the copy of feature f private to training domain d > 0
// (feature augmentation, Daumé 2007): it absorbs what is peculiar to one
// corpus so that the shared copy learns what holds across corpora.
func domainFeat(f uint32, d int) uint32 {
	return (f ^ uint32(d)*0x9E3779B1) * fnvPrime
}

// LexKey is the key under which a word's gazetteer bits and cluster are
// stored: the hash of its lower-cased form.
func LexKey(lower string) uint32 { return hashStr(fnvOffset, lower) }

// token is the per-word information features are built from.
type token struct {
	word, lower, shape, short string
	gaz                       uint16
	clu                       uint16 // 0 = unknown
	capital, quote            bool
	// slot is the word's slot in the tagger's word cache (in the cache
	// itself: slot+1, so that 0 says the token is not prepared yet).
	slot int32
	// gen is the claim of that slot the token was prepared under (see
	// wordEntry.gen).
	gen uint32
}

func isQuote(w string) bool {
	switch w {
	case "\"", "„", "“", "”", "«", "»", "‚", "‘", "’", "'", "‹", "›", "``", "''":
		return true
	}
	return false
}

// wordShape maps letters to X/x, digits to d and keeps other characters; the
// short shape also collapses runs of the same class.
func wordShape(w string) (shape, short string) {
	buf, n := appendShapes(nil, w)
	return string(buf[:n]), string(buf[n:])
}

// appendShapes appends the shape of w and then its short shape to buf and
// returns buf and the shape's length.
func appendShapes(buf []byte, w string) ([]byte, int) {
	start := len(buf)
	n := 0
	for _, r := range w {
		if n == 12 {
			break
		}
		buf = utf8.AppendRune(buf, shapeClass(r))
		n++
	}
	mid := len(buf)
	var last rune = -1
	for _, r := range w {
		if c := shapeClass(r); c != last {
			buf = utf8.AppendRune(buf, c)
			last = c
		}
	}
	return buf, mid - start
}

func shapeClass(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X'
		case 'a' <= r && r <= 'z':
			return 'x'
		case '0' <= r && r <= '9':
			return 'd'
		}
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return ""
		}
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return ""
		}
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// prepare computes per-word information for a sentence.
func (m *Model) prepare(words []string, toks []token) []token {
	toks, _ = m.prepareBuf(words, toks, nil)
	return toks
}

// prepareBuf is prepare with a reusable buffer: the lower-cased forms and
// shapes of all words are built in buf and become substrings of one string,
// one allocation per sentence instead of up to three per word.
func (m *Model) prepareBuf(words []string, toks []token, buf []byte) ([]token, []byte) {
	toks = toks[:0]
	buf = buf[:0]
	type offs struct{ lower, shape, short, end int }
	var pos [64]offs
	at := pos[:0]
	for _, w := range words {
		var o offs
		o.lower = len(buf)
		if lower.MayChange(w) {
			buf = lower.Append(buf, w)
		}
		o.shape = len(buf)
		var n int
		buf, n = appendShapes(buf, w)
		o.short = o.shape + n
		o.end = len(buf)
		at = append(at, o)
	}
	all := string(buf)
	for i, w := range words {
		o := at[i]
		t := token{word: w, lower: w, shape: all[o.shape:o.short], short: all[o.short:o.end]}
		if o.shape > o.lower {
			t.lower = all[o.lower:o.shape]
		}
		r, _ := utf8.DecodeRuneInString(w)
		t.capital = unicode.IsUpper(r)
		t.quote = isQuote(w)
		k := LexKey(t.lower)
		i, j := m.lex.bucket(k)
		if e := m.lex.scan(k, i, j); e >= 0 {
			t.gaz = binary.LittleEndian.Uint16(m.lex.value(e))
			if m.hasClusters {
				t.clu = m.clusters.cluster(e)
			}
		}
		toks = append(toks, t)
	}
	return toks, buf
}

// features appends the hashed features of word i to dst.
func (m *Model) features(toks []token, i int, inQuote bool, dst []uint32) []uint32 {
	return m.featureParts(toks, i, inQuote, dst, wordPart|contextPart)
}

// Feature parts: those that depend on the word alone (its spelling and
// lexicon entry: the same wherever it occurs, so the tagger can sum their
// weights once per word form) and those that depend on its neighbours.
const (
	wordPart = 1 << iota
	// neighbourPart: the features that depend on one neighbour alone (its
	// form, suffix, cluster, lexicon bits, at a given distance), so that
	// the tagger can sum them once per word form and distance too.
	neighbourPart
	// pairPart: the rest, which combine the word with its neighbours or
	// depend on its place in the sentence,
	pairPart
	// but for capPart: the capitalisation context of the word (see
	// capContext) with its gazetteer bits and whether it stands in a
	// quotation, which take few distinct values, so that the tagger sums
	// their weights once per value.
	capPart
	contextPart = neighbourPart | pairPart | capPart
)

// roleDist lists the distances of the neighbours whose features the tagger
// sums once per word form: role r (1…6) is a word roleDist[r-1] places from
// the word being tagged; role 0 is the word itself. Words three places away
// count only in wide models: they come last, so that other models use
// roles 0…4 (see Model.roles).
var roleDist = [...]int{-2, -1, 1, 2, -3, 3}

// numRoles counts role 0 and the neighbour roles.
const numRoles = 1 + len(roleDist)

// roles is the number of roles whose features m uses.
func (m *Model) roles() int {
	if m.wide {
		return numRoles
	}
	return numRoles - 2
}

// neighbourFeatures appends the neighbourPart features that word j (or the
// sentence boundary, for j outside the sentence) gives word j-d, the word
// it is d places away from: over all distances together, exactly the
// neighbourPart of featureParts. The templates are listed in both because
// featureParts must keep the order training saw them in (training sums
// float weights in that order); TestFeatureParts checks that they agree.
func (m *Model) neighbourFeatures(toks []token, j, d int, dst []uint32) []uint32 {
	lower, _, gaz, clu := neighbour(toks, j)
	fine := uint32(clu & 511)
	if clu >= 0xfffe {
		fine = uint32(clu)
	}
	// The wide templates take a word's cluster without the boundary test.
	wide := uint32(clu & 511)
	if j < 0 || j >= len(toks) {
		wide = uint32(clu)
	}
	coarse := func(id byte) {
		if c := clu >> 9; m.hasClusters && c > 0 && clu < 0xfffe {
			dst = append(dst, featN(id, uint32(c)))
		}
	}
	gazBitsAs := func(id byte) {
		for b := uint32(0); b < gazBits; b++ {
			if gaz&(1<<b) != 0 {
				dst = append(dst, featN(id, b))
			}
		}
	}
	switch d {
	case -1:
		dst = append(dst, feat(fPrev1, lower), feat(fPrevSuf3, suffix(lower, 3)))
		gazBitsAs(fGazPrev)
		if m.hasClusters {
			dst = append(dst, featN(fCluPrev, fine))
		}
		coarse(fCluCoarsePrev)
	case 1:
		dst = append(dst, feat(fNext1, lower), feat(fNextSuf3, suffix(lower, 3)))
		gazBitsAs(fGazNext)
		if m.hasClusters {
			dst = append(dst, featN(fCluNext, fine))
		}
		coarse(fCluCoarseNext)
	case -2:
		dst = append(dst, feat(fPrev2, lower))
		if m.wide && m.hasClusters {
			dst = append(dst, featN(fCluPrev2, wide))
		}
	case 2:
		dst = append(dst, feat(fNext2, lower))
		if m.wide && m.hasClusters {
			dst = append(dst, featN(fCluNext2, wide))
		}
	case -3:
		if m.wide {
			dst = append(dst, feat(fPrev3, lower))
		}
	case 3:
		if m.wide {
			dst = append(dst, feat(fNext3, lower))
		}
	}
	return dst
}

// neighbour returns the form, short shape, lexicon bits and cluster of
// word j, or those of the sentence boundary before or after the sentence.
func neighbour(toks []token, j int) (string, string, uint16, uint16) {
	if j < 0 {
		return "<s>", "<s>", 0, 0xffff
	}
	if j >= len(toks) {
		return "</s>", "</s>", 0, 0xfffe
	}
	return toks[j].lower, toks[j].short, toks[j].gaz, toks[j].clu
}

// featureParts appends the features of word i that belong to parts, in the
// order of features (which training depends on).
func (m *Model) featureParts(toks []token, i int, inQuote bool, dst []uint32, parts int) []uint32 {
	word, nb, pair := parts&wordPart != 0, parts&neighbourPart != 0, parts&pairPart != 0
	context := nb || pair
	t := &toks[i]
	p1, ps1, pg1, pc1 := neighbour(toks, i-1)
	n1, ns1, ng1, nc1 := neighbour(toks, i+1)
	p2, _, _, _ := neighbour(toks, i-2)
	n2, _, _, _ := neighbour(toks, i+2)

	if word {
		dst = append(dst,
			featN(fBias, 0),
			feat(fWord, t.word),
			feat(fLower, t.lower),
			feat(fShape, t.shape),
			feat(fShort, t.short),
		)
	}
	if nb {
		dst = append(dst,
			feat(fPrev1, p1),
			feat(fNext1, n1),
			feat(fPrev2, p2),
			feat(fNext2, n2),
		)
	}
	if pair {
		dst = append(dst,
			feat2(fPrevCur, p1, t.lower),
			feat2(fCurNext, t.lower, n1),
			// fShapeTri hashes ps1+"|"+t.short and ns1, without building the string.
			hashStr(hashByte(hashStr(hashStr(hashStr(hashByte(fnvOffset, fShapeTri), ps1), "|"), t.short), 0xff), ns1),
			feat2(fShortBi, ps1, t.short),
		)
	}
	if nb {
		dst = append(dst,
			feat(fPrevSuf3, suffix(p1, 3)),
			feat(fNextSuf3, suffix(n1, 3)),
		)
	}
	if l := utf8.RuneCountInString(t.lower); word && l > 1 {
		for k, id := range [...]byte{fPre2, fPre3, fPre4} {
			if k+2 <= l {
				dst = append(dst, feat(id, prefix(t.lower, k+2)))
			}
		}
		for k, id := range [...]byte{fSuf1, fSuf2, fSuf3, fSuf4, fSuf5} {
			if k+1 < l {
				dst = append(dst, feat(id, suffix(t.lower, k+1)))
			}
		}
		n := uint32(l)
		if n > 12 {
			n = 12
		}
		dst = append(dst, featN(fLen, n))
	}

	// The capitalisation context, unless nothing asked for needs it (the
	// tagger's pair part of a narrow model, once per word).
	var ctx uint32
	if nb || parts&capPart != 0 || context && m.wide {
		ctx = capContext(toks, i)
	}
	if nb || parts&capPart != 0 {
		dst = m.gazContext(t, ctx, pg1, ng1, inQuote, dst, parts)
	}
	if m.hasClusters {
		// A cluster id holds a fine class in its low 9 bits and, optionally,
		// a coarse class above them.
		fine := func(c uint16) uint32 {
			if c >= 0xfffe { // sentence boundary
				return uint32(c)
			}
			return uint32(c & 511)
		}
		if word {
			dst = append(dst, featN(fClu, fine(t.clu)))
		}
		if nb {
			dst = append(dst, featN(fCluPrev, fine(pc1)), featN(fCluNext, fine(nc1)))
		}
		if pair {
			dst = append(dst, featN(fCluPrevCur, fine(pc1)<<12|fine(t.clu)))
		}
		if c := t.clu >> 9; word && c > 0 && t.clu < 0xfffe {
			dst = append(dst, featN(fCluCoarse, uint32(c)))
		}
		if c := pc1 >> 9; nb && c > 0 && pc1 < 0xfffe {
			dst = append(dst, featN(fCluCoarsePrev, uint32(c)))
		}
		if c := nc1 >> 9; nb && c > 0 && nc1 < 0xfffe {
			dst = append(dst, featN(fCluCoarseNext, uint32(c)))
		}
	}
	if context && m.wide {
		dst = m.wideFeatures(toks, i, ctx, dst, parts)
	}
	if !word {
		return dst
	}
	if n := len(t.lower); t.capital && n > 3 && t.lower[n-1] == 's' {
		// A genitive takes its type from the name it is formed from:
		// Bremens (place), Schröders (surname).
		if g := m.lookupGaz(LexKey(t.lower[:n-1])) & genBits; g != 0 {
			for b := uint32(0); b < gazBits; b++ {
				if g&(1<<b) != 0 {
					dst = append(dst, featN(fGenGaz, b))
				}
			}
		}
	}
	if k := strings.IndexByte(t.lower, '-'); k > 0 && k < len(t.lower)-1 {
		first := t.lower[:k]
		last := t.lower[strings.LastIndexByte(t.lower, '-')+1:]
		dst = append(dst, feat(fHyFirst, first), feat(fHyLast, last))
		if g := m.lookupGaz(LexKey(first)); g != 0 {
			dst = append(dst, featN(fHyGaz, uint32(g)))
		}
	}
	return dst
}

// capContext is the capitalisation context of word i: where it stands
// (capitalisation only says something about names away from the sentence
// start and from an opening quotation mark) and which of it and its
// neighbours are capitalised.
func capContext(toks []token, i int) uint32 {
	t := &toks[i]
	ctx := uint32(0)
	switch {
	case i == 0:
		ctx = 1
	case toks[i-1].quote:
		ctx = 2
	case toks[i-1].word == ":" || toks[i-1].word == "(" || toks[i-1].word == "-":
		ctx = 3
	}
	if t.capital {
		ctx += 4
	}
	if i > 0 && toks[i-1].capital {
		ctx += 8
	}
	if i+1 < len(toks) && toks[i+1].capital {
		ctx += 16
	}
	return ctx
}

// gazContext appends the capitalisation context and the gazetteer bits of
// the word and its neighbours.
func (m *Model) gazContext(t *token, ctx uint32, pg1, ng1 uint16, inQuote bool, dst []uint32, parts int) []uint32 {
	nb, cp := parts&neighbourPart != 0, parts&capPart != 0
	if cp {
		dst = append(dst, featN(fCapCtx, ctx))
		if inQuote {
			dst = append(dst, featN(fInQuote, ctx&4))
		}
	}
	switch {
	case nb:
		for b := uint32(0); b < gazBits; b++ {
			if cp && t.gaz&(1<<b) != 0 {
				dst = append(dst, featN(fGaz, b|ctx<<8))
			}
			if pg1&(1<<b) != 0 {
				dst = append(dst, featN(fGazPrev, b))
			}
			if ng1&(1<<b) != 0 {
				dst = append(dst, featN(fGazNext, b))
			}
		}
	case cp:
		// The tagger's case: only the word's own bits, in the same order.
		for g := t.gaz; g != 0; g &= g - 1 {
			dst = append(dst, featN(fGaz, uint32(bits.TrailingZeros16(g))|ctx<<8))
		}
	}
	if cp && t.gaz == 0 {
		dst = append(dst, featN(fGaz, 0xff|ctx<<8))
	}
	return dst
}

// wideFeatures adds the templates of wide models: words ±3, cluster
// bigrams and ±2 clusters, the previous word with the current shape (in X,
// Herr X), the current word with the next shape, the previous capitalised
// word with the current suffix (names of several words), and the gazetteer
// bits of the previous word with the capitalisation context.
func (m *Model) wideFeatures(toks []token, i int, ctx uint32, dst []uint32, parts int) []uint32 {
	nb, pair := parts&neighbourPart != 0, parts&pairPart != 0
	t := &toks[i]
	lw := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= len(toks) {
			return "</s>"
		}
		return toks[j].lower
	}
	clu := func(j int) uint32 {
		if j < 0 {
			return 0xffff
		}
		if j >= len(toks) {
			return 0xfffe
		}
		return uint32(toks[j].clu & 511)
	}
	sh := func(j int) string {
		if j < 0 || j >= len(toks) {
			return "_"
		}
		return toks[j].short
	}
	if nb {
		dst = append(dst, feat(fPrev3, lw(i-3)), feat(fNext3, lw(i+3)))
	}
	if pair {
		dst = append(dst, feat2(fPrevShape, lw(i-1), t.short), feat2(fShapeNext, t.lower, sh(i+1)))
	}
	if m.hasClusters {
		if pair {
			dst = append(dst, featN(fCluCurNext, clu(i)<<12|clu(i+1)))
		}
		if nb {
			dst = append(dst, featN(fCluPrev2, clu(i-2)), featN(fCluNext2, clu(i+2)))
		}
		if pair {
			dst = append(dst, featN(fCluPrevNext, clu(i-1)<<12|clu(i+1)))
		}
	}
	if !pair {
		return dst
	}
	if i > 0 && toks[i-1].capital {
		dst = append(dst, feat2(fPrevCapSuf, toks[i-1].lower, suffix(t.lower, 3)))
	}
	if i > 0 && toks[i-1].gaz != 0 {
		dst = append(dst, featN(fGazPrevCur, uint32(toks[i-1].gaz&0xff)|ctx<<8))
	}
	return dst
}

// stackFeatures adds, for a second-pass model, the first pass's labels of
// word i and its neighbours (±2) and the entity types the first pass gave
// other occurrences of the same word form in the sentence (a surname tagged
// PER in a full name is likely PER alone too).
func stackFeatures(toks []token, first []int, i int, dst []uint32) []uint32 {
	lab := func(j int) uint32 {
		if j < 0 {
			return 30
		}
		if j >= len(first) {
			return 31
		}
		return uint32(first[j])
	}
	dst = append(dst,
		featN(fStack0, lab(i)),
		featN(fStackPrev, lab(i-1)<<5|lab(i)),
		featN(fStackNext, lab(i)<<5|lab(i+1)),
		featN(fStackP2, lab(i-2)<<5|lab(i-1)),
		featN(fStackN2, lab(i+1)<<5|lab(i+2)),
		feat2(fStackWord, toks[i].lower, Labels[first[i]]),
	)
	other := uint32(0)
	for j := range toks {
		if j != i && first[j] != 0 && toks[j].lower == toks[i].lower {
			other |= 1 << ((first[j] - 1) / 2)
		}
	}
	if other != 0 {
		capital := uint32(0)
		if toks[i].capital {
			capital = 1
		}
		dst = append(dst, featN(fStackSame, other), featN(fStackSameCap, other<<1|capital))
	}
	return dst
}
