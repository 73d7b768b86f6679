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

// A cue coordinated with "und" after a report in Konjunktiv I shares the subject of the
// clause that reports, not of the report; a cue in Konjunktiv I goes on with the report.
func TestCoordinatedCueAfterReport(t *testing.T) {
	wantQuote(t,
		"Die Abgeordnete Carolyn Weber erklärte, der Bürgermeister sei „ein Freund der Autolobby“ und kündigte an, im Herbst gegen ihn anzutreten.",
		"im Herbst gegen ihn anzutreten", "Die Abgeordnete Carolyn Weber")
	wantQuote(t,
		"Der Minister erklärte, die Lage an den Deichen sei ernst, und kündigte an, im Herbst neue Regeln vorzulegen.",
		"im Herbst neue Regeln vorzulegen", "Der Minister")
	wantQuote(t,
		"Die Ärztin sagte, der Patient sei sehr müde und fürchte, dass die Behandlung zu lange dauere.",
		"dass die Behandlung zu lange dauere", "der Patient")
}

// A speech or result noun before a colon does not speak; the one it belongs to does.
func TestColonClauseSpeechNounOfSomeone(t *testing.T) {
	wantQuote(t,
		"Das Fazit von Jana Keller nach zwei Jahren als Leiterin der Stadtbibliothek fällt positiv aus: „Die Leute kommen wieder, und sie bleiben länger.“",
		"Die Leute kommen wieder", "Jana Keller")
	wantQuote(t,
		"Das Fazit der Trainerin fiel nach dem Turnier knapp aus: „Wir haben zu viele Chancen liegen lassen.“",
		"Wir haben zu viele Chancen", "der Trainerin")
}
