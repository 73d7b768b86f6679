package quotes

import "testing"

// A separable cue whose particle stands after an apposition, an enumeration or an inserted
// clause in the middle field still reports the clause after the particle. All sentences are
// written for these tests.
func TestSeparableCueSplitByCommas(t *testing.T) {
	wantReport(t, "Die Ministerin geht seit dem Besuch beim Landrat, Peter Kunz, davon aus, dass die Straße bald wieder öffnet.",
		"dass die Straße bald wieder öffnet", "Die Ministerin")
	wantReport(t, "Der Verband schlug dem Minister für Verkehr, Bau und Wohnen vor, die Gebühr nur für Lastwagen zu erheben.",
		"die Gebühr nur für Lastwagen zu erheben", "Der Verband")
	wantReport(t, "Die Gegnerin warf dem Bürgermeister, nachdem dessen Plan bekannt wurde, vor, er habe die Anwohner getäuscht.",
		"er habe die Anwohner getäuscht", "Die Gegnerin")
	// a particle of another verb after the comma is no report: "schlug" alone is no cue
	noQuotes(t, "Der Stürmer schlug den Ball, der schon im Aus war, zurück, und das Spiel ging weiter.")
}
