package analysis

import (
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
	defer s.release()
	s.out = append(s.out, '{')
	for i, f := range fields {
		if i > 0 {
			s.out = append(s.out, ',')
		}
		s.writeString(f.Key)
		s.out = append(s.out, ':')
		if err := s.value(reflect.ValueOf(f.Value)); err != nil {
			return err
		}
	}
	s.out = append(s.out, '}')
	return s.flush()
}

// WriteJSON writes v compactly to w, byte for byte what EncodeJSON returns.
func WriteJSON(w io.Writer, v any) error {
	s := newStreamer(w)
	defer s.release()
	if err := s.value(reflect.ValueOf(v)); err != nil {
		return err
	}
	return s.flush()
}

// streamer collects output in out and hands it to w in pieces of about
// flushAt bytes: appending to a slice costs less per byte than a
// bufio.Writer's checks, and the pieces stay small.
type streamer struct {
	w   io.Writer
	out []byte
	err error
	buf bytes.Buffer
	enc *json.Encoder
}

const flushAt = 32 << 10

// streamers keeps streamers with their buffers between documents.
var streamers = sync.Pool{New: func() any { return &streamer{out: make([]byte, 0, flushAt+flushAt/4)} }}

func newStreamer(w io.Writer) *streamer {
	s := streamers.Get().(*streamer)
	s.w = w
	return s
}

func (s *streamer) release() {
	if cap(s.out) > 4*flushAt {
		return // grown by one long string: let it go
	}
	s.w, s.err, s.out = nil, nil, s.out[:0]
	if s.buf.Cap() > 4*flushAt {
		s.buf, s.enc = bytes.Buffer{}, nil
	}
	s.buf.Reset()
	streamers.Put(s)
}

// spill writes out to w once it holds flushAt bytes.
func (s *streamer) spill() {
	if len(s.out) >= flushAt {
		s.flush()
	}
}

func (s *streamer) flush() error {
	if s.err == nil && len(s.out) > 0 {
		_, s.err = s.w.Write(s.out)
	}
	s.out = s.out[:0]
	return s.err
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

// value streams v. Everything the encoders do not take apart themselves
// goes to encoding/json whole, so the output is always encoding/json's.
func (s *streamer) value(v reflect.Value) error {
	if !v.IsValid() {
		s.out = append(s.out, "null"...)
		return nil
	}
	return encoderOf(v.Type())(s, v)
}

// encodeFunc writes a value of the type it was made for (encoderOf).
type encodeFunc func(s *streamer, v reflect.Value) error

var encoders sync.Map // reflect.Type → encodeFunc

// encoderOf returns the encoder of values of t, made once per type with
// the encoders of its elements and fields: what to do with a type (its
// kind, whether it encodes itself, the keys and offsets of its fields) is
// decided once rather than for every value, as encoding/json does. A type
// that refers to itself gets, while its encoder is made, one that waits
// for it.
func encoderOf(t reflect.Type) encodeFunc {
	if f, ok := encoders.Load(t); ok {
		return f.(encodeFunc)
	}
	var (
		wg sync.WaitGroup
		f  encodeFunc
	)
	wg.Add(1)
	fi, loaded := encoders.LoadOrStore(t, encodeFunc(func(s *streamer, v reflect.Value) error {
		wg.Wait()
		return f(s, v)
	}))
	if loaded {
		return fi.(encodeFunc)
	}
	f = newEncoder(t)
	wg.Done()
	encoders.Store(t, f)
	return f
}

func newEncoder(t reflect.Type) encodeFunc {
	switch classOf(t) {
	case sequenceType:
		other := leafEncoder
		if !marshals(t) {
			other = kindEncoder(t)
		}
		return func(s *streamer, v reflect.Value) error {
			if t == seqType || v.CanInterface() {
				q, _ := AsSeq(v.Interface())
				return s.sequence(q)
			}
			return other(s, v)
		}
	case marshalsType:
		return leafEncoder
	}
	return kindEncoder(t)
}

func (s *streamer) sequence(q Seq) error {
	s.out = append(s.out, '[')
	// The elements of a list are nearly always of one type: its encoder
	// is looked up again only when the type changes.
	var (
		last reflect.Type
		enc  encodeFunc
	)
	for i := range q.Len {
		if i > 0 {
			s.out = append(s.out, ',')
		}
		v := reflect.ValueOf(q.At(i))
		if !v.IsValid() {
			s.out = append(s.out, "null"...)
			continue
		}
		if t := v.Type(); t != last {
			last, enc = t, encoderOf(t)
		}
		if err := enc(s, v); err != nil {
			return err
		}
		s.spill()
	}
	s.out = append(s.out, ']')
	return nil
}

// kindEncoder encodes t by its kind: what encoding/json does with a type
// that does not encode itself.
func kindEncoder(t reflect.Type) encodeFunc {
	switch t.Kind() {
	case reflect.String:
		return func(s *streamer, v reflect.Value) error {
			s.writeString(v.String())
			return nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(s *streamer, v reflect.Value) error {
			s.out = strconv.AppendInt(s.out, v.Int(), 10)
			return nil
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(s *streamer, v reflect.Value) error {
			s.out = strconv.AppendUint(s.out, v.Uint(), 10)
			return nil
		}
	case reflect.Bool:
		return func(s *streamer, v reflect.Value) error {
			if v.Bool() {
				s.out = append(s.out, "true"...)
			} else {
				s.out = append(s.out, "false"...)
			}
			return nil
		}
	case reflect.Float32, reflect.Float64:
		bits := t.Bits()
		return func(s *streamer, v reflect.Value) error {
			f := v.Float()
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return leafEncoder(s, v) // encoding/json's error
			}
			s.out = appendFloat(s.out, f, bits)
			return nil
		}
	case reflect.Interface:
		return func(s *streamer, v reflect.Value) error {
			if v.IsNil() {
				s.out = append(s.out, "null"...)
				return nil
			}
			return s.value(v.Elem())
		}
	case reflect.Pointer:
		elem := encoderOf(t.Elem())
		return func(s *streamer, v reflect.Value) error {
			if v.IsNil() {
				s.out = append(s.out, "null"...)
				return nil
			}
			return elem(s, v.Elem())
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return leafEncoder // base64
		}
		return sliceEncoder(t)
	case reflect.Struct:
		if fs, ok := plainFields(t); ok {
			return structEncoder(fs)
		}
	}
	return leafEncoder
}

func sliceEncoder(t reflect.Type) encodeFunc {
	elem := encoderOf(t.Elem())
	return func(s *streamer, v reflect.Value) error {
		if v.IsNil() {
			s.out = append(s.out, "null"...)
			return nil
		}
		s.out = append(s.out, '[')
		for i := range v.Len() {
			if i > 0 {
				s.out = append(s.out, ',')
			}
			if err := elem(s, v.Index(i)); err != nil {
				return err
			}
			s.spill()
		}
		s.out = append(s.out, ']')
		return nil
	}
}

func structEncoder(fs []plainField) encodeFunc {
	elems := make([]encodeFunc, len(fs))
	for i, f := range fs {
		elems[i] = encoderOf(f.typ)
	}
	return func(s *streamer, v reflect.Value) error {
		s.out = append(s.out, '{')
		n := 0
		for i := range fs {
			f := &fs[i]
			var fv reflect.Value
			if len(f.index) == 1 {
				fv = v.Field(f.index[0])
			} else {
				fv = v.FieldByIndex(f.index)
			}
			if f.omitEmpty && isEmpty(fv) {
				continue
			}
			if n > 0 {
				s.out = append(s.out, ',')
			}
			n++
			s.out = append(s.out, f.key...)
			if err := elems[i](s, fv); err != nil {
				return err
			}
		}
		s.out = append(s.out, '}')
		return nil
	}
}

// Strings, numbers and booleans are written as encoding/json writes them
// (with HTML escaping off), without its per-value allocations: a large
// document has millions of them, and their garbage doubled the heap.

// writeString quotes str as encoding/json does. A long string (the text
// of a one-line document) goes out in pieces, not copied whole.
func (s *streamer) writeString(str string) {
	if len(str) <= flushAt {
		s.out = appendString(s.out, str)
		return
	}
	s.out = append(s.out, '"')
	for len(str) > 0 {
		n := min(len(str), flushAt)
		// Cut before a byte that starts a character: a valid character
		// is never split, and invalid bytes are escaped one by one anyway.
		for n < len(str) && n > flushAt-utf8.UTFMax && !utf8.RuneStart(str[n]) {
			n--
		}
		s.out = appendEscaped(s.out, str[:n])
		str = str[n:]
		s.spill()
	}
	s.out = append(s.out, '"')
}

// appendString appends str quoted as encoding/json quotes it.
func appendString(b []byte, str string) []byte {
	b = append(b, '"')
	b = appendEscaped(b, str)
	return append(b, '"')
}

// appendEscaped appends str escaped as inside a JSON string.
func appendEscaped(b []byte, str string) []byte {
	start := 0
	for i := 0; i < len(str); {
		c := str[i]
		if plainByte[c] {
			// Printable ASCII but quotes and backslashes, found by a
			// table: most of every text.
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, str[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(str[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, str[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		// U+2028 and U+2029 are escaped for JavaScript, as encoding/json does.
		if r == '\u2028' || r == '\u2029' {
			b = append(b, str[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, str[start:]...)
}

const hexDigits = "0123456789abcdef"

// appendEscape appends the escape of an ASCII byte that JSON strings
// cannot hold as it is, as encoding/json writes it.
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(b, '\\', c)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
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

// leafEncoder encodes v with encoding/json. An addressable value goes by
// pointer, so that encoding/json calls the pointer methods inside it
// (MarshalJSON on *T) as it does when it reaches the value itself.
func leafEncoder(s *streamer, v reflect.Value) error {
	if v.CanAddr() && v.Kind() != reflect.Pointer {
		v = v.Addr()
	}
	if s.enc == nil {
		s.enc = json.NewEncoder(&s.buf)
		s.enc.SetEscapeHTML(false)
	}
	s.buf.Reset()
	if err := s.enc.Encode(v.Interface()); err != nil {
		return err
	}
	b := s.buf.Bytes()
	s.out = append(s.out, b[:len(b)-1]...) // Encode's newline
	s.spill()
	return nil
}

// Kinds of type the encoders tell apart before their kind (classOf).
const (
	plainType = iota + 1
	marshalsType
	sequenceType
)

func classOf(t reflect.Type) int {
	switch {
	case t == seqType || t.Implements(sequencerType):
		return sequenceType
	case marshals(t):
		return marshalsType
	}
	return plainType
}

// marshals reports whether values of t encode themselves (json.Marshaler or
// encoding.TextMarshaler, on t or *t).
func marshals(t reflect.Type) bool {
	return t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType))
}

type plainField struct {
	index     []int  // path through embedded structs
	key       string // "name": with quotes and colon
	omitEmpty bool
	typ       reflect.Type
}

// plainFields lists a struct's encoded fields when the struct is simple
// enough to follow encoding/json's rules exactly: embedded fields only as
// untagged structs, tag names that need no escaping, no options but
// omitempty, no duplicate names.
// Anything else is encoded by encoding/json as a whole.
func plainFields(t reflect.Type) ([]plainField, bool) {
	fs, ok := appendPlainFields(nil, t, nil)
	if !ok {
		return nil, false
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f.key] {
			return nil, false // encoding/json's rules for a clash decide, not order
		}
		seen[f.key] = true
	}
	return fs, true
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
		fs = append(fs, plainField{index: index, key: `"` + name + `":`, omitEmpty: omit, typ: f.Type})
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
