package quotes

import (
	"bytes"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

func TestDisplayQuote(t *testing.T) {
	for _, c := range []struct {
		q    Quote
		lang string
		want string
	}{
		{Quote{Text: "Wir bauen.", Type: "direct"}, "de", "„Wir bauen.“"},
		{Quote{Text: "We build.", Type: "direct"}, "en", "“We build.”"},
		{Quote{Text: "„Schon da“", Type: "direct"}, "de", "„Schon da“"},
		{Quote{Text: "dass es regnet", Type: "indirect"}, "de", "dass es regnet"},
	} {
		if got := displayQuote(&c.q, c.lang); got != c.want {
			t.Errorf("displayQuote(%q) = %q, want %q", c.q.Text, got, c.want)
		}
	}
}

func TestPanelGroupsBySpeakerWithOneColourEach(t *testing.T) {
	doc := document.New("t", "…", "de")
	sp := func(s string) *document.Span { return &document.Span{Start: 1, End: 2, Text: s} }
	r := &Result{Quotes: []Quote{
		{Start: 0, End: 5, Text: "Wir bauen", Type: "direct", SpeakerName: "Anna Weber", Speaker: sp("Weber"), Cue: sp("sagte")},
		{Start: 6, End: 9, Text: "Ohne Namen", Type: "direct"},
		{Start: 10, End: 15, Text: "das sei gut", Type: "indirect", SpeakerName: "Karl Brandt", Cue: sp("sagte")},
		{Start: 20, End: 25, Text: "Wir sind schnell.", Type: "direct", Speaker: sp("Karl Brandt")},
	}}
	rd := &analysis.Render{Doc: doc, ID: "d"}
	groups := r.groups(rd)
	if len(groups) != 3 || groups[0].Name != "Karl Brandt" || len(groups[0].Quotes) != 2 || groups[1].Name != "Anna Weber" || groups[2].Name != "" {
		t.Fatalf("groups = %+v, want Karl Brandt (2), Anna Weber, unattributed", groups)
	}
	// Anna Weber speaks first, so she has the first colour, in the panel and the text.
	if groups[1].Class != "spk-0" || groups[0].Class != "spk-1" {
		t.Errorf("colours: Brandt %s, Weber %s", groups[0].Class, groups[1].Class)
	}
	for _, h := range r.Highlights(rd) {
		if want := map[string]string{"d-q0": "hl q spk-0", "d-q0s": "hl sp spk-0", "d-q1": "hl q spk-x", "d-q3": "hl q spk-1"}[h.ID]; want != "" && h.Class != want {
			t.Errorf("highlight %s has class %q, want %q", h.ID, h.Class, want)
		}
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf, rd); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<a href="#d-q0">„Wir bauen“</a>`) {
		t.Errorf("panel does not link the first quote to its highlight:\n%s", buf.String())
	}
}
