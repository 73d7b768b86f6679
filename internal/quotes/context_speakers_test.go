package quotes

import "testing"

// All texts here are written for these tests.

// A cue verb coordinated after another verb has no subject of its own: it shares the
// subject of the first conjunct.
func TestCoordinatedCueSharesSubject(t *testing.T) {
	for _, c := range []struct{ text, quote, speaker string }{
		{"Nach dem Spiel stürmte der Trainer in die Kabine und rief: „Das war unsere beste Leistung seit Jahren!“",
			"Das war unsere beste Leistung", "der Trainer"},
		{"Als der Strom ausfiel, öffnete die Pilotin das Fenster und rief: „Bitte bleiben Sie alle ruhig sitzen!“",
			"Bitte bleiben Sie", "die Pilotin"},
		{"Die Försterin zeigte auf die kahlen Hänge und hatte gesagt: „Hier wächst in zwanzig Jahren nichts mehr nach.“",
			"Hier wächst", "Die Försterin"},
		{"Der Bürgermeister Paul Grün besuchte die Baustelle und erklärte, dass die Brücke im Mai fertig werde.",
			"dass die Brücke im Mai fertig werde", "Der Bürgermeister Paul Grün"},
		{"Schon am Freitagabend zogen Studenten vor das Rathaus der Stadt und riefen Parolen wie „Bildung ist keine Ware“.",
			"Bildung ist keine Ware", "Studenten"},
		{"Lea Brandt, Sprecherin der Imker, lobte den Frühling und ergänzte, die Völker seien so stark wie lange nicht.",
			"die Völker seien", "Lea Brandt"},
	} {
		wantQuote(t, c.text, c.quote, c.speaker)
	}
}

// A heading without a verb names the speaker first and then what the words are about.
func TestVerblessHeadingNamesSpeaker(t *testing.T) {
	for _, c := range []struct{ text, quote, speaker string }{
		{"Kapitän Jonas Reiter zur neuen Saison: „Wir wollen oben mitspielen und den Pokal holen.“",
			"Wir wollen oben mitspielen", "Kapitän Jonas Reiter"},
		{"Ein Feuerwehrmann nach dem Einsatz: „So ein Feuer habe ich noch nie gesehen.“",
			"So ein Feuer", "Ein Feuerwehrmann"},
		{"Die Ärztin Mira Olsen dazu: „Viele Patienten kommen viel zu spät in die Praxis.“",
			"Viele Patienten kommen", "Die Ärztin Mira Olsen"},
	} {
		wantQuote(t, c.text, c.quote, c.speaker)
	}
	// a pronoun that names nobody stays without speaker
	res := analyzeFull(t, "Das zum Thema Verkehr: „Wir brauchen mehr Busse und weniger Autos in der Stadt.“")
	if q, ok := find(res, "Wir brauchen mehr Busse"); !ok || q.Speaker != nil {
		t.Errorf("want the quotation without speaker, got %+v", res.Quotes)
	}
}

// An organisation that opens a clause before a colon is its subject and speaks.
func TestColonClauseOrganisationSpeaks(t *testing.T) {
	wantQuote(t, "Die Firma hält die Vorwürfe allerdings für übertrieben: „Wir haben alle Auflagen der Behörden erfüllt und werden das belegen.“",
		"Wir haben alle Auflagen", "Die Firma")
	wantQuote(t, "Die Lage nimmt die Landesregierung gelassen: „Jeder Euro wurde nach den Regeln vergeben, das zeigen die Akten.“",
		"Jeder Euro wurde", "die Landesregierung")
}

// "…, so X weiter: „…“": the source of a report goes on speaking in the quotation after its colon.
func TestSoSourceBeforeColon(t *testing.T) {
	wantQuote(t, "Der Trainer lobte die Mannschaft. Er sagte, das Team habe viel gelernt. Die Abwehr stehe jetzt sicher, so Lindner weiter: „Wir lassen kaum noch Chancen zu und das macht mich stolz.“",
		"Wir lassen kaum noch Chancen zu", "Lindner")
	wantQuote(t, "Die Ernte falle dieses Jahr gut aus, so die Winzerin Clara Roth: „Wir hatten genau zur richtigen Zeit Regen.“",
		"Wir hatten genau", "die Winzerin Clara Roth")
}

// "heißt es" says where the words stand or where they come from: that text or source speaks.
func TestHeisstEsSource(t *testing.T) {
	wantQuote(t, "In dem Antrag der Fraktion heißt es wörtlich: „Die Stadt soll bis 2030 alle Schulen sanieren.“",
		"Die Stadt soll bis 2030", "dem Antrag der Fraktion")
	wantQuote(t, "„Wir prüfen den Vorschlag sehr genau und entscheiden im Herbst“, hieß es aus dem Finanzministerium.",
		"Wir prüfen den Vorschlag", "dem Finanzministerium")
	wantQuote(t, "„Die Brücke wird im Mai wieder geöffnet“, hieß es vom Sprecher der Stadt Jonas Weber.",
		"Die Brücke wird im Mai", "Sprecher der Stadt Jonas Weber")
	// a time is no text
	res := analyzeFull(t, "In der Nacht hieß es: „Alle Straßen in der Innenstadt bleiben bis zum Morgen gesperrt.“")
	if q, ok := find(res, "Alle Straßen"); !ok || q.Speaker != nil {
		t.Errorf("want the quotation without speaker, got %+v", res.Quotes)
	}
}

// A cue that ends a relative clause closed before the quotation speaks of someone else.
func TestClosedRelativeCueIsNotTheQuotationsCue(t *testing.T) {
	wantQuote(t, "Die Bürgermeisterin kritisierte das Vorgehen des Investors, der zum Boykott der Sitzung aufgerufen haben soll, als „einen Affront gegen den ganzen Stadtrat“.",
		"einen Affront gegen", "Die Bürgermeisterin")
	wantQuote(t, "Der Richter nannte die Aussage des Zeugen, der von einem Unfall gesprochen hatte, „in keinem Punkt glaubwürdig“.",
		"in keinem Punkt glaubwürdig", "Der Richter")
}

// A span of time in first position is an adverbial; the subject follows the verb, also when
// it holds a quoted name after an adjective.
func TestTimePhraseIsNoSubject(t *testing.T) {
	wantQuote(t, "Wenige Stunden nach der Wahl erklärte die neue Regierung, die Lage sei unter Kontrolle.",
		"die Lage sei unter Kontrolle", "die neue Regierung")
	wantQuote(t, "Zwei Tage später sagte der Bürgermeister: „Wir haben die Lage im Griff und bauen die Brücke neu.“",
		"Wir haben die Lage", "der Bürgermeister")
	wantQuote(t, "Wenige Minuten danach erklärte der neue „Rat der Ältesten“, die Wahl werde wiederholt.",
		"die Wahl werde wiederholt", "der neue „Rat der Ältesten“")
}

// A quotation in parentheses right after a name is that person's; in a list of speakers the
// next name before a colon speaks the next quotation.
func TestParenthesisAndListOfSpeakers(t *testing.T) {
	text := "Auch andere Trainer lobten das Team, so die Trainerin des Vereins, Anna Kurz („Ich habe selten eine so geschlossene Mannschaft gesehen.“), und der Sportdirektor Paul Brandt: „Die Saison ist noch lang, aber wir sind auf einem guten Weg.“"
	wantQuote(t, text, "Ich habe selten", "Anna Kurz")
	wantQuote(t, text, "Die Saison ist noch lang", "der Sportdirektor Paul Brandt")
	// a short name in parentheses is no quotation
	noQuotes(t, "Die Familie betreibt seit Jahren ein kleines Restaurant („Zur Linde“) am Marktplatz der Stadt.")
}

// A cue in a zu-infinitive has no subject of its own: the clause it depends on has it.
func TestZuInfinitiveCueTakesMainSubject(t *testing.T) {
	wantQuote(t, "Die Sängerin Mara Lind hat wenig Scheu, ihre Meinung über die Branche offen zu sagen: „Viele Verträge sind schlicht unfair.“",
		"Viele Verträge sind", "Die Sängerin Mara Lind")
	wantQuote(t, "Der Sprecher der Bahn beeilte sich, gegenüber Reportern zu erklären, die Strecke werde am Abend wieder frei.",
		"die Strecke werde", "Der Sprecher der Bahn")
}

// The particle of a separable cue is no cue of its own: "gab … bekannt" is "bekanntgeben".
func TestSeparableParticleLeadsToItsVerb(t *testing.T) {
	wantQuote(t, "Dazu gab das Ministerium weiter bekannt: „Die Ermittlungen dauern noch mehrere Wochen an.“",
		"Die Ermittlungen dauern", "das Ministerium")
}

// "„…“, mit diesen Worten <verb> X": the subject after the verb spoke the words.
func TestWithTheseWordsAfterQuotation(t *testing.T) {
	wantQuote(t, "„Guten Abend, da bin ich wieder“, mit diesen Worten meldete sich der Moderator nach der Pause zurück.",
		"Guten Abend, da bin ich wieder", "der Moderator")
}

// "Mit den Worten „…“ <verb> X": the fronted phrase holds the quotation, the subject follows.
func TestWithTheseWordsBeforeQuotation(t *testing.T) {
	wantQuote(t, "Mit den Worten „Wir beginnen heute ein neues Kapitel“ eröffnete die Präsidentin die Sitzung.",
		"Wir beginnen heute", "die Präsidentin")
	wantQuote(t, "Der Trainer blieb ruhig: Mit diesen Worten „Wir haben noch zehn Spiele vor uns“, beendete er die Pressekonferenz.",
		"Wir haben noch zehn Spiele", "er")
}

// A genitive name before its role, also with an adjective between, is not the speaker, and
// what became known has no speaker.
func TestGenitiveBeforeRoleAndBecameKnown(t *testing.T) {
	res := analyzeFull(t, "Die Abgeordnete Ulla Berger sprach im Bundestag. Bergers wissenschaftlicher Mitarbeiter Nick Braun sagte: „Wir stehen zu jedem Wort der Rede.“")
	if q, ok := find(res, "Wir stehen zu jedem Wort"); !ok || q.SpeakerName != "Nick Braun" {
		t.Errorf("want Nick Braun, got %+v", res.Quotes)
	}
	res = analyzeFull(t, "Ende August war in Tirol ein neuer Fall bekannt geworden: „Der Mann hatte die Tiere jahrelang in einem Keller gehalten.“")
	if q, ok := find(res, "Der Mann hatte"); !ok || q.Speaker != nil {
		t.Errorf("want no speaker, got %+v", res.Quotes)
	}
}

// "X, genannt „Y“," names X; nobody speaks.
func TestGenanntNamesNobodySpeaks(t *testing.T) {
	noQuotes(t, "Der Zeuge belastete den Angeklagten Karl Brenner, genannt „der Graf“, in dem Verfahren wegen Betrugs schwer.",
		"Seit dem Sommer gilt eine neue Regel für Fahrräder, genannt „Radweg-Ordnung 2.0“.")
}
