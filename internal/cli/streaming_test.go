package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// The README's Hadoop Streaming / Spark pipe() recipe: each task pipes its
// split of a JSON Lines file through `artikel analyze --input jsonl --format
// jsonl --jobs 1 -q -`. The task outputs, concatenated in split order and
// without the summary line each task adds, must be the lines one run over
// the whole file writes, except that "line" counts from the split's start.
func TestStreamingSplitsConcatenate(t *testing.T) {
	sample, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	add := func(id any, text string) {
		b, _ := json.Marshal(map[string]any{"id": id, "text": text})
		lines = append(lines, string(b))
	}
	paragraphs := strings.Split(string(sample), "\n")
	for i, p := range paragraphs {
		add(fmt.Sprintf("p%02d", i), p)
	}
	add("sample", string(sample))
	add(7, "Kurzer Text über Bonn.")
	lines = append(lines, `{"id": "bad", "text": ohne Anführungszeichen}`)
	add("en", "The council approved the budget on Tuesday after a long debate.")
	whole := strings.Join(lines, "\n") + "\n"

	run := func(in string) []string {
		var out, errOut bytes.Buffer
		args := []string{"analyze", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "-q", "--no-summary", "-"}
		Main(args, &IOStreams{In: strings.NewReader(in), Out: &out, ErrOut: &errOut})
		var docs []string
		for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
			// --no-summary leaves out the per-task summary line.
			if strings.HasPrefix(l, `{"type":"summary"`) {
				t.Fatalf("summary line despite --no-summary: %s", l)
			}
			docs = append(docs, l)
		}
		return docs
	}
	want := run(whole)
	if len(want) != len(lines) {
		t.Fatalf("whole run: %d document lines for %d input lines", len(want), len(lines))
	}

	lineField := regexp.MustCompile(`^\{"id":("[^"]*"|\d+),"line":(\d+),`)
	for _, parts := range []int{2, 3, 7} {
		var got []string
		size := (len(lines) + parts - 1) / parts
		for start := 0; start < len(lines); start += size {
			end := min(start+size, len(lines))
			for _, l := range run(strings.Join(lines[start:end], "\n") + "\n") {
				// A task sees its split only: shift its line numbers by the
				// lines of the splits before it, and the id of a record that
				// has none (a malformed one), which is its line number.
				l = lineField.ReplaceAllStringFunc(l, func(m string) string {
					sub := lineField.FindStringSubmatch(m)
					var n int
					fmt.Sscan(sub[2], &n)
					id := sub[1]
					if id == `"`+sub[2]+`"` {
						id = fmt.Sprintf(`"%d"`, n+start)
					}
					return fmt.Sprintf(`{"id":%s,"line":%d,`, id, n+start)
				})
				got = append(got, l)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%d splits: %d lines, whole run %d", parts, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%d splits: line %d differs:\n got %.200s\nwant %.200s", parts, i+1, got[i], want[i])
			}
		}
	}
}
