package analysis

import (
	"bytes"
	"encoding/json"
	"testing"
)

// Strings are written byte for byte as encoding/json writes them (HTML
// escaping off): control characters, quotes, backslashes, U+2028 and
// U+2029, and invalid UTF-8.
func FuzzWriteString(f *testing.F) {
	for _, s := range []string{"", "Grüße", "a\"b\\c", "\x00\x1f\n\t\r\b\f", "x\u2028y\u2029z", "\u2027\u202a€", "bad \xff\xe2\x80", "<&>", "\xe2\x80\xa8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want bytes.Buffer
		if err := WriteJSON(&got, s); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got.Bytes(), w) {
			t.Fatalf("%q: wrote %s, encoding/json %s", s, got.Bytes(), w)
		}
	})
}
