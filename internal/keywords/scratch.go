package keywords

import "sync"

// scratch holds the per-document working memory (maps and slices), reused through a pool so that
// analysing many short articles does not allocate and clear new maps for each.
type scratch struct {
	entries   map[string]lexEntry
	local     map[int32]int32
	keys      map[uint64]int32
	words     []word
	surfaces  []string
	surfStem  []int32
	surfCls   []wordClass
	stems     []string
	termBuf   []int32
	phraseBuf []int32
}

// maxPooled is the largest vocabulary whose maps go back to the pool; clearing bigger maps would
// cost every later short document their full capacity.
const maxPooled = 1 << 14

var scratchPool = sync.Pool{New: func() any {
	return &scratch{entries: map[string]lexEntry{}, local: map[int32]int32{}, keys: map[uint64]int32{}}
}}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release returns the scratch memory, cleared so it keeps no document text alive.
func (s *scratch) release() {
	if len(s.entries) > maxPooled || len(s.keys) > maxPooled || cap(s.words) > 8*maxPooled {
		return
	}
	clear(s.entries)
	clear(s.local)
	clear(s.keys)
	clear(s.words)
	clear(s.surfaces)
	clear(s.stems)
	s.words, s.surfaces, s.surfStem, s.surfCls, s.stems = s.words[:0], s.surfaces[:0], s.surfStem[:0], s.surfCls[:0], s.stems[:0]
	scratchPool.Put(s)
}

// int32s returns a zeroed slice of n elements backed by *buf.
func int32s(buf *[]int32, n int) []int32 {
	if cap(*buf) < n {
		*buf = make([]int32, n)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}
