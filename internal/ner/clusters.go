package ner

import (
	"encoding/binary"
	"math/bits"
)

// clusterTable holds the word-class ids of the lexicon's words that have
// one, 6 % of them: a bit per lexicon entry says whether it has a cluster,
// and the clusters of those that do follow in lexicon order. So the
// lexicon's other 94 % cost a bit each instead of two bytes (0.65 MB less
// model). A word's cluster is found by counting the set bits before its
// entry: rank holds the count before each block of rankBlock bits, the rest
// is a few popcounts. Like the other tables it is built at training time and
// read in place.
type clusterTable struct {
	has  []byte // a bit per lexicon entry, little-endian 64-bit words
	rank []byte // uint32 per block of rankBlock bits: set bits before it
	vals []byte // uint16 per entry with a cluster
}

// rankBlock is the number of bits a rank entry covers: eight words.
const rankBlock = 512

// newClusterTable builds the table of clusters clu (one per lexicon entry,
// 0 for none).
func newClusterTable(clu []uint16) clusterTable {
	le := binary.LittleEndian
	words := (len(clu) + 63) / 64
	t := clusterTable{has: make([]byte, 8*words), rank: make([]byte, 4*(len(clu)/rankBlock+1))}
	n := uint32(0)
	for i, c := range clu {
		if i%rankBlock == 0 {
			le.PutUint32(t.rank[4*(i/rankBlock):], n)
		}
		if c != 0 {
			t.has[i/8] |= 1 << (i % 8)
			t.vals = le.AppendUint16(t.vals, c)
			n++
		}
	}
	return t
}

// cluster returns the cluster of lexicon entry i, or 0. Out-of-range
// counts, in a damaged table, give 0 rather than a panic.
func (t *clusterTable) cluster(i int) uint16 {
	le := binary.LittleEndian
	w := i / 64
	if 8*w+8 > len(t.has) || 4*(i/rankBlock)+4 > len(t.rank) {
		return 0
	}
	word := le.Uint64(t.has[8*w:])
	bit := uint64(1) << (i % 64)
	if word&bit == 0 {
		return 0
	}
	r := int(le.Uint32(t.rank[4*(i/rankBlock):]))
	for k := (i / rankBlock) * (rankBlock / 64); k < w; k++ {
		r += bits.OnesCount64(le.Uint64(t.has[8*k:]))
	}
	r += bits.OnesCount64(word & (bit - 1))
	if 2*r+2 > len(t.vals) {
		return 0
	}
	return le.Uint16(t.vals[2*r:])
}

func (t *clusterTable) append(buf []byte) []byte {
	le := binary.LittleEndian
	buf = le.AppendUint32(buf, uint32(len(t.vals)/2))
	buf = append(buf, t.has...)
	buf = append(buf, t.rank...)
	return append(buf, t.vals...)
}

// parseClusterTable slices a table written by append for a lexicon of n
// entries out of b.
func parseClusterTable(b []byte, n uint32) (clusterTable, []byte, error) {
	if len(b) < 4 {
		return clusterTable{}, nil, errShort
	}
	count := uint64(binary.LittleEndian.Uint32(b))
	b = b[4:]
	hasEnd := 8 * ((uint64(n) + 63) / 64)
	rankEnd := hasEnd + 4*(uint64(n)/rankBlock+1)
	end := rankEnd + 2*count
	if uint64(len(b)) < end {
		return clusterTable{}, nil, errShort
	}
	return clusterTable{has: b[:hasEnd:hasEnd], rank: b[hasEnd:rankEnd:rankEnd], vals: b[rankEnd:end:end]}, b[end:], nil
}
