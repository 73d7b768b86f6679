package pipeline

import (
	"os"
	"runtime/debug"
	"sync"
)

// The memory budget of a run is 100 MB plus 30 bytes per byte of every
// document being analyzed or waiting to be written (analysis needs 10 to
// about 30 bytes per byte of text: tokens, sentences, paragraphs, one
// analyzer's working memory, results). The runtime's limit covers only the
// memory it manages; the program's code and data outside the heap (about
// 28 MB) and the collector's overshoot come on top, so the limit is set
// below the budget. Not far below: a document whose analysis holds close to
// the limit makes the collector run over and over, so that on a text of
// one-letter lines twice the text took 2.4 times the time.
const (
	memoryBase    = 64 << 20
	memoryPerByte = 29
)

// memLimit keeps the Go runtime's soft memory limit at the budget of the
// documents in flight. By default the collector lets the heap grow to twice
// what was live after the last collection, which on a 10 MB document meant
// a gigabyte of mostly garbage; near the budget it now collects sooner
// instead. The limit is soft: a document that needs more still gets it. It
// does nothing when the user set GOMEMLIMIT.
//
// While the documents in flight are small (together at most smallInFlight),
// the collector runs when the heap has grown by twice what was live (GOGC
// 200 rather than Go's 100) unless the user set GOGC: most of what is live
// then are models and word caches that every collection marks again, and
// fewer collections cost less CPU (0.22 to 0.17 s on the 998 news-de
// articles) at the same peak memory. A large document keeps Go's default,
// so that its garbage does not pile up to the limit.
type memLimit struct {
	on       bool
	mu       sync.Mutex
	inFlight int64
	prev     int64
	prevGC   int
	gc       bool // GOGC is ours to set
	gcHigh   bool // GOGC is gcSmall
}

const (
	smallInFlight = 1 << 20
	gcSmall       = 200
)

func newMemLimit() *memLimit {
	if os.Getenv("GOMEMLIMIT") != "" {
		return &memLimit{}
	}
	m := &memLimit{on: true, prev: debug.SetMemoryLimit(-1)}
	debug.SetMemoryLimit(memoryBase)
	if os.Getenv("GOGC") == "" {
		m.prevGC, m.gc, m.gcHigh = debug.SetGCPercent(gcSmall), true, true
	}
	return m
}

// WithMemoryBudget runs f under the memory limit Run keeps for n bytes of
// documents in flight: for a report written after the run, as --format
// json writes a single document only when it is closed.
func WithMemoryBudget(n int, f func() error) error {
	m := newMemLimit()
	defer m.restore()
	m.add(n)
	return f()
}

// add counts n more bytes of documents in flight (negative when done).
func (m *memLimit) add(n int) {
	if !m.on {
		return
	}
	m.mu.Lock()
	m.inFlight += int64(n)
	debug.SetMemoryLimit(memoryBase + memoryPerByte*max(m.inFlight, 0))
	if small := m.inFlight <= smallInFlight; m.gc && small != m.gcHigh {
		m.gcHigh = small
		if small {
			debug.SetGCPercent(gcSmall)
		} else {
			debug.SetGCPercent(m.prevGC)
		}
	}
	m.mu.Unlock()
}

// restore puts back the limit that was set before the run.
func (m *memLimit) restore() {
	if m.on {
		debug.SetMemoryLimit(m.prev)
	}
	if m.gc {
		debug.SetGCPercent(m.prevGC)
	}
}
