package input

import (
	"errors"
	"strings"
	"testing"
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
	for _, s := range []string{"Grüße", "\xEF\xBB\xBFx", "Gr\xfc\xdfe", "\xFF\xFEa\x00", "\x00"} {
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
