package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitLines cuts text at \r\n, \r and \n (and the Unicode line and
// paragraph separators) and drops blank lines. Every line becomes a
// paragraph: news files often put one paragraph on each line, so the lines
// come back as body paragraphs.
func splitLines(text string) []Paragraph {
	if !strings.ContainsRune(text, '\r') && !strings.ContainsRune(text, '\u2028') && !strings.ContainsRune(text, '\u2029') {
		return splitLinesLF(text)
	}
	var out []Paragraph
	start := 0
	n := len(text)
	for i := 0; i <= n; {
		end := -1
		next := i + 1
		if i == n {
			end = n
		} else {
			switch c := text[i]; {
			case c == '\n':
				end = i
			case c == '\r':
				end = i
				if i+1 < n && text[i+1] == '\n' {
					next = i + 2
				}
			case c == 0xE2 && i+2 < n && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9):
				end = i // U+2028, U+2029
				next = i + 3
			}
		}
		if end < 0 {
			i++
			continue
		}
		s, e := trimSpace(text, start, end)
		if s < e {
			out = append(out, Paragraph{Start: int32(s), End: int32(e), Kind: KindBody})
		}
		start = next
		i = next
		if end == n {
			break
		}
	}
	return out
}

// splitLinesLF is splitLines for text whose only line break is '\n'.
func splitLinesLF(text string) []Paragraph {
	// Sized once, as growing a slice of millions of short lines would hold
	// it twice: a '\n' right after another ends no line, so this is at
	// least the number of lines (exact for lines without blank ones).
	out := make([]Paragraph, 0, strings.Count(text, "\n")-strings.Count(text, "\n\n")+1)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if s, e := trimSpace(text, start, end); s < e {
			out = append(out, Paragraph{Start: int32(s), End: int32(e), Kind: KindBody})
		}
		start = end + 1
	}
	return out
}

// trimSpace narrows [s,e) to exclude leading and trailing Unicode space.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += sz
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			e--
			continue
		}
		r, sz := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= sz
	}
	return s, e
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// isSpace is unicode.IsSpace plus the zero-width and BOM characters that
// show up between words in scraped text.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}
