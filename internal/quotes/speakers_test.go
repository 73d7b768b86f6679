package quotes

import (
	"encoding/json"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

// All texts here are written for these tests.

// analyzeFull runs the quotes analyzer with the entities analyzer it requires, as the pipeline does.
func analyzeFull(t *testing.T, text string) *Result {
	t.Helper()
	res, _, err := analysis.Run(Analyzer, document.New("t", text, "de"), analysis.Options{Top: 10})
	if err != nil {
		t.Fatal(err)
	}
	return res.(*Result)
}

// noQuotes checks that none of texts yields a quotation (with the entities
// analyzer, as in a run).
func noQuotes(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		for _, q := range analyzeFull(t, text).Quotes {
			t.Errorf("%q: unexpected quote %q", text, q.Text)
		}
	}
}

// wantQuote checks that text yields a quotation holding quote, attributed
// to the words speaker.
func wantQuote(t *testing.T, text, quote, speaker string) {
	t.Helper()
	res := analyzeFull(t, text)
	if q, ok := find(res, quote); !ok || speakerText(q) != speaker {
		b, _ := json.Marshal(res.Quotes)
		t.Errorf("%q: want %q by %q, got %s", text, quote, speaker, b)
	}
}

// wantSpeakerName checks that text yields a quotation holding quote whose
// speaker_name is name ("" for a speaker who names nobody, or none).
func wantSpeakerName(t *testing.T, text, quote, name string) {
	t.Helper()
	res := analyzeFull(t, text)
	if q, ok := find(res, quote); !ok || q.SpeakerName != name {
		b, _ := json.Marshal(res.Quotes)
		t.Errorf("%q: want %q named %q, got %s", text, quote, name, b)
	}
}

// quoteCase is a text, a quotation in it and the speaker mention expected for it.
type quoteCase struct{ text, quote, speaker string }

// wantQuotes checks each case as wantQuote does.
func wantQuotes(t *testing.T, cases []quoteCase) {
	t.Helper()
	for _, c := range cases {
		wantQuote(t, c.text, c.quote, c.speaker)
	}
}

func entityOf(q Quote) string {
	if q.SpeakerEntity == nil {
		return "<nil>"
	}
	return *q.SpeakerEntity
}

func TestSpeakerResolution(t *testing.T) {
	cases := []struct {
		name, text, quote, span, speakerName, role, entity string
	}{
		{"role and name apart",
			"Die Landwirtschaftsministerin Petra Sommerfeld sagte am Dienstag, die Ernte sei besser als erwartet ausgefallen.",
			"die Ernte sei", "Die Landwirtschaftsministerin Petra Sommerfeld", "Petra Sommerfeld", "Landwirtschaftsministerin", "Petra Sommerfeld"},
		{"possessive determiner",
			"Die Partei lehnte den Antrag ab. Deren Vorsitzender Olaf Lindqvist erklärte, man werde eine eigene Vorlage einbringen.",
			"man werde eine", "Deren Vorsitzender Olaf Lindqvist", "Olaf Lindqvist", "Vorsitzender", "Olaf Lindqvist"},
		{"surname",
			"Der Bürgermeister Konrad Albers eröffnete die Sitzung. Albers sagte, der Haushalt sei ausgeglichen.",
			"der Haushalt sei", "Albers", "Konrad Albers", "", "Konrad Albers"},
		{"pronoun",
			"Die Richterin Miriam Okafor verkündete das Urteil am Morgen. Sie sagte, die Beweislage sei eindeutig gewesen.",
			"die Beweislage sei", "Sie", "Miriam Okafor", "", "Miriam Okafor"},
		{"masculine pronoun skips a woman",
			"Jonas Feldmann traf sich mit Carolina Weiss. Er erklärte danach, die Gespräche seien konstruktiv verlaufen.",
			"die Gespräche seien", "Er", "Jonas Feldmann", "", "Jonas Feldmann"},
		{"role noun",
			"Der Verkehrsminister Tobias Brenner besuchte die Baustelle. Später sagte der Minister, die Brücke werde im Herbst fertig.",
			"die Brücke werde", "der Minister", "Tobias Brenner", "Verkehrsminister", "Tobias Brenner"},
		{"apposition holding the name",
			"Der Direktor des Museums, Dr. Felix Hansen, sagte, die Sammlung werde erweitert.",
			"die Sammlung werde", "Der Direktor des Museums", "Felix Hansen", "Direktor des Museums", "Felix Hansen"},
		{"dash attribution",
			"„Wir geben nicht auf, solange noch eine Chance besteht“ – Greta Lindholm, Sprecherin der Initiative.",
			"Wir geben nicht auf", "Greta Lindholm", "Greta Lindholm", "Sprecherin der Initiative", "Greta Lindholm"},
		{"colon attribution",
			"Hannes Vogt, Leiter der Feuerwehr: „Die Lage ist unter Kontrolle, niemand wurde verletzt.“",
			"Die Lage ist unter Kontrolle", "Hannes Vogt", "Hannes Vogt", "Leiter der Feuerwehr", "Hannes Vogt"},
		{"named source",
			"Medienberichten zufolge wurden bei dem Unwetter mehrere Dächer abgedeckt.",
			"wurden bei dem Unwetter", "Medienberichten", "Medienberichten", "", "<nil>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyzeFull(t, c.text)
			q, ok := find(res, c.quote)
			if !ok {
				t.Fatalf("no quote %q in %+v", c.quote, res.Quotes)
			}
			if speakerText(q) != c.span || q.SpeakerName != c.speakerName || q.Role != c.role || entityOf(q) != c.entity {
				t.Errorf("speaker %q name %q role %q entity %s; want %q / %q / %q / %s",
					speakerText(q), q.SpeakerName, q.Role, entityOf(q), c.span, c.speakerName, c.role, c.entity)
			}
		})
	}
}

func TestNonSpeakers(t *testing.T) {
	for _, text := range []string{
		"Es wird erwartet, dass die Mieten im kommenden Jahr weiter steigen.",
		"Dies zeigt, dass die bisherigen Maßnahmen nicht ausreichen.",
		"Abschließend lässt sich sagen, dass die Reform ihr Ziel verfehlt hat.",
		"Das Ergebnis der Untersuchung zeigt, dass die Wasserqualität deutlich schlechter geworden ist.",
		"Die Firma investiert nicht, solange die Befürchtung besteht, dass die Zölle erneut steigen.",
	} {
		res := analyzeFull(t, text)
		for _, q := range res.Quotes {
			if q.Speaker != nil || q.SpeakerName != "" {
				t.Errorf("%q: speaker %q (%q) cannot speak", text, q.Speaker.Text, q.SpeakerName)
			}
		}
		if len(res.Speakers) != 0 {
			t.Errorf("%q: speakers %+v", text, res.Speakers)
		}
	}
}

func TestSpeakersGroupedByEntity(t *testing.T) {
	res := analyzeFull(t, "Kessler warnt vor Kürzungen\n\n"+
		"Die Gewerkschafterin Ronja Kessler sagte am Montag, die Pläne gefährdeten Tausende Stellen. "+
		"Kessler fügte hinzu, dass man notfalls streiken werde. "+
		"Sie erklärte außerdem, die Gespräche mit dem Vorstand seien gescheitert. "+
		"Der Vorstand des Unternehmens teilte mit, man halte an den Plänen fest. "+
		"Nach Angaben mehrerer Anwohner ist die Stimmung im Werk schlecht.")
	var kessler *Speaker
	for i := range res.Speakers {
		s := &res.Speakers[i]
		if s.Entity != nil && *s.Entity == "Ronja Kessler" {
			if kessler != nil {
				t.Errorf("two rows for one entity: %+v", res.Speakers)
			}
			kessler = s
		}
	}
	if kessler == nil || kessler.Name != "Ronja Kessler" || kessler.Type != "PER" || kessler.Indirect != 3 ||
		len(kessler.Roles) != 1 || kessler.Roles[0] != "Gewerkschafterin" {
		t.Fatalf("Ronja Kessler: %+v in %+v", kessler, res.Speakers)
	}
	types := map[string]string{}
	for _, s := range res.Speakers {
		types[s.Name] = s.Type
	}
	if types["mehrere Anwohner"] != "group" {
		t.Errorf("types %v: want mehrere Anwohner as group", types)
	}
}

// A name of several words in the genitive names the organisation in the nominative, whether
// the entity model marks it or not; a person's genitive after a role stays the person.
func TestGenitiveOrganisationNames(t *testing.T) {
	cases := []struct{ text, quote, name string }{
		{"Ein Helfer des Malteser Hilfsdienstes berichtete, die Zelte seien bis zum Abend aufgebaut worden.",
			"die Zelte seien", "Malteser Hilfsdienst"},
		{"Ein Sprecher des Deutschen Roten Kreuzes sagte, in den Notunterkünften gebe es noch freie Betten.",
			"in den Notunterkünften", "Deutsches Rotes Kreuz"},
		{"Der Chef der Deutschen Bahn kündigte an, die Strecke werde bis März gesperrt bleiben.",
			"die Strecke werde", "Deutsche Bahn"},
		{"Laut Angaben des Statistischen Bundesamtes ist die Zahl der Neugründungen im Herbst gesunken.",
			"ist die Zahl", "Statistisches Bundesamt"},
		{"Eine Sprecherin des Auswärtigen Amtes erklärte, die Botschaft bleibe vorerst geschlossen.",
			"die Botschaft bleibe", "Auswärtiges Amt"},
		{"Die Leiterin des Berliner Verfassungsschutzes sagte, die Zahl der Anwerbeversuche sei gestiegen.",
			"die Zahl der Anwerbeversuche", "Berliner Verfassungsschutz"},
		// an organ of the organisation, and a common noun after a place adjective, stay the phrase
		{"Der Aufsichtsrat der Vereinigten Stadtwerke teilte mit, der Vertrag werde nicht verlängert.",
			"der Vertrag werde", "Aufsichtsrat der Vereinigten Stadtwerke"},
		{"Ein Sprecher des Wolfsburger Konzerns sagte, die Produktion laufe wieder normal.",
			"die Produktion laufe", "Sprecher des Wolfsburger Konzerns"},
		// one noun after the article: the whole phrase, as before
		{"Der Leiter des Bauamtes sagte, die Fassade müsse vollständig erneuert werden.",
			"die Fassade müsse", "Leiter des Bauamtes"},
	}
	for _, c := range cases {
		for _, res := range []*Result{analyzeFull(t, c.text), analyze(t, c.text, "de")} {
			q, ok := find(res, c.quote)
			if !ok {
				t.Errorf("%q: no quote %q in %+v", c.text, c.quote, res.Quotes)
				continue
			}
			if q.SpeakerName != c.name {
				t.Errorf("%q: speaker_name %q, want %q (speaker %q, role %q)", c.text, q.SpeakerName, c.name, speakerText(q), q.Role)
			}
		}
	}
}

// A person's genitive after a role is no organisation: the speaker stays the person.
func TestPersonGenitiveStaysPerson(t *testing.T) {
	res := analyze(t, "Ein Sprecher Schröders sagte, der Kanzler werde am Montag nach Paris reisen.", "de")
	q, ok := find(res, "der Kanzler werde")
	if !ok {
		t.Fatalf("no quote: %+v", res.Quotes)
	}
	if !strings.HasPrefix(q.SpeakerName, "Schröder") || q.Role != "Sprecher" {
		t.Errorf("speaker_name %q, role %q; want the surname and role Sprecher", q.SpeakerName, q.Role)
	}
}

// An extended attribute between article and noun holds its own objects and adverbials; the
// subject is the whole phrase, not nothing.
func TestSpeakerExtendedAttribute(t *testing.T) {
	wantQuote(t, "Die den Sturz vom Gerüst beobachtende Passantin Jana Keller erzählte der Polizei: „Der Mann hat noch gewinkt.“",
		"Der Mann hat noch gewinkt", "Die den Sturz vom Gerüst beobachtende Passantin Jana Keller")
	wantQuote(t, "Der seit Jahren im Ruhestand lebende Förster Otto Lenz sagte: „Der Wald braucht mehr Regen.“",
		"Der Wald braucht mehr Regen", "Der seit Jahren im Ruhestand lebende Förster Otto Lenz")
	wantQuote(t, "Der sich gern als Retter der Altstadt darstellende Bauunternehmer Karl Fink rief: „Wir bauen das alte Kino wieder auf!“",
		"Wir bauen das alte Kino", "Der sich gern als Retter der Altstadt darstellende Bauunternehmer Karl Fink")
	wantQuote(t, "Am Abend sagte der für die Fähren zuständige Leiter des Amtes im Radio, zwei Schiffe würden ausfallen.",
		"zwei Schiffe würden ausfallen", "der für die Fähren zuständige Leiter des Amtes")
}

// After "so" without a verb the noun phrase is the source, also when it names a finding or a
// text rather than a person.
func TestSpeakerSoFinding(t *testing.T) {
	wantQuote(t, "Am Ende waren alle Karten verkauft. „Beim nächsten Mal mieten wir die größere Halle.“, so das Fazit der Organisatoren des Chorfests.",
		"Beim nächsten Mal mieten wir", "das Fazit der Organisatoren des Chorfests")
	wantQuote(t, "Die Firma habe die Abwässer jahrelang in den Fluss geleitet, so der Vorwurf der Umweltverbände.",
		"Die Firma habe", "der Vorwurf der Umweltverbände")
}

// Coordinated adjectives before the noun and an age adjective used as noun (often in lower
// case) still make a subject.
func TestSpeakerAdjectivePhrases(t *testing.T) {
	wantQuote(t, "Die deutschen und französischen Ministerinnen hatten erklärt, die Grenze bleibe offen.",
		"die Grenze bleibe offen", "Die deutschen und französischen Ministerinnen")
	wantQuote(t, "Am Montag sagte der 64-jährige im Radio, dass er nicht mehr antrete.",
		"dass er nicht mehr antrete", "der 64-jährige")
}

// A main clause joined by "und" has its own subject before the cue; a verb-final clause and
// coordinated subjects do not.
func TestSpeakerAfterAnd(t *testing.T) {
	wantQuote(t, "Der Winter war lang und die Bauern fürchten, dass die Saat erfriert.",
		"dass die Saat erfriert", "die Bauern")
	wantQuote(t, "Die Ministerin und der Bürgermeister erklärten, die Brücke werde im Mai fertig.",
		"die Brücke werde im Mai fertig", "Die Ministerin und der Bürgermeister")
	wantQuote(t, "Der Stadtrat beschloss eine Erklärung, welche die Schließung bedauert und die Landesregierung auffordert, das Bad zu retten.",
		"das Bad zu retten", "welche")
	// the cue closes the bracket of the modal: "und" joins two objects
	wantQuote(t, "Künftig können die Vereine den Trainer und die Spieler ablehnen, etwa falls „der Trainer oder ein Spieler schon einmal wegen grober Unsportlichkeit gesperrt worden ist“.",
		"der Trainer oder ein Spieler", "die Vereine")
}

// An extended attribute inside a genitive does not swallow the apposition's name: "Der
// Nachfolger des … Vorsitzenden X, Y, hat angekündigt" keeps Y as the named speaker.
func TestSpeakerAttributeInGenitive(t *testing.T) {
	wantSpeakerName(t, "Der Nachfolger des im Mai verstorbenen Vorsitzenden Karl Ost, Jan Fels, hat angekündigt, der Verein werde neue Mitglieder werben.",
		"der Verein werde", "Jan Fels")
}

// A demonstrative standing alone after the cue points back to a person named before.
func TestSpeakerDemonstrativeAfterCue(t *testing.T) {
	text := "Die Band trat mit der Sängerin Mia Falk auf. Für Falk, so schrieb diese in einem Blog, sei das Konzert ein Höhepunkt gewesen."
	wantQuote(t, text, "sei das Konzert ein Höhepunkt", "diese")
	wantSpeakerName(t, text, "sei das Konzert ein Höhepunkt", "Mia Falk")
	wantQuote(t, "Der Reporter traf den Trainer Olaf Brink. Am Abend sagte dieser, die Mannschaft sei müde.",
		"die Mannschaft sei müde", "dieser")
}

// A lower-case name or nominalised word right after the article, and a quantifier without a
// noun, are subjects when the verb follows.
func TestSpeakerShortSubjects(t *testing.T) {
	wantQuote(t, "Die taz vermutet, ein Vertrag sei längst unterschrieben.",
		"ein Vertrag sei längst", "Die taz")
	wantQuote(t, "Einige halten die Reform für verspätet und fordern, sie sofort umzusetzen.",
		"sie sofort umzusetzen", "Einige")
	wantQuote(t, "Viele glauben, dass die Reform zu spät kommt.", "dass die Reform", "Viele")
	wantSpeakerName(t, "Viele glauben, dass die Reform zu spät kommt.", "dass die Reform", "")
}

// Before a colon without a cue, a subject headed by a role noun is the speaker: German forms
// the feminine of such nouns with -in ("Prüfer" → "Prüferin"), which other nouns lack.
func TestSpeakerPersonNounBeforeColon(t *testing.T) {
	wantQuote(t, "„Wir bleiben zuversichtlich“, sagte Bürgermeister Jan Kolb am Montag. Im Rat sparte der Bürgermeister nicht mit Kritik: „Das Land lässt uns allein.“",
		"Das Land lässt uns allein", "der Bürgermeister")
	wantQuote(t, "Die Kassenprüferin, die seit Jahren im Verein aktiv ist, möchte im Herbst aufhören: „Irgendwann ist es genug.“",
		"Irgendwann ist es genug", "Die Kassenprüferin")
	wantQuote(t, "Am Abend kam der Sommer zurück: „Endlich können wir wieder draußen im Garten sitzen.“", "Endlich können wir", "")
	for w, want := range map[string]bool{"Ermittler": true, "Sprecherin": true, "Bundespräsident": true, "Fehler": false, "Medizin": false, "Sommer": false} {
		if personNoun(w) != want {
			t.Errorf("personNoun(%q) = %v, want %v", w, !want, want)
		}
	}
}

// A cue inside a dass-clause before the colon is part of the report; the cue of the main
// clause speaks the quotation.
func TestSpeakerCueInsideDassClause(t *testing.T) {
	wantQuote(t, "Die Ministerin Eva Roth sprach vor dem Landtag. Sie hofft, dass aus dem neuen Bericht klar hervorgehen werde, wie viel erreicht sei: „Wir haben die Wartezeiten in den Ämtern halbiert.“",
		"Wir haben die Wartezeiten", "Sie")
}

// A heading glued to its paragraph without a stop: a capitalised adverb or article inside the
// sentence starts the clause, so the heading is not the subject; a name ending in such a word
// before its verb stays whole.
func TestSpeakerAfterGluedHeading(t *testing.T) {
	wantQuote(t, "Neue Radwege für die Altstadt Bereits im Frühjahr hatte Bürgermeisterin Lena Roth im Rat erklärt: „Wir geben jedes Jahr mehr Geld für Radwege aus.“",
		"Wir geben jedes Jahr", "Bürgermeisterin Lena Roth")
	wantQuote(t, "Amnesty International kritisierte, dass die Gefangenen keinen Anwalt sehen durften.",
		"dass die Gefangenen keinen Anwalt", "Amnesty International")
}

// "letztere" after "so" is the pronoun that points back to one of two named before; it is
// left unnamed rather than risk naming the other one.
func TestSpeakerLatter(t *testing.T) {
	text := "Vor dem Rathaus sprachen der Bürgermeister Karl Ost und die Tierärztin Petra Lind. „Die Tiere im Heim brauchen dringend mehr Platz und mehr Pflege.“, so letztere."
	wantQuote(t, text, "Die Tiere im Heim", "letztere")
	wantSpeakerName(t, text, "Die Tiere im Heim", "")
}
