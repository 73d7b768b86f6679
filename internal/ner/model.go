package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Model is a trained tagger. It is read-only after construction, so Tag may
// be called from many goroutines at once.
type Model struct {
	// Feature table: keys sorted ascending, weights[k*NumLabels+l] is the
	// int16-quantised weight of feature keys[k] for label l.
	keys    []uint32
	weights []int16
	// trans[(prev+1)*NumLabels+cur]; prev -1 is the sentence start.
	trans []int32
	scale float32 // weight = int16 * scale (informational; decoding is integer)
	// oBias is subtracted from the O score of every word. The perceptron
	// trades recall for precision; a bias tuned on dev data evens them out.
	oBias int32

	// Lexicon: sorted word keys (LexKey) with gazetteer bits and cluster ids.
	lexKeys     []uint32
	lexGaz      []uint16
	lexClu      []uint16
	hasClusters bool
	// first, if set, is the first-pass model of a stacked tagger: this
	// model's features include its labels (stackFeatures).
	first *Model
	// wide: the model uses the wide feature templates (wideFeatures).
	wide bool
	// domain > 0: also use that training domain's private feature copies.
	domain int

	// Open-addressing indexes over keys and lexKeys, built on load: a
	// binary search over the sorted tables cost most of the tagging time.
	featIdx, lexIdx table

	pool sync.Pool
}

// table maps a uint32 key to its position in a sorted key slice. Keys are
// FNV hashes already, so their top bits pick the slot: inserting the sorted
// keys then fills the slots front to back, which halves model load time
// compared with scattering them.
type table struct {
	slots []slot
	shift uint32
}

type slot struct{ key, pos uint32 } // pos is position+1; 0 = empty

func newTable(keys []uint32) table {
	bits := uint32(1)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	t := table{slots: make([]slot, 1<<bits), shift: 32 - bits}
	mask := uint32(len(t.slots) - 1)
	for i, k := range keys {
		h := k >> t.shift
		for t.slots[h].pos != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = slot{k, uint32(i + 1)}
	}
	return t
}

func (t *table) find(k uint32) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	h := k >> t.shift
	for {
		s := t.slots[h]
		if s.pos == 0 {
			return -1
		}
		if s.key == k {
			return int(s.pos) - 1
		}
		h = (h + 1) & mask
	}
}

// index builds the lookup tables; every constructor calls it.
func (m *Model) index() *Model {
	m.featIdx = newTable(m.keys)
	m.lexIdx = newTable(m.lexKeys)
	return m
}

const magic = "ARTNER03"

//go:embed model/ner.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Decode(embedded)
	})
	return defaultModel, defaultErr
}

func (m *Model) lookupGaz(k uint32) uint16 {
	if i := m.lexIdx.find(k); i >= 0 {
		return m.lexGaz[i]
	}
	return 0
}

func (m *Model) lookupCluster(k uint32) uint16 {
	if !m.hasClusters {
		return 0
	}
	if i := m.lexIdx.find(k); i >= 0 {
		return m.lexClu[i]
	}
	return 0
}

type scratch struct {
	toks  []token
	feats []uint32
	emit  []int32
	back  []int8
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
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	defer m.pool.Put(s)
	L := NumLabels
	s.toks = m.prepare(words, s.toks)
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
		s.feats = m.features(s.toks, i, inQuote, s.feats[:0])
		if first != nil {
			s.feats = stackFeatures(s.toks, first, i, s.feats)
		}
		if m.domain > 0 {
			for _, f := range s.feats {
				s.feats = append(s.feats, domainFeat(f, m.domain))
			}
		}
		row := emit[i*L : (i+1)*L]
		row[0] -= m.oBias
		for _, f := range s.feats {
			k := m.featIdx.find(f)
			if k < 0 {
				continue
			}
			w := m.weights[k*L : (k+1)*L]
			for l := range row {
				row[l] += int32(w[l])
			}
		}
		if s.toks[i].quote {
			inQuote = !inQuote
		}
	}
	out := make([]int, len(words))
	s.back = viterbi(emit, m.trans, len(words), out, s.back)
	trimQuotes(out, s.toks)
	return out
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

// viterbi fills out with the best BIO-consistent label sequence.
func viterbi[N int32 | float32](emit, trans []N, n int, out []int, back []int8) []int8 {
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
	best, arg := prev[0], 0
	for l := 1; l < L; l++ {
		if prev[l] > best {
			best, arg = prev[l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*L+arg])
	}
	return back
}

// OBias returns the bias against label O in weight units.
func (m *Model) OBias() float32 { return float32(m.oBias) * m.scale }

// SetOBias sets the bias against label O (in weight units): positive
// values make the tagger find more entities.
func (m *Model) SetOBias(b float32) { m.oBias = int32(b / m.scale) }

// Encode writes the model in its binary form.
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
	buf = le.AppendUint32(buf, uint32(len(m.lexKeys)))
	for _, k := range m.lexKeys {
		buf = le.AppendUint32(buf, k)
	}
	for _, g := range m.lexGaz {
		buf = le.AppendUint16(buf, g)
	}
	for _, c := range m.lexClu {
		buf = le.AppendUint16(buf, c)
	}
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
	buf = le.AppendUint32(buf, uint32(len(m.keys)))
	for _, k := range m.keys {
		buf = le.AppendUint32(buf, k)
	}
	for _, v := range m.weights {
		buf = le.AppendUint16(buf, uint16(v))
	}
	return buf
}

// parseWeights decodes what appendWeights wrote into m and returns the rest.
func parseWeights(b []byte, m *Model) ([]byte, error) {
	le := binary.LittleEndian
	n := 4 + 4 + 4*(NumLabels+1)*NumLabels + 4
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
	nf := le.Uint32(b)
	b = b[4:]
	if uint64(len(b)) < uint64(nf)*uint64(4+2*NumLabels) {
		return nil, errShort
	}
	m.keys = make([]uint32, nf)
	for i := range m.keys {
		m.keys[i] = le.Uint32(b[4*i:])
	}
	b = b[4*int(nf):]
	m.weights = make([]int16, int(nf)*NumLabels)
	for i := range m.weights {
		m.weights[i] = int16(le.Uint16(b[2*i:]))
	}
	return b[2*len(m.weights):], nil
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

// Decode parses a model from its binary form. It never panics on bad input.
func Decode(b []byte) (*Model, error) {
	le := binary.LittleEndian
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("ner: not a model file")
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
	nx, err := u32()
	if err != nil {
		return nil, err
	}
	if uint64(len(b)) < uint64(nx)*8 {
		return nil, errShort
	}
	m.lexKeys = make([]uint32, nx)
	for i := range m.lexKeys {
		m.lexKeys[i] = le.Uint32(b[4*i:])
	}
	b = b[4*int(nx):]
	m.lexGaz = make([]uint16, nx)
	for i := range m.lexGaz {
		m.lexGaz[i] = le.Uint16(b[2*i:])
	}
	b = b[2*nx:]
	m.lexClu = make([]uint16, nx)
	for i := range m.lexClu {
		m.lexClu[i] = le.Uint16(b[2*i:])
	}
	b = b[2*nx:]
	if flags&4 != 0 {
		ff, err := u32()
		if err != nil {
			return nil, err
		}
		f := &Model{hasClusters: m.hasClusters, wide: ff&2 != 0, lexKeys: m.lexKeys, lexGaz: m.lexGaz, lexClu: m.lexClu}
		if b, err = parseWeights(b, f); err != nil {
			return nil, err
		}
		if !sorted(f.keys) {
			return nil, errors.New("ner: model tables not sorted")
		}
		f.featIdx = newTable(f.keys)
		m.first = f
	}
	if len(b) != 0 {
		return nil, errors.New("ner: trailing data after model")
	}
	if !sorted(m.keys) || !sorted(m.lexKeys) {
		return nil, errors.New("ner: model tables not sorted")
	}
	m.index()
	if m.first != nil {
		m.first.lexIdx = m.lexIdx
	}
	return m, nil
}

func sorted(k []uint32) bool {
	for i := 1; i < len(k); i++ {
		if k[i] <= k[i-1] {
			return false
		}
	}
	return true
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
