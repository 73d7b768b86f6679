package document

import (
	"sync"

	"artikel/internal/lower"
)

// LowerCase holds the lower-cased texts of a document's tokens, which
// several analyzers look words up by. Only the forms that differ from the
// token's text (the capitalised words) are kept, all in one string, with 4
// bytes a token to find them: a text of one-letter lines has a token every
// two bytes.
type LowerCase struct {
	d     *Document
	index []int32 // per token: the number of its form, or -1 when its text is lower case
	ends  []int32 // form k is text[ends[k-1]:ends[k]], form 0 starting at 0
	text  string
}

// lowerCache makes a document's LowerCase once, for whichever analyzer
// asks first (they may run at the same time).
type lowerCache struct {
	once  sync.Once
	lower *LowerCase
}

// Lower returns the lower-cased token texts, made the first time it is
// called.
func (d *Document) Lower() *LowerCase {
	if d.lower == nil {
		return newLowerCase(d)
	}
	d.lower.once.Do(func() { d.lower.lower = newLowerCase(d) })
	return d.lower.lower
}

// newLowerCase lower-cases every token as strings.ToLower does.
func newLowerCase(d *Document) *LowerCase {
	l := &LowerCase{d: d, index: make([]int32, len(d.Tokens))}
	var buf []byte
	for i := range d.Tokens {
		l.index[i] = -1
		t := d.TokenText(i)
		if !lower.MayChange(t) {
			continue
		}
		start := len(buf)
		buf = lower.Append(buf, t)
		if string(buf[start:]) == t {
			buf = buf[:start]
			continue
		}
		l.index[i] = int32(len(l.ends))
		l.ends = append(l.ends, int32(len(buf)))
	}
	l.text = string(buf)
	return l
}

// At is the lower-cased text of token i.
func (l *LowerCase) At(i int) string {
	k := l.index[i]
	if k < 0 {
		return l.d.TokenText(i)
	}
	start := int32(0)
	if k > 0 {
		start = l.ends[k-1]
	}
	return l.text[start:l.ends[k]]
}

// Len is the number of tokens.
func (l *LowerCase) Len() int { return len(l.index) }
