package pipeline

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/input"
	"artikel/internal/report"
)

// The JSON of a document is streamed (analysis.WriteFields) and indented as
// it streams (analysis.Indenter); the output contract is encoding/json's
// bytes. These tests hold the two to the same output on random values of
// every analyzer's result type and on analyzed random documents.

// referenceFields is how a document was encoded before streaming: every
// key and value by encoding/json.
func referenceFields(t testing.TB, fields []analysis.Field) []byte {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			buf.WriteByte(',')
		}
		for j, v := range []any{f.Key, f.Value} {
			b, err := analysis.EncodeJSON(v)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(b)
			if j == 0 {
				buf.WriteByte(':')
			}
		}
	}
	buf.WriteByte('}')
	return buf.Bytes()
}

func checkIndent(t testing.TB, compact []byte) {
	t.Helper()
	for _, prefix := range []string{"", "    "} {
		var want, got bytes.Buffer
		if err := json.Indent(&want, compact, prefix, "  "); err != nil {
			t.Fatalf("json.Indent: %v", err)
		}
		ind := analysis.NewIndenter(&got, prefix, "  ")
		// in uneven pieces, as a buffered writer hands them on
		for rest := compact; len(rest) > 0; {
			n := min(len(rest), 1+len(rest)%7)
			if _, err := ind.Write(rest[:n]); err != nil {
				t.Fatal(err)
			}
			rest = rest[n:]
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("indented (prefix %q) differs from json.Indent:\n got %q\nwant %q", prefix, got.Bytes(), want.Bytes())
		}
	}
}

func checkValue(t testing.TB, v any) {
	t.Helper()
	want, wantErr := analysis.EncodeJSON(v)
	var got bytes.Buffer
	err := analysis.WriteJSON(&got, v)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%T: error %v, encoding/json: %v", v, err, wantErr)
	}
	if wantErr != nil {
		return
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("%T: streamed JSON differs from encoding/json:\n got %s\nwant %s", v, got.Bytes(), want)
	}
	checkIndent(t, want)
}

// checkResults compares the encoders on random values of every result type,
// as a value, behind a pointer and inside a slice (where encoding/json calls
// pointer methods).
func checkResults(t testing.TB, r *rand.Rand) {
	for _, a := range Registry() {
		if a.ResultType == nil {
			continue
		}
		v := randomValue(r, a.ResultType, 0)
		checkValue(t, v.Interface())
		s := reflect.MakeSlice(reflect.SliceOf(a.ResultType), 2, 2)
		s.Index(0).Set(v)
		s.Index(1).Set(randomValue(r, a.ResultType, 0))
		checkValue(t, s.Interface())
		checkValue(t, analysis.Field{Key: a.Name, Value: s.Interface()})
	}
}

func TestStreamedJSONMatchesEncodingJSON(t *testing.T) {
	checkValue(t, kinds{hidden: 1}) // unexported fields are left out
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		checkResults(t, r)
		checkValue(t, randomValue(r, reflect.TypeFor[kinds](), 0).Interface())
		checkValue(t, randomValue(r, reflect.TypeFor[[]kinds](), 0).Interface())
	}
}

// kinds has a field of every shape the streaming encoder writes itself or
// hands to encoding/json; odd has fields that make encoding/json encode
// the whole struct.
type kinds struct {
	F32      float32
	U        uint16
	B        bool
	Named    name           `json:"named,omitempty"`
	Omit     []int          `json:",omitempty"`
	OmitPtr  *int           `json:"omit_ptr,omitempty"`
	Map      map[string]int `json:"map"`
	Arr      [2]string
	Bytes    []byte
	Any      any
	Text     textKind
	PtrText  ptrText
	PtrTexts []ptrText
	Embedded embedded
	Clash    clash
	inner
	Skip   int `json:"-"`
	hidden int
	Odd    *odd
}

type odd struct {
	Str     int `json:"str,string"`
	Odd     int `json:"a b"`
	Unicode int `json:"größe"`
	Kinds   []kinds
}

type name string

type textKind int

func (k textKind) MarshalText() ([]byte, error) {
	return []byte("k<" + strconv.Itoa(int(k)) + ">"), nil
}

type ptrText struct{ N int }

func (p *ptrText) MarshalJSON() ([]byte, error) {
	return []byte(`{"ptr": ` + strconv.Itoa(p.N) + `}`), nil
}

type embedded struct {
	inner
	X int `json:"x"`
}

// clash has y twice: encoding/json takes the shallower.
type clash struct {
	inner
	Y int `json:"y"`
}

type inner struct {
	Y int `json:"y"`
}

// TestStreamedDocumentMatchesEncodingJSON: whole documents, with every
// analyzer, tokens and gate failures.
func TestStreamedDocumentMatchesEncodingJSON(t *testing.T) {
	sample := readSample(t)
	for _, text := range []string{sample, "", "Er sagte: „a“ <b>&</b>\u2028 \x01", strings.Repeat("Er sagte: „a“ ", 50)} {
		checkDocument(t, text)
	}
}

func readSample(t testing.TB) string {
	return memoryInputs(t, 1)["news"]
}

var jsonCfg = &Config{Analyzers: Registry(), Lang: "de", Jobs: 1}

func checkDocument(t testing.TB, text string) {
	t.Helper()
	rep := jsonCfg.Analyze(input.Source{ID: "doc", Path: "a<b>.txt", Text: text})
	rep.Failures = append(rep.Failures, analysis.Message{Code: "x", Message: "&"})
	opts := report.Options{Tokens: true, Gates: true}
	want := referenceFields(t, report.DocumentFields(rep, opts))
	got, err := report.MarshalDocument(rep, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("streamed document differs from encoding/json:\n got %s\nwant %s", got, want)
	}
	checkIndent(t, want)
}

func FuzzStreamedJSON(f *testing.F) {
	f.Add(uint64(1), "Er sagte: „Das ist <falsch> & teuer.“\n\nBERLIN (dpa) – Merz sagte, er sei zufrieden.")
	f.Add(uint64(7), "\x00\xff „“ \u2028\t\"\\")
	f.Fuzz(func(t *testing.T, seed uint64, text string) {
		checkResults(t, rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)))
		checkDocument(t, text)
	})
}

// randomValue makes a value of type t with random contents: nil and empty
// slices and pointers, strings that need escaping, invalid UTF-8, floats
// of every magnitude encoding/json formats differently.
func randomValue(r *rand.Rand, t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	fill(r, v, depth)
	return v
}

var randomStrings = []string{"", "a", "Merz", "„Zitat“", "<script>&amp;</script>", "\u2028\u2029", "\x00\x1f\"\\/",
	"\xff\xfe", "ü\u0308", "tab\there", "😀", "a\u00adb", "\b\f\r\n\x7f", "\xe2\x80", "a\xed\xa0\x80b"}

func fill(r *rand.Rand, v reflect.Value, depth int) {
	if !v.CanSet() {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if depth > 5 || r.IntN(4) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		if r.IntN(5) == 0 {
			return // nil
		}
		n := r.IntN(4)
		if depth > 5 {
			n = 0
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fill(r, s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fill(r, v.Index(i), depth+1)
		}
	case reflect.Map:
		if depth > 5 || r.IntN(3) == 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for range r.IntN(4) {
			m.SetMapIndex(randomValue(r, v.Type().Key(), depth+1), randomValue(r, v.Type().Elem(), depth+1))
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			fill(r, v.Field(i), depth+1)
		}
	case reflect.String:
		s := randomStrings[r.IntN(len(randomStrings))]
		if r.IntN(3) == 0 {
			s += randomStrings[r.IntN(len(randomStrings))]
		}
		v.SetString(s)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(r.Int64N(2001) - 1000)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(r.Uint64N(1000))
	case reflect.Float32, reflect.Float64:
		f := []float64{0, 1, -0.5, 1e21, 1e-7, 123456789.125, math.Pi}[r.IntN(7)]
		if r.IntN(2) == 0 {
			f = r.NormFloat64() * math.Pow(10, float64(r.IntN(30)-15))
		}
		v.SetFloat(f)
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Interface:
		if v.NumMethod() == 0 && r.IntN(2) == 0 {
			v.Set(reflect.ValueOf([]any{"x", 1.5, float32(0.1), map[string]int{"b": 1, "a": 2}}[r.IntN(4)]))
		}
	}
}
