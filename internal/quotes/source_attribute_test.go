package quotes

import "testing"

// A speech noun whose source follows it as an attribute (von, vom, a possessive or indefinite
// genitive), also in the plural and with a name in apposition, reports the clause after the
// comma, with the attribute as its source. All sentences are written for these tests.
func TestSpeechNounSourceAttribute(t *testing.T) {
	wantReport(t, "Der Stadtrat folgte den Forderungen von Anwohnern der Südstadt, die Brücke für Lastwagen zu sperren.",
		"die Brücke für Lastwagen zu sperren", "den Forderungen von Anwohnern der Südstadt")
	wantReport(t, "Nach der Warnung vom Wetterdienst, der Sturm werde am Abend die Küste erreichen, blieben die Fähren im Hafen.",
		"der Sturm werde am Abend die Küste erreichen", "Wetterdienst")
	wantReport(t, "Trotz der Ankündigung ihres Kapitäns, Lars Ohm, nach der Saison aufzuhören, blieb die Stimmung gut.",
		"nach der Saison aufzuhören", "ihres Kapitäns, Lars Ohm")
	wantReport(t, "Die Hinweise einer Nachbarin, dass im Keller Wasser stehe, nahm die Feuerwehr ernst.",
		"dass im Keller Wasser stehe", "einer Nachbarin")
	// a relative clause after the apposition has a cue of its own: the report is its clause
	res := analyzeFull(t, "Im Saal fiel die Aussage von Jana Berg, Sprecherin des Vereins, die sagte, man müsse noch warten.")
	if len(res.Quotes) != 1 || res.Quotes[0].Text != "man müsse noch warten" {
		t.Errorf("want only the relative clause's report, got %+v", res.Quotes)
	}
	// a plural that is no speech noun, and an addressee after "an", report nothing
	noQuotes(t, "Die Gärten von Anwohnern der Südstadt, die an den Fluss grenzen, stehen unter Wasser.",
		"Die Anfragen an den Vermieter, die Heizung zu reparieren, blieben ohne Antwort.")
}
