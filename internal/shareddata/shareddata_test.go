package shareddata

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEnvVarWins(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "data", "x"), 0o755)
	t.Setenv(EnvVar, dir)
	if got := Dir(); got != dir {
		t.Errorf("Dir() = %q, want %q", got, dir)
	}
	if got := Path("data/x"); got != filepath.Join(dir, "data", "x") {
		t.Errorf("Path = %q", got)
	}
	if got := Path("data/missing"); got != "" {
		t.Errorf("Path of a missing file = %q, want \"\"", got)
	}
}

func TestEnvVarMissingFolder(t *testing.T) {
	t.Setenv(EnvVar, filepath.Join(t.TempDir(), "nope"))
	if got := Dir(); got != "" {
		t.Errorf("Dir() = %q, want \"\" for a missing folder", got)
	}
}

// TestSiblingOfModuleRoot builds a module with a shared folder beside it and
// looks it up from a package folder inside, as go test runs.
func TestSiblingOfModuleRoot(t *testing.T) {
	t.Setenv(EnvVar, "")
	root := t.TempDir()
	mod := filepath.Join(root, "repo")
	pkg := filepath.Join(mod, "internal", "pkg")
	os.MkdirAll(pkg, 0o755)
	os.MkdirAll(filepath.Join(root, "shared", "data"), 0o755)
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module x\n"), 0o644)
	t.Chdir(pkg)
	got := Dir()
	if got != filepath.Join("..", "..", "..", "shared") {
		t.Errorf("Dir() = %q, want the relative ../../../shared", got)
	}
	if filepath.IsAbs(got) || strings.Contains(got, root) {
		t.Errorf("Dir() names a machine path: %q", got)
	}
	os.RemoveAll(filepath.Join(root, "shared"))
	if got := Dir(); got != "" {
		t.Errorf("without the folder Dir() = %q, want \"\"", got)
	}
}

// TestNoMachinePaths fails when code, tests or docs reach the reference data
// through an absolute path of one machine instead of Dir.
func TestNoMachinePaths(t *testing.T) {
	root := filepath.Join("..", "..")
	abs := regexp.MustCompile("(^|[\\s\"'`(=:])/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*/shared(/|\\b)")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); p != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "bin") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".go", ".md", ".sh", ".yaml", ".yml":
		default:
			if d.Name() != "Makefile" {
				return nil
			}
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if abs.MatchString(line) && !strings.Contains(line, "/path/to/") {
				t.Errorf("%s:%d: absolute path to the reference data; use shareddata.Dir (../shared or $%s): %s", p, i+1, EnvVar, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
