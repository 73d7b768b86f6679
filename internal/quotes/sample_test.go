package quotes

import (
	"os"
	"strings"
	"testing"

	"artikel/internal/document"
)

func loadSample(t *testing.T) *Result {
	raw, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Skip("sample absent")
	}
	return Analyze(document.New("sample", string(raw), "de"))
}

func TestSample(t *testing.T) {
	res := loadSample(t)
	if testing.Verbose() {
		var b strings.Builder
		_ = res.WriteText(&b, nil)
		t.Log("\n" + b.String())
	}
	var direct []Quote
	for _, q := range res.Quotes {
		if q.Type == "direct" {
			direct = append(direct, q)
		}
	}
	if len(direct) != 2 {
		t.Fatalf("want 2 direct quotes, got %d: %+v", len(direct), direct)
	}
	b := direct[0]
	if !strings.HasPrefix(b.Text, "Künstliche Intelligenz wird") || !strings.HasSuffix(b.Text, "bei Menschen liegen.") {
		t.Errorf("Brekelmans quote text %q", b.Text)
	}
	if b.Speaker == nil || b.Speaker.Text != "Ruben Brekelmans" || b.Role != "Verteidigungsminister der Niederlande" {
		t.Errorf("Brekelmans speaker %+v role %q", b.Speaker, b.Role)
	}
	if b.Cue == nil || b.Cue.Text != "sagte" {
		t.Errorf("Brekelmans cue %+v", b.Cue)
	}
	p := direct[1]
	if p.Text != "Entmenschlichung der Kriegsführung" || p.Speaker == nil || p.Speaker.Text != "Forscher" {
		t.Errorf("partial quote %q speaker %+v", p.Text, p.Speaker)
	}
	for _, q := range res.Quotes {
		if strings.HasPrefix(q.Text, "Die USA und China haben") {
			t.Errorf("the dateline's \"berichtet aus …:\" is not a report: %+v", q)
		}
	}
	want := map[string]string{"Chinesische Delegierte": "dass Peking grundsätzlich", "Experten": "dass ein Wettrüsten"}
	for _, q := range res.Quotes {
		if q.Type != "indirect" || q.Speaker == nil {
			continue
		}
		if pre, ok := want[q.Speaker.Text]; ok && strings.HasPrefix(q.Text, pre) {
			delete(want, q.Speaker.Text)
		}
	}
	for spk, pre := range want {
		t.Errorf("missing indirect quote %q… by %q", pre, spk)
	}
}
