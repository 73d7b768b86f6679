package quotes

import "testing"

// All texts here are written for these tests.

// A relative clause opened by "in" or "auf" that says what stands in a text ("…, in der es
// heißt, …", a passive without agent) gives the report to the text it refers to; a clause
// with a subject of its own keeps that subject.
func TestTextRelativeSpeakers(t *testing.T) {
	wantQuotes(t, []quoteCase{
		{"Der Elternbeirat verteilte ein Schreiben der Schulleitung, in dem es heißt, dass der Unterricht am Freitag ausfalle.",
			"dass der Unterricht am Freitag ausfalle", "ein Schreiben der Schulleitung"},
		{"Die Gemeinde zitiert eine Mitteilung des Wasserverbands, in der es zur Trockenheit auch heißt, dass die Brunnen sinken.",
			"dass die Brunnen sinken", "eine Mitteilung des Wasserverbands"},
		{"Der Vorstand erhielt einen Brief der Kleingärtner, in dem er aufgefordert wird, die Hecken zu schneiden.",
			"die Hecken zu schneiden", "einen Brief der Kleingärtner"},
		// a verb particle closes the main clause before the relative clause
		{"Der Imkerverein legte einen Bericht vor, in dem behauptet wird, die Bienen seien gesund.",
			"die Bienen seien gesund", "einen Bericht"},
		// a participle closes the main clause before the relative clause
		{"Die Mieter hatten ein Schreiben der Hausverwaltung erhalten, in dem sie aufgefordert wurden, die Fahrräder aus dem Flur zu räumen.",
			"die Fahrräder aus dem Flur zu räumen", "ein Schreiben der Hausverwaltung"},
		// the relative clause has its own subject: it speaks
		{"Der Wirt hängte einen Zettel auf, in dem er forderte, dass niemand im Hof parke.",
			"dass niemand im Hof parke", "er"},
	})
}

// A relative pronoun right before its cue is the subject of the cue ("…, der angab, …"),
// named by the phrase it refers to; in a passive relative clause ("…, die beschuldigt werden,
// …") the pronoun is the one spoken about, and no one is named.
func TestRelativePronounBeforeCue(t *testing.T) {
	cases := []struct{ text, quote, speaker, name string }{
		{"Die Polizei befragte einen jungen Radfahrer, der angab, den Lieferwagen erkannt zu haben.",
			"den Lieferwagen erkannt zu haben", "der", "jungen Radfahrer"},
		{"Die Trainerin lobte die Ruderer, die erklärten, sie wollten im Winter weiter hart arbeiten.",
			"sie wollten im Winter weiter hart arbeiten", "die", "Ruderer"},
		{"Am Abend wurden zwei Männer festgenommen, die beschuldigt werden, Geld aus einem Kiosk genommen zu haben.",
			"Geld aus einem Kiosk genommen zu haben", "", ""},
	}
	for _, c := range cases {
		wantQuote(t, c.text, c.quote, c.speaker)
		wantSpeakerName(t, c.text, c.quote, c.name)
	}
}

// The past participle of a verb with an inseparable prefix looks like its preterite; before a
// noun, after an article or a preposition, it is an adjective and no cue ("auf nicht näher
// bezeichnete Quellen", "der bekannten Köchin"); the finite verb stays a cue.
func TestAttributiveParticipleIsNoCue(t *testing.T) {
	wantQuotes(t, []quoteCase{
		{"Unter Berufung auf nicht näher bezeichnete Quellen berichtete die Lokalzeitung, der Bahnhof werde verkauft.",
			"der Bahnhof werde verkauft", "die Lokalzeitung"},
		{"Anlass des Streits war ein Interview der bekannten Köchin, in dem sie erzählt hatte, sie habe nie mit Butter gekocht.",
			"sie habe nie mit Butter gekocht", "sie"},
		{"Der Bürgermeister bestätigte Berichte, wonach das Freibad im Sommer geschlossen bleibe.",
			"wonach das Freibad im Sommer geschlossen bleibe", "Der Bürgermeister"},
	})
}

// Words that stand in a text or on a sign ("steht", "findet sich", "war zu lesen", "auf dem
// geschrieben stand") come from that text, not from whoever is the subject; a person standing
// somewhere is no text.
func TestTextPlaceSpeakers(t *testing.T) {
	wantQuotes(t, []quoteCase{
		{"Derzeit steht im Entwurf der neuen Satzung noch der Satz: „Mitglieder zahlen jährlich zwölf Euro.“",
			"Mitglieder zahlen jährlich", "Entwurf der neuen Satzung"},
		{"Am Tor des Gartens hing ein Schild, auf dem geschrieben stand: „Bitte die Ziegen nicht füttern.“",
			"Bitte die Ziegen nicht füttern", "ein Schild"},
		{"Am Eingang der Halle musste ein Zettel hängen, auf dem stand: „Bitte die Schuhe ausziehen.“",
			"Bitte die Schuhe ausziehen", "ein Zettel"},
		{"In der Broschüre des Vereins findet sich der Hinweis: „Der Eintritt ist für Kinder frei.“",
			"Der Eintritt ist für Kinder frei", "der Broschüre des Vereins"},
		{"Auf der Internetseite des Museums heißt es: „Die Farben erinnern an den Fluss.“",
			"Die Farben erinnern an den Fluss", "der Internetseite des Museums"},
		{"Die Kapitänin stand nach dem Abpfiff auf dem Rasen: „Wir haben heute alles gegeben.“",
			"Wir haben heute alles gegeben", "Die Kapitänin"},
		{"Die Ärztin findet, dass die Kinder zu wenig schlafen.",
			"dass die Kinder zu wenig schlafen", "Die Ärztin"},
	})
}
