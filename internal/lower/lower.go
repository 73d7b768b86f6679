// Package lower lower-cases words into a caller's buffer, so that the
// analyzers that look words up by their lower case (the entity tagger, the
// document's shared table) make one string for many words instead of one
// allocation each.
package lower

import (
	"unicode"
	"unicode/utf8"
)

// Append appends strings.ToLower(s) to buf.
func Append(buf []byte, s string) []byte {
	for _, r := range s {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// MayChange reports whether lower-casing can change s: it has an upper-case
// ASCII letter or any byte outside ASCII. Most words have neither, and are
// their own lower case.
func MayChange(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}
