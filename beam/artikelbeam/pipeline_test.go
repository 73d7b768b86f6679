package artikelbeam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"artikel/internal/cli"
)

// The tests run the pipeline on Beam's local runner, Prism, and compare its
// files with what `artikel analyze --format jsonl` prints for the same input.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// beamRun runs the pipeline and returns its document lines (sorted), dead
// letters (sorted) and the summary file's content.
func beamRun(t *testing.T, o Options) (docs, dead []string, summary []byte) {
	t.Helper()
	o.Output = filepath.Join(t.TempDir(), "out", "run")
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	docs = readShards(t, DocumentsPattern(o.Output))
	dead = readShards(t, DeadLettersPattern(o.Output))
	summary, err := os.ReadFile(SummaryPath(o.Output))
	if err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(o.Output + "*tmp*")
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	return docs, dead, summary
}

func readShards(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i, f := range files {
		if want := fmt.Sprintf("%05d-of-%05d.jsonl", i, len(files)); !strings.HasSuffix(f, want) {
			t.Errorf("shard %s: want a name ending in %s", f, want)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) == 0 || b[len(b)-1] != '\n' {
			t.Errorf("%s: empty or no final line end", f)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	slices.Sort(lines)
	return lines
}

// cliRun runs `artikel analyze --format jsonl -q ARGS` in this process and
// splits its output into the lines of documents that were read, those of
// documents that could not be read, and the summary line.
func cliRun(t *testing.T, args ...string) (docs, failed []string, summary []byte) {
	t.Helper()
	var out, errOut bytes.Buffer
	args = append([]string{"analyze", "--format", "jsonl", "-q"}, args...)
	if code := cli.Main(args, &cli.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != 0 {
		t.Fatalf("artikel %s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	summary = []byte(lines[len(lines)-1] + "\n")
	if !strings.HasPrefix(lines[len(lines)-1], `{"type":"summary"`) {
		t.Fatalf("the CLI's last line is not the summary: %.100s", lines[len(lines)-1])
	}
	for _, l := range lines[:len(lines)-1] {
		var d struct {
			Errors []struct{ Code string } `json:"errors"`
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("CLI output: %v", err)
		}
		if slices.ContainsFunc(d.Errors, func(e struct{ Code string }) bool { return e.Code == "input" }) {
			failed = append(failed, l)
		} else {
			docs = append(docs, l)
		}
	}
	slices.Sort(docs)
	return docs, failed, summary
}

// wantDeadLetters turns the CLI's objects for unreadable documents into the
// dead letters the pipeline should write for them.
func wantDeadLetters(t *testing.T, failed []string) []string {
	var out []string
	for _, l := range failed {
		var d struct {
			ID     json.RawMessage `json:"id"`
			Path   string          `json:"path"`
			Line   int             `json:"line"`
			Errors []struct {
				Message string `json:"message"`
			} `json:"errors"`
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(deadLetterJSON{ID: d.ID, Path: d.Path, Line: d.Line, Error: d.Errors[0].Message})
		out = append(out, string(b))
	}
	slices.Sort(out)
	return out
}

func compareLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d lines, the CLI %d", what, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("%s line %d differs from the CLI's:\n got %.300s\nwant %.300s", what, i, got[i], want[i])
		}
	}
}

// normalizeSummary parses a summary and puts its lists of documents in id
// order, the order the pipeline writes them in.
func normalizeSummary(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("summary: %v", err)
	}
	for _, k := range []string{"errors", "gate_failures"} {
		list, _ := m[k].([]any)
		slices.SortStableFunc(list, func(x, y any) int {
			a, b := x.(map[string]any), y.(map[string]any)
			return strings.Compare(a["id"].(string)+"\x00"+a["message"].(string), b["id"].(string)+"\x00"+b["message"].(string))
		})
	}
	if list, ok := m["stuffing"].([]any); ok {
		slices.SortFunc(list, func(x, y any) int { return strings.Compare(x.(string), y.(string)) })
	}
	return m
}

func TestJSONLinesMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "docs.jsonl")
	fixture, err := os.ReadFile("testdata/docs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	// The bundled sample adds a long article with quotes and keyword stuffing.
	sample, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := json.Marshal(map[string]string{"id": "sample", "text": string(sample)})
	data := append(append(fixture, rec...), '\n')
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name     string
		settings func(*Settings)
		args     []string
	}{
		{"defaults", func(*Settings) {}, nil},
		{"flags", func(s *Settings) {
			s.Analyzers, s.Lang, s.Tokens, s.Top = "keywords,quotes", "de", true, 3
			s.Values = map[string]string{"keyphrase": "Radwege"}
		}, []string{"--analyzers", "keywords,quotes", "--lang", "de", "--keyphrase", "Radwege", "--tokens", "--top", "3"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			set := DefaultSettings()
			set.MaxBytes = 20000
			c.settings(&set)
			// Small pieces, so that lines are numbered across pieces.
			docs, dead, summary := beamRun(t, Options{Input: path, InputFormat: "jsonl", ChunkBytes: 1500, Settings: set})
			args := append([]string{"--input", "jsonl", "--max-bytes", "20000"}, c.args...)
			wantDocs, failed, wantSummary := cliRun(t, append(args, path)...)

			compareLines(t, "documents", docs, wantDocs)
			compareLines(t, "dead letters", dead, wantDeadLetters(t, failed))
			if len(failed) != 4 {
				t.Errorf("the fixture has 4 bad records, the CLI reported %d", len(failed))
			}
			got, want := normalizeSummary(t, summary), normalizeSummary(t, wantSummary)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("summary differs from the CLI's:\n got %s\nwant %s", summary, wantSummary)
			}
			if n := got["documents"].(float64); int(n) != len(wantDocs)+len(failed) {
				t.Errorf("summary counts %v documents, want %d", n, len(wantDocs)+len(failed))
			}
		})
	}
}

func TestTextFilesMatchCLI(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("../../testdata/sample/reaim-gipfel.txt", "reaim-gipfel.txt")
	// Odd inputs: CRLF line ends, an empty file, Windows-1252, binary.
	for _, name := range []string{"crlf.txt", "empty.txt", "windows-1252.txt", "binary.txt"} {
		copyFile(filepath.Join("../../testdata/input", name), name)
	}
	copyFile("../../testdata/sample/reaim-gipfel.txt", "zweite.md")

	docs, dead, summary := beamRun(t, Options{Input: filepath.Join(dir, "*"), InputFormat: "text", Settings: DefaultSettings()})
	wantDocs, failed, wantSummary := cliRun(t, dir)

	compareLines(t, "documents", docs, wantDocs)
	compareLines(t, "dead letters", dead, wantDeadLetters(t, failed))
	if len(failed) != 1 {
		t.Errorf("want one unreadable file (binary.txt), the CLI reported %d", len(failed))
	}
	// For files, id order is the CLI's path order: the summary is the same
	// bytes.
	if !bytes.Equal(summary, wantSummary) {
		t.Errorf("summary differs from the CLI's:\n got %s\nwant %s", summary, wantSummary)
	}
}

func TestBuildRejectsBadOptions(t *testing.T) {
	good := Options{Input: "x.jsonl", InputFormat: "jsonl", Output: "out/x", Settings: DefaultSettings()}
	for name, change := range map[string]func(*Options){
		"no input":     func(o *Options) { o.Input = "" },
		"no output":    func(o *Options) { o.Output = "" },
		"format":       func(o *Options) { o.InputFormat = "xml" },
		"analyzer":     func(o *Options) { o.Analyzers = "keywords,nope" },
		"lang":         func(o *Options) { o.Lang = "deutsch" },
		"languages":    func(o *Options) { o.Languages = []string{"de", "xx"} },
		"top":          func(o *Options) { o.Top = 0 },
		"max bytes":    func(o *Options) { o.MaxBytes = -1 },
		"setting":      func(o *Options) { o.Values = map[string]string{"no_such_setting": "x"} },
		"scheme":       func(o *Options) { o.Input = "nofs://bucket/x.jsonl" },
		"unchanged ok": nil,
	} {
		o := good
		if change != nil {
			change(&o)
		}
		_, s := beam.NewPipelineWithRoot()
		err := Build(s, o)
		if (err == nil) != (change == nil) {
			t.Errorf("%s: Build error = %v", name, err)
		}
	}
}
