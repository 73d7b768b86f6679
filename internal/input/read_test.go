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
