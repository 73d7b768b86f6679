package quotes

import "testing"

// All texts here are written for these tests.

// A subject with a long apposition that holds a comma of its own, and a cue verb that follows
// a comma with "aber" or "jedoch" and shares the subject of the clause before it.
func TestCommaConjunctSpeakers(t *testing.T) {
	wantQuotes(t, []quoteCase{
		{"Eva Roth, eine erfahrene, dem linken Flügel der Partei zugehörige Abgeordnete aus Kiel, sagte, die Partei müsse sich erneuern.",
			"die Partei müsse sich erneuern", "Eva Roth"},
		{"Tomas Berg wollte sich zur Zukunft des Hafens noch nicht äußern, betonte jedoch, die Fähre werde im Sommer wieder fahren.",
			"die Fähre werde im Sommer wieder fahren", "Tomas Berg"},
		{"Lina Voss, eine bekannte, seit Jahren im Tierschutz tätige Tierärztin aus Jena, wollte sich nach dem Besuch im Zoo noch nicht festlegen, sagte aber, die Gehege müssten „größer und ruhiger werden“.",
			"größer und ruhiger werden", "Lina Voss"},
		// the clause before the comma is a relative clause inside the subject: the verb after
		// it belongs to the main clause
		{"Der 70-jährige Gärtner, der als Kenner alter Rosen gilt, hofft aber, dass der Park erhalten bleibt.",
			"dass der Park erhalten bleibt", "Der 70-jährige Gärtner"},
	})
}
