package input

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
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
		"\xEF\xBB\xBF" + `{"id": "a", "text": "Erster Text."}`,
		``,
		`   `,
		`{"id": 7, "text": "Zahl als id."}`,
		`not json`,
		`{"id": "c"}`,
		`{"text": "ohne id"}`,
		`{"id": "e", "text": "CRLF am Ende."}` + "\r",
		`{"id": "last", "text": "ohne Zeilenende"}`,
	}, "\n")
	got := collect(JSONLines("-", strings.NewReader(in), Options{}))
	if len(got) != 7 {
		t.Fatalf("got %d sources, want 7 (blank lines skipped)", len(got))
	}
	if got[0].ID != "a" || got[0].Text != "Erster Text." || got[0].Line != 1 || got[0].Err != nil {
		t.Errorf("line 1 (after a byte-order mark) = %+v", got[0])
	}
	if string(got[1].RawID) != "7" || got[1].ID != "7" || got[1].Line != 4 {
		t.Errorf("numeric id not kept raw: %+v", got[1])
	}
	if got[2].Err == nil || got[2].Line != 5 || !strings.Contains(got[2].Err.Error(), "not JSON") {
		t.Errorf("line 5 should be a not-JSON error, got %+v", got[2])
	}
	if got[2].Where() != "stdin:5" || string(got[2].RawID) != "null" {
		t.Errorf("Where() = %q, RawID %s; want stdin:5 and null", got[2].Where(), got[2].RawID)
	}
	if got[3].Err == nil || !strings.Contains(got[3].Err.Error(), `"text"`) || got[3].ID != "c" {
		t.Errorf("missing text should be an error keeping the id, got %+v", got[3])
	}
	// A missing id must not become the line number: "7" above is a real id.
	if string(got[4].RawID) != "null" || got[4].Text != "ohne id" || got[4].Line != 7 {
		t.Errorf("missing id should stay null with its line, got %+v", got[4])
	}
	if got[5].Text != "CRLF am Ende." {
		t.Errorf("CRLF line end not stripped: %q", got[5].Text)
	}
	if got[6].Text != "ohne Zeilenende" || got[6].Err != nil {
		t.Errorf("last line without a line end: %+v", got[6])
	}
}

// TestJSONLinesOddRecords: each odd record is one error that keeps the id as
// written and names the field; the record after it is still read.
func TestJSONLinesOddRecords(t *testing.T) {
	tests := []struct {
		line   string
		rawID  string
		errHas string // "" = no error
		text   string
		warn   string
	}{
		{line: `{"id":1e400,"text":"Großer Exponent."}`, rawID: `1e400`, text: "Großer Exponent."},
		{line: `{"id":12345678901234567890123,"text":"x"}`, rawID: `12345678901234567890123`, text: "x"},
		{line: `{"id":-0.50,"text":"x"}`, rawID: `-0.50`, text: "x"},
		{line: `{"id":"t","text":42}`, rawID: `"t"`, errHas: `"text" must be a string, got a number`},
		{line: `{"id":"t","text":null}`, rawID: `"t"`, errHas: `"text" must be a string, got null`},
		{line: `{"id":"t","text":["a"]}`, rawID: `"t"`, errHas: `"text" must be a string, got an array`},
		{line: `{"id":null,"text":"x"}`, rawID: `null`, text: "x"},
		{line: `{"id":{"a":1},"text":"x"}`, rawID: `{"a":1}`, errHas: `"id" must be a string or a number, got an object`},
		{line: `{"id":true,"text":"x"}`, rawID: `true`, errHas: `"id" must be a string or a number, got a boolean`},
		{line: `[1,2]`, rawID: `null`, errHas: "a JSON array, not an object"},
		{line: `"text"`, rawID: `null`, errHas: "a JSON string, not an object"},
		{line: `42`, rawID: `null`, errHas: "a JSON number, not an object"},
		{line: `null`, rawID: `null`, errHas: "a JSON null, not an object"},
		{line: `{"id":"k","text":"abc"`, rawID: `"k"`, errHas: "invalid JSON"},
		{line: `{"id":"k","text":"abc"} trailing`, rawID: `"k"`, errHas: "invalid JSON"},
		{line: `{"id":"u","text":"Gr` + "\xfc" + `ße"}`, rawID: `"u"`, text: "Gr\uFFFDße", warn: "not UTF-8"},
		{line: `{"id":"z","text":"a\u0000b"}`, rawID: `"z"`, errHas: "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := tt.line + "\n" + `{"id":"next","text":"weiter"}` + "\n"
			got := collect(JSONLines("docs.jsonl", strings.NewReader(in), Options{}))
			if len(got) != 2 {
				t.Fatalf("got %d sources, want 2: %+v", len(got), got)
			}
			s := got[0]
			if string(s.RawID) != tt.rawID {
				t.Errorf("RawID = %s, want %s", s.RawID, tt.rawID)
			}
			if s.Line != 1 || s.Where() != "docs.jsonl:1" {
				t.Errorf("Line %d, Where %q", s.Line, s.Where())
			}
			if tt.errHas == "" {
				if s.Err != nil || s.Text != tt.text {
					t.Errorf("err %v, text %q; want text %q", s.Err, s.Text, tt.text)
				}
			} else if s.Err == nil || !strings.Contains(s.Err.Error(), tt.errHas) {
				t.Errorf("err = %v, want one containing %q", s.Err, tt.errHas)
			} else if strings.Contains(s.Err.Error(), "Go ") || strings.Contains(s.Err.Error(), "struct") || strings.Contains(s.Err.Error(), "float64") {
				t.Errorf("error names Go types: %v", s.Err)
			}
			if tt.warn != "" && (len(s.Warnings) != 1 || !strings.Contains(s.Warnings[0], tt.warn)) {
				t.Errorf("warnings = %q, want one containing %q", s.Warnings, tt.warn)
			}
			if got[1].Err != nil || got[1].Text != "weiter" || got[1].Line != 2 {
				t.Errorf("the next record was not read: %+v", got[1])
			}
		})
	}
}

func TestJSONLinesEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "\xEF\xBB\xBF", " \r\n"} {
		if got := collect(JSONLines("-", strings.NewReader(in), Options{})); len(got) != 0 {
			t.Errorf("%q: got %d sources, want none", in, len(got))
		}
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
	if string(got[0].RawID) != `"big"` {
		t.Errorf("oversized line lost its id: %s", got[0].RawID)
	}
	if got[1].Err != nil || got[1].Text != "ok" {
		t.Errorf("the line after an oversized one must still be read, got %+v", got[1])
	}
}

// TestJSONLinesTooLongStreams feeds a line far over the limit and checks it
// is not buffered whole.
func TestJSONLinesTooLongStreams(t *testing.T) {
	const size = 64 << 20
	r := io.MultiReader(strings.NewReader(`{"id":"huge","text":"`), &repeatReader{b: 'x', n: size}, strings.NewReader("\"}\n{\"id\":\"b\",\"text\":\"ok\"}"))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got := collect(JSONLines("-", r, Options{MaxBytes: 1 << 20}))
	runtime.ReadMemStats(&after)
	if len(got) != 2 || got[0].Err == nil || got[1].Text != "ok" {
		t.Fatalf("got %+v", got)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("allocated %d MB for a %d MB line over a 1 MB limit: the line was buffered", alloc>>20, size>>20)
	}
}

type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range p[:k] {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"b\"}\n\n{bad\n"))
	f.Add([]byte("{\"text\":\"\\u0000\"}"))
	f.Add([]byte("\xEF\xBB\xBF{\"id\":1e400,\"text\":42}\r\n[1]\nnull\n{\"id\":null,\"text\":\"\xff\"}"))
	f.Add([]byte("{\"id\":\"x\",\"text\":\"" + strings.Repeat("y", 3000) + "\"}\n{\"id\":2}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		lines := 0
		for s := range JSONLines("-", strings.NewReader(string(b)), Options{MaxBytes: 1 << 10}) {
			if s.Line <= lines {
				t.Fatalf("line numbers must increase: %d after %d", s.Line, lines)
			}
			lines = s.Line
			if len(s.RawID) == 0 || !json.Valid(s.RawID) {
				t.Fatalf("line %d: RawID %q is not a JSON value", s.Line, s.RawID)
			}
			if s.ID == "" {
				t.Fatalf("line %d: empty ID", s.Line)
			}
			if s.Err != nil && s.Text != "" {
				t.Fatalf("line %d: error with text", s.Line)
			}
			if !utf8.ValidString(s.Text) || strings.IndexByte(s.Text, 0) >= 0 {
				t.Fatalf("line %d: text not clean UTF-8: %q", s.Line, s.Text)
			}
		}
		if lines > bytes.Count(b, []byte("\n"))+1 {
			t.Fatalf("more records (%d) than lines", lines)
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
	write("UPPER.TXT", "U")
	write("Notes.Md", "N")
	// A symlink loop must not hang the walk.
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	var names []string
	skipped := map[string]string{}
	onSkip := func(path, reason string) {
		rel, _ := filepath.Rel(dir, path)
		skipped[rel] = reason
	}
	for _, s := range collect(Files([]string{dir}, Options{OnSkip: onSkip})) {
		if s.Err != nil {
			t.Fatalf("%s: %v", s.Path, s.Err)
		}
		rel, _ := filepath.Rel(dir, s.Path)
		names = append(names, rel)
	}
	want := []string{"Notes.Md", "UPPER.TXT", "a.txt", "b.txt", "sub/c.md"}
	if !slices.Equal(names, want) {
		t.Errorf("files = %v, want %v", names, want)
	}
	for path, reason := range map[string]string{".hidden": "hidden", "sub/.f.txt": "hidden", "sub/loop": "already read", "sub/d.json": "does not match"} {
		if !strings.Contains(skipped[path], reason) {
			t.Errorf("skip of %s reported as %q, want one mentioning %q (all: %v)", path, skipped[path], reason, skipped)
		}
	}

	names = nil
	for _, s := range collect(Files([]string{dir}, Options{Include: []string{"*.txt"}, Exclude: []string{"b.*"}})) {
		names = append(names, filepath.Base(s.Path))
	}
	if !slices.Equal(names, []string{"UPPER.TXT", "a.txt"}) {
		t.Errorf("include/exclude: files = %v, want [UPPER.TXT a.txt]", names)
	}
}

// relNames runs Files and returns the paths relative to dir, with errors
// marked "ERR path".
func relNames(t *testing.T, dir string, paths []string, opts Options) []string {
	t.Helper()
	var names []string
	for _, s := range collect(Files(paths, opts)) {
		rel, err := filepath.Rel(dir, s.Path)
		if err != nil {
			rel = s.Path
		}
		if s.Err != nil {
			rel = "ERR " + rel
		}
		names = append(names, filepath.ToSlash(rel))
	}
	return names
}

func TestFilesSymlinks(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "data", "inner"), 0o755)
	os.WriteFile(filepath.Join(dir, "data", "a.txt"), []byte("A"), 0o644)
	os.WriteFile(filepath.Join(dir, "data", "inner", "b.txt"), []byte("B"), 0o644)
	os.MkdirAll(filepath.Join(dir, "elsewhere"), 0o755)
	os.WriteFile(filepath.Join(dir, "elsewhere", "c.txt"), []byte("C"), 0o644)
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	link(filepath.Join(dir, "data"), "linked")                         // a folder link named on the command line
	link(filepath.Join(dir, "elsewhere", "c.txt"), "data/c-link.txt")  // a file link inside a folder
	link(filepath.Join(dir, "elsewhere"), "data/more")                 // a folder link inside a folder
	link(filepath.Join(dir, "data"), "data/inner/up")                  // a loop
	link(filepath.Join(dir, "nowhere.txt"), "data/inner/dangling.txt") // a broken link

	got := relNames(t, dir, []string{filepath.Join(dir, "linked")}, Options{})
	want := []string{"linked/a.txt", "linked/c-link.txt", "linked/inner/b.txt", "ERR linked/inner/dangling.txt", "linked/more/c.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("folder link without trailing slash: %v, want %v", got, want)
	}
	// The same with a trailing slash, and with the folder itself.
	if got := relNames(t, dir, []string{filepath.Join(dir, "linked") + "/"}, Options{}); len(got) != len(want) {
		t.Errorf("with trailing slash: %v", got)
	}
	got = relNames(t, dir, []string{filepath.Join(dir, "data")}, Options{})
	if len(got) != len(want) || got[0] != "data/a.txt" {
		t.Errorf("folder itself: %v", got)
	}
	// A file link named on the command line.
	got = relNames(t, dir, []string{filepath.Join(dir, "data", "c-link.txt")}, Options{})
	if !slices.Equal(got, []string{"data/c-link.txt"}) {
		t.Errorf("file link: %v", got)
	}
}

func TestFilesUnreadableSubfolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "locked"), 0o755)
	os.WriteFile(filepath.Join(dir, "locked", "x.txt"), []byte("X"), 0o644)
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("Z"), 0o644)
	if os.Geteuid() == 0 {
		// Root reads any folder: fail the way a locked one does.
		readDir = func(p string) ([]os.DirEntry, error) {
			if filepath.Base(p) == "locked" {
				return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
			}
			return os.ReadDir(p)
		}
		t.Cleanup(func() { readDir = os.ReadDir })
	} else {
		os.Chmod(filepath.Join(dir, "locked"), 0)
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	}
	srcs := collect(Files([]string{dir}, Options{}))
	if len(srcs) != 2 {
		t.Fatalf("got %d sources, want the folder's error and z.txt", len(srcs))
	}
	if srcs[0].Err == nil || filepath.Base(srcs[0].Path) != "locked" || !strings.Contains(srcs[0].Err.Error(), "permission") {
		t.Errorf("unreadable subfolder: %+v", srcs[0])
	}
	if srcs[1].Err != nil || srcs[1].Text != "Z" {
		t.Errorf("the rest must still be read: %+v", srcs[1])
	}
	if n := Count([]string{dir}, Options{}); n != 2 {
		t.Errorf("Count = %d, want 2 (the folder's error is a document of the run)", n)
	}
}

func TestFilesSkipPaths(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("A"), 0o644)
	os.WriteFile(filepath.Join(dir, "report.txt"), []byte("old report"), 0o644)
	if err := os.Symlink(dir, filepath.Join(t.TempDir(), "alias")); err != nil {
		t.Fatal(err)
	}
	var why string
	opts := Options{SkipPaths: []string{filepath.Join(dir, ".", "report.txt"), filepath.Join(dir, "new.md")}, OnSkip: func(p, r string) {
		if filepath.Base(p) == "report.txt" {
			why = r
		}
	}}
	if got := relNames(t, dir, []string{dir}, opts); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("files = %v, want [a.txt]", got)
	}
	if why == "" {
		t.Error("the skipped report was not mentioned")
	}
	// A report not created yet is left out once it appears.
	os.WriteFile(filepath.Join(dir, "new.md"), []byte("x"), 0o644)
	if got := relNames(t, dir, []string{dir}, opts); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("files = %v, want [a.txt]", got)
	}
	// A relative spelling matches too.
	t.Chdir(dir)
	opts.SkipPaths = []string{"report.txt", "new.md"}
	if got := relNames(t, dir, []string{dir}, opts); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("relative skip path: files = %v, want [a.txt]", got)
	}
	if n := Count([]string{dir}, opts); n != 1 {
		t.Errorf("Count = %d, want 1", n)
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

// jsonString's shortcut for strings without escapes decodes every JSON
// string as encoding/json does.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{`""`, `"Grüße"`, `"a\"b"`, `"\u2028 \ud83d\ude00"`, `"„Zitat“ – \\ \/ \b\f\n\r\t"`, `"\ud800"`,
		`"\ud800\u0041"`, `"\ud83d\ude00\ud83d"`, `"\udc00\ud800"`, `"\ud800\ud800\udc00"`, `"\uDEAD\u00E9"`, `"\ud800\n"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var want string
		if json.Unmarshal(raw, &want) != nil || !utf8.Valid(raw) {
			return // parseLine passes only valid JSON strings in valid UTF-8
		}
		raw = bytes.TrimSpace(raw)
		got, err := jsonString(raw)
		if err != nil || got != want {
			t.Fatalf("jsonString(%q) = %q, %v; encoding/json gives %q", raw, got, err, want)
		}
	})
}

// scanRecord reads a line only when encoding/json reads it the same way:
// the same fields with the same raw values.
func FuzzScanRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","text":"Die Kanzlerin sagte:\n\"Wir schaffen das.\""}`,
		` { "id" : 7 , "text" : "x" , "lang":null, "ok": true, "n": -1.5e3 } `,
		`{}`, `{"text":"a","text":"b"}`, `{"id":"\u00e9","text":"\ud83d\ude00"}`,
		`{"id":[1],"text":"x"}`, `{"t\u0065xt":"x"}`, `{"text":"a\x01"}`, `{"text":"x"`, `{"id":tru}`,
		`{"id":01,"text":"x"}`, `{"text":"x"}x`, `{"text":"\q"}`, `{"a":1,}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) {
			return // parseLine has replaced invalid bytes before
		}
		fast, ok := scanRecord(b)
		if !ok {
			return
		}
		slow, err := unmarshalRecord(b)
		if err != nil {
			t.Fatalf("%q: scanRecord read it, encoding/json says %v", b, err)
		}
		if len(fast) != len(slow) {
			t.Fatalf("%q: scanRecord found %d fields, encoding/json %d", b, len(fast), len(slow))
		}
		for k, v := range slow {
			if !bytes.Equal(fast[k], v) {
				t.Fatalf("%q: field %q is %q, encoding/json gives %q", b, k, fast[k], v)
			}
		}
	})
}

// The usual records, as JSON encoders write them, take scanRecord's one
// pass; a shortcut that real records never take would be dead code.
func TestScanRecordReadsUsualRecords(t *testing.T) {
	for _, line := range []string{
		`{"id":"a1","text":"Die Kanzlerin sagte:\n\"Wir schaffen das.\"\n\nBerlin (dpa) – …"}`,
		`{"id": 7, "text": "Zeile\r\nmit \u00e9 und \ud83d\ude00", "source": null, "paywall": false}`,
		`{"text":"ohne id"}`,
	} {
		rec, ok := scanRecord([]byte(line))
		if !ok {
			t.Errorf("%s: not read in one pass", line)
			continue
		}
		if _, ok := rec["text"]; !ok {
			t.Errorf("%s: no text field", line)
		}
	}
}
