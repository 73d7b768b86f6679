package quotes

import (
	"artikel/internal/analysis"

	"fmt"
	"io"
	"sort"
	"strings"
)

// maxQuoteRunes is how much of a quotation the terminal report shows.
const maxQuoteRunes = 110

// WriteText prints one line per speaker with its counts, most quoted first, each followed by
// its quotations (shortened), and the quotations without a speaker last.
func (r *Result) WriteText(w io.Writer, rd *analysis.Render) error {
	var b strings.Builder
	none := 0
	for _, q := range r.Quotes {
		if q.SpeakerName == "" {
			none++
		}
	}
	fmt.Fprintf(&b, "Quotes: %s from %s", plural(len(r.Quotes), "quote"), plural(len(r.Speakers), "speaker"))
	if none > 0 {
		fmt.Fprintf(&b, ", %d without speaker", none)
	}
	b.WriteString(" („…“ direct, ~ indirect)\n")
	order := make([]int, len(r.Speakers))
	for i := range order {
		order[i] = i
	}
	// most quoted first; ties keep the order of first appearance
	sort.SliceStable(order, func(i, j int) bool {
		return len(r.Speakers[order[i]].Quotes) > len(r.Speakers[order[j]].Quotes)
	})
	if rd != nil && rd.Top > 0 && len(order) > rd.Top {
		defer fmt.Fprintf(w, "  … and %s more (--top %d)\n", plural(len(order)-rd.Top, "speaker"), rd.Top)
		order = order[:rd.Top]
	}
	for _, k := range order {
		s := r.Speakers[k]
		fmt.Fprintf(&b, "  %s", s.Name)
		if len(s.Roles) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(s.Roles, "; "))
		}
		if s.Type != "" {
			fmt.Fprintf(&b, " [%s]", s.Type)
		}
		fmt.Fprintf(&b, " — %s\n", counts(s.Direct, s.Indirect))
		for _, i := range s.Quotes {
			if i >= 0 && i < len(r.Quotes) {
				writeQuote(&b, r.Quotes[i])
			}
		}
	}
	if none > 0 {
		d, in := 0, 0
		for _, q := range r.Quotes {
			if q.SpeakerName == "" {
				if q.Type == "direct" {
					d++
				} else {
					in++
				}
			}
		}
		fmt.Fprintf(&b, "  (no speaker) — %s\n", counts(d, in))
		for _, q := range r.Quotes {
			if q.SpeakerName == "" {
				writeQuote(&b, q)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// counts says "1 direct, 2 indirect", leaving out a zero.
func counts(direct, indirect int) string {
	var parts []string
	if direct > 0 {
		parts = append(parts, fmt.Sprintf("%d direct", direct))
	}
	if indirect > 0 {
		parts = append(parts, fmt.Sprintf("%d indirect", indirect))
	}
	return strings.Join(parts, ", ")
}

func writeQuote(b *strings.Builder, q Quote) {
	text := shorten(strings.Join(strings.Fields(q.Text), " "), maxQuoteRunes)
	if q.Type == "direct" {
		fmt.Fprintf(b, "    „%s“\n", text)
	} else {
		fmt.Fprintf(b, "    ~ %s\n", text)
	}
}

// shorten cuts text to at most n runes at a word boundary, marking the cut with "…".
func shorten(text string, n int) string {
	r := []rune(text)
	if len(r) <= n {
		return text
	}
	cut := n - 1
	for k := cut; k > n*2/3; k-- {
		if r[k] == ' ' {
			cut = k
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + " …"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
