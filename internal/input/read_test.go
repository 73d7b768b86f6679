package input

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Read must give what Files gives for the same file: a runner that opens
// files itself relies on it for output identical to the CLI's.
func TestReadMatchesFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"utf8.txt":   []byte("Ein Satz über Köln.\n"),
		"latin1.txt": {'K', 0xf6, 'l', 'n', '\n'},
		"big.txt":    []byte(strings.Repeat("x", 100)),
		"binary.txt": {'a', 0, 'b'},
	}
	opts := Options{MaxBytes: 50}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		want := slices.Collect(Files([]string{p}, opts))[0]
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		got := Read(p, f, opts)
		f.Close()
		if got.Text != want.Text || !reflect.DeepEqual(got.Warnings, want.Warnings) || errString(got.Err) != errString(want.Err) {
			t.Errorf("%s: Read = %+v, Files = %+v", name, got, want)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Reading a JSON Lines file in two parts, the second with JSONLinesFrom,
// must give the Sources of reading it whole: line numbers, and the names
// of records without an id, count from the file's start.
func TestJSONLinesFromParts(t *testing.T) {
	lines := []string{
		"\ufeff" + `{"id": "a", "text": "Erster Text."}`,
		`{"text": "ohne id"}`,
		``,
		`{"id": null, "text": "id null"}`,
		`{"id": 7, "text": oops}`,
		"\ufeff" + `{"id": "bom", "text": "BOM mitten in der Datei"}`,
		`[1, 2]`,
		`{"text": "letzte"}`,
	}
	whole := strings.Join(lines, "\n")
	var want []string
	for s := range JSONLines("f.jsonl", strings.NewReader(whole), Options{}) {
		want = append(want, fmtSource(s))
	}
	for cut := 1; cut < len(lines); cut++ {
		var got []string
		head := strings.Join(lines[:cut], "\n") + "\n"
		for s := range JSONLines("f.jsonl", strings.NewReader(head), Options{}) {
			got = append(got, fmtSource(s))
		}
		tail := strings.Join(lines[cut:], "\n")
		for s := range JSONLinesFrom("f.jsonl", strings.NewReader(tail), cut+1, Options{}) {
			got = append(got, fmtSource(s))
		}
		if !slices.Equal(got, want) {
			t.Errorf("cut before line %d:\n got %q\nwant %q", cut+1, got, want)
		}
	}
}

func fmtSource(s Source) string {
	return strings.Join([]string{s.ID, string(s.RawID), s.Where(), s.Text, errString(s.Err)}, "|")
}
