package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run `artikel` as a command inside this test binary.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"artikel": func() { os.Exit(Main(os.Args[1:], System())) },
	})
}

// TestScripts runs the end-to-end CLI tests in testdata/script/*.txtar.
// $SAMPLE is the bundled sample article, $INPUTS the folder of odd inputs.
func TestScripts(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLE", filepath.Join(root, "testdata", "sample", "reaim-gipfel.txt"))
			env.Setenv("INPUTS", filepath.Join(root, "testdata", "input"))
			return nil
		},
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
	})
}
