// Package input turns files, folders, stdin and JSON Lines into documents to
// analyze, one Source each, in input order.
package input

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for data that holds NUL bytes: no text file does.
var ErrBinary = errors.New("looks like a binary file (it contains NUL bytes), not text: pass a plain-text article")

// Decode turns raw bytes into text. UTF-8 is expected (a leading byte-order
// mark is dropped); UTF-16 with a byte-order mark is decoded; anything else
// that is not valid UTF-8 is read as Windows-1252, the usual encoding of
// older German archives, and a warning says so.
func Decode(b []byte) (text string, warning string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, derr := dec.Bytes(b)
		if derr != nil || bytes.IndexByte(out, 0) >= 0 {
			return "", "", ErrBinary
		}
		return string(out), "decoded as UTF-16 (byte-order mark found); UTF-8 is preferred", nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	out, derr := charmap.Windows1252.NewDecoder().Bytes(b)
	if derr != nil {
		return "", "", errors.New("not valid UTF-8 and not Windows-1252 text: convert it to UTF-8")
	}
	return string(out), "not valid UTF-8; decoded as Windows-1252 (Latin-1): convert the file to UTF-8 to silence this", nil
}
