package readability

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// hyphDE holds the German hyphenation patterns of hyph-utf8 (de-1996, MIT
// licence, see data/hyph-de.LICENSE) in Liang's format, one pattern a line.
//
//go:embed data/hyph-de.txt
var hyphDE string

// trie is a byte trie of Liang patterns. Children of a node are a sorted run
// of edges, so building it allocates a few flat slices and a lookup walks
// only as deep as patterns go (usually 2–4 bytes from each start).
type trie struct {
	// first[b] is the node reached from the root by byte b (0 = none).
	first [256]int32
	nodes []trieNode
	edges []trieEdge
	// values holds each pattern's digit vector: one weight per gap before,
	// between and after its letters.
	values []uint8
}

type trieNode struct {
	edgeStart, edgeEnd int32
	// valStart < 0 means no pattern ends here.
	valStart int32
	valLen   uint8
}

type trieEdge struct {
	b    byte
	node int32
}

var (
	hyphOnce sync.Once
	hyphTrie *trie
)

// germanPatterns returns the parsed German patterns, parsing them once.
func germanPatterns() *trie {
	hyphOnce.Do(func() { hyphTrie = buildTrie(hyphDE) })
	return hyphTrie
}

// buildTrie parses patterns such as "2z1wed" or ".ab1a" (digits are the
// weights of the gaps, "." marks a word edge).
func buildTrie(src string) *trie {
	// Build with first-child/next-sibling links and one shared value
	// slice (no maps, few allocations: a cold start pays for this), then
	// flatten into sorted edges.
	type tmp struct {
		kid, next int32 // first child, next sibling (0 = none)
		b         byte
		valLen    uint8
		valStart  int32
	}
	t := &trie{values: make([]uint8, 0, len(src))}
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
		tn.edgeEnd = int32(len(t.edges))
		t.nodes[i] = tn
	}
	for _, e := range t.edges[t.nodes[0].edgeStart:t.nodes[0].edgeEnd] {
		t.first[e.b] = e.node
	}
	return t
}

func (t *trie) child(n int32, b byte) int32 {
	nd := &t.nodes[n]
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
			nd := &t.nodes[node]
			if nd.valStart >= 0 {
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
