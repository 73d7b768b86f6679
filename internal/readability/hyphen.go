package readability

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// hyphTrieDE is the trie of the German hyphenation patterns of hyph-utf8
// (de-1996, MIT licence, see data/hyph-de.LICENSE), data/hyph-de.txt in
// Liang's format, built ahead (see encode): a cold start copies its nodes
// and edges out (about 1 ms) instead of parsing 170 KB of patterns
// (5–8 ms). TestEmbeddedTrie rebuilds it from the patterns and compares;
// UPDATE_TRIE=1 go test ./internal/readability -run EmbeddedTrie writes it.
//
//go:embed data/hyph-de.trie
var hyphTrieDE []byte

// trieMagic opens an encoded trie (and changes with its layout).
const trieMagic = "HYTRIE01"

// trie is a byte trie of Liang patterns. Children of a node are a sorted run
// of edges, so a lookup walks only as deep as patterns go (usually 2–4 bytes
// from each start).
type trie struct {
	// first[b] is the node reached from the root by byte b (0 = none).
	first [256]int32
	nodes []trieNode
	// Nodes with more than denseEdges edges also have a row in dense,
	// indexed by the byte's place in the patterns' alphabet (letter), so
	// that child need not scan their edges: the nodes near the root have
	// the most edges and are visited from every position of every word.
	letter [256]uint16 // 0: not in any pattern
	dense  []int32     // rows of stride letters+1
	stride int
	edges  []trieEdge
	// values holds each pattern's digit vector: one weight per gap before,
	// between and after its letters.
	values []uint8
}

// Sizes of a node and an edge in the encoding (see encode).
const (
	nodeSize = 9
	edgeSize = 5
)

var (
	hyphOnce sync.Once
	hyphTrie *trie
)

// germanPatterns returns the German patterns' trie.
func germanPatterns() *trie {
	hyphOnce.Do(func() {
		t, err := decodeTrie(hyphTrieDE)
		if err != nil {
			panic("readability: the embedded hyphenation trie is damaged: " + err.Error())
		}
		hyphTrie = t
	})
	return hyphTrie
}

// decodeTrie reads an encoded trie: a copy of its nodes and edges into
// slices (about 1 ms; the digit vectors stay in place). It
// checks sizes and that every edge and digit vector stays inside the data.
func decodeTrie(b []byte) (*trie, error) {
	le := binary.LittleEndian
	if len(b) < len(trieMagic)+12 || string(b[:len(trieMagic)]) != trieMagic {
		return nil, errors.New("not a trie of this version")
	}
	b = b[len(trieMagic):]
	nn, ne, nv := int(le.Uint32(b)), int(le.Uint32(b[4:])), int(le.Uint32(b[8:]))
	b = b[12:]
	if nn < 1 || uint64(len(b)) != uint64(nn)*nodeSize+uint64(ne)*edgeSize+uint64(nv) {
		return nil, errors.New("sizes do not add up")
	}
	nodes, edges := b[:nn*nodeSize], b[nn*nodeSize:nn*nodeSize+ne*edgeSize]
	t := &trie{nodes: make([]trieNode, nn), edges: make([]trieEdge, ne), values: b[nn*nodeSize+ne*edgeSize:]}
	for i := range t.nodes {
		r := nodes[i*nodeSize : (i+1)*nodeSize]
		n := trieNode{edgeStart: int32(le.Uint32(r)), edgeEnd: int32(ne), valStart: int32(le.Uint32(r[4:])), valLen: r[8]}
		if i+1 < nn {
			n.edgeEnd = int32(le.Uint32(nodes[(i+1)*nodeSize:]))
		}
		if n.edgeStart < 0 || n.edgeStart > n.edgeEnd || int(n.edgeEnd) > ne || n.valStart >= 0 && int(n.valStart)+int(n.valLen) > nv {
			return nil, fmt.Errorf("node %d out of range", i)
		}
		t.nodes[i] = n
	}
	for k := range t.edges {
		r := edges[k*edgeSize : (k+1)*edgeSize]
		e := trieEdge{b: r[0], node: int32(le.Uint32(r[1:]))}
		if e.node <= 0 || int(e.node) >= nn {
			return nil, fmt.Errorf("edge %d out of range", k)
		}
		t.edges[k] = e
	}
	for _, e := range t.edges[t.nodes[0].edgeStart:t.nodes[0].edgeEnd] {
		t.first[e.b] = e.node
	}
	t.indexWideNodes()
	return t, nil
}

// denseEdges: nodes with more edges get a dense row (678 of the German
// patterns' 35,377 nodes, 122 KB, built in about 0.1 ms at decoding).
const denseEdges = 8

// indexWideNodes gives the nodes with many edges their dense rows.
func (t *trie) indexWideNodes() {
	n := 0
	for _, e := range t.edges {
		if t.letter[e.b] == 0 {
			n++
			t.letter[e.b] = uint16(n)
		}
	}
	t.stride = n + 1
	wide := 0
	for _, nd := range t.nodes {
		if nd.edgeEnd-nd.edgeStart > denseEdges {
			wide++
		}
	}
	wide = min(wide, 1<<16-1) // rows are numbered in 16 bits
	t.dense = make([]int32, 0, wide*t.stride)
	for i := range t.nodes {
		nd := &t.nodes[i]
		if nd.edgeEnd-nd.edgeStart <= denseEdges {
			continue
		}
		if len(t.dense) == cap(t.dense) {
			break
		}
		row := len(t.dense)
		t.dense = t.dense[:row+t.stride]
		for _, e := range t.edges[nd.edgeStart:nd.edgeEnd] {
			t.dense[row+int(t.letter[e.b])] = e.node
		}
		nd.dense = uint16(row/t.stride + 1)
	}
}

// child returns the node reached from n by byte b, or 0.
func (t *trie) child(n int32, b byte) int32 {
	nd := &t.nodes[n]
	if nd.dense > 0 {
		return t.dense[(int(nd.dense)-1)*t.stride+int(t.letter[b])]
	}
	for _, e := range t.edges[nd.edgeStart:nd.edgeEnd] {
		if e.b == b {
			return e.node
		}
		if e.b > b {
			break
		}
	}
	return 0
}

// patternTrie is a trie as it is built from the patterns, before encoding
// (its nodes' edgeEnd is not set: a node's edges end where the next node's
// begin).
type patternTrie struct {
	nodes  []trieNode
	edges  []trieEdge
	values []uint8
}

type trieNode struct {
	edgeStart, edgeEnd int32
	// valStart < 0 means no pattern ends here.
	valStart int32
	valLen   uint8
	dense    uint16 // 1-based row in trie.dense; 0: none
}

type trieEdge struct {
	b    byte
	node int32
}

// buildTrie parses patterns such as "2z1wed" or ".ab1a" (digits are the
// weights of the gaps, "." marks a word edge).
func buildTrie(src string) *patternTrie {
	// Build with first-child/next-sibling links and one shared value
	// slice, then flatten into sorted edges, node by node.
	type tmp struct {
		kid, next int32 // first child, next sibling (0 = none)
		b         byte
		valLen    uint8
		valStart  int32
	}
	t := &patternTrie{values: make([]uint8, 0, len(src))}
	nodes := make([]tmp, 1, len(src)/4)
	nodes[0].valStart = -1
	for line := range strings.SplitSeq(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		start := len(t.values)
		t.values = append(t.values, 0)
		n := int32(0)
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c >= '0' && c <= '9' {
				t.values[len(t.values)-1] = c - '0'
				continue
			}
			t.values = append(t.values, 0)
			k := nodes[n].kid
			for k != 0 && nodes[k].b != c {
				k = nodes[k].next
			}
			if k == 0 {
				nodes = append(nodes, tmp{b: c, next: nodes[n].kid, valStart: -1})
				k = int32(len(nodes) - 1)
				nodes[n].kid = k
			}
			n = k
		}
		nodes[n].valStart, nodes[n].valLen = int32(start), uint8(len(t.values)-start)
	}
	t.nodes = make([]trieNode, len(nodes))
	t.edges = make([]trieEdge, 0, len(nodes))
	for i, n := range nodes {
		tn := trieNode{edgeStart: int32(len(t.edges)), valStart: n.valStart, valLen: n.valLen}
		for k := n.kid; k != 0; k = nodes[k].next {
			t.edges = append(t.edges, trieEdge{b: nodes[k].b, node: k})
		}
		slices.SortFunc(t.edges[tn.edgeStart:], func(x, y trieEdge) int { return int(x.b) - int(y.b) })
		t.nodes[i] = tn
	}
	return t
}

// encode writes the trie in the layout trie reads.
func (p *patternTrie) encode() []byte {
	le := binary.LittleEndian
	b := []byte(trieMagic)
	b = le.AppendUint32(b, uint32(len(p.nodes)))
	b = le.AppendUint32(b, uint32(len(p.edges)))
	b = le.AppendUint32(b, uint32(len(p.values)))
	for _, n := range p.nodes {
		b = le.AppendUint32(b, uint32(n.edgeStart))
		b = le.AppendUint32(b, uint32(n.valStart))
		b = append(b, n.valLen)
	}
	for _, e := range p.edges {
		b = append(b, e.b)
		b = le.AppendUint32(b, uint32(e.node))
	}
	return append(b, p.values...)
}

// breaks writes into dst the byte offsets inside word (lower case, letters
// only) where the patterns allow a break, keeping at least two letters (bytes
// for ASCII; umlauts count as one letter) on each side as German typesetting
// does. scratch must hold len(word)+3 bytes.
func (t *trie) breaks(word string, scratch []uint8, dst []int) []int {
	n := len(word) + 2 // with the edge dots
	w := scratch[:n+1]
	clear(w)
	at := func(i int) byte {
		if i == 0 || i == n-1 {
			return '.'
		}
		return word[i-1]
	}
	for i := 0; i < n; i++ {
		node := t.first[at(i)]
		for j := i; node != 0; {
			if nd := &t.nodes[node]; nd.valStart >= 0 {
				vals := t.values[nd.valStart : nd.valStart+int32(nd.valLen)]
				for k, v := range vals {
					if v > w[i+k] {
						w[i+k] = v
					}
				}
			}
			j++
			if j >= n {
				break
			}
			node = t.child(node, at(j))
		}
	}
	// w[k] is the weight of the gap before byte k of ".word."; the gap
	// before word byte p is w[p+1]. Odd weights allow a break.
	letters := 0
	for p := 0; p < len(word); p++ {
		if word[p]&0xC0 != 0x80 {
			letters++
		}
		if p == 0 || word[p]&0xC0 == 0x80 || w[p+1]%2 == 0 {
			continue
		}
		// At least two letters before and after.
		if letters-1 < 2 || remainingLetters(word[p:]) < 2 {
			continue
		}
		dst = append(dst, p)
	}
	return dst
}

func remainingLetters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
