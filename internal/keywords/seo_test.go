package keywords

import (
	"strings"
	"testing"

	"artikel/internal/document"
)

func analyzeDE(text, keyphrase string) *Result {
	return Analyze(document.New("t", text, "de"), "de", Options{Keyphrase: keyphrase})
}

func hasStuffing(r *Result) bool {
	for _, w := range r.Warnings {
		if w.Code == "keyword_stuffing" {
			return true
		}
	}
	return false
}

// Short SEO copy: about 100 words, a 4-word keyphrase repeated 7 times in three paragraphs.
func TestShortCopyStuffing(t *testing.T) {
	text := `Ferienwohnung Ostsee mit Hund

Sie suchen eine Ferienwohnung Ostsee mit Hund? Unsere Ferienwohnung Ostsee mit Hund liegt direkt am Strand. Jede Ferienwohnung Ostsee mit Hund hat einen Garten.

Buchen Sie jetzt Ihre Ferienwohnung Ostsee mit Hund und sparen Sie zehn Prozent. Die Ferienwohnung Ostsee mit Hund ist ganzjährig geöffnet und bietet Platz für vier Personen.

Eine Ferienwohnung Ostsee mit Hund finden Sie bei uns schon ab vierzig Euro pro Nacht. Rufen Sie an, schreiben Sie uns oder kommen Sie vorbei. Wir freuen uns auf Ihren Besuch und auf Ihren Hund. Auch Kinder sind willkommen. Die Ferienwohnung Ostsee mit Hund wartet.
`
	r := analyzeDE(text, "Ferienwohnung Ostsee mit Hund")
	if r.Words < 80 || r.Words > 130 {
		t.Fatalf("fixture has %d words, want about 100", r.Words)
	}
	if r.Keyphrase.Assessment != assessWayOver {
		t.Errorf("assessment %s, want way_over (adjusted %.2f)", r.Keyphrase.Assessment, r.Keyphrase.AdjustedDensity)
	}
	if !hasStuffing(r) {
		t.Errorf("short stuffed copy not flagged: %+v", r.Warnings)
	}
	// The same page with the phrase said twice is fine.
	honest := strings.Replace(text, "Ferienwohnung Ostsee mit Hund", "Wohnung", 6)
	if r := analyzeDE(honest, ""); hasStuffing(r) {
		t.Errorf("honest copy flagged: %+v", r.Warnings)
	}
}

// A keyphrase matched only verbatim is judged by the exact-match band (good ≤ 3 %), also when its
// sentences hold other forms of its words elsewhere.
func TestVerbatimKeyphraseUsesExactBand(t *testing.T) {
	var b strings.Builder
	b.WriteString("Solarpark Nord\n\n")
	for i := range 12 {
		b.WriteString("Der Solarpark Nord liegt neben dem Gelände der beiden älteren Solarparks im Tal. ")
		if i%3 == 2 {
			b.WriteString("\n\n")
		}
		b.WriteString("Die Gemeinde plant dort seit Jahren neue Wege für Radfahrer aus der Stadt. ")
		b.WriteString("Im Sommer finden auf den Wiesen viele Feste statt, zu denen Gäste aus dem ganzen Land anreisen. ")
	}
	r := analyzeDE(b.String(), "Solarpark Nord")
	kp := r.Keyphrase
	if kp.Count != 12 {
		t.Fatalf("count %d, want 12", kp.Count)
	}
	if kp.AdjustedDensity <= maxGood || kp.AdjustedDensity > maxGoodWordForms {
		t.Fatalf("fixture: adjusted density %.2f, want between 3 and 3.5", kp.AdjustedDensity)
	}
	if kp.WordForms || kp.Assessment != assessOver {
		t.Errorf("word_forms %v, assessment %s; want false, over", kp.WordForms, kp.Assessment)
	}
}

// The detected focus keyphrase is a name or noun phrase, not the frequent adjective.
func TestDetectedKeyphraseIsNoun(t *testing.T) {
	text := `Neue Regeln für Exporte

Die deutschen Firmen exportieren weniger. Viele deutschen Hersteller melden Verluste, und die deutschen Banken sind vorsichtig.
Die Regierung will den deutschen Unternehmen helfen. Auch die deutschen Gewerkschaften fordern Hilfe von der Regierung.
Die Regierung plant ein Programm. Ein Sprecher der Regierung sagte, die deutschen Exporte seien stabil.
`
	r := analyzeDE(text, "")
	if r.Keyphrase == nil || r.Keyphrase.Phrase != "Regierung" {
		t.Errorf("keyphrase %+v, want Regierung", r.Keyphrase)
	}
}
