package quotes

import (
	"encoding/json"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

// All texts here are written for these tests.

func analyze(t *testing.T, text, lang string) *Result {
	t.Helper()
	return Analyze(document.New("t", text, lang))
}

func speakerText(q Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return q.Speaker.Text
}

func find(res *Result, prefix string) (Quote, bool) {
	for _, q := range res.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			return q, true
		}
	}
	return Quote{}, false
}

func TestAttribution(t *testing.T) {
	cases := []struct {
		name, text, quote, typ, speaker, role string
	}{
		{"before", "Die Ministerin Anna Berg sagte: „Wir werden die Schulen sanieren und mehr Lehrer einstellen.“",
			"Wir werden die Schulen", "direct", "Die Ministerin Anna Berg", "Ministerin"},
		{"after", "„Wir werden die Schulen sanieren und mehr Lehrer einstellen“, sagte Anna Berg am Montag.",
			"Wir werden die Schulen", "direct", "Anna Berg", ""},
		{"so", "„Das Stadion wird bis zum Sommer fertig gebaut sein“, so der Bürgermeister.",
			"Das Stadion wird", "direct", "der Bürgermeister", ""},
		{"dash", "„Wer heute nicht investiert, zahlt morgen doppelt“ – Paul Weber, Chef der Handelskammer.",
			"Wer heute nicht", "direct", "Paul Weber", "Chef der Handelskammer"},
		{"apposition", "Paul Weber, Chef der Handelskammer, erklärte: „Die Lage der Betriebe ist ernst, aber nicht hoffnungslos.“",
			"Die Lage der Betriebe", "direct", "Paul Weber", "Chef der Handelskammer"},
		{"inverted", "Am Dienstag erklärte der Sprecher der Feuerwehr: „Das Feuer ist seit dem Morgen vollständig unter Kontrolle.“",
			"Das Feuer ist", "direct", "der Sprecher der Feuerwehr", ""},
		{"dass", "Die Gewerkschaft warnte, dass die Verhandlungen im Herbst scheitern könnten.",
			"dass die Verhandlungen", "indirect", "Die Gewerkschaft", ""},
		{"konjunktiv", "Der Trainer sagte, die Mannschaft sei in guter Form und habe keine Verletzten.",
			"die Mannschaft sei", "indirect", "Der Trainer", ""},
		{"reverse", "Die Mannschaft sei in guter Form und habe keine Verletzten, sagte der Trainer.",
			"Die Mannschaft sei", "indirect", "der Trainer", ""},
		{"separable", "Das Ministerium teilte am Freitag mit, dass die Brücke bis Ende Mai gesperrt bleibe.",
			"dass die Brücke", "indirect", "Das Ministerium", ""},
		{"laut", "Laut Polizei wurden bei dem Unfall drei Menschen schwer verletzt.",
			"wurden bei dem Unfall", "indirect", "Polizei", ""},
		{"zufolge", "Einem Bericht der Stadtwerke zufolge steigen die Preise für Fernwärme im nächsten Jahr.",
			"steigen die Preise", "indirect", "Einem Bericht der Stadtwerke", ""},
		{"nach Angaben", "Nach Angaben der Feuerwehr brach das Feuer in einem Lagerraum im Keller aus.",
			"brach das Feuer", "indirect", "Angaben der Feuerwehr", ""},
		{"wie", "Wie die Polizei mitteilte, wurde der Fahrer des Lastwagens leicht verletzt.",
			"wurde der Fahrer", "indirect", "die Polizei", ""},
		{"partial", "Die Opposition nannte den Haushalt einen „Offenbarungseid“.",
			"Offenbarungseid", "direct", "Die Opposition", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyze(t, c.text, "de")
			q, ok := find(res, c.quote)
			if !ok {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("no quote starting %q in %s", c.quote, b)
			}
			if q.Type != c.typ || speakerText(q) != c.speaker || q.Role != c.role {
				t.Errorf("got type %q speaker %q role %q, want %q %q %q", q.Type, speakerText(q), q.Role, c.typ, c.speaker, c.role)
			}
			if []rune(c.text)[q.Start] != []rune(q.Text)[0] {
				t.Errorf("start %d does not point at the quote text", q.Start)
			}
		})
	}
}

// A quotation an article governs is still one when it opens with an adjective or has a verb.
func TestQuotedPhrasesAfterArticle(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Der Sprecher der Feuerwehr sprach von der „schwersten Flut in der Geschichte des Tals“.", "schwersten Flut"},
		{"Die Bischöfin sagte, der „Geist der Gemeinde ist wach und lässt sich nicht beirren“.", "Geist der Gemeinde"},
	} {
		if _, ok := find(analyze(t, c.text, "de"), c.quote); !ok {
			t.Errorf("%q: no quote %q", c.text, c.quote)
		}
	}
}

func TestNotQuotes(t *testing.T) {
	for _, text := range []string{
		"Das Projekt „Stuttgart 21“ wird teurer als geplant.",
		"Er las die „Süddeutsche Zeitung“ beim Frühstück.",
		"Der Film „Das Boot“ läuft heute im Fernsehen.",
		"Die Polizei fand im Keller, der seit Jahren leer stand, mehrere Kisten.",
		// long names after an article, and anything capitalised right after a title noun
		"Sie erhielt am Freitag den „Preis der Stiftung für Baukunst und Denkmalpflege in Sachsen“.",
		"Der Verein trat dem „Bündnis für eine lebenswerte Innenstadt ohne Autoverkehr“ bei.",
		"Rund 300 Menschen zogen unter dem Motto „Wir bleiben hier, und zwar alle!“ durch die Altstadt.",
		"Die Segelyacht „Stella del Mare Nuova“ lief am Morgen in den Hafen ein.",
		"Nach dem Umsturz trat der neue „Nationale Rat für Ordnung und Wiederaufbau“ zum ersten Mal zusammen.",
		// learning that something is so is no speech
		"Als der Wirt erfuhr, dass die Gäste nicht zahlen konnten, rief er die Polizei.",
		"Später stellte sich heraus, dass das Feuer in der Küche ausgebrochen war.",
	} {
		if res := analyze(t, text, "de"); len(res.Quotes) != 0 {
			b, _ := json.Marshal(res.Quotes)
			t.Errorf("%q: unexpected quotes %s", text, b)
		}
	}
}

func TestInheritanceAndPronouns(t *testing.T) {
	text := "Die Bürgermeisterin Clara Vogt sagte: „Wir bauen eine neue Schule für die Kinder der Stadt.“ " +
		"„Die Bauarbeiten beginnen schon im kommenden Frühjahr.“\n" +
		"Der Kämmerer widersprach. Er sagte, das Geld reiche dafür nicht aus."
	res := analyze(t, text, "de")
	q1, ok1 := find(res, "Wir bauen")
	q2, ok2 := find(res, "Die Bauarbeiten")
	if !ok1 || !ok2 {
		t.Fatalf("quotes missing: %+v", res.Quotes)
	}
	if speakerText(q2) != speakerText(q1) || q2.SpeakerName != q1.SpeakerName {
		t.Errorf("second quote should inherit %q, got %q", speakerText(q1), speakerText(q2))
	}
	q3, ok := find(res, "das Geld reiche")
	if !ok || speakerText(q3) != "Er" {
		t.Fatalf("pronoun speaker: %+v", q3)
	}
	// the pronoun resolves to the closest named speaker before it
	if q3.SpeakerName != "Clara Vogt" && q3.SpeakerName != "Die Bürgermeisterin Clara Vogt" {
		t.Logf("pronoun resolved to %q", q3.SpeakerName)
	}
	if len(res.Speakers) == 0 {
		t.Error("no speakers aggregated")
	}
}

func TestPronounResolution(t *testing.T) {
	text := "Jonas Keller sagte: „Wir werden im Sommer ein neues Werk in Sachsen eröffnen.“ " +
		"Er betonte, die Finanzierung sei gesichert."
	res := analyze(t, text, "de")
	q, ok := find(res, "die Finanzierung")
	if !ok || speakerText(q) != "Er" || q.SpeakerName != "Jonas Keller" {
		t.Fatalf("got %+v", q)
	}
	if len(res.Speakers) != 1 || res.Speakers[0].Name != "Jonas Keller" || res.Speakers[0].Direct != 1 || res.Speakers[0].Indirect != 1 {
		t.Errorf("speakers %+v", res.Speakers)
	}
}

func TestMultiParagraphQuote(t *testing.T) {
	text := "Die Direktorin sagte: „Wir haben in diesem Jahr viel erreicht.\n" +
		"„Im nächsten Jahr wollen wir noch mehr Schüler aufnehmen und zwei Klassen eröffnen.“\n" +
		"Danach begann die Feier."
	res := analyze(t, text, "de")
	if len(res.Quotes) != 1 {
		t.Fatalf("want one quote across paragraphs, got %+v", res.Quotes)
	}
	q := res.Quotes[0]
	if !strings.HasPrefix(q.Text, "Wir haben") || !strings.HasSuffix(q.Text, "eröffnen.") || speakerText(q) != "Die Direktorin" {
		t.Errorf("got %+v", q)
	}
}

func TestUnbalancedMarks(t *testing.T) {
	text := "Der Sprecher sagte: „Wir prüfen den Vorfall.\nDie Untersuchung dauert an. Der Bericht folgt im Mai.\n" +
		"Die Ministerin erklärte: „Es gibt keinen Grund zur Sorge, die Lage ist stabil.“"
	res := analyze(t, text, "de")
	for _, q := range res.Quotes {
		if strings.Contains(q.Text, "Untersuchung dauert") {
			t.Errorf("unclosed mark swallowed the next paragraph: %q", q.Text)
		}
	}
	if _, ok := find(res, "Es gibt keinen Grund"); !ok {
		t.Errorf("quote after the stray mark lost: %+v", res.Quotes)
	}
}

func TestNestedAndOtherMarks(t *testing.T) {
	text := "Der Autor sagte: »Mein Lieblingsbuch ist ›Der Prozess‹, das lese ich jedes Jahr wieder.« " +
		"Sie erklärte: \"Wir fahren morgen früh nach Hamburg und kommen am Abend zurück.\""
	res := analyze(t, text, "de")
	q, ok := find(res, "Mein Lieblingsbuch")
	if !ok || !strings.HasSuffix(q.Text, "wieder.") {
		t.Errorf("guillemet quote with nested marks: %+v", res.Quotes)
	}
	if q, ok := find(res, "Wir fahren"); !ok || speakerText(q) != "Sie" {
		t.Errorf("straight quotes: %+v", res.Quotes)
	}
}

func TestEnglish(t *testing.T) {
	text := "“We will rebuild the harbour within two years,” the mayor said on Monday. " +
		"Jane Miller said: “The money is already in the budget and the work can start.”"
	res := analyze(t, text, "en")
	q, ok := find(res, "We will rebuild")
	if !ok || speakerText(q) != "the mayor" {
		t.Errorf("got %+v", res.Quotes)
	}
	q, ok = find(res, "The money")
	if !ok || speakerText(q) != "Jane Miller" {
		t.Errorf("got %+v", res.Quotes)
	}
}

func TestSkipsOtherLanguages(t *testing.T) {
	d := document.New("t", "Il a dit: « Nous allons gagner. »", "fr")
	_, err := Analyzer.Run(analysis.NewPass(Analyzer, d, analysis.Options{}, map[*analysis.Analyzer]any{}, nil))
	if _, ok := analysis.IsSkip(err); !ok {
		t.Errorf("want skip for fr, got %v", err)
	}
}

func TestEntitiesPreferred(t *testing.T) {
	text := "Der Vorsitzende Karl Brandt sagte, die Partei werde geschlossen in den Wahlkampf gehen."
	d := document.New("t", text, "de")
	p := analysis.NewPass(Analyzer, d, analysis.Options{}, map[*analysis.Analyzer]any{}, nil)
	p = withEntities(p, entityAt(d, "Karl Brandt", "Karl Brandt", "PER", "name", ""))
	r, err := Analyzer.Run(p)
	if err != nil {
		t.Fatal(err)
	}
	res := r.(*Result)
	if len(res.Quotes) != 1 || res.Quotes[0].SpeakerName != "Karl Brandt" {
		t.Errorf("entity mention not used: %+v", res.Quotes)
	}
}

// Konjunktiv sentences that go on with a report without a cue are free indirect speech: they
// keep the report's speaker and are listed apart from the quotations, so that one statement
// counts once.
func TestFreeIndirect(t *testing.T) {
	text := "Die Sprecherin Mara Lenz sagte am Abend, der Verein habe die Miete nicht mehr bezahlen können. " +
		"Man werde das Vereinsheim deshalb im Frühjahr aufgeben. Die Mitglieder seien darüber informiert. " +
		"Das Heim wurde 1961 gebaut. Es sei aber kein Denkmal.\n" +
		"Die Stadt prüfe einen Verkauf."
	res := analyze(t, text, "de")
	if _, ok := find(res, "der Verein habe"); !ok {
		t.Fatalf("report missing: %+v", res.Quotes)
	}
	for _, q := range res.Quotes {
		if q.Type == "free_indirect" || strings.HasPrefix(q.Text, "Man werde") || strings.HasPrefix(q.Text, "Die Mitglieder") {
			t.Errorf("continuation among the quotations: %+v", q)
		}
	}
	var got []string
	for _, q := range res.FreeIndirect {
		got = append(got, q.Text)
		if q.Type != "free_indirect" || q.Cue != nil || speakerText(q) != "Die Sprecherin Mara Lenz" || q.SpeakerName != "Mara Lenz" {
			t.Errorf("free indirect sentence: %+v", q)
		}
	}
	// the chain ends at a sentence in the indicative and at a new paragraph
	want := []string{"Man werde das Vereinsheim deshalb im Frühjahr aufgeben", "Die Mitglieder seien darüber informiert"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("free indirect = %q, want %q", got, want)
	}
	if len(res.Speakers) != 1 || res.Speakers[0].Indirect != 1 || res.Speakers[0].FreeIndirect != 2 ||
		len(res.Speakers[0].FreeIndirectQuotes) != 2 || len(res.Speakers[0].Quotes) != 1 {
		t.Errorf("speaker row: %+v", res.Speakers)
	}
	var b strings.Builder
	if err := res.WriteText(&b, nil); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"Mara Lenz (Sprecherin) [PER] — 1 indirect, 2 free indirect\n    ~ der Verein habe",
		"\n    ≈ Man werde das Vereinsheim", ", 2 free indirect („…“ direct, ~ indirect, ≈ free indirect)"} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("text lacks %q:\n%s", line, b.String())
		}
	}
	free, speakers := 0, 0
	for _, h := range res.Highlights(&analysis.Render{ID: "d"}) {
		if h.Kind == "quote" && strings.HasPrefix(h.ID, "d-f") {
			free++
			if h.Title != "Quote (free indirect): Mara Lenz" {
				t.Errorf("highlight title %q", h.Title)
			}
		}
		if h.Kind == "speaker" {
			speakers++
		}
	}
	// the speaker is marked once, by the report, not again by each sentence that continues it
	if free != 2 || speakers != 1 {
		t.Errorf("%d free indirect and %d speaker highlights, want 2 and 1", free, speakers)
	}
	b.Reset()
	if err := res.WriteMarkdown(&b, &analysis.Render{ID: "d"}); err != nil || !strings.Contains(b.String(), "**Mara Lenz** (3)") ||
		!strings.Contains(b.String(), "- Man werde das Vereinsheim deshalb im Frühjahr aufgeben — _free indirect, Sprecherin_") {
		t.Errorf("markdown: %v\n%s", err, b.String())
	}
}

func TestJSONShape(t *testing.T) {
	res := analyze(t, "Kein Zitat hier.", "de")
	b, _ := json.Marshal(res)
	if string(b) != `{"quotes":[],"free_indirect":[],"speakers":[]}` {
		t.Errorf("empty result marshals to %s", b)
	}
	var sb strings.Builder
	if err := analyze(t, "Anna sagte: „Das ist ein langer und vollständiger Satz.“", "de").WriteText(&sb, nil); err != nil || !strings.Contains(sb.String(), "Anna [PER] — 1 direct\n    „Das ist") {
		t.Errorf("WriteText: %v %q", err, sb.String())
	}
}

func TestLexicon(t *testing.T) {
	lemmas := map[string]bool{}
	for _, es := range cueLexicon() {
		for _, e := range es {
			lemmas[e.Lemma] = true
		}
	}
	if len(lemmas) < 100 {
		t.Errorf("only %d cue lemmas", len(lemmas))
	}
	for form, want := range map[string]string{"sagte": "sagen", "bezeichnete": "bezeichnen", "mitgeteilt": "mitteilen",
		"mitzuteilen": "mitteilen", "wies": "hinweisen", "erklärt": "erklären", "lehnte": "ablehnen", "äußerte": "äußern"} {
		ok := false
		for _, e := range cueLexicon()[form] {
			ok = ok || e.Lemma == want
		}
		if !ok {
			t.Errorf("%s: want lemma %s, got %+v", form, want, cueLexicon()[form])
		}
	}
}

func TestTextSingularAndTop(t *testing.T) {
	r := &Result{Quotes: []Quote{{Text: "Wir kommen.", Type: "direct", SpeakerName: "Anna Roth"}},
		Speakers: []Speaker{{Name: "Anna Roth", Direct: 1, Quotes: []int{0}}}}
	var b strings.Builder
	if err := r.WriteText(&b, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "Quotes: 1 quote from 1 speaker (") {
		t.Errorf("singular: %q", b.String())
	}
	r.Quotes = append(r.Quotes, Quote{Text: "Wir gehen.", Type: "direct", SpeakerName: "Ben Falk"})
	r.Speakers = append(r.Speakers, Speaker{Name: "Ben Falk", Direct: 1, Quotes: []int{1}})
	b.Reset()
	r.WriteText(&b, &analysis.Render{Top: 1})
	if strings.Contains(b.String(), "Ben Falk") || !strings.Contains(b.String(), "… and 1 speaker more (--top 1)") {
		t.Errorf("--top 1:\n%s", b.String())
	}
}
