package quotes

import (
	"fmt"
	"io"
	"strings"
)

// WriteText prints the quotations grouped by speaker, then those without a speaker.
func (r *Result) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Quotes: %d (%d speakers)\n", len(r.Quotes), len(r.Speakers))
	for _, s := range r.Speakers {
		fmt.Fprintf(&b, "  %s", s.Name)
		if len(s.Roles) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(s.Roles, "; "))
		}
		fmt.Fprintf(&b, ": %d direct, %d indirect\n", s.Direct, s.Indirect)
		for _, i := range s.Quotes {
			writeQuote(&b, r.Quotes[i])
		}
	}
	first := true
	for _, q := range r.Quotes {
		if q.SpeakerName != "" {
			continue
		}
		if first {
			b.WriteString("  (no speaker)\n")
			first = false
		}
		writeQuote(&b, q)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeQuote(b *strings.Builder, q Quote) {
	text := strings.Join(strings.Fields(q.Text), " ")
	if r := []rune(text); len(r) > 160 {
		text = string(r[:157]) + "…"
	}
	if q.Type == "direct" {
		fmt.Fprintf(b, "    [direct]   „%s“\n", text)
	} else {
		fmt.Fprintf(b, "    [indirect] %s\n", text)
	}
}
