package report

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// The report layer renders typed results through the interfaces in
// analysis; it must not link the analyzers, their models or lingua.
func TestReportDoesNotLinkAnalyzers(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	forbidden := []string{"artikel/internal/pipeline", "artikel/internal/ner", "artikel/internal/entities",
		"artikel/internal/keywords", "artikel/internal/quotes", "artikel/internal/stats", "artikel/internal/langid",
		"github.com/pemistahl/lingua-go", "github.com/jdkato/prose"}
	seen := map[string]bool{}
	var walk func(path, chain string)
	walk = func(path, chain string) {
		if seen[path] {
			return
		}
		seen[path] = true
		for _, f := range forbidden {
			if path == f || strings.HasPrefix(path, f+"/") {
				t.Errorf("report depends on %s via %s", path, chain)
				return
			}
		}
		if !strings.HasPrefix(path, "artikel/") {
			return
		}
		pkg, err := build.ImportDir(filepath.Join(root, strings.TrimPrefix(path, "artikel/")), 0)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, imp := range pkg.Imports {
			walk(imp, chain+" -> "+imp)
		}
	}
	walk("artikel/internal/report", "artikel/internal/report")
}
