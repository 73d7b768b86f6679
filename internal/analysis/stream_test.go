package analysis

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
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

type node struct {
	Name string `json:"name"`
	Next *node  `json:"next,omitempty"`
	Kids []node `json:"kids"`
}

type inner struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// clashing has two fields named start: encoding/json's rules pick the
// shallower one, so the encoders leave such a struct to encoding/json.
type clashing struct {
	inner
	Start string `json:"start"`
}

type ptrMarshaler struct{ n int }

func (p *ptrMarshaler) MarshalJSON() ([]byte, error) { return []byte(strconv.Itoa(p.n * 2)), nil }

type mixed struct {
	inner
	Any     any            `json:"any"`
	Opt     string         `json:"opt,omitempty"`
	Bytes   []byte         `json:"bytes"`
	Map     map[string]int `json:"map"`
	Nil     []int          `json:"nil"`
	Float   float32        `json:"float"`
	PM      ptrMarshaler   `json:"pm"`
	PMs     []ptrMarshaler `json:"pms"`
	Clash   clashing       `json:"clash"`
	private int            // not written
}

// The encoders made per type write what encoding/json writes: a type that
// refers to itself, promoted fields, omitempty, interfaces, nil slices,
// bytes, maps, pointer-receiver marshalers (called on addressable values
// only, as encoding/json does), clashing field names, and output larger
// than one flush.
func TestEncodersMatchEncodingJSON(t *testing.T) {
	long := strings.Repeat("Grüße \"aus\" Köln\n", 5000)
	values := []any{
		node{Name: "a", Next: &node{Name: "b", Kids: []node{{Name: "c"}}}},
		[]node{{Name: "x"}, {Name: long}},
		mixed{inner: inner{1, 2}, private: 9, Any: []any{1.5, "s", nil, inner{3, 4}}, Bytes: []byte("hi"), Map: map[string]int{"b": 2, "a": 1}, Float: 0.1, PM: ptrMarshaler{3}, PMs: []ptrMarshaler{{1}, {2}}, Clash: clashing{inner{5, 6}, "s"}},
		&mixed{Opt: "o", Any: &inner{5, 6}},
		[]*inner{nil, {7, 8}},
		map[string]any{"k": []string{long}},
		[]float64{1e21, 1e-7, math.Copysign(0, -1), 123456789.25},
	}
	for _, v := range values {
		var got bytes.Buffer
		if err := WriteJSON(&got, v); err != nil {
			t.Fatalf("%T: %v", v, err)
		}
		want, err := EncodeJSON(v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%T: wrote\n%.300s\nencoding/json\n%.300s", v, got.Bytes(), want)
		}
	}
	if err := WriteJSON(io.Discard, []float64{math.NaN()}); err == nil {
		t.Error("NaN written without an error")
	}
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, errors.New("disk full")
}

// A write error is returned, and the rest of a long value is not written.
func TestWriteFieldsReportsWriteError(t *testing.T) {
	w := &failingWriter{}
	long := make([]string, 10000)
	for i := range long {
		long[i] = "ein Wort"
	}
	err := WriteFields(w, []Field{{Key: "words", Value: long}})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want the writer's error", err)
	}
	if w.n != 1 {
		t.Errorf("%d writes after the first failed, want none", w.n-1)
	}
}

// A string longer than one flush is written in pieces, cut between
// characters wherever the cut falls: multi-byte characters, escapes and
// invalid bytes at every position around it come out as encoding/json
// writes them.
func TestLongStringPieces(t *testing.T) {
	unit := "€😀\xff\u2028\"ä\xe2\x80"
	for shift := range 8 {
		str := strings.Repeat("a", shift) + strings.Repeat(unit, 3*flushAt/len(unit))
		var got bytes.Buffer
		if err := WriteJSON(&got, str); err != nil {
			t.Fatal(err)
		}
		want, err := EncodeJSON(str)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("shift %d: long string written differently from encoding/json", shift)
		}
	}
}
