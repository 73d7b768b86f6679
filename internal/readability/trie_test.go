package readability

import (
	"bytes"
	"os"
	"testing"
)

// TestEmbeddedTrie checks that the embedded trie is the one the patterns
// make, so that it cannot fall behind data/hyph-de.txt; UPDATE_TRIE=1
// writes it anew.
func TestEmbeddedTrie(t *testing.T) {
	src, err := os.ReadFile("data/hyph-de.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := buildTrie(string(src)).encode()
	if os.Getenv("UPDATE_TRIE") != "" {
		if err := os.WriteFile("data/hyph-de.trie", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(hyphTrieDE, want) {
		t.Fatal("data/hyph-de.trie is not the trie of data/hyph-de.txt: run UPDATE_TRIE=1 go test ./internal/readability -run EmbeddedTrie")
	}
}

// A damaged encoding is an error, not a panic or a trie that reads out of
// its bounds.
func TestDecodeTrieRejectsDamage(t *testing.T) {
	good := bytes.Clone(hyphTrieDE)
	if _, err := decodeTrie(good); err != nil {
		t.Fatalf("the embedded trie: %v", err)
	}
	for name, b := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("HYTRIE00"), good[8:]...),
		"truncated": good[:len(good)-1],
		"edge":      withByte(good, len(trieMagic)+12+nodeSize*int(leUint32(good[len(trieMagic):]))+4, 0xff),
		"node":      withByte(good, len(trieMagic)+12+3, 0x7f),
	} {
		if _, err := decodeTrie(b); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

// The dense rows of the nodes with many edges give the same child as their
// edges do, for every node and byte.
func TestDenseRows(t *testing.T) {
	tr := germanPatterns()
	dense := 0
	for n := range tr.nodes {
		nd := tr.nodes[n]
		if nd.dense > 0 {
			dense++
		}
		for b := range 256 {
			want := int32(0)
			for _, e := range tr.edges[nd.edgeStart:nd.edgeEnd] {
				if e.b == byte(b) {
					want = e.node
				}
			}
			if got := tr.child(int32(n), byte(b)); got != want {
				t.Fatalf("node %d (%d edges), byte %#x: child %d, want %d", n, nd.edgeEnd-nd.edgeStart, b, got, want)
			}
		}
	}
	if dense == 0 {
		t.Fatal("no node has a dense row")
	}
}

func withByte(b []byte, i int, v byte) []byte {
	c := bytes.Clone(b)
	c[i] = v
	return c
}

func leUint32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// BenchmarkDecodeTrie is what a cold start pays for the patterns now;
// BenchmarkBuildTrie what parsing them cost.
func BenchmarkDecodeTrie(b *testing.B) {
	for b.Loop() {
		if _, err := decodeTrie(hyphTrieDE); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildTrie(b *testing.B) {
	src, err := os.ReadFile("data/hyph-de.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		buildTrie(string(src))
	}
}
