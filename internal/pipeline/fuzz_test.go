package pipeline

import (
	"testing"

	"artikel/internal/input"
)

// FuzzAnalyze runs every analyzer on arbitrary text as German and as
// English. A panic inside an analyzer becomes a document error, so any error
// here is a bug.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Titel\nA Coruña, Spanien, 05. Februar 2026 – Berlin Morgen Zeitschrift, „Zitat.“, sagte Ruben Brekelmans.",
		"„“»«‚‘\"'", "z. B. 1.000.000 € (GDL) Chinas", "Von Anna Schmidt\nBERLIN (dpa) - Text.",
		"He said: \"Yes.\" Barack Obama met Merkel.",
	} {
		f.Add(s)
	}
	configs := []*Config{
		{Analyzers: Registry(), Lang: "de", Options: optionsWithKeyphrase("")},
		{Analyzers: Registry(), Lang: "en", Options: optionsWithKeyphrase("\"said\"")},
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, cfg := range configs {
			rep := cfg.Analyze(input.Source{ID: "fuzz", Text: text})
			if len(rep.Errors) > 0 {
				t.Fatalf("lang %s: %v", cfg.Lang, rep.Errors)
			}
		}
	})
}
