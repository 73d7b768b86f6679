package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Model is a trained tagger. It is read-only after construction, so Tag may
// be called from many goroutines at once.
//
// Its tables are little-endian byte slices in the layout of the model file,
// so that the embedded model is used where it lies: decoding copies nothing
// and builds nothing, and only the pages a text touches are ever read.
type Model struct {
	// Feature table: the int16-quantised weights of a feature for each label.
	feats qtable
	// trans[(prev+1)*NumLabels+cur]; prev -1 is the sentence start.
	trans []int32
	scale float32 // weight = int16 * scale (informational; decoding is integer)
	// oBias is subtracted from the O score of every word. The perceptron
	// trades recall for precision; a bias tuned on dev data evens them out.
	oBias int32

	// Lexicon: word keys (LexKey), each with its gazetteer bits (uint16),
	// and the cluster ids of those of its words that have one.
	lex         qtable
	clusters    clusterTable
	hasClusters bool
	// first, if set, is the first-pass model of a stacked tagger: this
	// model's features include its labels (stackFeatures).
	first *Model
	// wide: the model uses the wide feature templates (wideFeatures).
	wide bool
	// domain > 0: also use that training domain's private feature copies.
	domain int

	// scratches are the spare scratch spaces of finished Tag calls. Not a
	// sync.Pool: a pool is emptied by garbage collections (every hundred
	// articles or so in a batch), and its word cache is worth keeping. There
	// are never more than the number of Tag calls that ran at once.
	scratchMu sync.Mutex
	scratches []*scratch
}

// Value sizes in bytes: a feature's weights, a word's lexicon entry.
var (
	featValues = 2 * NumLabels
	lexValues  = 2
)

// qBuckets is the number of buckets of a qtable: one per value of a key's
// top 16 bits, so that only the low 16 bits need storing.
const qBuckets = 1 << 16

// qtable maps distinct uint32 keys (FNV hashes, so evenly spread) to
// fixed-size values. Keys are sorted and split by their top 16 bits: the
// keys of bucket b are numbers off[b] to off[b+1]-1, and only their low 16
// bits are stored, in keys; key i's values are vals[i*size:][:size]. A
// lookup reads one offset pair, scans a few 2-byte keys and reads the values
// only when it finds the key. The offsets and keys (about 2.5 bytes a key)
// are small enough to stay in a core's cache, so a key the table does not
// hold, such as most word pairs a tagger asks for, costs no trip to memory.
// The table is built when the model is trained and shipped as is in the
// model file.
type qtable struct {
	off  []byte // qBuckets+1 uint32
	keys []byte // n uint16: the keys' low halves
	vals []byte // n values of size bytes
	n    uint32 // number of keys
	size uint32 // value size
}

// newQtable builds a table of sorted keys; vals holds size bytes of values
// per key.
func newQtable(keys []uint32, vals []byte, size int) qtable {
	le := binary.LittleEndian
	t := qtable{off: make([]byte, 4*(qBuckets+1)), keys: make([]byte, 2*len(keys)), vals: vals[:size*len(keys)], n: uint32(len(keys)), size: uint32(size)}
	b := 0
	for i, k := range keys {
		for ; b <= int(k>>16); b++ {
			le.PutUint32(t.off[4*b:], uint32(i))
		}
		le.PutUint16(t.keys[2*i:], uint16(k))
	}
	for ; b <= qBuckets; b++ {
		le.PutUint32(t.off[4*b:], uint32(len(keys)))
	}
	return t
}

// find returns the values of key k, or nil. Offsets are clamped, so a
// damaged table gives wrong answers but never a panic.
func (t *qtable) find(k uint32) []byte {
	i, j := t.bucket(k)
	return t.value(t.scan(k, i, j))
}

// bucket returns the key range of k's bucket.
func (t *qtable) bucket(k uint32) (uint32, uint32) {
	if len(t.off) == 0 {
		return 0, 0
	}
	le := binary.LittleEndian
	b := 4 * (k >> 16)
	return le.Uint32(t.off[b:]), min(le.Uint32(t.off[b+4:]), t.n)
}

// scan returns the number of key k among keys i to j-1 of its bucket, or
// -1.
func (t *qtable) scan(k, i, j uint32) int {
	le := binary.LittleEndian
	want := uint16(k)
	for p := i; p < j; p++ {
		if v := le.Uint16(t.keys[2*p:]); v >= want {
			if v == want {
				return int(p)
			}
			return -1
		}
	}
	return -1
}

// value returns the values of key number i, or nil for -1.
func (t *qtable) value(i int) []byte {
	if i < 0 {
		return nil
	}
	at := uint64(i) * uint64(t.size)
	return t.vals[at : at+uint64(t.size)]
}

// key returns the key of number i (for tests and conversions).
func (t *qtable) key(i int) uint32 {
	le := binary.LittleEndian
	b := sort.Search(qBuckets, func(b int) bool { return le.Uint32(t.off[4*(b+1):]) > uint32(i) })
	return uint32(b)<<16 | uint32(le.Uint16(t.keys[2*i:]))
}

func (t *qtable) append(buf []byte) []byte {
	buf = binary.LittleEndian.AppendUint32(buf, t.n)
	buf = append(buf, t.off...)
	buf = append(buf, t.keys...)
	return append(buf, t.vals...)
}

// parseQtable slices a table written by append out of b.
func parseQtable(b []byte, size int) (qtable, []byte, error) {
	if len(b) < 4 {
		return qtable{}, nil, errShort
	}
	n := binary.LittleEndian.Uint32(b)
	b = b[4:]
	offEnd := uint64(4 * (qBuckets + 1))
	keysEnd := offEnd + 2*uint64(n)
	end := keysEnd + uint64(size)*uint64(n)
	if uint64(len(b)) < end {
		return qtable{}, nil, errShort
	}
	return qtable{off: b[:offEnd:offEnd], keys: b[offEnd:keysEnd:keysEnd], vals: b[keysEnd:end:end], n: n, size: uint32(size)}, b[end:], nil
}

// NumFeatures is the number of weighted features.
func (m *Model) NumFeatures() int { return int(m.feats.n) }

// setFeatures stores sorted feature keys with their weights (NumLabels per key).
func (m *Model) setFeatures(keys []uint32, weights []int16) {
	vals := make([]byte, 2*len(weights))
	for i, w := range weights {
		binary.LittleEndian.PutUint16(vals[2*i:], uint16(w))
	}
	m.feats = newQtable(keys, vals, featValues)
}

// setLexicon stores sorted word keys with their gazetteer bits and clusters.
func (m *Model) setLexicon(keys []uint32, gaz, clu []uint16) {
	vals := make([]byte, 2*len(keys))
	for i := range keys {
		binary.LittleEndian.PutUint16(vals[2*i:], gaz[i])
	}
	m.lex = newQtable(keys, vals, lexValues)
	m.clusters = newClusterTable(clu)
}

const magic = "ARTNER07"

//go:embed model/ner.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model. Decoding it costs next to nothing:
// the model is read in place from the binary's data.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Decode(embedded)
	})
	return defaultModel, defaultErr
}

func (m *Model) lookupGaz(k uint32) uint16 {
	if v := m.lex.find(k); v != nil {
		return binary.LittleEndian.Uint16(v)
	}
	return 0
}

type scratch struct {
	toks  []token
	feats []uint32
	dest  []uint8 // the row each of feats adds to (addWeightsTo)
	emit  []int32
	back  []int8
	// The word cache (see prepareCached and roleRow): slot k holds a word
	// form, its token and, for each role r, the row
	// rows[(k*roles+r)*NumLabels:][:NumLabels].
	words []wordEntry
	rows  []int32
	// capKeys and capRows cache the summed weights of a word's capPart
	// features by their key (see capRow).
	capKeys [capSlots]uint32
	capRows [capSlots][rowLabels]int32
	// bounds caches the rows of the sentence boundary in each neighbour role.
	bounds     [numRoles][rowLabels]int32
	haveBounds uint8
	prepared   int    // words prepared so far (see firstSlots)
	gens       uint32 // claims of word cache slots so far
}

// A scratch's word cache starts with firstSlots entries and grows to
// wordSlots once it has prepared growAfter words: a single article is
// tagged before a large cache would pay for the memory it touches (about
// 2 ms of a cold run), while a batch wants the large one. Measured on news:
// 2,048 slots hit 61 % of the lookups, 8,192 hit 70 %, 32,768 75 %; 8,192
// with five rows each is 1.5 MB, within a core's cache.
const (
	firstSlots = 2048
	wordSlots  = 8192
	growAfter  = 20000
)

// rowLabels bounds NumLabels for the boundary rows.
const rowLabels = 9

func init() {
	if NumLabels > rowLabels {
		panic("ner: rowLabels is smaller than the label inventory")
	}
}

// wordEntry is one slot of the word cache.
type wordEntry struct {
	word string
	used bool  // the slot holds word
	have uint8 // bit r: the row of role r is filled
	// recent, in the first slot of a pair: that slot was used more
	// recently than the second.
	recent bool
	// gen numbers the claims of slots (see claim), so that a token can
	// tell whether its slot still holds its word.
	gen uint32
	tok token // the word prepared (see prepareCached)
}

func (m *Model) getScratch() *scratch {
	m.scratchMu.Lock()
	defer m.scratchMu.Unlock()
	if n := len(m.scratches); n > 0 {
		s := m.scratches[n-1]
		m.scratches = m.scratches[:n-1]
		return s
	}
	return &scratch{}
}

func (m *Model) putScratch(s *scratch) {
	// The tokens' strings point into the caller's text: a kept scratch
	// must not keep it alive.
	clear(s.toks)
	// A scratch that grew on a huge sentence is not kept.
	if cap(s.emit) > 1<<16 {
		s = &scratch{words: s.words, rows: s.rows, prepared: s.prepared, gens: s.gens}
	}
	m.scratchMu.Lock()
	m.scratches = append(m.scratches, s)
	m.scratchMu.Unlock()
}

// Tag returns one BIO label per word ("O", "B-PER", "I-ORG", …). Words are
// the tokens of one sentence.
func (m *Model) Tag(words []string) []string {
	out := make([]string, len(words))
	for i, l := range m.TagIndex(words) {
		out[i] = Labels[l]
	}
	return out
}

// TagIndex is Tag returning label indices into Labels.
func (m *Model) TagIndex(words []string) []int {
	if len(words) == 0 {
		return []int{}
	}
	s := m.getScratch()
	defer m.putScratch(s)
	L := NumLabels
	m.prepareCached(s, words)
	if cap(s.emit) < len(words)*L {
		s.emit = make([]int32, len(words)*L)
	}
	var first []int
	if m.first != nil {
		first = m.first.TagIndex(words)
	}
	emit := s.emit[:len(words)*L]
	clear(emit)
	inQuote := false
	for i := range s.toks {
		// Every weight this word still needs, cached rows to fill and its
		// own place-dependent features, is looked up in one batch, so that
		// the lookups' cache misses overlap (see addWeightsTo).
		var rows [numRows][]int32
		s.feats, s.dest = s.feats[:0], s.dest[:0]
		for r := range m.roles() {
			var fill bool
			rows[r], fill = m.roleRow(s, i, r)
			if fill {
				n := len(s.feats)
				s.feats = m.roleFeatures(s, i, r)
				s.addsTo(n, uint8(r))
			}
		}
		row := emit[i*L : (i+1)*L]
		rows[numRoles] = row
		n := len(s.feats)
		s.feats = m.featureParts(s.toks, i, inQuote, s.feats, pairPart)
		if first != nil {
			s.feats = stackFeatures(s.toks, first, i, s.feats)
		}
		s.addsTo(n, uint8(numRoles))
		ctx := capContext(s.toks, i)
		var fill bool
		rows[capRow], fill = s.capRow(ctx, inQuote, s.toks[i].gaz)
		if fill {
			n := len(s.feats)
			s.feats = m.gazContext(&s.toks[i], ctx, 0, 0, inQuote, s.feats, capPart)
			s.addsTo(n, uint8(capRow))
		}
		m.addWeightsTo(&rows, s.feats, s.dest)
		sumRows(row, rows[:m.roles()])
		sumRows(row, rows[capRow:capRow+1])
		row[0] -= m.oBias
		if s.toks[i].quote {
			inQuote = !inQuote
		}
	}
	out := make([]int, len(words))
	s.back = viterbi(emit, m.trans, len(words), out, s.back)
	trimQuotes(out, s.toks)
	return out
}

// The rows TagIndex sums for a word: its cached role rows, the word's own
// row of emission scores (at numRoles) and its capPart row (at capRow).
const (
	capRow  = numRoles + 1
	numRows = numRoles + 2
)

// capSlots is the size of the capPart cache: a few hundred values of
// capitalisation context, gazetteer bits and quotation make up nearly all.
const (
	capBits  = 8
	capSlots = 1 << capBits
)

// capRow returns the cached row of summed weights of the capPart features
// of a word in capitalisation context ctx, with gazetteer bits gaz, inside
// a quotation or not; fill says that the row is new and zeroed.
func (s *scratch) capRow(ctx uint32, inQuote bool, gaz uint16) (row []int32, fill bool) {
	key := ctx | uint32(gaz)<<6
	if inQuote {
		key |= 1 << 5
	}
	// Fibonacci hashing, so that keys differing only in their high bits
	// (the gazetteer bits) spread over the slots.
	k := (key * 0x9E3779B1) >> (32 - capBits)
	row = s.capRows[k][:NumLabels]
	if s.capKeys[k] == key+1 {
		return row, false
	}
	s.capKeys[k] = key + 1
	clear(row)
	return row, true
}

// sumRows adds rows to row.
func sumRows(row []int32, rows [][]int32) {
	if len(row) == rowLabels {
		// The usual inventory, as arrays: no bounds checks in the loops.
		r := (*[rowLabels]int32)(row)
		for _, c := range rows {
			c := (*[rowLabels]int32)(c)
			for l := range rowLabels {
				r[l] += c[l]
			}
		}
		return
	}
	for _, c := range rows {
		for l, w := range c {
			row[l] += w
		}
	}
}

// addsTo notes that the features s.feats[n:] add to row number d of the
// rows addWeightsTo is given.
func (s *scratch) addsTo(n int, d uint8) {
	for range s.feats[n:] {
		s.dest = append(s.dest, d)
	}
}

// claim returns slot k of the word cache, taken over for word w unless it
// holds w already.
func (m *Model) claim(s *scratch, k int, w string) *wordEntry {
	e := &s.words[k]
	if !e.used || e.word != w {
		// A copy, so that the cache does not keep a whole document alive.
		s.gens++
		*e = wordEntry{word: strings.Clone(w), used: true, recent: e.recent, gen: s.gens}
	}
	return e
}

// prepareCached prepares the words of a sentence into s.toks like prepare,
// taking each word's token from the word cache when it is there (news text
// repeats its words, and preparing one costs a lower-casing, its shapes
// and a lexicon lookup), and noting its cache slot.
func (m *Model) prepareCached(s *scratch, words []string) {
	if s.words == nil || len(s.words) < wordSlots && s.prepared > growAfter {
		n := firstSlots
		if s.words != nil {
			n = wordSlots
		}
		s.words = make([]wordEntry, n)
		s.rows = make([]int32, n*m.roles()*NumLabels)
	}
	s.prepared += len(words)
	// The cache is two-way: word w may sit in either slot of its pair,
	// and a new word takes the slot of the pair used less recently: the
	// news-de sentences tagged from an empty cache find 67 % of their words
	// in it instead of 63 % with one slot per word.
	pairs := len(s.words)/2 - 1
	s.toks = s.toks[:0]
	for _, w := range words {
		k := 2 * (int(hashStr(fnvOffset, w)) & pairs)
		if e := &s.words[k+1]; e.used && e.word == w {
			k++
		} else if e := &s.words[k]; !(e.used && e.word == w) && s.words[k].recent {
			k++ // neither holds w: replace the older
		}
		s.words[k&^1].recent = k&1 == 0
		e := m.claim(s, k, w)
		if e.tok.slot == 0 {
			var one [1]token
			var buf [96]byte // lower case and shapes; on the stack unless the word is long
			toks, _ := m.prepareBuf([]string{e.word}, one[:0], buf[:0])
			e.tok = toks[0]
			e.tok.slot = int32(k) + 1
		}
		t := e.tok
		t.slot--
		t.gen = e.gen
		s.toks = append(s.toks, t)
	}
}

// roleRow returns the cached row of summed weights of the features of word
// i that do not depend on its place: for role 0 its word-only features, for
// role r those its neighbour roleDist[r-1] places away gives it. They are
// the same wherever a word form occurs, and news text repeats its words, so
// they are kept in a small cache keyed by the form: a hit saves up to 17
// table lookups, most of them cache misses in the model. fill says that the
// row is new and zeroed: the caller adds the weights of roleFeatures to it.
func (m *Model) roleRow(s *scratch, i, r int) (row []int32, fill bool) {
	j := i
	if r > 0 {
		j += roleDist[r-1]
	}
	if j < 0 || j >= len(s.toks) {
		row := s.bounds[r][:NumLabels]
		if s.haveBounds&(1<<r) != 0 {
			return row, false
		}
		clear(row)
		s.haveBounds |= 1 << r
		return row, true
	}
	k := int(s.toks[j].slot)
	e := &s.words[k]
	if e.gen != s.toks[j].gen {
		// A later word of the sentence took the slot over: it is taken
		// back (comparing claims is cheaper than comparing the words).
		e = m.claim(s, k, s.toks[j].word)
		s.toks[j].gen = e.gen
	}
	at := (k*m.roles() + r) * NumLabels
	row = s.rows[at : at+NumLabels : at+NumLabels]
	if e.have&(1<<r) != 0 {
		return row, false
	}
	clear(row)
	e.have |= 1 << r
	return row, true
}

// roleFeatures appends to s.feats the features whose weights make up role r
// of word i (see roleRow).
func (m *Model) roleFeatures(s *scratch, i, r int) []uint32 {
	if r == 0 {
		return m.featureParts(s.toks, i, false, s.feats, wordPart)
	}
	d := roleDist[r-1]
	return m.neighbourFeatures(s.toks, i+d, d, s.feats)
}

// addWeightsTo adds the weights of feats[k] (and, for a domain model, of
// its domain copy) to rows[dest[k]]. It makes passes: every feature's
// bucket, then the first key of each bucket, then the scans and the weights
// of the keys found. The reads of one pass do not depend on each other, so
// the processor overlaps their cache misses instead of waiting for each in
// turn.
func (m *Model) addWeightsTo(rows *[numRows][]int32, feats []uint32, dest []uint8) {
	if m.domain > 0 {
		for k, f := range feats {
			m.addWeight(rows[dest[k]], f)
			m.addWeight(rows[dest[k]], domainFeat(f, m.domain))
		}
		return
	}
	var spans [64][2]uint32
	for len(feats) > 0 {
		n := min(len(feats), len(spans))
		for k, f := range feats[:n] {
			spans[k][0], spans[k][1] = m.feats.bucket(f)
		}
		// Then the first key of every bucket, with no branch on what is
		// read: a scan branches on each key it reads, and a mispredicted
		// branch after a cache miss would make the next miss wait for it.
		var first [64]uint16
		keys := m.feats.keys
		for k, sp := range spans[:n] {
			if p := 2 * uint64(sp[0]); p+2 <= uint64(len(keys)) {
				first[k] = binary.LittleEndian.Uint16(keys[p:])
			}
		}
		for k, f := range feats[:n] {
			if sp := spans[k]; sp[0] < sp[1] && first[k] > uint16(f) {
				continue // the bucket's smallest key is larger: f is absent
			}
			if w := m.feats.value(m.feats.scan(f, spans[k][0], spans[k][1])); w != nil {
				addRow(rows[dest[k]], w)
			}
		}
		feats, dest = feats[n:], dest[n:]
	}
}

func (m *Model) addWeight(row []int32, f uint32) {
	if w := m.feats.find(f); w != nil {
		addRow(row, w)
	}
}

// addRow adds the int16 weights w to row.
func addRow(row []int32, w []byte) {
	if len(row) == rowLabels && len(w) >= 2*rowLabels {
		// The usual inventory, as arrays: no bounds checks in the loop.
		r, v := (*[rowLabels]int32)(row), (*[2 * rowLabels]byte)(w)
		for l := range rowLabels {
			r[l] += int32(int16(uint16(v[2*l]) | uint16(v[2*l+1])<<8))
		}
		return
	}
	w = w[:2*len(row)]
	for l := range row {
		row[l] += int32(int16(binary.LittleEndian.Uint16(w[2*l:])))
	}
}

// trimQuotes moves quotation marks at the edges of a mention out of it
// („Financial Times Deutschland“ is the name, not its quotes): no training
// corpus puts them inside, yet the tagger sometimes starts a title at the
// opening mark.
func trimQuotes(labels []int, toks []token) {
	for i := 0; i < len(labels); i++ {
		if labels[i] == 0 || isInside(labels[i]) {
			continue
		}
		end := i + 1
		for end < len(labels) && isInside(labels[end]) {
			end++
		}
		begin, start, stop := labels[i], i, end
		for start < end && toks[start].quote {
			labels[start] = 0
			start++
		}
		for end > start && toks[end-1].quote {
			end--
			labels[end] = 0
		}
		if start < end {
			labels[start] = begin
		}
		i = stop - 1
	}
}

// viterbi fills out with the best BIO-consistent label sequence. An inside
// label I-X can only follow B-X or I-X, so it weighs two predecessors; the
// others weigh all. Ties go to the lowest predecessor.
func viterbi[N int32 | float32](emit, trans []N, n int, out []int, back []int8) []int8 {
	const L = rowLabels
	if NumLabels != L || n == 0 {
		return viterbiAny(emit, trans, n, out, back)
	}
	if cap(back) < n*L {
		back = make([]int8, n*L)
	}
	back = back[:n*L]
	const neg = -1 << 30
	var prev, cur [L]N
	t := (*[(L + 1) * L]N)(trans[:(L+1)*L])
	// col[l][p] is the weight of the transition from p to l.
	var col [L][L]N
	for l := range L {
		for p := range L {
			col[l][p] = t[(p+1)*L+l]
		}
	}
	e := (*[L]N)(emit[:L])
	for l := range L {
		if allowed(-1, l) {
			prev[l] = e[l] + t[l]
		} else {
			prev[l] = neg
		}
	}
	for i := 1; i < n; i++ {
		e := (*[L]N)(emit[i*L : (i+1)*L])
		b := (*[L]int8)(back[i*L : (i+1)*L])
		reachable := true
		for _, v := range prev {
			reachable = reachable && v > neg
		}
		if reachable {
			// Every label was reached (always, but for scores that run
			// below neg): the maxima need no check per predecessor.
			// An inside label I-X follows B-X or I-X, the others any
			// label: a loop of fixed length for each, as a loop whose
			// length changes from label to label costs a mispredicted
			// branch at its end.
			for l := 0; l < L; l++ {
				best, arg := N(neg), int8(0)
				if l > 0 && l%2 == 0 {
					if v := prev[l-1] + t[l*L+l]; v > best {
						best, arg = v, int8(l-1)
					}
					if v := prev[l] + t[(l+1)*L+l]; v > best {
						best, arg = v, int8(l)
					}
				} else {
					best, arg = best9(&prev, &col[l])
				}
				cur[l] = neg
				if best > neg {
					cur[l] = best + e[l]
				}
				b[l] = arg
			}
			prev = cur
			continue
		}
		for l := 0; l < L; l++ {
			best, arg := N(neg), 0
			if l > 0 && l%2 == 0 {
				for p := l - 1; p <= l; p++ {
					if prev[p] > neg {
						if v := prev[p] + t[(p+1)*L+l]; v > best {
							best, arg = v, p
						}
					}
				}
			} else {
				for p := range L {
					if prev[p] > neg {
						if v := prev[p] + t[(p+1)*L+l]; v > best {
							best, arg = v, p
						}
					}
				}
			}
			if best > neg {
				cur[l] = best + e[l]
			} else {
				cur[l] = neg
			}
			b[l] = int8(arg)
		}
		prev = cur
	}
	backtrack(prev[:L], back, n, out)
	return back
}

// best9 returns the highest of prev[p] + col[p] and its p, the lowest on
// ties, or neg and 0 when none is higher than neg. It is written out: a
// loop kept its counter and maximum on the stack.
func best9[N int32 | float32](prev, col *[rowLabels]N) (N, int8) {
	const neg = -1 << 30
	best, arg := N(neg), int8(0)
	if v := prev[0] + col[0]; v > best {
		best, arg = v, 0
	}
	if v := prev[1] + col[1]; v > best {
		best, arg = v, 1
	}
	if v := prev[2] + col[2]; v > best {
		best, arg = v, 2
	}
	if v := prev[3] + col[3]; v > best {
		best, arg = v, 3
	}
	if v := prev[4] + col[4]; v > best {
		best, arg = v, 4
	}
	if v := prev[5] + col[5]; v > best {
		best, arg = v, 5
	}
	if v := prev[6] + col[6]; v > best {
		best, arg = v, 6
	}
	if v := prev[7] + col[7]; v > best {
		best, arg = v, 7
	}
	if v := prev[8] + col[8]; v > best {
		best, arg = v, 8
	}
	return best, arg
}

// backtrack follows the back pointers from the best last label (the lowest
// on ties) into out.
func backtrack[N int32 | float32](last []N, back []int8, n int, out []int) {
	L := len(last)
	arg := 0
	for l := 1; l < L; l++ {
		if last[l] > last[arg] {
			arg = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*L+arg])
	}
}

// viterbiAny is viterbi for any label inventory.
func viterbiAny[N int32 | float32](emit, trans []N, n int, out []int, back []int8) []int8 {
	L := NumLabels
	if cap(back) < n*L {
		back = make([]int8, n*L)
	}
	back = back[:n*L]
	var prev, cur [16]N
	const neg = -1 << 30
	for l := 0; l < L; l++ {
		if allowed(-1, l) {
			prev[l] = emit[l] + trans[l]
		} else {
			prev[l] = neg
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < L; l++ {
			best, arg := N(neg), 0
			for p := 0; p < L; p++ {
				if !allowed(p, l) || prev[p] <= neg {
					continue
				}
				if v := prev[p] + trans[(p+1)*L+l]; v > best {
					best, arg = v, p
				}
			}
			if best > neg {
				cur[l] = best + emit[i*L+l]
			} else {
				cur[l] = neg
			}
			back[i*L+l] = int8(arg)
		}
		prev = cur
	}
	backtrack(prev[:L], back, n, out)
	return back
}

// OBias returns the bias against label O in weight units.
func (m *Model) OBias() float32 { return float32(m.oBias) * m.scale }

// SetOBias sets the bias against label O (in weight units): positive
// values make the tagger find more entities.
func (m *Model) SetOBias(b float32) { m.oBias = int32(b / m.scale) }

// Encode writes the model in its binary form: a header, then the tables
// exactly as Model holds them, so that Decode can use them in place.
func (m *Model) Encode(w io.Writer) error {
	le := binary.LittleEndian
	var buf []byte
	buf = append(buf, magic...)
	flags := uint32(m.domain) << 8
	if m.hasClusters {
		flags |= 1
	}
	if m.wide {
		flags |= 2
	}
	if m.first != nil {
		flags |= 4
	}
	buf = le.AppendUint32(buf, uint32(NumLabels))
	buf = le.AppendUint32(buf, flags)
	buf = m.appendWeights(buf)
	buf = m.lex.append(buf)
	buf = m.clusters.append(buf)
	if f := m.first; f != nil {
		// The first pass shares the lexicon; only its flags and weights follow.
		ff := uint32(0)
		if f.wide {
			ff |= 2
		}
		buf = le.AppendUint32(buf, ff)
		buf = f.appendWeights(buf)
	}
	_, err := w.Write(buf)
	return err
}

// appendWeights encodes scale, O bias, transitions and the feature table.
func (m *Model) appendWeights(buf []byte) []byte {
	le := binary.LittleEndian
	buf = le.AppendUint32(buf, math.Float32bits(m.scale))
	buf = le.AppendUint32(buf, uint32(m.oBias))
	for _, t := range m.trans {
		buf = le.AppendUint32(buf, uint32(t))
	}
	return m.feats.append(buf)
}

// parseWeights decodes what appendWeights wrote into m and returns the rest.
func parseWeights(b []byte, m *Model) ([]byte, error) {
	le := binary.LittleEndian
	n := 4 + 4 + 4*(NumLabels+1)*NumLabels
	if len(b) < n {
		return nil, errShort
	}
	m.scale = math.Float32frombits(le.Uint32(b))
	m.oBias = int32(le.Uint32(b[4:]))
	b = b[8:]
	m.trans = make([]int32, (NumLabels+1)*NumLabels)
	for i := range m.trans {
		m.trans[i] = int32(le.Uint32(b[4*i:]))
	}
	b = b[4*len(m.trans):]
	var err error
	m.feats, b, err = parseQtable(b, featValues)
	return b, err
}

// Save writes the model to a file.
func (m *Model) Save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Encode(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Load reads a model file written by Save.
func Load(path string) (*Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Decode(b)
}

var errShort = errors.New("ner: model data truncated")

// Decode parses a model from its binary form. The model refers to b, which
// must not change afterwards. Decode checks sizes only, so it costs the same
// for any model; it never panics on bad input, and neither does tagging with
// what it returns.
func Decode(b []byte) (*Model, error) {
	le := binary.LittleEndian
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("ner: not a model file (or one of an older format)")
	}
	b = b[len(magic):]
	u32 := func() (uint32, error) {
		if len(b) < 4 {
			return 0, errShort
		}
		v := le.Uint32(b)
		b = b[4:]
		return v, nil
	}
	nl, err := u32()
	if err != nil {
		return nil, err
	}
	if int(nl) != NumLabels {
		return nil, fmt.Errorf("ner: model has %d labels, want %d", nl, NumLabels)
	}
	flags, err := u32()
	if err != nil {
		return nil, err
	}
	m := &Model{hasClusters: flags&1 != 0, wide: flags&2 != 0, domain: int(flags >> 8)}
	if b, err = parseWeights(b, m); err != nil {
		return nil, err
	}
	if m.lex, b, err = parseQtable(b, lexValues); err != nil {
		return nil, err
	}
	if m.clusters, b, err = parseClusterTable(b, m.lex.n); err != nil {
		return nil, err
	}
	if flags&4 != 0 {
		ff, err := u32()
		if err != nil {
			return nil, err
		}
		f := &Model{hasClusters: m.hasClusters, wide: ff&2 != 0, lex: m.lex, clusters: m.clusters}
		if b, err = parseWeights(b, f); err != nil {
			return nil, err
		}
		m.first = f
	}
	if len(b) != 0 {
		return nil, errors.New("ner: trailing data after model")
	}
	return m, nil
}

// Part is a name at the start of a hyphenated compound that is not itself
// a name: "EU" in "EU-Ebene", "Amazon" in "Amazon-Video-Chef".
type Part struct {
	Word int    // index of the compound in the words given to TagParts
	End  int    // byte length of the name within the word
	Type string // PER, LOC, ORG or MISC
}

// TagParts tags a sentence like Tag and also returns names that begin
// compounds tagged O. GermEval counts such compounds as *part mentions and
// leaves them out; SmartData annotates the name inside them. It tags the
// sentence a second time with each such compound split into name, hyphen and
// rest, and keeps the first part where that tagging makes it a whole
// one-word entity.
func (m *Model) TagParts(words []string) ([]string, []Part) {
	labels := m.Tag(words)
	parts := []Part{}
	var split []string
	var origin []int // split word → index of the compound it starts, or -1
	for i, w := range words {
		k := strings.IndexByte(w, '-')
		if labels[i] == "O" && k > 0 && k < len(w)-1 {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				split = append(split, w[:k], "-", w[k+1:])
				origin = append(origin, i, -1, -1)
				continue
			}
		}
		split = append(split, w)
		origin = append(origin, -1)
	}
	if len(split) == len(words) {
		return labels, parts
	}
	sl := m.Tag(split)
	for j, o := range origin {
		if o < 0 || !strings.HasPrefix(sl[j], "B-") || sl[j+1] != "O" {
			continue
		}
		parts = append(parts, Part{Word: o, End: strings.IndexByte(words[o], '-'), Type: sl[j][2:]})
	}
	return labels, parts
}

// Lexicon returns the gazetteer bits (GazNoun, GazVerbAdj, GazFirstName, …)
// of a lower-case word, 0 when the model's lexicon does not list it.
func (m *Model) Lexicon(lower string) uint16 { return m.lookupGaz(LexKey(lower)) }
