package input

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func isValidUTF8(s string) bool { return utf8.ValidString(s) }

func collect(seq func(func(Source) bool)) []Source {
	var out []Source
	seq(func(s Source) bool { out = append(out, s); return true })
	return out
}

func TestJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "Erster Text."}`,
		``,
		`{"id": 7, "text": "Zahl als id."}`,
		`not json`,
		`{"id": "c"}`,
		`{"text": "ohne id"}`,
		`{"id": "e", "text": "CRLF am Ende."}` + "\r",
	}, "\n")
	got := collect(JSONLines("-", strings.NewReader(in), Options{}))
	if len(got) != 6 {
		t.Fatalf("got %d sources, want 6 (blank line skipped)", len(got))
	}
	if got[0].ID != "a" || got[0].Text != "Erster Text." || got[0].Line != 1 {
		t.Errorf("line 1 = %+v", got[0])
	}
	if string(got[1].RawID) != "7" || got[1].Line != 3 {
		t.Errorf("numeric id not kept raw: %+v", got[1])
	}
	if got[2].Err == nil || got[2].Line != 4 || !strings.Contains(got[2].Err.Error(), "invalid JSON") {
		t.Errorf("line 4 should be an invalid-JSON error, got %+v", got[2])
	}
	if got[2].Where() != "stdin:4" {
		t.Errorf("Where() = %q, want stdin:4", got[2].Where())
	}
	if got[3].Err == nil || !strings.Contains(got[3].Err.Error(), `"text"`) {
		t.Errorf("missing text should be an error, got %+v", got[3])
	}
	if got[4].ID != "6" || got[4].Text != "ohne id" {
		t.Errorf("missing id falls back to the line number, got %+v", got[4])
	}
	if got[5].Text != "CRLF am Ende." {
		t.Errorf("CRLF line end not stripped: %q", got[5].Text)
	}
}

func TestJSONLinesTooLong(t *testing.T) {
	long := `{"id": "big", "text": "` + strings.Repeat("x", 5000) + `"}`
	in := long + "\n" + `{"id": "small", "text": "ok"}` + "\n"
	got := collect(JSONLines("docs.jsonl", strings.NewReader(in), Options{MaxBytes: 100}))
	if len(got) != 2 {
		t.Fatalf("got %d sources, want 2", len(got))
	}
	if got[0].Err == nil || !strings.Contains(got[0].Err.Error(), "max-bytes") {
		t.Errorf("oversized line should fail with a max-bytes error, got %+v", got[0])
	}
	if got[1].Err != nil || got[1].Text != "ok" {
		t.Errorf("the line after an oversized one must still be read, got %+v", got[1])
	}
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"b\"}\n\n{bad\n"))
	f.Add([]byte("{\"text\":\"\\u0000\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for s := range JSONLines("-", strings.NewReader(string(b)), Options{MaxBytes: 1 << 10}) {
			if s.Err == nil && s.Line <= 0 {
				t.Fatalf("source without line number: %+v", s)
			}
		}
	})
}

func TestFilesFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "B")
	write("a.txt", "A")
	write("sub/c.md", "C")
	write("sub/d.json", "skip")
	write(".hidden/e.txt", "skip")
	write("sub/.f.txt", "skip")
	// A symlink loop must not hang the walk.
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range collect(Files([]string{dir}, Options{})) {
		if s.Err != nil {
			t.Fatalf("%s: %v", s.Path, s.Err)
		}
		rel, _ := filepath.Rel(dir, s.Path)
		names = append(names, rel)
	}
	want := []string{"a.txt", "b.txt", "sub/c.md"}
	if !slices.Equal(names, want) {
		t.Errorf("files = %v, want %v", names, want)
	}

	names = nil
	for _, s := range collect(Files([]string{dir}, Options{Include: []string{"*.txt"}, Exclude: []string{"b.*"}})) {
		names = append(names, filepath.Base(s.Path))
	}
	if !slices.Equal(names, []string{"a.txt"}) {
		t.Errorf("include/exclude: files = %v, want [a.txt]", names)
	}
}

func TestFilesErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.txt")
	os.WriteFile(bin, []byte("a\x00b"), 0o644)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, []byte(strings.Repeat("a", 50)), 0o644)
	got := collect(Files([]string{filepath.Join(dir, "missing.txt"), bin, big, "-"}, Options{MaxBytes: 10, Stdin: strings.NewReader("Hallo")}))
	if len(got) != 4 {
		t.Fatalf("got %d sources, want 4", len(got))
	}
	for i, want := range []string{"no such file", "binary", "max-bytes"} {
		if got[i].Err == nil || !strings.Contains(got[i].Err.Error(), want) {
			t.Errorf("source %d: err = %v, want one mentioning %q", i, got[i].Err, want)
		}
	}
	if got[3].Text != "Hallo" || got[3].Where() != "stdin" {
		t.Errorf("stdin source = %+v", got[3])
	}
}
