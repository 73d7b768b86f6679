// Package input turns files, folders, stdin and JSON Lines into documents to
// analyze, one Source each, in input order.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for data that holds NUL bytes: no text file does.
var ErrBinary = errors.New("looks like a binary file (it contains NUL bytes), not text: pass a plain-text article")

// Decode turns raw bytes into text. UTF-8 is expected (a leading byte-order
// mark is dropped); UTF-16 is decoded, with a byte-order mark or recognised
// by its pattern of NUL bytes. Text that is not valid UTF-8 is judged by the
// share of bad bytes: a few among many valid multi-byte characters are
// damage in a UTF-8 file and become U+FFFD, with a warning counting them;
// otherwise the file is read as Windows-1252, the usual encoding of older
// German archives, and a warning says so.
func Decode(b []byte) (text string, warning string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b, unicode.LittleEndian, unicode.UseBOM, "byte-order mark found")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		if order, ok := utf16Pattern(b); ok {
			return decodeUTF16(b, order, unicode.IgnoreBOM, "no byte-order mark; recognised by its NUL bytes")
		}
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	if valid, invalid := countUTF8(b); invalid*4 <= valid {
		return string(replaceInvalid(b, invalid)), fmt.Sprintf("%d byte(s) are not valid UTF-8 and were replaced with U+FFFD: repair the file to silence this", invalid), nil
	}
	out, derr := charmap.Windows1252.NewDecoder().Bytes(b)
	if derr != nil {
		return "", "", errors.New("not valid UTF-8 and not Windows-1252 text: convert it to UTF-8")
	}
	return string(out), "not valid UTF-8; decoded as Windows-1252 (Latin-1): convert the file to UTF-8 to silence this", nil
}

func decodeUTF16(b []byte, order unicode.Endianness, bom unicode.BOMPolicy, how string) (string, string, error) {
	out, err := unicode.UTF16(order, bom).NewDecoder().Bytes(b)
	if err != nil || bytes.IndexByte(out, 0) >= 0 {
		return "", "", ErrBinary
	}
	name := "UTF-16"
	if bom == unicode.IgnoreBOM {
		name = "UTF-16LE"
		if order == unicode.BigEndian {
			name = "UTF-16BE"
		}
	}
	return string(out), fmt.Sprintf("decoded as %s (%s); UTF-8 is preferred", name, how), nil
}

// utf16Pattern recognises UTF-16 without a byte-order mark: text in Latin
// scripts has a NUL as the high byte of most code units, so NULs fall on
// one parity of positions only, while binary data has them anywhere.
func utf16Pattern(b []byte) (unicode.Endianness, bool) {
	if len(b) < 4 || len(b)%2 != 0 {
		return unicode.LittleEndian, false
	}
	var zeros [2]int
	for i, c := range b {
		if c == 0 {
			zeros[i%2]++
		}
	}
	units := len(b) / 2
	switch {
	case zeros[0] == 0 && zeros[1]*2 >= units:
		return unicode.LittleEndian, true // "a\x00"
	case zeros[1] == 0 && zeros[0]*2 >= units:
		return unicode.BigEndian, true // "\x00a"
	}
	return unicode.LittleEndian, false
}

// countUTF8 counts the valid multi-byte characters and the bytes that are
// not part of any valid UTF-8 sequence.
func countUTF8(b []byte) (valid, invalid int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[size:]
	}
	return valid, invalid
}

// replaceInvalid replaces every byte outside a valid UTF-8 sequence with
// U+FFFD, one for each, so a reader can see where each was.
func replaceInvalid(b []byte, invalid int) []byte {
	out := make([]byte, 0, len(b)+2*invalid)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return out
}
