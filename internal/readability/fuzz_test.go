package readability

import (
	"testing"
	"unicode/utf8"

	"artikel/internal/document"
)

// FuzzAnalyze feeds any text to the analyzer: it must not panic, and its
// figures and flagged spans must stay consistent with the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "Die Katze schläft. Der Hund wird gefüttert.", "Ü-Ä-ö ß? y! qu eau ie-ien",
		"Titel\n\nEr kam. Er sah. Er ging.\n", "The bridge was built. It is red.", "\xff\xfe a-b--c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		n := utf8.RuneCountInString(text)
		for _, lang := range []string{"de", "en"} {
			r := Analyze(document.New("f", text, lang), lang)
			if r.Sentences > 0 && (r.Words == 0 || r.Syllables < r.Words) {
				t.Fatalf("%s: %d words, %d syllables in %d sentences", lang, r.Words, r.Syllables, r.Sentences)
			}
			for _, fl := range r.Flagged.All() {
				if fl.Start < 0 || fl.End > n || fl.Start >= fl.End || len(fl.Reasons) == 0 {
					t.Fatalf("%s: bad flagged span %+v in %d code points", lang, fl, n)
				}
			}
		}
		for _, w := range []string{text, text + "-" + text} {
			if Syllables(w, "de") < 1 || Syllables(w, "en") < 1 {
				t.Fatalf("syllables of %q below 1", w)
			}
		}
	})
}
