package keywords

import (
	"sort"
	"strings"

	"artikel/internal/document"
)

const (
	minPhrase = 2
	maxPhrase = 6
	// maxPooledPhraseBuf is the largest buffer of n-gram ids (in int32s) taken from the pool.
	maxPooledPhraseBuf = 1 << 20
)

// phrase is a repeated word sequence found by phrases().
type phrase struct {
	length    int
	count     int
	positions []int32 // index of the first word of each occurrence
	// contentWords counts the content words in the sequence (prominence of the phrase).
	contentWords int
	paragraphs   int
	// exactParagraphs counts paragraphs holding the most frequent surface form verbatim
	// (case-insensitive), the stuffing signal.
	exactParagraphs int
	exactCount      int
	surface         string
}

// phrases finds word sequences of 2–6 words that occur at least twice, lie inside one run of
// adjacent words (so never across a sentence end or punctuation), and begin and end with a content
// word. Sequences are compared by stems, so inflected repetitions count. A phrase that always
// occurs inside a longer reported phrase is dropped (only closed phrases are kept). The result is
// ordered by count, then length, then first occurrence.
//
// Counting is level-wise (as in Apriori): an n-gram can only repeat if both its (n-1)-gram prefix
// and suffix repeat, so each level only looks at the few positions where that holds, and every
// n-gram gets an exact id from (id of its prefix, stem of its last word) without hashing whole
// sequences.
func (t *text) phrases() []phrase {
	n := len(t.words)
	// Phrases lie inside runs of adjacent words, so the levels end at the longest run (on a
	// text of one word per line there is none to count).
	top := min(maxPhrase, t.longestRun)
	if n < 2*minPhrase || top < minPhrase {
		return nil
	}
	// Level 1: ids are stems; counts of stems. A large text takes each further level's ids (4
	// bytes a word) only when it reaches the level: most stop repeating after two or three words.
	buf := make([]int32, n+len(t.lx.stems))
	if need := n*top + len(t.lx.stems); need <= maxPooledPhraseBuf {
		buf = int32s(&t.sc.phraseBuf, need)
	}
	prevIDs, prevCount, backing := buf[:n], buf[n:n+len(t.lx.stems)], buf[n+len(t.lx.stems):]
	for i, w := range t.words {
		prevIDs[i] = t.stem(w)
		prevCount[t.stem(w)]++
	}
	var found []phrase
	// ids[l][i] is the id of the l-gram at i (for l ≥ 2), -1 when it does not repeat.
	ids := make([][]int32, maxPhrase+1)
	counts := make([][]int32, maxPhrase+1)
	byID := make([]map[int32]int, maxPhrase+1) // id → index in found
	keys := t.sc.keys
	for l := 2; l <= top; l++ {
		var cur []int32
		if len(backing) >= (l-1)*n {
			cur = backing[(l-2)*n : (l-1)*n]
		} else {
			cur = make([]int32, n)
		}
		clear(keys)
		var cnt []int32
		repeated := false
		for i := 0; i+l <= n; i++ {
			cur[i] = -1
			if !t.oneRun(i, i+l-1) {
				continue
			}
			p, s := prevIDs[i], prevIDs[i+1]
			if p < 0 || s < 0 || prevCount[p] < 2 || prevCount[s] < 2 {
				continue
			}
			key := uint64(uint32(p))<<32 | uint64(uint32(t.stem(t.words[i+l-1])))
			id, ok := keys[key]
			if !ok {
				id = int32(len(cnt))
				keys[key] = id
				cnt = append(cnt, 0)
			}
			cnt[id]++
			cur[i] = id
			repeated = true
		}
		for i := n - l + 1; i < n; i++ {
			if i >= 0 {
				cur[i] = -1
			}
		}
		ids[l], counts[l] = cur, cnt
		if !repeated {
			break
		}
		// Collect valid repeated phrases of this length.
		byID[l] = map[int32]int{}
		for i := 0; i+l <= n; i++ {
			id := cur[i]
			if id < 0 || cnt[id] < 2 {
				continue
			}
			if t.class(t.words[i]) != classContent || t.class(t.words[i+l-1]) != classContent {
				continue
			}
			k, ok := byID[l][id]
			if !ok {
				k = len(found)
				byID[l][id] = k
				found = append(found, phrase{length: l})
			}
			found[k].positions = append(found[k].positions, int32(i))
		}
		prevIDs, prevCount = cur, cnt
	}
	// Drop overlapping occurrences of the same phrase ("A B A B A") so counts are real occurrences.
	for k := range found {
		f := &found[k]
		kept := f.positions[:0]
		next := int32(-1)
		for _, p := range f.positions {
			if p >= next {
				kept = append(kept, p)
				next = p + int32(f.length)
			}
		}
		f.positions = kept
		f.count = len(kept)
	}
	// Closed phrases: mark sub-phrases whose every occurrence lies inside a longer valid phrase
	// with the same count.
	dominated := make([]bool, len(found))
	for k := range found {
		q := &found[k]
		if q.count < 2 {
			continue
		}
		p0 := q.positions[0]
		for sl := minPhrase; sl < q.length; sl++ {
			for off := 0; off+sl <= q.length; off++ {
				j := int(p0) + off
				id := ids[sl][j]
				if id < 0 {
					continue
				}
				if sk, ok := byID[sl][id]; ok && found[sk].count == q.count {
					dominated[sk] = true
				}
			}
		}
	}
	out := make([]phrase, 0, len(found))
	for k := range found {
		f := found[k]
		if dominated[k] || f.count < 2 {
			continue
		}
		t.describe(&f)
		out = append(out, f)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].count != out[b].count {
			return out[a].count > out[b].count
		}
		if out[a].length != out[b].length {
			return out[a].length > out[b].length
		}
		return out[a].positions[0] < out[b].positions[0]
	})
	return out
}

// describe fills in the surface form, paragraph spread and content-word count of a phrase.
// Positions are in text order, so paragraphs are counted by changes of paragraph index.
func (t *text) describe(f *phrase) {
	type form struct {
		text string
		n    int
	}
	var forms []form
	best, bestN := "", 0
	lastPara := int32(-1)
	for _, p := range f.positions {
		s := t.seqText(int(p), f.length)
		k := 0
		for k < len(forms) && forms[k].text != s {
			k++
		}
		if k == len(forms) {
			forms = append(forms, form{text: s})
		}
		forms[k].n++
		if forms[k].n > bestN {
			best, bestN = s, forms[k].n
		}
		if para := t.para(t.words[p]); para != lastPara {
			f.paragraphs++
			lastPara = para
		}
	}
	f.surface = best
	for i := 0; i < f.length; i++ {
		if t.class(t.words[int(f.positions[0])+i]) == classContent {
			f.contentWords++
		}
	}
	// Verbatim repetition (ignoring case) of the most frequent form.
	lastPara = -1
	for _, p := range f.positions {
		s := t.seqText(int(p), f.length)
		if s == best || strings.EqualFold(s, best) {
			f.exactCount++
			if para := t.para(t.words[p]); para != lastPara {
				f.exactParagraphs++
				lastPara = para
			}
		}
	}
}

func (t *text) phraseResult(f *phrase) Phrase {
	occ := make([]document.Span, 0, len(f.positions))
	for _, p := range f.positions {
		occ = append(occ, t.seqSpan(int(p), f.length))
	}
	return Phrase{Phrase: f.surface, Length: f.length, Count: f.count, Density: t.density(f.count), Paragraphs: f.paragraphs, Occurrences: occ}
}
