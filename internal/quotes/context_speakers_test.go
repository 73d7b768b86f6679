package quotes

import "testing"

// All texts here are written for these tests.

// A cue verb coordinated after another verb has no subject of its own: it shares the
// subject of the first conjunct.
func TestCoordinatedCueSharesSubject(t *testing.T) {
	wantQuotes(t, []quoteCase{
		{"Nach dem Spiel stürmte der Trainer in die Kabine und rief: „Das war unsere beste Leistung seit Jahren!“",
			"Das war unsere beste Leistung", "der Trainer"},
		{"Nachdem der Strom ausgefallen war, beruhigte die Pilotin die Gäste und sagte: „Bitte bleiben Sie alle ruhig sitzen!“",
			"Bitte bleiben Sie", "die Pilotin"},
		{"Die Försterin zeigte auf die kahlen Hänge und hatte gesagt: „Hier wächst in zwanzig Jahren nichts mehr nach.“",
			"Hier wächst", "Die Försterin"},
		{"Der Bürgermeister Paul Grün besuchte die Baustelle und erklärte, dass die Brücke im Mai fertig werde.",
			"dass die Brücke im Mai fertig werde", "Der Bürgermeister Paul Grün"},
		{"Am Morgen marschierten Hunderte Schüler durch die Innenstadt und riefen Sätze wie „Wir sind die Zukunft“.",
			"Wir sind die Zukunft", "Hunderte Schüler"},
		{"Lea Brandt, Sprecherin der Imker, lobte den Frühling und fügte hinzu, die Völker seien so stark wie lange nicht.",
			"die Völker seien", "Lea Brandt"},
	})
}

// A heading without a verb names the speaker first and then what the words are about.
func TestVerblessHeadingNamesSpeaker(t *testing.T) {
	wantQuotes(t, []quoteCase{
		{"Kapitän Jonas Reiter über die kommende Saison: „Wir wollen oben mitspielen und den Pokal holen.“",
			"Wir wollen oben mitspielen", "Kapitän Jonas Reiter"},
		{"Ein Feuerwehrmann nach dem Einsatz: „So ein Feuer habe ich noch nie gesehen.“",
			"So ein Feuer", "Ein Feuerwehrmann"},
		{"Die Ärztin Mira Olsen dazu: „Viele Patienten kommen viel zu spät in die Praxis.“",
			"Viele Patienten kommen", "Die Ärztin Mira Olsen"},
	})
	// a pronoun that names nobody stays without speaker
	res := analyzeFull(t, "Das zum Thema Verkehr: „Wir brauchen mehr Busse und weniger Autos in der Stadt.“")
	if q, ok := find(res, "Wir brauchen mehr Busse"); !ok || q.Speaker != nil {
		t.Errorf("want the quotation without speaker, got %+v", res.Quotes)
	}
}

// An organisation that opens a clause before a colon is its subject and speaks.
func TestColonClauseOrganisationSpeaks(t *testing.T) {
	wantQuote(t, "Der Konzern bleibt trotz der Beschwerden gelassen: „Wir haben alle Auflagen der Behörden erfüllt und werden das belegen.“",
		"Wir haben alle Auflagen", "Der Konzern")
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
	wantQuote(t, "Im Kleingedruckten des Vertrags heißt es: „Die Stadt soll bis 2030 alle Schulen sanieren.“",
		"Die Stadt soll bis 2030", "Kleingedruckten des Vertrags")
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
	wantQuote(t, "Die Lehrerin nannte den Brief des Elternrats, der eine kürzere Pause gefordert hatte, „völlig weltfremd und ohne jeden Sinn“.",
		"völlig weltfremd", "Die Lehrerin")
	wantQuote(t, "Der Richter nannte die Aussage des Zeugen, der von einem Unfall gesprochen hatte, „in keinem Punkt glaubwürdig“.",
		"in keinem Punkt glaubwürdig", "Der Richter")
}

// A span of time in first position is an adverbial; the subject follows the verb, also when
// it holds a quoted name after an adjective.
func TestTimePhraseIsNoSubject(t *testing.T) {
	// a newspaper named by a time word is a title in quotation marks, not a time
	wantQuote(t, "Die „Zeit“ berichtete am Donnerstag, das Museum bleibe den ganzen Winter geschlossen.",
		"das Museum bleibe", "Die „Zeit“")
	wantQuote(t, "Wenige Stunden nach dem Spiel erklärte der Verein, der Trainer bleibe im Amt.",
		"der Trainer bleibe im Amt", "der Verein")
	wantQuote(t, "Zwei Tage später sagte der Bürgermeister: „Wir kümmern uns um alles und bauen die Brücke neu.“",
		"Wir kümmern uns", "der Bürgermeister")
	wantQuote(t, "Drei Tage später verkündete der frühere „Bund der Imker“, die Zählung werde wiederholt.",
		"die Zählung werde wiederholt", "der frühere „Bund der Imker“")
}

// A quotation in parentheses right after a name is that person's; in a list of speakers the
// next name before a colon speaks the next quotation.
func TestParenthesisAndListOfSpeakers(t *testing.T) {
	text := "Zur Eröffnung kamen viele Gäste, darunter die Architektin Anna Kurz („Ich habe selten ein so helles Haus gebaut.“) und der Bauherr Paul Brandt: „Die Kosten sind gestiegen, aber es hat sich gelohnt.“"
	wantQuote(t, text, "Ich habe selten", "die Architektin Anna Kurz")
	wantQuote(t, text, "Die Kosten sind gestiegen", "der Bauherr Paul Brandt")
	// a short name in parentheses is no quotation
	noQuotes(t, "Die Familie betreibt seit Jahren ein kleines Restaurant („Zur Linde“) am Marktplatz der Stadt.")
}

// A cue in a zu-infinitive has no subject of its own: the clause it depends on has it.
func TestZuInfinitiveCueTakesMainSubject(t *testing.T) {
	wantQuote(t, "Der Koch Jan Ober zögerte nicht lange, seine Gäste direkt zu warnen: „Die Pilze aus dem Wald sind dieses Jahr giftig.“",
		"Die Pilze aus dem Wald", "Der Koch Jan Ober")
	wantQuote(t, "Die Leiterin des Zoos bemühte sich, am Telefon zu versichern, die Tiere seien alle wohlauf.",
		"die Tiere seien", "Die Leiterin des Zoos")
}

// The particle of a separable cue is no cue of its own: "gab … bekannt" is "bekanntgeben".
func TestSeparableParticleLeadsToItsVerb(t *testing.T) {
	wantQuote(t, "Am Freitag gab die Stadtverwaltung schließlich bekannt: „Das Freibad öffnet erst im Juli.“",
		"Das Freibad öffnet", "die Stadtverwaltung")
}

// "„…“, mit diesen Worten <verb> X": the subject after the verb spoke the words.
func TestWithTheseWordsAfterQuotation(t *testing.T) {
	wantQuote(t, "„Wir sehen uns im Finale“, mit diesen Worten verabschiedete sich die Kapitänin nach dem Spiel.",
		"Wir sehen uns im Finale", "die Kapitänin")
}

// "Mit den Worten „…“ <verb> X": the fronted phrase holds the quotation, the subject follows.
func TestWithTheseWordsBeforeQuotation(t *testing.T) {
	wantQuote(t, "Mit den Worten „Wir beginnen heute ein neues Kapitel“ eröffnete die Präsidentin die Sitzung.",
		"Wir beginnen heute", "die Präsidentin")
	wantQuote(t, "Danach wurde es still im Saal: Mit diesen Worten „Das Urteil ergeht im Namen des Volkes“ schloss die Richterin die Verhandlung.",
		"Das Urteil ergeht", "die Richterin")
}

// A genitive name before its role, also with an adjective between, is not the speaker, and
// what became known has no speaker.
func TestGenitiveBeforeRoleAndBecameKnown(t *testing.T) {
	wantSpeakerName(t, "Die Senatorin Ulla Berger sprach im Landtag. Bergers persönlicher Referent Tim Voss sagte: „Wir stehen zu jedem Wort der Rede.“",
		"Wir stehen zu jedem Wort", "Tim Voss")
	res := analyzeFull(t, "Im Frühjahr wurde in der Nachbarstadt ein ähnlicher Vorfall bekannt: „Der Mann hatte die Tiere jahrelang in einem Keller gehalten.“")
	if q, ok := find(res, "Der Mann hatte"); !ok || q.Speaker != nil {
		t.Errorf("want no speaker, got %+v", res.Quotes)
	}
}

// "X, genannt „Y“," names X; nobody speaks.
func TestGenanntNamesNobodySpeaks(t *testing.T) {
	noQuotes(t, "Der Zeuge belastete den Angeklagten Karl Brenner, genannt „der Graf“, in dem Verfahren wegen Betrugs schwer.",
		"Seit dem Sommer gilt eine neue Regel für Fahrräder, genannt „Radweg-Ordnung 2.0“.")
}

// A participle in -end opens a clause as an adverb ("Passend zur Hitze"); the subject follows
// the verb.
func TestShortParticipleAdverb(t *testing.T) {
	wantQuote(t, "Passend zur Hitze mahnte der Bademeister: „Trinken Sie genug Wasser und meiden Sie die Mittagssonne.“",
		"Trinken Sie genug Wasser", "der Bademeister")
}

// In a relative clause opened by a preposition and "dessen"/"deren", the noun after the
// pronoun belongs to it; the subject comes next.
func TestGenitiveRelativeHasItsOwnNoun(t *testing.T) {
	wantQuote(t, "Es folgte eine lange Sitzung, in deren Verlauf die Ministerin erklärte, das Gesetz komme erst im Herbst.",
		"das Gesetz komme erst im Herbst", "die Ministerin")
}

// "nach eigenen Angaben" is the subject's own account: a quotation that goes on from it is
// the subject's.
func TestOwnAccountPassesToItsSubject(t *testing.T) {
	res := analyzeFull(t, "Der Bruder des Trainers, Jan Roth, wusste nach eigenem Bekunden schon früh von dem Wechsel. „Er wollte schon lange etwas Neues machen.“")
	q, ok := find(res, "Er wollte schon lange")
	if !ok || speakerText(q) != "Der Bruder des Trainers" || q.SpeakerName != "Jan Roth" {
		t.Errorf("want the quotation by Jan Roth, got %+v", res.Quotes)
	}
}
