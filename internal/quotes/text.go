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
// its quotations (shortened) and the sentences that go on reporting them, in text order, and
// the quotations without a speaker last.
func (r *Result) WriteText(w io.Writer, rd *analysis.Render) error {
	var b strings.Builder
	noneQuotes, noneFree := unnamed(r.Quotes), unnamed(r.FreeIndirect)
	fmt.Fprintf(&b, "Quotes: %s from %s", plural(len(r.Quotes), "quote"), plural(len(r.Speakers), "speaker"))
	if len(noneQuotes) > 0 {
		fmt.Fprintf(&b, ", %d without speaker", len(noneQuotes))
	}
	if len(r.FreeIndirect) > 0 {
		fmt.Fprintf(&b, ", %d free indirect", len(r.FreeIndirect))
		b.WriteString(" („…“ direct, ~ indirect, ≈ free indirect)\n")
	} else {
		b.WriteString(" („…“ direct, ~ indirect)\n")
	}
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
		fmt.Fprintf(&b, " — %s\n", counts(s.Direct, s.Indirect, s.FreeIndirect))
		r.writeQuotes(&b, s.Quotes, s.FreeIndirectQuotes)
	}
	if len(noneQuotes)+len(noneFree) > 0 {
		direct := 0
		for _, i := range noneQuotes {
			if r.Quotes[i].Type == "direct" {
				direct++
			}
		}
		fmt.Fprintf(&b, "  (no speaker) — %s\n", counts(direct, len(noneQuotes)-direct, len(noneFree)))
		r.writeQuotes(&b, noneQuotes, noneFree)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// unnamed lists the indexes of the quotations without a speaker name.
func unnamed(qs []Quote) []int {
	var out []int
	for i, q := range qs {
		if q.SpeakerName == "" {
			out = append(out, i)
		}
	}
	return out
}

// counts says "1 direct, 2 indirect, 1 free indirect", leaving out a zero.
func counts(direct, indirect, free int) string {
	var parts []string
	if direct > 0 {
		parts = append(parts, fmt.Sprintf("%d direct", direct))
	}
	if indirect > 0 {
		parts = append(parts, fmt.Sprintf("%d indirect", indirect))
	}
	if free > 0 {
		parts = append(parts, fmt.Sprintf("%d free indirect", free))
	}
	return strings.Join(parts, ", ")
}

// writeQuotes lists the quotations qs and the free indirect sentences fs (indexes, each in text
// order) merged in text order, so that a continued report follows its quotation.
func (r *Result) writeQuotes(b *strings.Builder, qs, fs []int) {
	at := func(list []Quote, idx []int) *Quote {
		if len(idx) == 0 || idx[0] < 0 || idx[0] >= len(list) {
			return nil
		}
		return &list[idx[0]]
	}
	for len(qs) > 0 || len(fs) > 0 {
		q, f := at(r.Quotes, qs), at(r.FreeIndirect, fs)
		if len(fs) == 0 || len(qs) > 0 && (f == nil || q != nil && q.Start <= f.Start) {
			if q != nil {
				writeQuote(b, *q)
			}
			qs = qs[1:]
			continue
		}
		if f != nil {
			writeQuote(b, *f)
		}
		fs = fs[1:]
	}
}

func writeQuote(b *strings.Builder, q Quote) {
	text := shorten(strings.Join(strings.Fields(q.Text), " "), maxQuoteRunes)
	switch q.Type {
	case "direct":
		fmt.Fprintf(b, "    „%s“\n", text)
	case "free_indirect":
		fmt.Fprintf(b, "    ≈ %s\n", text)
	default:
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
