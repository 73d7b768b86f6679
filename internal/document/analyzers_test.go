package document_test

import (
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/entities"
	"artikel/internal/keywords"
)

// TestAnalyzersSeeNormalizedWords: the analyzers read words through the
// document, so a soft hyphen or a decomposed umlaut does not hide a name or
// split a term, while spans still point into the text as given.
func TestAnalyzersSeeNormalizedWords(t *testing.T) {
	for name, city := range map[string]string{"soft hyphen": "Mün\u00adchen", "decomposed": "Mu\u0308nchen"} {
		t.Run(name, func(t *testing.T) {
			text := "Der Bürgermeister von " + city + " besuchte am Montag Berlin. " +
				"In " + city + " wird gewählt. " + city + " ist die Hauptstadt Bayerns."
			d := document.New("t", text, "de")
			res, _, err := analysis.Run(entities.Analyzer, d, analysis.Options{})
			if err != nil {
				t.Fatal(err)
			}
			found := 0
			for _, m := range res.(*entities.Result).Mentions {
				if m.Canonical == "München" {
					found++
					if m.Text != city {
						t.Errorf("mention text %q, want the input's %q", m.Text, city)
					}
					if got := string([]rune(text)[m.Start:m.End]); got != m.Text {
						t.Errorf("mention %d..%d cuts %q from the input, not %q", m.Start, m.End, got, m.Text)
					}
				}
			}
			if found != 3 {
				t.Errorf("found München %d times, want 3: %+v", found, res.(*entities.Result).Mentions)
			}
			kw, _, err := analysis.Run(keywords.Analyzer, d, analysis.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ok := false
			for _, term := range kw.(*keywords.Result).Terms {
				if term.Term == "München" && term.Count == 3 {
					ok = true
				}
				if term.Term == "Mün" || term.Term == "chen" {
					t.Errorf("term split at the soft hyphen: %+v", term)
				}
			}
			if !ok {
				t.Errorf("no term München×3 in %+v", kw.(*keywords.Result).Terms)
			}
		})
	}
}
