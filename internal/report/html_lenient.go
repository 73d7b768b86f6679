package report

import (
	"encoding/json"
	"reflect"
	"strings"
)

// lenientUnmarshal decodes JSON into dst (a pointer) field by field: a field
// whose value has an unexpected type stays zero instead of failing the whole
// value, arrays keep their decodable elements, and the number of fields that
// did not fit is returned. Analyzer output evolves while the report is
// written against its documentation, so a renamed or retyped field must cost
// one cell of the report, not a section.
func lenientUnmarshal(data []byte, dst any) int {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return 1
	}
	// Fast path: output that matches the documentation decodes in one go.
	if len(data) > 0 && json.Unmarshal(data, dst) == nil {
		return 0
	}
	// A failed Unmarshal may have filled part of dst: start again from zero.
	v.Elem().Set(reflect.Zero(v.Elem().Type()))
	return lenient(data, v.Elem())
}

var rawMessageType = reflect.TypeOf(json.RawMessage(nil))

func lenient(data []byte, v reflect.Value) int {
	data = trimSpace(data)
	if len(data) == 0 || string(data) == "null" {
		return 0
	}
	switch {
	case v.Type() == rawMessageType:
		v.SetBytes(append([]byte(nil), data...))
		return 0
	case v.Kind() == reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		bad := lenient(data, p.Elem())
		v.Set(p)
		return bad
	case v.Kind() == reflect.Struct:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return 1
		}
		return lenientStruct(obj, v)
	case v.Kind() == reflect.Slice:
		var arr []json.RawMessage
		if json.Unmarshal(data, &arr) != nil {
			return 1
		}
		bad := 0
		out := reflect.MakeSlice(v.Type(), 0, len(arr))
		for _, el := range arr {
			e := reflect.New(v.Type().Elem()).Elem()
			if n := lenient(el, e); n > 0 && isComposite(e) && !isObject(el) {
				// An element of the wrong shape is dropped, not kept as a zero value.
				bad += n
				continue
			} else {
				bad += n
			}
			out = reflect.Append(out, e)
		}
		v.Set(out)
		return bad
	}
	if json.Unmarshal(data, v.Addr().Interface()) != nil {
		return 1
	}
	return 0
}

func lenientStruct(obj map[string]json.RawMessage, v reflect.Value) int {
	bad := 0
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		// Embedded structs (spanView) promote their fields, exported or not.
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			bad += lenientStruct(obj, v.Field(i))
			continue
		}
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if msg, ok := obj[name]; ok {
			bad += lenient(msg, v.Field(i))
		}
	}
	return bad
}

func isComposite(v reflect.Value) bool {
	k := v.Kind()
	return k == reflect.Struct || (k == reflect.Pointer && v.Type().Elem().Kind() == reflect.Struct)
}

func isObject(b []byte) bool {
	b = trimSpace(b)
	return len(b) > 0 && b[0] == '{'
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
