package quotes

import "testing"

// All texts here are written for these tests.

// An apposition between commas inside a clause that introduces a quotation with a colon
// does not end that clause: its subject still speaks.
func TestColonClauseWithApposition(t *testing.T) {
	wantQuote(t,
		"Ihren Ärger über die Pläne brachte die Sprecherin des Schwimmvereins, Petra Krause, am Abend zum Ausdruck: „Ohne Hallenbad lernen die Kinder nicht mehr schwimmen.“",
		"Ohne Hallenbad lernen", "die Sprecherin des Schwimmvereins")
	wantQuote(t,
		"Am Abend wandte sich der Leiter der Feuerwehr, Jonas Wetzel, an die Anwohner: „Bitte halten Sie die Fenster bis morgen geschlossen.“",
		"Bitte halten Sie", "der Leiter der Feuerwehr")
}
