package entities

import (
	"bytes"
	"strings"
	"testing"

	"artikel/internal/analysis"
)

func TestHighlightLayersByType(t *testing.T) {
	r := &Result{
		Mentions: []Mention{{Type: PER}, {Type: "EVENT"}, {Type: LOC}, {Type: "WORK"}, {Type: "ZZZ"}},
		Entities: []Entity{{Canonical: "Anna <b>", Type: PER, Count: 1, Forms: []string{"Anna <b>", "Anna"}}},
	}
	for i := range r.Mentions {
		r.Mentions[i].Start, r.Mentions[i].End = i*10, i*10+3
	}
	layers := map[string]string{}
	for _, h := range r.Highlights(&analysis.Render{ID: "d"}) {
		if l, ok := layers[h.Layer]; ok && l != h.Label {
			t.Errorf("layer %s has labels %q and %q", h.Layer, l, h.Label)
		}
		layers[h.Layer] = h.Label
	}
	// The common types keep their colours; the others share the two spare ones.
	want := map[string]string{"ent-0": "Person", "ent-2": "Place", "ent-4": "EVENT, ZZZ", "ent-5": "WORK"}
	for l, label := range want {
		if layers[l] != label {
			t.Errorf("layer %s = %q, want %q (all %v)", l, layers[l], label, layers)
		}
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf, &analysis.Render{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<span class="hl ent ent-0">Anna &lt;b&gt;</span><br><span class="muted">Anna</span>`) {
		t.Errorf("entity row not escaped or forms missing:\n%s", buf.String())
	}
}
