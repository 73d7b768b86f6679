package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"artikel/internal/pipeline"
)

func newAnalyzersCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "analyzers",
		Short: "List the analyzers that --analyzers can select",
		Long: `List the analyzers that --analyzers can select, with the languages they
have resources for, the analyzers each runs first because it reads their
results (those run even when not selected, but are not shown), and the
settings each declares.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tw := tabwriter.NewWriter(io.Out, 0, 4, 2, ' ', 0)
			for _, a := range pipeline.Registry() {
				langs := "any language"
				if a.Languages != nil {
					langs = strings.Join(a.Languages, ", ")
				}
				extra := ""
				if len(a.Requires) > 0 {
					var names []string
					for _, r := range a.Requires {
						names = append(names, r.Name)
					}
					extra += "; runs " + strings.Join(names, ", ") + " first"
				}
				for _, s := range a.Settings {
					extra += "; setting --" + s.Name
				}
				fmt.Fprintf(tw, "%s\t%s\t[%s%s]\n", a.Name, a.Doc, langs, extra)
			}
			return tw.Flush()
		},
	}
}
