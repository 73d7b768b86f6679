package analysis

import (
	"bytes"
	"encoding/json"
)

// EncodeJSON encodes v compactly without escaping <, > and &, so article
// text stays readable in the output.
func EncodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// EncodeFields encodes fields as one JSON object, keys in the given order
// (the documented order of the contract, which a map would lose).
// WriteFields streams the same bytes to a writer.
func EncodeFields(fields []Field) ([]byte, error) {
	var buf bytes.Buffer
	if err := WriteFields(&buf, fields); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
