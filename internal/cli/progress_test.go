package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/schollz/progressbar/v3"
)

// When stdout and stderr are the same terminal, the bar is cleared before
// each part of the report, so no bar text is glued to a report line.
func TestProgressClearedBeforeReport(t *testing.T) {
	var term bytes.Buffer // stands for the one terminal both streams write to
	p := &progress{bar: progressbar.NewOptions(3, progressbar.OptionSetWriter(&term), progressbar.OptionSetDescription("analyzing"))}
	p.add()
	if !strings.Contains(term.String(), "analyzing") {
		t.Fatalf("bar not drawn: %q", term.String())
	}
	w := p.clearing(&term)
	w.Write([]byte("== a.txt\nTitle: x\n"))
	out := term.String()
	at := strings.Index(out, "== a.txt")
	lineStart := strings.LastIndexAny(out[:at], "\r\n")
	if lineStart < 0 || strings.TrimSpace(out[lineStart+1:at]) != "" {
		t.Errorf("report header shares its line with the bar: %q", out)
	}
}
