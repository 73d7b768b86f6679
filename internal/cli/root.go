package cli

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitGate  = 1 // a document failed a --fail-on gate
	ExitUsage = 2 // bad usage, or no document could be read
)

// Version is set at build time with -ldflags "-X artikel/internal/cli.Version=…".
var Version = ""

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// NewRootCmd builds the artikel command tree on the given streams.
func NewRootCmd(io *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "artikel",
		Short: "Analyze German news articles: language, structure, keywords, quotes, entities",
		Long: `artikel analyzes news articles, German first: it detects the language, splits
paragraphs, sentences and words the way a German reader would, and runs
analyzers over the text. The report is readable on a terminal (--format text)
and parseable by programs (--format json|jsonl).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &exitError{code: ExitUsage, err: fmt.Errorf("%v (run '%s --help' for usage)", err, cmd.CommandPath())}
	})
	root.AddCommand(newAnalyzeCmd(io), newAnalyzersCmd(io), newConfigCmd(io), newVersionCmd(io))
	return root
}

// Main runs artikel with args and returns the process exit code.
func Main(args []string, io *IOStreams) int {
	root := NewRootCmd(io)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err.Error() != "" {
			fmt.Fprintf(io.ErrOut, "artikel: %v\n", ee.err)
		}
		return ee.code
	}
	// Anything cobra itself rejects (unknown command, bad arguments) is usage.
	fmt.Fprintf(io.ErrOut, "artikel: %v\n", err)
	return ExitUsage
}

func newVersionCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the artikel version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(io.Out, "artikel %s (%s, %s/%s)\n", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
