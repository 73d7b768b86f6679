package artikelbeam

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"artikel/internal/input"
)

// FuzzPieces checks that reading a JSON Lines file in pieces gives exactly
// the documents, ids, line numbers and errors of reading it whole, which is
// what the CLI does, whatever the data and the piece size.
func FuzzPieces(f *testing.F) {
	fixture, err := os.ReadFile("testdata/docs.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(fixture, uint16(1500))
	f.Add(fixture, uint16(1))
	f.Add([]byte("{\"id\":1,\"text\":\"a\"}\r\n\n\n{\"text\":\"b\"}\n{oops\n{\"text\":\"c\"}"), uint16(3))
	f.Add([]byte("\n\n\n"), uint16(1))
	f.Add([]byte(""), uint16(10))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint16) {
		opts := input.Options{MaxBytes: 40}
		var want []string
		for src := range input.JSONLines("f.jsonl", bytes.NewReader(data), opts) {
			want = append(want, describe(src))
		}
		var got []string
		var end int64
		err := splitPieces(bytes.NewReader(data), "f.jsonl", int64(chunk)+1, func(p piece) {
			if p.Start != end || p.End <= p.Start {
				t.Fatalf("piece %v does not follow the previous one (ending at %d)", p, end)
			}
			end = p.End
			for src := range pieceSources(bytes.NewReader(data[p.Start:p.End]), p, opts) {
				got = append(got, describe(src))
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if end != int64(len(data)) {
			t.Fatalf("pieces cover %d of %d bytes", end, len(data))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("pieces of %d bytes:\n got %q\nwant %q", chunk+1, got, want)
		}
	})
}

func describe(s input.Source) string {
	err := ""
	if s.Err != nil {
		err = s.Err.Error()
	}
	return fmt.Sprintf("%s|%s|%d|%q|%s", s.ID, s.RawID, s.Line, s.Text, err)
}
