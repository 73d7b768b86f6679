package quotes

import (
	"encoding/json"
	"testing"
)

// Where a report starts and ends around the words that introduce it. All sentences are written
// for these tests.
func TestReportBoundaries(t *testing.T) {
	cases := []struct{ name, text, quote string }{
		{"a fronted clause before a source phrase belongs to the report",
			"Ob die Fähre im Winter fährt, entscheidet sich laut der Reederei erst im Oktober.",
			"Ob die Fähre im Winter fährt, entscheidet sich laut der Reederei erst im Oktober"},
		{"a subject with a relative clause before a source phrase belongs to the report",
			"Das neue Parkhaus, das im Frühjahr eröffnet wurde, verstößt nach Ansicht des Bauamts gegen mehrere Brandschutzregeln.",
			"Das neue Parkhaus, das im Frühjahr eröffnet wurde, verstößt nach Ansicht des Bauamts gegen mehrere Brandschutzregeln"},
		{"a source phrase in a relative clause reports up to the main verb",
			"Der Lieferwagen, der nach Angaben der Polizei in der Nacht gestohlen worden war, wurde am Abend in einem Wald gefunden.",
			"in der Nacht gestohlen worden war"},
		{"a second speech verb after und is the writer's again",
			"Die Ärztin sagte, die Klinik brauche mehr Personal und warnte vor einem langen Winter.",
			"die Klinik brauche mehr Personal"},
		{"a main clause with its own subject before a source phrase is the writer's",
			"Die Feuerwehr rückte mit vier Wagen an, laut Polizei wurde niemand verletzt.",
			"wurde niemand verletzt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyzeFull(t, c.text)
			if len(res.Quotes) != 1 {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("want one quote, got %s", b)
			}
			if q := res.Quotes[0]; q.Text != c.quote {
				t.Errorf("quote %q, want %q", q.Text, c.quote)
			}
		})
	}
}

// A clause after the cue that opens with an article and several adjectives is the report, not a
// relative clause.
func TestArticleAndAdjectivesOpenReport(t *testing.T) {
	res := analyzeFull(t, "Die Bahn meldete am Morgen, der erste vollständig besetzte Zug sei pünktlich in Kassel angekommen.")
	if len(res.Quotes) != 1 || res.Quotes[0].Text != "der erste vollständig besetzte Zug sei pünktlich in Kassel angekommen" {
		b, _ := json.Marshal(res.Quotes)
		t.Fatalf("got %s", b)
	}
	res = analyzeFull(t, "Der Mann, der gestern Abend aus dem Zug stieg, sei verletzt worden.")
	for _, q := range res.Quotes {
		if q.Text == "der gestern Abend aus dem Zug stieg" {
			t.Errorf("relative clause taken as a report: %q", q.Text)
		}
	}
}

// A sentence that is mostly a quotation still reports the clause before it; the words after the
// quotation's cue are its attribution, not a report.
func TestReportBeforeQuotation(t *testing.T) {
	res := analyzeFull(t, "Die Trainerin glaubt, dass die Mannschaft aus der Niederlage gelernt habe: „Wir sind jetzt wacher, wir reden mehr miteinander und wir verteidigen endlich gemeinsam.“")
	if _, ok := find(res, "dass die Mannschaft aus der Niederlage gelernt habe"); !ok {
		b, _ := json.Marshal(res.Quotes)
		t.Errorf("report before the quotation missing: %s", b)
	}
	res = analyzeFull(t, "„Wir sind jetzt wacher, wir reden mehr miteinander und wir verteidigen endlich gemeinsam“, sagte die Trainerin, Petra Holm, nach dem Spiel in der Halle.")
	for _, q := range res.Quotes {
		if q.Type == "indirect" {
			t.Errorf("attribution taken as a report: %q", q.Text)
		}
	}
}

// A phrase without a verb is no report: a list of names after a colon, or the speaker's own
// noun phrase before ", warnte …".
func TestVerblessPhrasesAreNoReports(t *testing.T) {
	noQuotes(t,
		"Für den Vorsitz des Vereins haben sich bereits drei Mitglieder gemeldet: Karin Vogt, Ulf Berger und Sami Öztürk.",
		"Die frühere Landrätin und Kämmerin, Irene Falk (FDP), warnte den Kreistag vor neuen Schulden.",
	)
	res := analyzeFull(t, "Bei der Suche im Watt trafen Helfer am Abend auf zwei verirrte Wanderer, berichtet die Küstenwache.")
	if _, ok := find(res, "Bei der Suche im Watt"); !ok {
		t.Error("a verb before its subject is a verb: report before ', berichtet X' missing")
	}
	res = analyzeFull(t, "Der Verband erklärte: Die Preise für Heizöl steigen im Winter weiter.")
	if _, ok := find(res, "Die Preise für Heizöl"); !ok {
		t.Error("report after a colon missing")
	}
}

// Speech nouns with a reported clause: more nouns, a genitive source between noun and comma,
// and the clause ends where the writer's main clause resumes.
func TestSpeechNounReports(t *testing.T) {
	cases := []struct{ name, text, quote, speaker string }{
		{"argument", "Die Stadt wies die Beschwerden mit dem Argument zurück, die Busse seien meist leer unterwegs.",
			"die Busse seien meist leer unterwegs", "Die Stadt"},
		{"ultimatum", "Die Gewerkschaft stellte der Firma ein Ultimatum, bis Freitag ein Angebot vorzulegen.",
			"bis Freitag ein Angebot vorzulegen", "Die Gewerkschaft"},
		{"genitive source, main clause after the infinitive",
			"Dem Appell der Feuerwehr, die Fenster geschlossen zu halten, folgten viele Anwohner.",
			"die Fenster geschlossen zu halten", "der Feuerwehr"},
		{"main verb from the short list after the infinitive",
			"Der Aufforderung des Schiedsrichters, das Spielfeld zu verlassen, kam der Trainer erst nach Minuten nach.",
			"das Spielfeld zu verlassen", "des Schiedsrichters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyzeFull(t, c.text)
			if len(res.Quotes) != 1 {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("want one quote, got %s", b)
			}
			q := res.Quotes[0]
			if q.Text != c.quote || speakerText(q) != c.speaker {
				t.Errorf("quote %q by %q, want %q by %q", q.Text, speakerText(q), c.quote, c.speaker)
			}
		})
	}
}

// Threats and commissions report their zu-infinitive.
func TestThreatAndCommissionCues(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Die Reederei droht damit, den Hafen im Winter nicht mehr anzulaufen.", "den Hafen im Winter nicht mehr anzulaufen"},
		{"Der Bürgermeister hatte ein Büro beauftragt, die Brücke zu prüfen.", "die Brücke zu prüfen"},
	} {
		res := analyzeFull(t, c.text)
		if _, ok := find(res, c.quote); !ok {
			b, _ := json.Marshal(res.Quotes)
			t.Errorf("%q: no quote %q in %s", c.text, c.quote, b)
		}
	}
	noQuotes(t, "Der alte Damm droht zu brechen.") // a danger is no report
}

// "Danach" right after a report cites it; after an event it means "afterwards".
func TestDanachAfterReport(t *testing.T) {
	wantQuote(t, "Die Sparkasse legte am Morgen ihre Quartalszahlen vor. Danach verlor sie im Sommer rund zwei Milliarden Euro.", "verlor sie im Sommer", "Danach")
	noQuotes(t,
		"Die Gäste erfuhren über die Presse von der Absage. Danach reisten viele von ihnen vorzeitig ab.",
		"Der Richter verkündete am Mittag das Urteil. Danach verließ der Angeklagte den Saal durch einen Seiteneingang.",
	)
}

// "Denn wie X berichtete, …" reports like a sentence-initial "Wie X berichtete, …".
func TestWieAfterConjunction(t *testing.T) {
	wantQuote(t, "Denn wie das Wetteramt am Freitag mitteilte, fällt in den Bergen bereits der erste Schnee.", "fällt in den Bergen", "das Wetteramt")
}

// A zu-infinitive reported without its comma, after a participle; an
// adjective that shares a cue's form is no cue.
func TestZuInfinitiveWithoutComma(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Die Molkerei hat angekündigt die Milchpreise im Herbst zu senken.", "die Milchpreise im Herbst zu senken"},
		{"Wegen des Rauchs wurden die Anwohner aufgefordert die Fenster geschlossen zu halten.", "die Fenster geschlossen zu halten"},
	} {
		res := analyzeFull(t, c.text)
		if _, ok := find(res, c.quote); !ok {
			b, _ := json.Marshal(res.Quotes)
			t.Errorf("%q: no quote %q in %s", c.text, c.quote, b)
		}
	}
	noQuotes(t,
		"Gemeinsam mit ihrem Bruder war sie in bekannten Kinofilmen zu sehen.",
		"Der Verein ist bekannt dafür mit lauten Aktionen gegen Tierversuche zu protestieren.",
	)
}

// A focus particle may stand between the cue and a subject after it.
func TestParticleBeforeLateSubject(t *testing.T) {
	wantQuote(t, "Von den Vereinen der Stadt erklärten nur die Schützen, aus Sorge um ihre Gäste nicht am Umzug teilnehmen zu wollen.", "aus Sorge um ihre Gäste", "die Schützen")
}

// A short quoted label after "als" with a naming verb and nobody who uses it is no quotation;
// with a speaker it stays one.
func TestLabelsAreNoQuotes(t *testing.T) {
	for _, text := range []string{
		"Der Hügel am Stadtrand wurde bald als „Kleiner Vesuv“ bekannt, weil dort ständig Rauch aufstieg.",
		"Die Sorte gilt unter Gärtnern als „Dauerblüher“ und wird gern in Kübeln gezogen.",
		"Das Viertel, das in Reiseführern als „grüne Lunge“ bezeichnet wird, soll bebaut werden.",
	} {
		res := analyze(t, text, "de")
		for _, q := range res.Quotes {
			if q.Type == "direct" {
				t.Errorf("%q: label taken for a quotation: %q", text, q.Text)
			}
		}
	}
	res := analyze(t, "Die Bürgermeisterin bezeichnete den Entwurf als „völlig verfehlt“.", "de")
	if q, ok := find(res, "völlig verfehlt"); !ok || speakerText(q) != "Die Bürgermeisterin" {
		t.Errorf("attributed label lost: %+v", res.Quotes)
	}
}
