package quotes

import (
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/entities"
)

// All texts here are written for these tests.

func TestSourceNames(t *testing.T) {
	cases := []struct {
		text, quote, span, name string
	}{
		{"Die Gespräche blieben nach Angaben mehrerer Diplomaten ohne jedes greifbare Ergebnis.",
			"Die Gespräche blieben", "Angaben mehrerer Diplomaten", "mehrere Diplomaten"},
		{"Ein solches Abkommen müsste nach Ansicht von Völkerrechtlern deutlich weiter gehen als der Entwurf.",
			"Ein solches Abkommen", "Ansicht von Völkerrechtlern", "Völkerrechtler"},
		{"Der neue Vertrag ist nach Darstellung des Außenministeriums deutlich konkreter als der alte.",
			"deutlich konkreter", "Darstellung des Außenministeriums", "Außenministerium"},
		{"Nach Angaben der spanischen Gastgeber wurden mehrere Entwürfe ausgetauscht und verworfen.",
			"wurden mehrere Entwürfe", "Angaben der spanischen Gastgeber", "spanische Gastgeber"},
		{"Nach Einschätzung von Fachleuten reicht ein solcher Verweis für ein Abkommen nicht aus.",
			"reicht ein solcher Verweis", "Einschätzung von Fachleuten", "Fachleute"},
		{"Nach Polizeiangaben wurden bei dem Unfall am Morgen drei Menschen leicht verletzt.",
			"wurden bei dem Unfall", "Polizeiangaben", "Polizei"},
		{"Laut dem Sprecher wird die Brücke noch bis zum Ende des Monats gesperrt bleiben.",
			"wird die Brücke", "dem Sprecher", "Sprecher"},
		// capitalised at the sentence start, still a determiner
		{"Einer Meldung von Xinhua zufolge ist die Zahl der Opfer auf über hundert gestiegen.",
			"ist die Zahl der Opfer", "Einer Meldung von Xinhua", "Xinhua"},
		{"Nach Angaben des Instituts wurde das Beben noch in großer Entfernung gemessen.",
			"wurde das Beben", "Angaben des Instituts", "Institut"},
		{"Nach Angaben seines Sprechers wird der Minister am Freitag nach Brüssel reisen.",
			"wird der Minister", "Angaben seines Sprechers", "sein Sprecher"},
		{"Nach Angaben des Roten Kreuzes wurden in der Nacht mehr als zweihundert Verletzte versorgt.",
			"wurden in der Nacht", "Angaben des Roten Kreuzes", "Rotes Kreuz"},
		{"Nach Angaben der Vereinten Nationen sind seit dem Frühjahr mehr als eine Million Menschen geflohen.",
			"sind seit dem Frühjahr", "Angaben der Vereinten Nationen", "Vereinte Nationen"},
		{"Nach Angaben des Präsidenten Paul Kagame wurde die Grenze am Abend wieder geöffnet.",
			"wurde die Grenze", "Angaben des Präsidenten Paul Kagame", "Präsidenten Paul Kagame"},
		// no source at all: the name stays empty instead of repeating the phrase
		{"Offiziellen Angaben zufolge wurden bei dem Brand am Montag zwei Menschen verletzt.",
			"wurden bei dem Brand", "Offiziellen Angaben", ""},
		{"Ohne ein Abkommen droht nach verbreiteter Einschätzung ein ungebremster Wettlauf um neue Waffen.",
			"Ohne ein Abkommen", "verbreiteter Einschätzung", ""},
	}
	for _, c := range cases {
		res := analyze(t, c.text, "de")
		q, ok := find(res, c.quote)
		if !ok {
			t.Errorf("%q: no quote %q in %+v", c.text, c.quote, res.Quotes)
			continue
		}
		if speakerText(q) != c.span || q.SpeakerName != c.name {
			t.Errorf("%q: speaker %q name %q, want %q / %q", c.text, speakerText(q), q.SpeakerName, c.span, c.name)
		}
	}
}

func TestPossessiveSources(t *testing.T) {
	// a possessive points back to the closest earlier source
	res := analyze(t, "Maria Keller sagte, die Zahl der Fälle sei deutlich gestiegen. "+
		"Nach ihren Berechnungen sterben jedes Jahr mehr Menschen an der Krankheit.", "de")
	q, ok := find(res, "sterben jedes Jahr")
	if !ok || speakerText(q) != "ihren Berechnungen" || q.SpeakerName != "Maria Keller" {
		t.Errorf("possessive: %+v", res.Quotes)
	}
	// with nobody before it, it stays unnamed rather than "ihrer Einschätzung"
	res = analyze(t, "Ein verbindliches Abkommen könnte diese Entwicklung nach ihrer Einschätzung zumindest bremsen.", "de")
	if len(res.Quotes) != 1 || res.Quotes[0].SpeakerName != "" || len(res.Speakers) != 0 {
		t.Errorf("unresolved possessive: %+v %+v", res.Quotes, res.Speakers)
	}
	// "eigenen Angaben" is the subject of its own clause
	res = analyze(t, "Die Regierung in Den Haag will den Prozess nach eigenen Angaben mit zwölf Millionen Euro unterstützen.", "de")
	if len(res.Quotes) != 1 || res.Quotes[0].SpeakerName != "Regierung in Den Haag" {
		t.Errorf("own source: %+v", res.Quotes)
	}
}

func TestPronounNeedsAntecedent(t *testing.T) {
	res := analyze(t, "Er sagte, die Verhandlungen seien auf einem guten Weg und würden bald abgeschlossen.", "de")
	if len(res.Quotes) != 1 || speakerText(res.Quotes[0]) != "Er" || res.Quotes[0].SpeakerName != "" {
		t.Errorf("unresolved pronoun: %+v", res.Quotes)
	}
	res = analyze(t, "Peter Lang sagte, die Verhandlungen seien auf einem guten Weg. "+
		"Er sagte außerdem, man werde die Ergebnisse im Herbst vorstellen.", "de")
	q, ok := find(res, "man werde")
	if !ok || q.SpeakerName != "Peter Lang" || len(res.Speakers) != 1 || res.Speakers[0].Indirect != 2 {
		t.Errorf("pronoun: %+v %+v", res.Quotes, res.Speakers)
	}
}

func TestEntityCanonicalName(t *testing.T) {
	text := "Der Minister Jan de Vries hielt eine Rede. De Vries sagte: „Wir brauchen klare Regeln für den Einsatz.“ " +
		"Ein Vertreter der Vereinten Nationen sagte, man begrüße die Erklärung ausdrücklich."
	d := document.New("t", text, "de")
	p := analysis.NewPass(Analyzer, d, analysis.Options{}, map[*analysis.Analyzer]any{}, nil)
	p = withEntities(p,
		entityAt(d, "Jan de Vries", "Jan de Vries", "PER", "name", "Jan de Vries"),
		entityAt(d, "De Vries sagte", "De Vries", "PER", "name", "Jan de Vries"),
		entityAt(d, "Vereinten Nationen", "Vereinten Nationen", "ORG", "name", "Vereinte Nationen"))
	r, err := Analyzer.Run(p)
	if err != nil {
		t.Fatal(err)
	}
	res := r.(*Result)
	q, ok := find(res, "Wir brauchen")
	if !ok || speakerText(q) != "De Vries" || q.SpeakerName != "Jan de Vries" {
		t.Errorf("canonical: %+v", res.Quotes)
	}
	// the organisation is a genitive attribute, not the speaker: the representative is no
	// entity of type ORG; the name says whom the representative speaks for, in the nominative
	q, ok = find(res, "man begrüße")
	if !ok || q.SpeakerEntity != nil || speakerText(q) != "Ein Vertreter der Vereinten Nationen" ||
		q.Role != "Vertreter" || q.SpeakerName != "Vereinte Nationen" {
		t.Errorf("genitive organisation: %+v", q)
	}
}

func TestPlaceAdjectiveSource(t *testing.T) {
	text := "Nach israelischen Angaben wurden bei dem Angriff am Morgen drei Soldaten verletzt."
	d := document.New("t", text, "de")
	p := analysis.NewPass(Analyzer, d, analysis.Options{}, map[*analysis.Analyzer]any{}, nil)
	p = withEntities(p, entityAt(d, "israelischen", "israelischen", "LOC", "derived", "Israel"))
	r, err := Analyzer.Run(p)
	if err != nil {
		t.Fatal(err)
	}
	res := r.(*Result)
	if len(res.Quotes) != 1 || res.Quotes[0].SpeakerName != "Israel" || speakerText(res.Quotes[0]) != "israelischen Angaben" {
		t.Errorf("place source: %+v", res.Quotes)
	}
}

func TestHopesAreNotReports(t *testing.T) {
	for _, text := range []string{
		"Die Organisatoren hatten gehofft, in der Stadt erstmals verbindliche Grundsätze zu vereinbaren.",
		"Der Verein wünscht, im nächsten Jahr ein neues Stadion zu bauen.",
		"Die Stadt plant, die Brücke im Sommer vollständig zu erneuern.",
		"Der Konzern beabsichtigt, weitere Anträge für die Zulassung zu stellen.",
		"Kritiker sehen darin einen weiteren Grund, ein Abkommen möglichst rasch anzustreben.",
	} {
		if res := analyze(t, text, "de"); len(res.Quotes) != 0 {
			t.Errorf("%q: an aim is not a report: %+v", text, res.Quotes)
		}
	}
	// a hope with a dass-clause reports what someone thinks (annotated so in SpkAtt)
	res := analyze(t, "Die Umweltschutzorganisation hofft, dass der Bär noch lebendig eingefangen werden kann.", "de")
	if q, ok := find(res, "dass der Bär"); !ok || speakerText(q) != "Die Umweltschutzorganisation" {
		t.Errorf("hofft, dass: %+v", res.Quotes)
	}
	// a zu-infinitive after a speech verb is still a report
	res = analyze(t, "Der Bürgermeister forderte die Anwohner auf, die Fenster geschlossen zu halten.", "de")
	if _, ok := find(res, "die Fenster geschlossen"); !ok {
		t.Errorf("forderte auf, … zu: %+v", res.Quotes)
	}
}

func TestWriteTextCompact(t *testing.T) {
	res := analyze(t, "Anna Berg sagte: „Wir werden die Schulen sanieren und mehr Lehrer einstellen, und zwar schon in diesem Jahr, "+
		"in allen Bezirken der Stadt und ohne neue Schulden.“ Sie sagte außerdem, die Finanzierung sei gesichert. "+
		"Nach verbreiteter Einschätzung ist der Plan dennoch sehr ehrgeizig und kaum zu schaffen.", "de")
	var b strings.Builder
	if err := res.WriteText(&b, nil); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	want := []string{
		"Quotes: 3 quotes from 1 speaker, 1 without speaker („…“ direct, ~ indirect)",
		"  Anna Berg [PER] — 1 direct, 1 indirect",
	}
	if len(lines) != 6 || lines[0] != want[0] || lines[1] != want[1] || lines[4] != "  (no speaker) — 1 indirect" {
		t.Fatalf("layout:\n%s", out)
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > maxQuoteRunes+10 {
			t.Errorf("line of %d runes: %q", n, l)
		}
	}
	if !strings.HasSuffix(lines[2], " …“") {
		t.Errorf("long quote not shortened: %q", lines[2])
	}
}

func TestShorten(t *testing.T) {
	if got := shorten("kurz", 10); got != "kurz" {
		t.Errorf("short text changed: %q", got)
	}
	got := shorten("eins zwei drei vier fünf sechs sieben", 20)
	if got != "eins zwei drei vier …" {
		t.Errorf("got %q", got)
	}
}

func TestMasculinePronounSkipsWomen(t *testing.T) {
	res := analyze(t, "Peter Lang sagte, die Verhandlungen seien auf einem guten Weg. "+
		"Angela Berger sagte, man brauche noch Zeit. Er sagte später, man werde die Ergebnisse im Herbst vorstellen.", "de")
	q, ok := find(res, "man werde")
	if !ok || q.SpeakerName != "Peter Lang" {
		t.Errorf("er → %+v", q)
	}
	if feminineName("Luca Toni") || !feminineName("Angela Berger") || feminineName("Lang") {
		t.Error("feminineName")
	}
}

func TestCompoundSource(t *testing.T) {
	for in, want := range map[string]string{"NASA-Angaben": "NASA", "Polizeiangaben": "Polizei", "Regierungsangaben": "Regierung",
		"Unternehmensangaben": "Unternehmen", "Branchenschätzungen": "Branchenschätzungen", "Angaben": ""} {
		if got := compoundSource(in); got != want {
			t.Errorf("compoundSource(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestSubjectAntecedent(t *testing.T) {
	// without the entities analyzer the subject of an earlier sentence is the antecedent
	res := analyze(t, "Die Sicherheitsforscherin Dr. Lena Hartmann, die eine Studie vorstellte, rechnet mit höheren Ausgaben. "+
		"Nach ihren Berechnungen entfallen schon heute mehr als 40 Prozent der Ausgaben auf zwei Staaten.", "de")
	q, ok := find(res, "entfallen schon heute")
	if !ok || q.SpeakerName != "Lena Hartmann" {
		t.Errorf("subject antecedent: %+v", res.Quotes)
	}
	// a prepositional opening is no subject
	if name, _ := analyzeSubject("Im Fahrerlager sagte er, das Auto sei schnell."); name != "" {
		t.Errorf("subject of a prepositional opening: %q", name)
	}
}

func analyzeSubject(text string) (string, bool) {
	return newAnalysis(document.New("t", text, "de")).sentenceSubject(0)
}

// entityAt makes an entity mention of the text `name` where `at` starts in d.
func entityAt(d *document.Document, at, name, typ, form, canonical string) entities.Mention {
	start := strings.Index(d.Text, at)
	m := entities.NewMention(d, start, start+len(name), typ, form, 0)
	m.Canonical = canonical
	return m
}

// withEntities records an entities result, as if the analyzer had run before.
func withEntities(p *analysis.Pass, ms ...entities.Mention) *analysis.Pass {
	results := map[*analysis.Analyzer]any{entities.Analyzer: &entities.Result{Mentions: ms, Entities: []entities.Entity{}}}
	return analysis.NewPass(Analyzer, p.Doc, p.Options, results, nil)
}
