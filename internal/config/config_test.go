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
	os.WriteFile(cfg, []byte("analyzers: [stats, keywords]\ntop: 5\nfail_on: [stuffing]\nlang: de\n"), 0o644)
	p, err := Find(deep)
	if err != nil || p != cfg {
		t.Fatalf("Find = %q, %v; want %q", p, err, cfg)
	}
	f, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	v := f.Values()
	if !slices.Equal(v["analyzers"], []string{"stats", "keywords"}) || !slices.Equal(v["top"], []string{"5"}) ||
		!slices.Equal(v["fail-on"], []string{"stuffing"}) || !slices.Equal(v["lang"], []string{"de"}) {
		t.Errorf("values = %v", v)
	}
	if _, ok := v["jobs"]; ok {
		t.Error("absent keys must not be set")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("analyzer: [stats]\n"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "analyzer") || !strings.Contains(err.Error(), bad) {
		t.Errorf("unknown key: err = %v, want it named with the file", err)
	}
	empty := filepath.Join(dir, "empty.yaml")
	os.WriteFile(empty, nil, 0o644)
	if f, err := Load(empty); err != nil || len(f.Values()) != 0 {
		t.Errorf("empty file: %v, %v", f, err)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing file accepted")
	}
}
