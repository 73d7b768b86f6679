package document

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// softHyphen (U+00AD) marks where a word may break; it is invisible and
// must not split "Mün\u00adchen" into two words.
const softHyphen = "\u00ad"

// normalize returns the text analyzers work on: input without soft hyphens,
// in Unicode NFC (so a decomposed "u\u0308" reads as "ü"), and the maps
// that lead back from it to input, last step first. When nothing changes it
// returns input itself and no map, at the cost of one scan.
func normalize(input string) (string, offsets) {
	text := input
	var maps offsets
	if strings.Contains(text, softHyphen) {
		// First, so that "A\u00ad\u0308" composes to "Ä" like "A\u0308".
		var b strings.Builder
		b.Grow(len(text))
		m := &offsetMap{}
		rest, pos := text, 0
		for {
			i := strings.Index(rest, softHyphen)
			if i < 0 {
				break
			}
			b.WriteString(rest[:i])
			m.add(b.Len(), pos+i, softHyphen, "")
			rest, pos = rest[i+len(softHyphen):], pos+i+len(softHyphen)
		}
		b.WriteString(rest)
		text, maps = b.String(), append(maps, m)
	}
	if !norm.NFC.IsNormalString(text) {
		var b strings.Builder
		b.Grow(len(text))
		m := &offsetMap{}
		var it norm.Iter
		it.InitString(norm.NFC, text)
		for !it.Done() {
			start := it.Pos()
			seg := it.Next()
			orig := text[start:it.Pos()]
			if string(seg) != orig {
				m.add(b.Len(), start, orig, string(seg))
			}
			b.Write(seg)
		}
		text, maps = b.String(), append(maps, m)
	}
	return text, maps
}

// offsets are the steps from the input to the analyzed text, in order.
type offsets []*offsetMap

// orig maps an offset in the analyzed text back to the input.
func (o offsets) orig(n int, end bool) int {
	for i := len(o) - 1; i >= 0; i-- {
		n = o[i].orig(n, end)
	}
	return n
}

// offsetMap maps byte offsets in the normalized text back to the input. It
// holds only the places that changed (few in practice), each as the
// smallest replacement, and the offsets between them shift by a constant.
type offsetMap struct {
	edits []edit
}

// edit says input[oStart:oEnd] became text[nStart:nEnd].
type edit struct {
	nStart, nEnd, oStart, oEnd int
}

// add records that orig at input offset oStart became out at text offset
// nStart, trimmed to the code points that differ so that offsets inside
// the unchanged rest stay exact.
func (m *offsetMap) add(nStart, oStart int, orig, out string) {
	for orig != "" && out != "" {
		r1, s1 := utf8.DecodeRuneInString(orig)
		r2, s2 := utf8.DecodeRuneInString(out)
		if r1 != r2 || s1 != s2 {
			break
		}
		orig, out = orig[s1:], out[s2:]
		nStart, oStart = nStart+s1, oStart+s1
	}
	for orig != "" && out != "" {
		r1, s1 := utf8.DecodeLastRuneInString(orig)
		r2, s2 := utf8.DecodeLastRuneInString(out)
		if r1 != r2 || s1 != s2 {
			break
		}
		orig, out = orig[:len(orig)-s1], out[:len(out)-s2]
	}
	if orig == out {
		return
	}
	e := edit{nStart, nStart + len(out), oStart, oStart + len(orig)}
	// Touching edits merge, so that at most one edit starts at an offset.
	if k := len(m.edits) - 1; k >= 0 && m.edits[k].nEnd == e.nStart && m.edits[k].oEnd == e.oStart {
		m.edits[k].nEnd, m.edits[k].oEnd = e.nEnd, e.oEnd
		return
	}
	m.edits = append(m.edits, e)
}

// orig maps text offset n to the input. Inside a replaced stretch a start
// moves to its beginning and an end to its end, so a span covers the whole
// original characters; at a removed soft hyphen a start skips it and an end
// stops before it.
func (m *offsetMap) orig(n int, end bool) int {
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].nStart > n }) - 1
	if i < 0 {
		return n
	}
	e := m.edits[i]
	switch {
	case n > e.nEnd:
		return e.oEnd + n - e.nEnd
	case e.nStart == e.nEnd: // a removal at n
		if end {
			return e.oStart
		}
		return e.oEnd
	case n == e.nEnd:
		return e.oEnd
	case n == e.nStart:
		return e.oStart
	case end:
		return e.oEnd
	}
	return e.oStart
}
