package keywords

import (
	"artikel/internal/analysis"

	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// textTerms is how many terms and phrases the terminal section lists when
// no --top is given.
const textTerms = 10

const (
	ansiReset  = "\x1b[0m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiBold   = "\x1b[1m"
)

func paint(color bool, s, colour string) string {
	if !color || colour == "" {
		return s
	}
	return colour + s + ansiReset
}

// bandColour: good is green, over and okay yellow, way over, too low and bad red.
func bandColour(band string) string {
	switch band {
	case assessGood:
		return ansiGreen
	case assessOver, "okay":
		return ansiYellow
	case assessTooLow, assessWayOver, distributionBadly:
		return ansiRed
	}
	return ""
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// WriteText writes the keyword section of the terminal report: the keyphrase with its Yoast band,
// a table of top terms, the top repeated phrases and the warnings.
func (r *Result) WriteText(w io.Writer, rd *analysis.Render) error {
	bw := bufio.NewWriter(w)
	color := rd != nil && rd.Color
	limit := textTerms
	if rd != nil && rd.Top > 0 {
		limit = rd.Top
	}
	fmt.Fprintf(bw, "%s  %d words, %d content words", paint(color, "Keywords", ansiBold), r.Words, r.ContentWords)
	if rd != nil && rd.Doc != nil && rd.Doc.Words() != r.Words {
		// Yoast leaves the title out of the keyword statistics.
		bw.WriteString(" (title not counted)")
	}
	bw.WriteString("\n")
	if kp := r.Keyphrase; kp != nil {
		phrase := kp.Phrase
		if kp.Exact {
			phrase = `"` + phrase + `"`
		}
		fmt.Fprintf(bw, "  Keyphrase (%s): %s — %d×, density %.2f %% (adjusted %.2f %%): %s\n",
			kp.Source, phrase, kp.Count, kp.Density, kp.AdjustedDensity,
			paint(color, strings.ReplaceAll(kp.Assessment, "_", " "), bandColour(kp.Assessment)))
		fmt.Fprintf(bw, "    in %d paragraphs; distribution: longest gap %d of %d sentences (%.0f %%): %s\n",
			kp.Paragraphs, kp.Distribution.LongestGap, kp.Distribution.Sentences,
			kp.Distribution.LongestGapShare*100, paint(color, kp.Distribution.Assessment, bandColour(kp.Distribution.Assessment)))
		fmt.Fprintf(bw, "    in title: %s, in first paragraph: %s, in headings: %s\n",
			yesNo(kp.InTitle), yesNo(kp.InFirstParagraph), yesNo(kp.InHeadings))
	}
	if len(r.Terms) > 0 {
		fmt.Fprintln(bw, "  Top terms")
		tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "    term\tcount\tdensity\tforms")
		for i, t := range r.Terms {
			if i == limit {
				break
			}
			fmt.Fprintf(tw, "    %s\t%d\t%.2f %%\t%s\n", t.Term, t.Count, t.Density, strings.Join(t.Forms, ", "))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(r.Phrases) > 0 {
		fmt.Fprintln(bw, "  Repeated phrases")
		for i, p := range r.Phrases {
			if i == limit {
				break
			}
			fmt.Fprintf(bw, "    %d× in %d paragraphs  %s\n", p.Count, p.Paragraphs, p.Phrase)
		}
	}
	for _, wn := range r.Warnings {
		fmt.Fprintf(bw, "  %s %s\n", paint(color, "warning: "+wn.Code+":", ansiRed), wn.Message)
	}
	return bw.Flush()
}
