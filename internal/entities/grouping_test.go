package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// All texts here are written for these tests.

func TestShortNameFirst(t *testing.T) {
	r := analyze(t, "Kovač gewinnt in Wien\n\nDer Kroate Marko Kovač hat am Sonntag das Turnier in Wien gewonnen. "+
		"Im Finale schlug Kovač den Titelverteidiger.", "de")
	e := entity(r, "Marko Kovač")
	if e == nil || e.Type != PER || e.Count != 3 || !slices.Contains(e.Forms, "Kovač") {
		t.Errorf("surname before the full name must join it: %+v in %+v", e, r.Entities)
	}
	if entity(r, "Kovač") != nil {
		t.Errorf("the surname is still an entity of its own: %+v", r.Entities)
	}
	// two people with the surname: a lone surname joins neither
	r = analyze(t, "Berger siegt\n\nAnna Berger und Thomas Berger traten gemeinsam an.", "de")
	if e := entity(r, "Anna Berger"); e != nil && slices.Contains(e.Forms, "Berger") {
		t.Errorf("ambiguous surname joined %+v", e)
	}
}

func TestGenitiveOfOrganisation(t *testing.T) {
	r := analyze(t, "Der Präsident des Gewerbeverbands Zürich begrüßte die Entscheidung. "+
		"Der Gewerbeverband Zürich hatte sie lange gefordert.", "de")
	for _, e := range r.Entities {
		if e.Canonical == "Gewerbeverbands Zürich" {
			t.Errorf("genitive in canonical name: %+v", r.Entities)
		}
	}
	if e := entity(r, "Gewerbeverband Zürich"); e == nil || e.Count != 2 {
		t.Errorf("both forms must be one organisation: %+v", r.Entities)
	}
	// the -es genitive, and a name with a prepositional part
	r = analyze(t, "Die Sprecherin des Landesverbandes Niedersachsen widersprach. "+
		"Der Chef des Bundesamtes für Katastrophenhilfe war nicht erreichbar.", "de")
	for _, want := range []string{"Landesverband Niedersachsen", "Bundesamt für Katastrophenhilfe"} {
		if entity(r, want) == nil {
			t.Errorf("no %q in %+v", want, r.Entities)
		}
	}
}

func TestLanguageIsNotAPlace(t *testing.T) {
	r := analyze(t, "Das Gespräch mit der Delegation wurde auf Englisch geführt, die Unterlagen lagen auf Französisch vor.", "de")
	for _, m := range r.Mentions {
		if m.Type == LOC {
			t.Errorf("language taken for a place: %+v", m)
		}
	}
	if e := entity(r, "Englisch"); e == nil || e.Type != MISC {
		t.Errorf("Englisch: %+v, want MISC", e)
	}
}

func TestEnglishProseFilters(t *testing.T) {
	r := analyze(t, "Flights cancelled\n\nLondon – Hundreds of flights were cancelled at Heathrow Airport on Monday. "+
		"\"Safety comes first,\" said Jane Miller, a spokeswoman. Passengers were told that safety checks would take hours. "+
		"The notice was printed in English and the United Kingdom offered help.", "en")
	for _, e := range r.Entities {
		switch e.Canonical {
		case "Safety", "London – Hundreds":
			t.Errorf("not an entity: %+v", e)
		case "Heathrow Airport", "United Kingdom":
			if e.Type == PER {
				t.Errorf("%s as a person", e.Canonical)
			}
		case "English":
			if e.Type != MISC {
				t.Errorf("language English: %+v, want MISC", e)
			}
		case "Vereinigtes Königreich":
			t.Errorf("English document got a German canonical name: %+v", e)
		}
	}
	if e := entity(r, "Jane Miller"); e == nil || e.Type != PER {
		t.Errorf("Jane Miller: %+v in %+v", e, r.Entities)
	}
}

// mayBeDemonym rules words out before country lower-cases them; it must
// never rule out a word that country knows, in any capitalisation.
func TestMayBeDemonymKeepsEveryDemonym(t *testing.T) {
	g := loadGazetteer()
	n := 0
	for stem := range g.demonym {
		for _, end := range adjectiveEndings {
			lower := stem + end
			r, size := utf8.DecodeRuneInString(lower)
			for _, w := range []string{lower, string(unicode.ToUpper(r)) + lower[size:], strings.ToUpper(lower)} {
				if _, ok := g.country(w); ok && !g.mayBeDemonym(w) {
					t.Errorf("%q: country knows it, mayBeDemonym rules it out", w)
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d forms checked: the demonym list did not load", n)
	}
	for _, w := range []string{"Bundestag", "Haus", "Regierung"} {
		if g.mayBeDemonym(w) {
			t.Errorf("%q: want it ruled out without lower-casing", w)
		}
	}
}

// A name of adjectives and a noun is named in the nominative without article,
// whichever case and article it stands in, so that its forms are one entity.
func TestInflectedOrganisationNames(t *testing.T) {
	r := analyze(t, "Nach Angaben der Deutschen Post steigen die Gebühren. "+
		"Die Deutsche Post begründete das mit höheren Kosten. "+
		"Ein Sprecher des Auswärtigen Amtes schwieg. "+
		"Helfer des Deutschen Roten Kreuzes waren vor Ort. Das Deutsche Rote Kreuz half.", "de")
	for _, want := range []struct {
		name  string
		count int
	}{{"Deutsche Post", 2}, {"Auswärtiges Amt", 1}, {"Deutsches Rotes Kreuz", 2}} {
		if e := entity(r, want.name); e == nil || e.Count != want.count {
			t.Errorf("want %q %d times: %+v", want.name, want.count, r.Entities)
		}
	}
	for _, e := range r.Entities {
		if strings.HasSuffix(e.Canonical, "Amtes") || strings.HasPrefix(e.Canonical, "Deutschen ") {
			t.Errorf("inflected canonical name %q", e.Canonical)
		}
	}
	// a company named after a person is no adjective
	r = analyze(t, "Der Chef der Porsche AG trat zurück.", "de")
	if e := entity(r, "Porsche AG"); e == nil {
		t.Errorf("want Porsche AG as written: %+v", r.Entities)
	}
}
