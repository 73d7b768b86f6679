package readability

import (
	_ "embed"
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
	// Build with maps first, then flatten into sorted edges.
	type tmp struct {
		kids map[byte]int
		val  []uint8
	}
	nodes := []tmp{{}}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var letters []byte
		vals := []uint8{0}
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c >= '0' && c <= '9' {
				vals[len(vals)-1] = c - '0'
				continue
			}
			letters = append(letters, c)
			vals = append(vals, 0)
		}
		n := 0
		for _, c := range letters {
			if nodes[n].kids == nil {
				nodes[n].kids = map[byte]int{}
			}
			next, ok := nodes[n].kids[c]
			if !ok {
				nodes = append(nodes, tmp{})
				next = len(nodes) - 1
				nodes[n].kids[c] = next
			}
			n = next
		}
		nodes[n].val = vals
	}
	t := &trie{nodes: make([]trieNode, len(nodes))}
	for i, n := range nodes {
		tn := trieNode{edgeStart: int32(len(t.edges)), valStart: -1}
		for b := 0; b < 256; b++ {
			if k, ok := n.kids[byte(b)]; ok {
				t.edges = append(t.edges, trieEdge{b: byte(b), node: int32(k)})
			}
		}
		tn.edgeEnd = int32(len(t.edges))
		if n.val != nil {
			tn.valStart = int32(len(t.values))
			tn.valLen = uint8(len(n.val))
			t.values = append(t.values, n.val...)
		}
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
