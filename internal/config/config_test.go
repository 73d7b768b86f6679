package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(deep); err != nil || p != "" {
		t.Fatalf("no file yet: Find = %q, %v", p, err)
	}
	cfg := filepath.Join(root, FileName)
	os.WriteFile(cfg, []byte("analyzers: [stats, keywords]\ntop: 5\nfail_on: stuffing\nlang: de\nquiet: true\n"), 0o644)
	p, err := Find(deep)
	if err != nil || p != cfg {
		t.Fatalf("Find = %q, %v; want %q", p, err, cfg)
	}
	f, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Key: "analyzers", Line: 1, Values: []string{"stats", "keywords"}, List: true},
		{Key: "top", Line: 2, Values: []string{"5"}},
		{Key: "fail_on", Line: 3, Values: []string{"stuffing"}},
		{Key: "lang", Line: 4, Values: []string{"de"}},
		{Key: "quiet", Line: 5, Values: []string{"true"}},
	}
	if len(f.Entries) != len(want) {
		t.Fatalf("entries = %+v", f.Entries)
	}
	for i, e := range f.Entries {
		if e.Key != want[i].Key || e.Line != want[i].Line || !slices.Equal(e.Values, want[i].Values) || e.List != want[i].List {
			t.Errorf("entry %d = %+v, want %+v", i, e, want[i])
		}
	}
	if FlagName("fail_on") != "fail-on" || Key("max-bytes") != "max_bytes" {
		t.Error("key and flag names do not map")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ content, want string }{
		{"top: 5\ntop: 6\n", "line 2: setting `top` is given twice (first on line 1)"},
		{"- a\n- b\n", "must hold settings"},
		{"fail_on:\n  a: 1\n", "not a nested mapping"},
		{"top: [5\n", "line 1"},
	} {
		p := filepath.Join(dir, "c.yaml")
		os.WriteFile(p, []byte(tt.content), 0o644)
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("%q: err = %v, want it to name the file and say %q", tt.content, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), ": yaml: ") {
			t.Errorf("%q: Go package prefix in %v", tt.content, err)
		}
	}
	empty := filepath.Join(dir, "empty.yaml")
	os.WriteFile(empty, nil, 0o644)
	if f, err := Load(empty); err != nil || len(f.Entries) != 0 {
		t.Errorf("empty file: %v, %v", f, err)
	}
}
