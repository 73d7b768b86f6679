package ner

import (
	"bytes"
	"testing"
)

// Decode reads model files (Load, train-ner -eval): whatever the bytes, it
// returns a model that tags without panicking, or an error.
func FuzzDecode(f *testing.F) {
	ex := []Example{
		{Words: []string{"Anna", "wohnt", "in", "Bremen", "."}, Labels: []int{LabelIndex("B-PER"), 0, 0, LabelIndex("B-LOC"), 0}, Weight: 1},
	}
	m := Train(ex, Lexicon{Gaz: map[string]uint16{"anna": GazFirstName}, Clusters: map[string]uint16{"in": 1}}, TrainOptions{Epochs: 2, MinCount: 1, Seed: 1})
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		f.Fatal(err)
	}
	b := buf.Bytes()
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		m.Tag([]string{"Anna", "wohnt", "in", "Bremen", "."})
	})
}
