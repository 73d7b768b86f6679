package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"gopkg.in/yaml.v3"

	"artikel/internal/report"
)

// The GitHub Action (action.yml) and the pre-commit hook
// (.pre-commit-hooks.yaml) at the repository root call artikel with flags;
// these tests keep them in step with the CLI.

type actionFile struct {
	Name    string
	Inputs  map[string]struct{ Description, Default string }
	Outputs map[string]struct{ Description, Value string }
	Runs    struct {
		Using string
		Steps []actionStep
	}
}

type actionStep struct {
	Name             string
	ID               string
	If               string
	Uses             string
	Shell            string
	Run              string
	Env              map[string]string
	With             map[string]string
	WorkingDirectory string `yaml:"working-directory"`
}

func readAction(t *testing.T) actionFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(b, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

// analyzeFlags are the long flags `artikel analyze --help` lists.
func analyzeFlags(t *testing.T) []string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Main([]string{"analyze", "--help"}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != ExitOK {
		t.Fatalf("analyze --help: exit %d: %s", code, errOut.String())
	}
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^\s+(?:-\w, )?--([a-z][a-z-]*)`).FindAllStringSubmatch(out.String(), -1) {
		flags = append(flags, m[1])
	}
	if !slices.Contains(flags, "format") {
		t.Fatalf("no --format in analyze --help:\n%s", out.String())
	}
	return flags
}

// checkFlags fails for every --flag after "artikel analyze" in a command
// line that analyze does not have.
func checkFlags(t *testing.T, where, command string, flags []string) {
	t.Helper()
	i := strings.Index(command, "artikel analyze")
	if i < 0 {
		return
	}
	line := command[i:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	for _, m := range regexp.MustCompile(`(?:^|\s)--([a-z][a-z-]*)`).FindAllStringSubmatch(line, -1) {
		if !slices.Contains(flags, m[1]) {
			t.Errorf("%s: artikel analyze has no --%s", where, m[1])
		}
	}
}

func TestActionFile(t *testing.T) {
	a := readAction(t)
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", a.Runs.Using)
	}
	for _, in := range []string{"paths", "fail-on", "format", "sarif", "sarif-file", "version", "args"} {
		if _, ok := a.Inputs[in]; !ok {
			t.Errorf("input %q missing", in)
		} else if a.Inputs[in].Description == "" {
			t.Errorf("input %q has no description", in)
		}
	}
	if f := a.Inputs["format"].Default; !slices.Contains(report.Formats, f) {
		t.Errorf("default format %q is not one of %v", f, report.Formats)
	}
	flags := analyzeFlags(t)
	ref := regexp.MustCompile(`\$\{\{\s*inputs\.([a-z-]+)\s*\}\}`)
	var uploads, builds int
	for _, s := range a.Runs.Steps {
		where := "step " + s.Name
		checkFlags(t, where, s.Run, flags)
		// Inputs reach scripts through env, never pasted into the script, so
		// a path or rule cannot inject shell code.
		if m := ref.FindString(s.Run); m != "" {
			t.Errorf("%s: %s inside run (pass it through env)", where, m)
		}
		var used []string
		for _, v := range s.Env {
			used = append(used, v)
		}
		for _, v := range s.With {
			used = append(used, v)
		}
		used = append(used, s.If)
		for _, v := range used {
			for _, m := range ref.FindAllStringSubmatch(v, -1) {
				if _, ok := a.Inputs[m[1]]; !ok {
					t.Errorf("%s: uses undeclared input %q", where, m[1])
				}
			}
		}
		for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(s.If, -1) {
			if _, ok := a.Inputs[m[1]]; !ok {
				t.Errorf("%s: if uses undeclared input %q", where, m[1])
			}
		}
		if s.Run != "" && s.Shell == "" {
			t.Errorf("%s: a composite run step needs a shell", where)
		}
		if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
			uploads++
			if s.If != "inputs.sarif == 'true'" || s.With["sarif_file"] != "${{ inputs.sarif-file }}" {
				t.Errorf("%s: uploads %q when %q", where, s.With["sarif_file"], s.If)
			}
		}
		if strings.Contains(s.Run, "./cmd/artikel") {
			builds++
			if s.WorkingDirectory != "${{ github.action_path }}" {
				t.Errorf("%s: builds in %q, not the action's own directory", where, s.WorkingDirectory)
			}
		}
	}
	if uploads != 1 || builds != 1 {
		t.Errorf("%d SARIF uploads and %d builds, want one each", uploads, builds)
	}
}

// TestActionScripts runs the action's shell steps (testdata/action/*.txtar)
// with artikel on PATH, as a runner would after the build step. Each step
// with an id is in $WORK/step-ID.sh; its env is set by the script.
func TestActionScripts(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	a := readAction(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/action",
		Setup: func(env *testscript.Env) error {
			env.Setenv("INPUTS", filepath.Join(root, "testdata", "input"))
			for _, s := range a.Runs.Steps {
				if s.ID == "" || s.Run == "" {
					continue
				}
				if err := os.WriteFile(filepath.Join(env.WorkDir, "step-"+s.ID+".sh"), []byte(s.Run), 0o755); err != nil {
					return err
				}
			}
			return nil
		},
	})
}

func TestPreCommitHook(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Name, Entry, Language, Files string
	}
	if err := yaml.Unmarshal(b, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 || hooks[0].ID != "artikel" || hooks[0].Language != "golang" {
		t.Fatalf("hooks %+v", hooks)
	}
	h := hooks[0]
	if !strings.HasPrefix(h.Entry, "artikel analyze ") {
		t.Errorf("entry %q does not run artikel analyze", h.Entry)
	}
	checkFlags(t, "pre-commit entry", h.Entry, analyzeFlags(t))
	files := regexp.MustCompile(h.Files)
	for name, want := range map[string]bool{"articles/a.txt": true, "b.md": true, "main.go": false, "a.txt.bak": false} {
		if files.MatchString(name) != want {
			t.Errorf("files %q matches %s: %v", h.Files, name, !want)
		}
	}
	// The entry runs as written on staged files: exit 1 for stuffing.
	args := append(strings.Fields(h.Entry)[1:], filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt"))
	var out, errOut bytes.Buffer
	if code := Main(args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != ExitGate {
		t.Errorf("hook on the stuffed sample: exit %d, want %d\n%s", code, ExitGate, errOut.String())
	}
	if !strings.Contains(errOut.String(), "reaim-gipfel.txt: stuffing:") {
		t.Errorf("the hook does not say why:\n%s", errOut.String())
	}
}
