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
	for name, values := range file.Values() {
		f := cmd.Flags().Lookup(name)
		if f == nil || f.Changed {
			continue
		}
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			if err := sv.Replace(values); err != nil {
				return nil, usageErrorf("%s: %s: %v", path, name, err)
			}
		} else if err := f.Value.Set(strings.Join(values, ",")); err != nil {
			return nil, usageErrorf("%s: %s: %v", path, name, err)
		}
		sources[name] = path
	}
	return sources, nil
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
flags, for example:

  analyzers: [stats, keywords, quotes, entities]
  languages: [de, en]
  keyphrase: KI Abkommen
  top: 10
  include: ["*.txt", "*.md"]
  exclude: [drafts]
  fail_on: [stuffing, "keyphrase.adjusted_density>4"]
  max_bytes: 10485760

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
				fmt.Fprintf(tw, "%s\t%s\t%s\n", n, showValue(f), sources[n])
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
