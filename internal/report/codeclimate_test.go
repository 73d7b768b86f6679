package report

import (
	"encoding/json"
	"testing"
)

// TestCodeClimate checks what GitLab's code quality report requires of each
// issue: description, check_name, fingerprint, severity (one of info, minor,
// major, critical, blocker), location.path and location.lines.begin.
func TestCodeClimate(t *testing.T) {
	out := render(t, "codeclimate", spanReport(), unreadableReport(), jsonlReport(), analyzeFixture(t, "stuffing.txt"))
	var got []map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(got) != 4+1+1+2 {
		t.Fatalf("%d issues, want 8:\n%s", len(got), out)
	}
	severities := map[string]bool{"info": true, "minor": true, "major": true, "critical": true, "blocker": true}
	fingerprints := map[string]bool{}
	type summary struct {
		check, severity, path string
		begin                 float64
	}
	var sums []summary
	for i, is := range got {
		for _, k := range []string{"description", "check_name", "fingerprint", "severity"} {
			if s, ok := is[k].(string); !ok || s == "" {
				t.Errorf("issue %d: %s missing or empty: %v", i, k, is[k])
			}
		}
		if !severities[is["severity"].(string)] {
			t.Errorf("issue %d: severity %v", i, is["severity"])
		}
		fp := is["fingerprint"].(string)
		if fingerprints[fp] {
			t.Errorf("issue %d: fingerprint %s repeated", i, fp)
		}
		fingerprints[fp] = true
		loc, _ := is["location"].(map[string]any)
		lines, _ := loc["lines"].(map[string]any)
		path, _ := loc["path"].(string)
		begin, _ := lines["begin"].(float64)
		if path == "" || begin < 1 {
			t.Errorf("issue %d: location %v", i, is["location"])
		}
		sums = append(sums, summary{is["check_name"].(string), is["severity"].(string), path, begin})
	}
	for i, w := range []summary{
		{"style/measure", "info", "dir/a b.txt", 3},
		{"style/cross", "major", "dir/a b.txt", 2},
		{"encoding", "major", "dir/a b.txt", 1},
		{"fail-on/words>3", "blocker", "dir/a b.txt", 1},
		{"input", "critical", "gone.txt", 1},
		{"style/count", "critical", "docs.jsonl", 3},
		{"keywords/keyword_stuffing", "major", "testdata/ci/stuffing.txt", 3},
		{"keywords/keyphrase_density", "info", "testdata/ci/stuffing.txt", 1},
	} {
		if sums[i] != w {
			t.Errorf("issue %d: %+v, want %+v", i, sums[i], w)
		}
	}
}

func TestCodeClimateEmptyRun(t *testing.T) {
	if out := string(render(t, "codeclimate")); out != "[]\n" {
		t.Errorf("empty run: %q", out)
	}
}
