package entities

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

func analyze(t *testing.T, text, lang string) *Result {
	t.Helper()
	res, err := Analyzer.Run(newPass(document.New("t", text, lang), analysis.Options{Top: 10}))
	if err != nil {
		t.Fatal(err)
	}
	return res.(*Result)
}

func entity(r *Result, canonical string) *Entity {
	for i := range r.Entities {
		if r.Entities[i].Canonical == canonical {
			return &r.Entities[i]
		}
	}
	return nil
}

func TestSample(t *testing.T) {
	b, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := analyze(t, string(b), "de")
	us := entity(r, "Vereinigte Staaten")
	if us == nil || us.Type != LOC || !slices.Contains(us.Forms, "USA") || !slices.Contains(us.Forms, "Vereinigte Staaten") {
		t.Errorf("USA and Vereinigte Staaten must be one place: %+v", us)
	}
	for _, place := range []string{"China", "Peking", "Washington", "A Coruña", "Spanien", "Russland", "Niederlande"} {
		if e := entity(r, place); e == nil || e.Type != LOC {
			t.Errorf("%s: %+v, want LOC", place, e)
		}
	}
	if e := entity(r, "Ruben Brekelmans"); e == nil || e.Type != PER || !slices.Contains(e.Forms, "Brekelmans") {
		t.Errorf("Ruben Brekelmans: %+v, want PER including the surname-only mention", e)
	}
	if e := entity(r, "REAIM"); e == nil || (e.Type != ORG && e.Type != MISC) {
		t.Errorf("REAIM: %+v, want ORG or MISC", e)
	}
	for _, m := range r.Mentions {
		for _, common := range []string{"Abkommen", "Gipfel", "KI", "Experten"} {
			if m.Text == common {
				t.Errorf("common noun %q tagged as %s", common, m.Type)
			}
		}
		if got := []rune(string(b))[m.Start:m.End]; string(got) != m.Text {
			t.Errorf("mention offsets %d:%d select %q, not %q", m.Start, m.End, string(got), m.Text)
		}
	}
	if e := entity(r, "China"); e == nil || !slices.Contains(e.Forms, "chinesische") {
		t.Errorf("derived form chinesische should refer to China: %+v", e)
	}
}

func TestCanonicalForms(t *testing.T) {
	g := loadGazetteer()
	seen := map[string]string{"Deutsche Bahn": "Deutsche Bahn"}
	acr := map[string]string{"GDL": "Gewerkschaft Deutscher Lokomotivführer"}
	people := []string{"Angela Merkel", "Ruben Brekelmans"}
	tests := []struct{ text, typ, want string }{
		{"Chinas", LOC, "China"},
		{"USA", LOC, "Vereinigte Staaten"},
		{"Vereinigten Staaten", LOC, "Vereinigte Staaten"},
		{"Beijing", LOC, "Peking"},
		{"Merkels", PER, "Angela Merkel"},
		{"Brekelmans", PER, "Ruben Brekelmans"},
		{"Deutschen Bahn", ORG, "Deutsche Bahn"},
		{"GDL", ORG, "Gewerkschaft Deutscher Lokomotivführer"},
		{"Spaniens", LOC, "Spanien"},
		{"Siemens", ORG, "Siemens"}, // no "Siemen" anywhere: stays
	}
	for _, tt := range tests {
		if got := resolve(tt.text, tt.typ, g, seen, acr, people, false); got != tt.want {
			t.Errorf("resolve(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for word, want := range map[string]string{"chinesischen": "China", "US-amerikanische": "Vereinigte Staaten", "Russischer": "Russland", "europäischen": "Europa"} {
		if k, ok := g.country(word); !ok || k.canonical != want {
			t.Errorf("country(%q) = %q, want %q", word, k.canonical, want)
		}
	}
	if _, ok := g.country("Abkommen"); ok {
		t.Error("a noun taken for a nationality adjective")
	}
}

func TestAcronymInParentheses(t *testing.T) {
	if got := acronymAfter("Gewerkschaft Deutscher Lokomotivführer (GDL) streikt", len("Gewerkschaft Deutscher Lokomotivführer")); got != "GDL" {
		t.Errorf("acronymAfter = %q", got)
	}
	for _, s := range []string{" (dpa)", " (2024)", " (siehe unten)", ""} {
		if got := acronymAfter("X"+s, 1); got != "" {
			t.Errorf("acronymAfter(%q) = %q, want none", s, got)
		}
	}
}

func TestEnglish(t *testing.T) {
	r := analyze(t, "Barack Obama met Angela Merkel in Berlin on Monday. Obama said the talks with Germany went well.", "en")
	var got []string
	for _, m := range r.Mentions {
		got = append(got, m.Text+"/"+m.Type)
	}
	joined := strings.Join(got, " ")
	for _, want := range []string{"Barack Obama/PER", "Berlin/LOC"} {
		if !strings.Contains(joined, want) {
			t.Errorf("English mentions %v lack %s", got, want)
		}
	}
}

func TestEmptyAndEdge(t *testing.T) {
	for _, text := range []string{"", "„", "(((", "A"} {
		r := analyze(t, text, "de")
		if r.Mentions == nil || r.Entities == nil {
			t.Errorf("%q: lists must be empty, not nil", text)
		}
	}
}

func newPass(d *document.Document, opts analysis.Options) *analysis.Pass {
	return analysis.NewPass(Analyzer, d, opts, map[*analysis.Analyzer]any{}, nil)
}

func TestTextWrapsToWidthAndHonoursTop(t *testing.T) {
	r := &Result{top: 20}
	for _, name := range []string{"Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig"} {
		r.Entities = append(r.Entities, Entity{Canonical: name, Type: LOC, Count: 1})
	}
	var b strings.Builder
	if err := r.WriteText(&b, &analysis.Render{Width: 40}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if n := utf8.RuneCountInString(line); n > 40 {
			t.Errorf("line of %d characters: %q", n, line)
		}
	}
	if !strings.Contains(b.String(), "Leipzig (1)") || !strings.Contains(b.String(), "0 mentions of 8 entities") {
		t.Errorf("report:\n%s", b.String())
	}
	b.Reset()
	r.WriteText(&b, &analysis.Render{Top: 2})
	if strings.Contains(b.String(), "München") || !strings.Contains(b.String(), "Hamburg (1)") {
		t.Errorf("--top 2 not honoured:\n%s", b.String())
	}
}

// prose's tokenizer slices out of range on invalid UTF-8; English text with
// stray bytes (possible from library callers) must still be tagged.
func TestEnglishInvalidUTF8(t *testing.T) {
	text := "Officials in China\xbf\xde said on Monday that Boris Johnson\xfc/ had left London.\xba"
	res, err := Analyzer.Run(newPass(document.New("t", text, "en"), analysis.Options{Top: 10}))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range res.(*Result).Mentions {
		if strings.Contains(m.Text, "London") {
			found = true
		}
	}
	if !found {
		t.Errorf("no London among %+v", res.(*Result).Mentions)
	}
}
