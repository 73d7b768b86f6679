package analysis

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// WriteFields writes fields as one compact JSON object to w, byte for byte
// what EncodeFields returns, without holding the document's JSON in memory:
// slices (paragraphs, tokens, quotations, mentions) are written element by
// element and plain structs field by field, so only one small value is
// encoded at a time. On a 10 MB document of quotations the encoded JSON was
// several hundred MB held next to the report.
func WriteFields(w io.Writer, fields []Field) error {
	s := newStreamer(w)
	s.bw.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			s.bw.WriteByte(',')
		}
		s.writeString(f.Key)
		s.bw.WriteByte(':')
		if err := s.value(reflect.ValueOf(f.Value)); err != nil {
			return err
		}
	}
	s.bw.WriteByte('}')
	return s.bw.Flush()
}

// WriteJSON writes v compactly to w, byte for byte what EncodeJSON returns.
func WriteJSON(w io.Writer, v any) error {
	s := newStreamer(w)
	if err := s.value(reflect.ValueOf(v)); err != nil {
		return err
	}
	return s.bw.Flush()
}

type streamer struct {
	bw  *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	num [64]byte
}

func newStreamer(w io.Writer) *streamer {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriterSize(w, 64<<10)
	}
	s := &streamer{bw: bw}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// Seq is a list whose elements are made one at a time as they are
// written, so that it is never built whole: a document's paragraphs,
// sentences and tokens in their JSON form are several times the size of
// the document model.
type Seq struct {
	Len int
	At  func(i int) any
}

// MarshalJSON encodes the list for encoding/json.
func (q Seq) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, q); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Sequencer is a result list kept in a compact form of its own that is
// written, and read by gates, as the list of the values Seq makes.
type Sequencer interface {
	Seq() Seq
}

var (
	seqType       = reflect.TypeFor[Seq]()
	sequencerType = reflect.TypeFor[Sequencer]()
)

// AsSeq returns v as a Seq when it is one or a Sequencer.
func AsSeq(v any) (Seq, bool) {
	switch q := v.(type) {
	case Seq:
		return q, true
	case Sequencer:
		return q.Seq(), true
	}
	return Seq{}, false
}

// value streams v. Everything it does not take apart itself goes to
// encoding/json whole, so the output is always encoding/json's.
func (s *streamer) value(v reflect.Value) error { return s.valueOf(v, 0) }

// valueOf is value for a v whose type's class (classOf) is known, or 0: the
// class of a struct field or slice element is that of its declared type
// unless that is an interface, so it is looked up once per field or slice
// rather than once per value.
func (s *streamer) valueOf(v reflect.Value, class int) error {
	if !v.IsValid() {
		s.bw.WriteString("null")
		return nil
	}
	t := v.Type()
	if class == 0 {
		class = classOf(t)
	}
	if class == sequenceType && (t == seqType || v.CanInterface()) {
		q, _ := AsSeq(v.Interface())
		s.bw.WriteByte('[')
		for i := range q.Len {
			if i > 0 {
				s.bw.WriteByte(',')
			}
			if err := s.value(reflect.ValueOf(q.At(i))); err != nil {
				return err
			}
		}
		s.bw.WriteByte(']')
		return nil
	}
	if class == marshalsType || class == sequenceType && marshals(t) {
		return s.leaf(v)
	}
	switch t.Kind() {
	case reflect.String:
		s.writeString(v.String())
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.bw.Write(strconv.AppendInt(s.num[:0], v.Int(), 10))
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.bw.Write(strconv.AppendUint(s.num[:0], v.Uint(), 10))
		return nil
	case reflect.Bool:
		if v.Bool() {
			s.bw.WriteString("true")
		} else {
			s.bw.WriteString("false")
		}
		return nil
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return s.leaf(v) // encoding/json's error
		}
		s.bw.Write(appendFloat(s.num[:0], f, t.Bits()))
		return nil
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			s.bw.WriteString("null")
			return nil
		}
		return s.value(v.Elem())
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return s.leaf(v) // base64
		}
		if v.IsNil() {
			s.bw.WriteString("null")
			return nil
		}
		ec := staticClass(t.Elem())
		s.bw.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				s.bw.WriteByte(',')
			}
			if err := s.valueOf(v.Index(i), ec); err != nil {
				return err
			}
		}
		s.bw.WriteByte(']')
		return nil
	case reflect.Struct:
		fs, ok := plainFields(t)
		if !ok {
			return s.leaf(v)
		}
		s.bw.WriteByte('{')
		n := 0
		for _, f := range fs {
			fv := v.FieldByIndex(f.index)
			if f.omitEmpty && isEmpty(fv) {
				continue
			}
			if n > 0 {
				s.bw.WriteByte(',')
			}
			n++
			s.bw.WriteString(f.key)
			if err := s.valueOf(fv, f.class); err != nil {
				return err
			}
		}
		s.bw.WriteByte('}')
		return nil
	}
	return s.leaf(v)
}

// Strings, numbers and booleans are written as encoding/json writes them
// (with HTML escaping off), without its per-value allocations: a large
// document has millions of them, and their garbage doubled the heap.

// writeString quotes str as encoding/json does.
func (s *streamer) writeString(str string) {
	bw := s.bw
	bw.WriteByte('"')
	start := 0
	for i := 0; i < len(str); {
		b := str[i]
		if plainByte[b] {
			// Printable ASCII but quotes and backslashes, found by a
			// table: most of every text.
			i++
			continue
		}
		if b < utf8.RuneSelf {
			bw.WriteString(str[start:i])
			writeEscape(bw, b)
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(str[i:])
		if c == utf8.RuneError && size == 1 {
			bw.WriteString(str[start:i])
			bw.WriteString(`\ufffd`)
			i += size
			start = i
			continue
		}
		// U+2028 and U+2029 are escaped for JavaScript, as encoding/json does.
		if c == '\u2028' || c == '\u2029' {
			bw.WriteString(str[start:i])
			bw.WriteString(`\u202`)
			bw.WriteByte(hexDigits[c&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	bw.WriteString(str[start:])
	bw.WriteByte('"')
}

const hexDigits = "0123456789abcdef"

// writeEscape writes the escape of an ASCII byte that JSON strings cannot
// hold as it is, as encoding/json writes it.
func writeEscape(bw *bufio.Writer, b byte) {
	switch b {
	case '\\', '"':
		bw.WriteByte('\\')
		bw.WriteByte(b)
	case '\b':
		bw.WriteString(`\b`)
	case '\f':
		bw.WriteString(`\f`)
	case '\n':
		bw.WriteString(`\n`)
	case '\r':
		bw.WriteString(`\r`)
	case '\t':
		bw.WriteString(`\t`)
	default:
		bw.WriteString(`\u00`)
		bw.WriteByte(hexDigits[b>>4])
		bw.WriteByte(hexDigits[b&0xf])
	}
}

// plainByte says which bytes a JSON string holds as they are without a
// second look: printable ASCII but quotes and backslashes. Other ASCII is
// escaped; the bytes of other characters are decoded, as invalid UTF-8,
// U+2028 and U+2029 are escaped too.
var plainByte = func() (t [256]bool) {
	for b := range t {
		t[b] = b >= 0x20 && b < utf8.RuneSelf && b != '"' && b != '\\'
	}
	return t
}()

// appendFloat formats f as encoding/json does: like ES6, exponent form only
// for very small and very large magnitudes, and e-7 rather than e-07.
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21)) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// leaf encodes v with encoding/json. An addressable value goes by pointer,
// so that encoding/json calls the pointer methods inside it (MarshalJSON
// on *T) as it does when it reaches the value itself.
func (s *streamer) leaf(v reflect.Value) error {
	if v.CanAddr() && v.Kind() != reflect.Pointer {
		v = v.Addr()
	}
	s.buf.Reset()
	if err := s.enc.Encode(v.Interface()); err != nil {
		return err
	}
	b := s.buf.Bytes()
	s.bw.Write(b[:len(b)-1]) // Encode's newline
	return nil
}

// Kinds of type the streamer tells apart before its kind, kept per type
// (classOf): a document of one-letter lines writes three values every
// two bytes.
const (
	plainType = iota + 1
	marshalsType
	sequenceType
)

var typeClass sync.Map // reflect.Type → plainType, marshalsType or sequenceType

func classOf(t reflect.Type) int {
	if t.Name() != "" && t.PkgPath() == "" {
		return plainType // a predeclared type (string, int, bool, …) has no methods
	}
	if c, ok := typeClass.Load(t); ok {
		return c.(int)
	}
	c := plainType
	switch {
	case t == seqType || t.Implements(sequencerType):
		c = sequenceType
	case marshals(t):
		c = marshalsType
	}
	typeClass.Store(t, c)
	return c
}

// marshals reports whether values of t encode themselves (json.Marshaler or
// encoding.TextMarshaler, on t or *t). classOf keeps the answer per type.
func marshals(t reflect.Type) bool {
	return t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType))
}

type plainField struct {
	index     []int  // path through embedded structs
	key       string // "name": with quotes and colon
	omitEmpty bool
	class     int // staticClass of the field's type
}

// staticClass is the class of every value declared as t: classOf(t), or 0
// for an interface, whose values have their own types.
func staticClass(t reflect.Type) int {
	if t.Kind() == reflect.Interface {
		return 0
	}
	return classOf(t)
}

var plainCache sync.Map // reflect.Type → []plainField or nil

// plainFields lists a struct's encoded fields when the struct is simple
// enough to follow encoding/json's rules exactly: embedded fields only as
// untagged structs, tag names that need no escaping, no options but
// omitempty, no duplicate names.
// Anything else is encoded by encoding/json as a whole.
func plainFields(t reflect.Type) ([]plainField, bool) {
	if c, ok := plainCache.Load(t); ok {
		fs := c.([]plainField)
		return fs, fs != nil
	}
	fs := computePlainFields(t)
	plainCache.Store(t, fs)
	return fs, fs != nil
}

func computePlainFields(t reflect.Type) []plainField {
	fs, ok := appendPlainFields(nil, t, nil)
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f.key] {
			return nil // encoding/json's rules for a clash decide, not order
		}
		seen[f.key] = true
	}
	if fs == nil {
		fs = []plainField{}
	}
	return fs
}

// appendPlainFields adds the fields of struct t, whose value sits at index
// path at; an embedded struct (untagged, not a pointer) has its fields
// promoted in its place, as encoding/json orders them.
func appendPlainFields(fs []plainField, t reflect.Type, at []int) ([]plainField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		index := append(append([]int{}, at...), i)
		if f.Anonymous {
			if hasTag || f.Type.Kind() != reflect.Struct {
				return nil, false
			}
			var ok bool
			if fs, ok = appendPlainFields(fs, f.Type, index); !ok {
				return nil, false
			}
			continue
		}
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts := tag, ""
		if j := strings.IndexByte(tag, ','); j >= 0 {
			name, opts = tag[:j], tag[j+1:]
		}
		omit := false
		switch opts {
		case "":
		case "omitempty":
			omit = true
		default:
			return nil, false
		}
		if !hasTag || name == "" {
			name = f.Name
		}
		if !simpleName(name) {
			return nil, false
		}
		fs = append(fs, plainField{index: index, key: `"` + name + `":`, omitEmpty: omit, class: staticClass(f.Type)})
	}
	return fs, true
}

// simpleName: a key encoding/json accepts as a tag and writes unescaped.
func simpleName(s string) bool {
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return s != ""
}

// isEmpty is encoding/json's omitempty test.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}
