// Package shareddata finds the project's reference data: the evaluation
// corpora and scorers, which are kept beside the repository rather than in it
// (some of them may not be redistributed). The data is looked up in the
// folder named by the ARTIKEL_SHARED environment variable, else in ../shared
// seen from the module root. Tests that need it skip without it.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar names the environment variable that points at the reference data.
const EnvVar = "ARTIKEL_SHARED"

// Dir returns the reference data folder, or "" when there is none: the
// folder in $ARTIKEL_SHARED, else "shared" next to the module root (the
// nearest folder above the working directory holding go.mod).
func Dir() string {
	if d := os.Getenv(EnvVar); d != "" {
		if isDir(d) {
			return d
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared")
			if !isDir(d) {
				return ""
			}
			// Relative to the working directory, so that messages and
			// recorded paths name no machine.
			if rel, err := filepath.Rel(wd, d); err == nil {
				return rel
			}
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the file or folder rel inside the reference data, or "" when
// it is not there.
func Path(rel string) string {
	d := Dir()
	if d == "" {
		return ""
	}
	p := filepath.Join(d, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Require returns Path(rel), or skips the test with a message saying how to
// provide the data.
func Require(tb testing.TB, rel string) string {
	tb.Helper()
	p := Path(rel)
	if p == "" {
		tb.Skipf("reference data %s not found: put the shared data folder next to the repository (../shared) or set %s to it", rel, EnvVar)
	}
	return p
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// Glob returns the files matching pattern inside the reference folder rel
// (e.g. "data/news-de", "*.txt"), in sorted order, or skips the test with
// the message of Require when the folder is missing or holds none.
func Glob(tb testing.TB, rel, pattern string) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(Require(tb, rel), pattern))
	if len(files) == 0 {
		tb.Skipf("reference data %s has no %s files", rel, pattern)
	}
	return files
}
