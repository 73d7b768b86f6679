package input

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		warn     string // substring of the warning; "" = none
		wantErr  error
		errMatch string
	}{
		{name: "utf8", in: []byte("Grüße aus Köln"), want: "Grüße aus Köln"},
		{name: "bom dropped", in: []byte("\xEF\xBB\xBFÄrger"), want: "Ärger"},
		{name: "windows-1252", in: []byte("Gr\xfc\xdfe \x84Zitat\x93 \x80"), want: "Grüße „Zitat“ €", warn: "Windows-1252"},
		{name: "utf16 le", in: []byte{0xFF, 0xFE, 'O', 0, 'k', 0}, want: "Ok", warn: "UTF-16"},
		{name: "binary", in: []byte("PK\x03\x04\x00\x00"), wantErr: ErrBinary},
		{name: "empty", in: nil, want: ""},
		{name: "crlf kept", in: []byte("a\r\nb\rc"), want: "a\r\nb\rc"},
		// One bad byte in a UTF-8 file must not turn every umlaut into mojibake.
		{name: "utf8 with one bad byte", in: []byte("Grüße aus Köln, \xff schöne Grüße."), want: "Grüße aus Köln, \uFFFD schöne Grüße.", warn: "1 byte(s) are not valid UTF-8"},
		{name: "utf8 with two bad bytes", in: []byte("Über \x84Zitat\x93: „Größe“ für Bürger, Maß, Fuß."), want: "Über \uFFFDZitat\uFFFD: „Größe“ für Bürger, Maß, Fuß.", warn: "2 byte(s)"},
		{name: "windows-1252 with one utf8-looking pair", in: []byte("Gr\xfc\xdfe, M\xfcnchen, K\xf6ln, \xc3\xa4"), want: "Grüße, München, Köln, Ã¤", warn: "Windows-1252"},
		{name: "utf16 le without bom", in: utf16le("Grüße aus Köln"), want: "Grüße aus Köln", warn: "UTF-16LE"},
		{name: "utf16 be without bom", in: utf16be("Straße 12"), want: "Straße 12", warn: "UTF-16BE"},
		{name: "nul on both parities", in: []byte("a\x00\x00b\x00\x00cd"), wantErr: ErrBinary},
		{name: "odd length with nul", in: []byte("a\x00b\x00c"), wantErr: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warn, err := Decode(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if (tt.warn == "") != (warn == "") || !strings.Contains(warn, tt.warn) {
				t.Errorf("warning = %q, want one containing %q", warn, tt.warn)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"Grüße", "\xEF\xBB\xBFx", "Gr\xfc\xdfe", "\xFF\xFEa\x00", "\x00", "a\x00b\x00", "\x00a\x00b", "Grüße \xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, err := Decode(b)
		if err != nil {
			return
		}
		if strings.ContainsRune(text, 0) {
			t.Fatalf("decoded text holds NUL: %q", text)
		}
		if !isValidUTF8(text) {
			t.Fatalf("decoded text is not valid UTF-8: %q", text)
		}
	})
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16be(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}
