package quotes

import (
	"unicode"
	"unicode/utf8"

	"artikel/internal/document"
)

// markPair is one quotation: the byte spans of its opening and closing marks.
type markPair struct {
	OpenStart, OpenEnd, CloseStart, CloseEnd int
}

// frame is an opening mark waiting for its closer, with the quotations closed inside it.
type frame struct {
	r          rune
	start, end int
	children   []markPair
}

const maxDepth = 8

// closes reports whether closing mark c ends a quotation opened by o.
func closes(o, c rune) bool {
	switch o {
	case '„':
		return c == '“' || c == '”'
	case '‚':
		return c == '‘' || c == '’'
	case '“':
		return c == '”'
	case '‘':
		return c == '’'
	case '»':
		return c == '«'
	case '«':
		return c == '»'
	case '›':
		return c == '‹'
	case '‹':
		return c == '›'
	case '"':
		return c == '"'
	}
	return false
}

func isMark(r rune) bool {
	switch r {
	case '„', '‚', '“', '”', '‘', '’', '»', '«', '›', '‹', '"':
		return true
	}
	return false
}

// pairMarks pairs quotation marks by type in one pass over the paragraphs (byte spans).
// Quotations nest; a paragraph that ends inside a quotation continues it only when the next
// paragraph opens with the same kind of mark (the typographic convention for multi-paragraph
// quotes); otherwise the unclosed mark is dropped, so a stray mark never swallows the article.
// Only outermost quotations are returned, in text order.
func pairMarks(text string, paras []document.Paragraph) []markPair {
	var out []markPair
	var stack []frame
	guill := rune(0) // the opening guillemet this text uses: '»' (German) or '«' (Swiss/French)

	// drop abandons frames from depth d up, promoting the quotations closed inside them.
	drop := func(d int) {
		for len(stack) > d {
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].children = append(stack[len(stack)-1].children, f.children...)
			} else {
				out = append(out, f.children...)
			}
		}
	}
	for _, p := range paras {
		i := int(p.Start)
		if len(stack) > 0 {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == stack[0].r || (stack[0].r == '„' && r == '»') {
				drop(1)
				i += n
			} else {
				drop(0)
			}
		}
		for i < int(p.End) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isMark(r) {
				i += n
				continue
			}
			closed := false
			for k := len(stack) - 1; k >= 0; k-- {
				if !closes(stack[k].r, r) {
					continue
				}
				if r == '"' && k != len(stack)-1 {
					break // a straight quote closes only the innermost quotation
				}
				pair := markPair{stack[k].start, stack[k].end, i, i + n}
				drop(k + 1)
				stack = stack[:k]
				if k == 0 {
					out = append(out, pair)
				} else {
					stack[k-1].children = append(stack[k-1].children, pair)
				}
				closed = true
				break
			}
			if !closed && len(stack) < maxDepth && opens(text, i, n, r, &guill) {
				stack = append(stack, frame{r: r, start: i, end: i + n})
			}
			i += n
		}
	}
	drop(0)
	return out
}

// opens decides whether mark r at byte i starts a quotation, from the characters around it.
func opens(text string, i, n int, r rune, guill *rune) bool {
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	nextOK := i+n < len(text) && !unicode.IsSpace(next)
	prevOK := i == 0 || unicode.IsSpace(prev) || unicode.IsPunct(prev) || isMark(prev)
	switch r {
	case '„':
		return i+n < len(text) // unambiguous, even with a stray space after it
	case '‚':
		return nextOK
	case '“', '‘', '"', '›', '‹':
		return nextOK && prevOK
	case '»', '«':
		if *guill == 0 && nextOK {
			*guill = r
		}
		return r == *guill && nextOK
	}
	return false
}
