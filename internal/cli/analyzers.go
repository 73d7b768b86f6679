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
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tw := tabwriter.NewWriter(io.Out, 0, 4, 2, ' ', 0)
			for _, a := range pipeline.Registry() {
				langs := "any language"
				if a.Languages != nil {
					langs = strings.Join(a.Languages, ", ")
				}
				fmt.Fprintf(tw, "%s\t%s\t[%s]\n", a.Name, a.Doc, langs)
			}
			return tw.Flush()
		},
	}
}
