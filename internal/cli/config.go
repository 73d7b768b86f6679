package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"artikel/internal/config"
	"artikel/internal/gate"
)

// applyConfig fills every flag the user did not give from the configuration
// file (--config, or .artikel.yaml found upward from the working directory).
// It returns where each flag's value came from: "flag", the file's path, or
// "default".
func applyConfig(cmd *cobra.Command, explicit string) (map[string]string, error) {
	sources := map[string]string{}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Changed {
			sources[f.Name] = "flag"
		} else {
			sources[f.Name] = "default"
		}
	})
	path := explicit
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return sources, nil
		}
		if path, err = config.Find(wd); err != nil || path == "" {
			return sources, nil
		}
	}
	file, err := config.Load(path)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	for _, e := range file.Entries {
		name := config.FlagName(e.Key)
		f := cmd.Flags().Lookup(name)
		if f == nil || name == "help" || name == "config" {
			return nil, usageErrorf("%s: unknown setting `%s` (line %d)%s", path, e.Key, e.Line, suggestKey(cmd, e.Key))
		}
		if f.Changed {
			continue
		}
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			// A single value where a list is expected is a list of one.
			if err := sv.Replace(e.Values); err != nil {
				return nil, usageErrorf("%s: setting `%s` (line %d): %s", path, e.Key, e.Line, plainValueError(f, err))
			}
		} else {
			if e.List && len(e.Values) != 1 {
				return nil, usageErrorf("%s: setting `%s` (line %d) takes one value, not a list", path, e.Key, e.Line)
			}
			if err := f.Value.Set(strings.Join(e.Values, ",")); err != nil {
				return nil, usageErrorf("%s: setting `%s` (line %d): %s", path, e.Key, e.Line, plainValueError(f, err))
			}
		}
		sources[name] = path
	}
	return sources, nil
}

// plainValueError says what a setting takes instead of quoting a Go parse error.
func plainValueError(f *pflag.Flag, err error) string {
	switch f.Value.Type() {
	case "int", "int64":
		return "must be a whole number"
	case "bool":
		return "must be true or false"
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.Contains(msg, "strconv") {
		msg = msg[i+2:]
	}
	return msg
}

// suggestKey names the nearest known setting, if one is close.
func suggestKey(cmd *cobra.Command, key string) string {
	best, bestD := "", 1<<30
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Name == "help" || f.Name == "config" {
			return
		}
		k := config.Key(f.Name)
		if d := gate.Distance(key, k); d < bestD {
			best, bestD = k, d
		}
	})
	if best != "" && bestD <= max(2, len(key)/3) {
		return fmt.Sprintf("; did you mean `%s`?", best)
	}
	return " (run `artikel config` to list the settings)"
}

func newConfigCmd(io *IOStreams) *cobra.Command {
	opts := &AnalyzeOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "config [flags]",
		Short: "Print the resolved settings of analyze and where each comes from",
		Long: `Print the settings 'artikel analyze' would use with the same flags, and where
each value comes from: a flag, the configuration file, or the default.

The configuration file is .artikel.yaml, looked for in the working directory
and its parents (or given with --config). It holds the same settings as the
flags of 'artikel analyze', under the names this command prints (a flag's
dashes become underscores: --fail-on is fail_on); a list setting also takes
a single value. For example:

  analyzers: [stats, keywords, quotes, entities]
  languages: [de, en]
  keyphrase: KI Abkommen
  top: 10
  include: ["*.txt", "*.md"]
  exclude: [drafts]
  fail_on: [stuffing, "keyphrase.adjusted_density>4"]
  max_bytes: 10485760
  quiet: true

Flags given on the command line win over the file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sources, err := applyConfig(cmd, opts.Config)
			if err != nil {
				return err
			}
			var names []string
			cmd.Flags().VisitAll(func(f *pflag.Flag) {
				if f.Name != "help" && f.Name != "config" {
					names = append(names, f.Name)
				}
			})
			sort.Strings(names)
			tw := tabwriter.NewWriter(io.Out, 0, 4, 2, ' ', 0)
			fmt.Fprintf(tw, "SETTING\tVALUE\tFROM\n")
			for _, n := range names {
				f := cmd.Flags().Lookup(n)
				fmt.Fprintf(tw, "%s\t%s\t%s\n", config.Key(n), showValue(f), sources[n])
			}
			return tw.Flush()
		},
	}
	bindAnalyzeFlags(cmd, opts)
	return cmd
}

func showValue(f *pflag.Flag) string {
	if sv, ok := f.Value.(pflag.SliceValue); ok {
		return "[" + strings.Join(sv.GetSlice(), ", ") + "]"
	}
	if f.Value.String() == "" {
		return `""`
	}
	return f.Value.String()
}
