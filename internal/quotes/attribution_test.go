package quotes

import (
	"encoding/json"
	"strings"
	"testing"
)

// Speaker patterns beyond the subject-verb core, one case per pattern. All sentences are
// written for these tests.
func TestSpeakerPatterns(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker, speakerName string
	}{
		{"source phrase above the cue's subject",
			"„Die Mannschaft hat Charakter gezeigt“, sagte der Torwart laut Vereinsangaben.",
			"Die Mannschaft", "Vereinsangaben", "Vereinsangaben"},
		{"source phrase between subject and separable cue",
			"Die Imkerin geht laut einer Umfrage des Landesverbands davon aus, dass die Ernte dieses Jahr gering ausfällt.",
			"dass die Ernte", "einer Umfrage des Landesverbands", "Landesverband"},
		{"zufolge after the cue's subject",
			"Im Ausschuss sagte der Kämmerer einem Teilnehmer zufolge: „Für neue Radwege fehlt das Geld.“",
			"Für neue Radwege", "einem Teilnehmer", "Teilnehmer"},
		{"so X after a report that is mostly a partial quotation",
			"Die Brauerei müsse „sofort und ohne Ausnahme die Abfüllung der alten Flaschen“ einstellen, so Hanna Weber.",
			"sofort und ohne", "Hanna Weber", "Hanna Weber"},
		{"inserted so X before a partial quotation that holds the report",
			"Die Förderung solle, so die Ministerin, „nur noch an Betriebe mit einem tragfähigen Konzept für die kommenden Jahre“ gehen.",
			"nur noch an Betriebe", "die Ministerin", "Ministerin"},
		{"so X names the speaker of a passive without agent",
			"Die Stadt wird inzwischen aufgefordert, den Spielplatz am Hafen sofort zu sperren, so die Elternvertreterin Sabine Kurz im Lokalradio.",
			"den Spielplatz", "die Elternvertreterin Sabine Kurz", "Sabine Kurz"},
		{"laut with an attribute phrase between article and noun",
			"Die Lage im Tal ist ernst. Laut einer am Montag veröffentlichten Mitteilung des Landkreises wurden zunächst 300 Familien in Zelten untergebracht.",
			"wurden zunächst", "einer am Montag veröffentlichten Mitteilung des Landkreises", "Landkreis"},
		{"attribute phrase before a compound report noun",
			"Laut einer am Freitag verbreiteten Presseerklärung des Hilfswerks wurden zunächst 300 Familien versorgt.",
			"wurden zunächst", "einer am Freitag verbreiteten Presseerklärung des Hilfswerks", "Presseerklärung des Hilfswerks"},
		{"zufolge after an abbreviation in parentheses",
			"Einer Mitteilung des Verbandes Deutscher Imker (VDI) zufolge sank die Honigernte um ein Drittel.",
			"sank die Honigernte", "Einer Mitteilung des Verbandes Deutscher Imker (VDI)", "Verband Deutscher Imker"},
		{"next sentence names the source of a report without speaker",
			"Die Messe beginnt am Freitag. Wie am Morgen bekannt wurde, fällt der Eröffnungsvortrag wegen einer Erkrankung des Redners aus. Das bestätigten die Veranstalter auf ihrer Webseite.",
			"fällt der Eröffnungsvortrag", "die Veranstalter", "Veranstalter"},
		{"an age between commas before the cue",
			"Die Fähre kenterte vor der Küste. Die Passagierin Marta Lind, 41, schilderte im Krankenhaus den Ablauf: „Erst kippte das Deck, dann war überall Wasser.“",
			"Erst kippte", "Die Passagierin Marta Lind", "Marta Lind"},
		{"an accusative after the cue is no speaker; the subject before it has an extended attribute",
			"Im Hinterhof brannte eine Scheune. Die das Feuer meldende Nachbarin Eva Lind, 63, beschrieb später den Ablauf: „Zuerst roch es nur nach Rauch.“",
			"Zuerst roch es", "Die das Feuer meldende Nachbarin Eva Lind", "Eva Lind"},
		{"report named in the next sentence",
			"Die Stadtbahn fährt ab Montag wieder im Zehn-Minuten-Takt durch die Innenstadt. Dies gab der Verkehrsverbund gestern in Halle bekannt.",
			"Die Stadtbahn fährt", "der Verkehrsverbund", "Verkehrsverbund"},
		{"pronoun after a fronted object clause",
			"Die Pläne des Senats, die Bibliothek zu schließen, bezeichnete er als „kurzsichtig und teuer für alle“.",
			"kurzsichtig", "er", ""},
		{"reflexive before the subject",
			"Ähnlich äußerte sich die Landrätin Eva Brandl: „Wir lassen die Dörfer nicht allein.“",
			"Wir lassen", "die Landrätin Eva Brandl", "Eva Brandl"},
		{"so with a verb and an object pronoun",
			"„Er hört zu, aber er entscheidet allein“, so beschrieb ihn der Betriebsrat Otto Wendt.",
			"Er hört zu", "der Betriebsrat Otto Wendt", "Otto Wendt"},
		{"noun glued to a number",
			"Der 52-Jährige gab jedoch an, er habe von dem Geld nichts gewusst.",
			"er habe", "Der 52-Jährige", "52-Jährige"},
		{"demonstrative for a person",
			"Am Telefon meldete sich die Sekretärin Maria Schneider aus Berlin. Diese bestätigte, dass der Bürgermeister im Urlaub sei.",
			"dass der Bürgermeister", "Diese", "Maria Schneider"},
		{"relative pronoun with the cue at the end",
			"Neuer Leiter wird Karl Dorn, der vor dem Ausschuss betonte, er gehöre keiner Partei an.",
			"er gehöre", "der", "Karl Dorn"},
		{"name opening with a preposition",
			"Die Ministerin Ursula von der Leyen besuchte die Schule. Von der Leyen betonte, die Lehrer seien gut ausgebildet.",
			"die Lehrer seien", "Von der Leyen", "Von der Leyen"},
		{"passive with an agent",
			"Die Schließung des Bades wurde vom Stadtrat damit begründet, dass die Sanierung zu teuer sei.",
			"dass die Sanierung", "Stadtrat", "Stadtrat"},
		{"passive subject is not the speaker",
			"Über die Lautsprecher wurden die Besucher gebeten, die Halle ruhig zu verlassen.",
			"die Halle ruhig", "", ""},
		{"impersonal heißt es with the document",
			"So heißt es in dem Schreiben des Amtes wörtlich: „Die Frist ist nicht verlängerbar.“",
			"Die Frist", "dem Schreiben des Amtes", "Schreiben des Amtes"},
		{"document pronoun in a passive",
			"Der Vertrag wurde am Freitag veröffentlicht. In diesem wird unter anderem festgehalten, dass die Daten fünf Jahre gespeichert werden.",
			"dass die Daten", "diesem", ""},
		{"zitiert keeps its subject",
			"Der Trainer wird mit den Worten zitiert: „Wir haben verdient gewonnen.“",
			"Wir haben", "Der Trainer", "Trainer"},
		{"subordinate clause at the start of the sentence",
			"Nachdem die Anwältin des Klägers dem Gericht mitgeteilt hatte, dass der Zeuge verreist sei, wurde die Sitzung vertagt.",
			"dass der Zeuge", "die Anwältin des Klägers", "Anwältin des Klägers"},
		{"als opening a phrase, not a clause",
			"Als Grund für die Kündigung gab die Vermieterin an, die Miete sei seit Monaten nicht gezahlt worden.",
			"die Miete sei", "die Vermieterin", "Vermieterin"},
		{"a name that is also a verb form",
			"Die Reporterin in Lissabon, Will Harper, berichtete, dass die Straßen überflutet seien.",
			"dass die Straßen", "Will Harper", "Will Harper"},
		{"a cue in Konjunktiv I belongs to the report",
			"Die Kritikerin Jana Wolf schreibt in der Zeitung „Tagesblatt“, die Ausstellung erinnere „an die dunkelsten Jahre der Stadtgeschichte“.",
			"an die dunkelsten", "Die Kritikerin Jana Wolf", "Jana Wolf"},
		{"relative clause opened by a preposition",
			"Die Polizei nahm einen Mann fest, von dem die Ermittler glauben, er sei der Kopf der Bande.",
			"er sei der Kopf", "die Ermittler", "Ermittler"},
		{"cognition verb with a Konjunktiv clause",
			"Die Nachbarn glaubten, der Mann sei längst nach Spanien ausgewandert.",
			"der Mann sei", "Die Nachbarn", "Nachbarn"},
		{"mit den Worten",
			"Die Bürgermeisterin Lisa Brandt schloss sich dieser Forderung mit den Worten an: „Wir brauchen die Brücke noch in diesem Jahr.“",
			"Wir brauchen", "Die Bürgermeisterin Lisa Brandt", "Lisa Brandt"},
		{"fuhr fort before a quotation",
			"„Das war kein Unfall“, sagte der Abgeordnete Tom Kline. Er fuhr fort: „Das war eine Tat mit Ansage.“",
			"Das war eine Tat", "Er", "Tom Kline"},
		{"source phrase before a partial quotation",
			"Der Roman ist laut einem Jurymitglied eine „kluge und komische Geschichte über das Scheitern“.",
			"kluge und komische", "einem Jurymitglied", "Jurymitglied"},
		{"coordinated cue without its own subject",
			"Die Forscherin Eva Kühn erläutert die These so: „Es gibt zwei Arten von Teilchen, die vom Mond kommen“, und fügt hinzu: „Der Vorbeiflug wird zeigen, ob das stimmt.“",
			"Der Vorbeiflug", "Die Forscherin Eva Kühn", "Eva Kühn"},
		{"parenthesis inside the cue's clause",
			"Die Kanzlerin lehnte es nach dem Treffen mit Max Roth (SPD) ab, die Aufsicht über die Kraftwerke dem Bund zu übertragen.",
			"die Aufsicht über", "Die Kanzlerin", "Kanzlerin"},
		{"preposition before a common noun is no name but the agent of heißt es",
			"Von der Stadtverwaltung hieß es, man prüfe den Antrag noch.",
			"man prüfe", "der Stadtverwaltung", "Stadtverwaltung"},
		{"focus particle before the subject",
			"Auch die Gewerkschaft der Lokführer argumentierte, die Tarife seien seit Jahren zu niedrig.",
			"die Tarife seien", "die Gewerkschaft der Lokführer", "Gewerkschaft der Lokführer"},
		{"conjunction before the subject",
			"Aber mehrere Anwohner berichteten, es sei schon vor dem Brand nach Gas gerochen.",
			"es sei schon", "mehrere Anwohner", "Anwohner"},
		{"wie-clause with Konjunktiv report",
			"Wie die Feuerwehr mitteilte, sei das Feuer in der Küche ausgebrochen.",
			"sei das Feuer", "die Feuerwehr", "Feuerwehr"},
		{"adverb before the subject of a wie-clause",
			"Wie schon der Wetterdienst gewarnt hatte, ist der Fluss über die Ufer getreten.",
			"ist der Fluss", "der Wetterdienst", "Wetterdienst"},
		{"belief adjective after a copula",
			"Die Trainerin ist zuversichtlich, dass ihre Mannschaft den Titel verteidigt.",
			"dass ihre Mannschaft", "Die Trainerin", "Trainerin"},
		{"belief adjective after sich",
			"Der Gutachter war sich sicher, der Brand sei vorsätzlich gelegt worden.",
			"der Brand sei", "Der Gutachter", "Gutachter"},
		{"a particle before a time phrase is no subject",
			"Doch am Abend erklärte er, die Verhandlungen seien gescheitert.",
			"die Verhandlungen", "er", ""},
		{"colon after a clause without a cue: the subject after the verb",
			"Ihren Ärger über den Beschluss brachte die Stadträtin Helga Moor deutlich zum Ausdruck: „So behandelt man keine Nachbarn, das ist unanständig.“",
			"So behandelt man", "die Stadträtin Helga Moor", "Helga Moor"},
		{"colon after a clause without a cue: the subject first",
			"Der Vereinschef Bernd Lachner wandte sich nach dem Spiel an die Fans: „Ohne euch hätten wir das nie geschafft.“",
			"Ohne euch hätten", "Der Vereinschef Bernd Lachner", "Bernd Lachner"},
		{"colon after a clause without a cue: a fronted object names nobody",
			"Jede Schuld an dem Unfall weist Petersen weit von sich: „Ich bin an diesem Tag gar nicht gefahren.“",
			"Ich bin an diesem", "Petersen", "Petersen"},
		{"colon after a clause without a cue and without a name",
			"Die ganze Stimmung des Abends fasst ein Satz auf dem Plakat zusammen: „Wir bleiben hier und wir geben nicht auf.“",
			"Wir bleiben hier", "", ""},
		{"wonach after a quoted title",
			"Am Morgen erschien ein Bericht der Zeitung „Abendpost“, wonach der Minister zurücktreten wolle.",
			"der Minister zurücktreten", "ein Bericht der Zeitung „Abendpost“", "Zeitung „Abendpost“"},
		{"a denied claim speaks for its clause",
			"Der Bürgermeister wies am Abend den Vorwurf der Opposition zurück, er habe die Kosten des Neubaus verschwiegen.",
			"er habe die Kosten", "den Vorwurf der Opposition", "Opposition"},
		{"a denied proposal speaks for its clause",
			"Die Landrätin lehnte den Vorschlag des Kreistags ab, die Buslinie einzustellen.",
			"die Buslinie einzustellen", "den Vorschlag des Kreistags", "Kreistag"},
		{"man goes on speaking for the institution before",
			"Am Morgen sagte die Stadtverwaltung, man habe den Brand unter Kontrolle. Aber man betont auch, dass die Luft noch belastet sei.",
			"dass die Luft", "die Stadtverwaltung", "Stadtverwaltung"},
		{"man after a person is people in general",
			"Der Richter Paul Sander sagte, das Verfahren werde eingestellt. Hierbei vermutete man, dass wichtige Akten fehlten.",
			"dass wichtige Akten", "", ""},
		{"darin after a statement in the sentence before",
			"Das Gesundheitsamt veröffentlichte am Abend eine kurze Mitteilung. Darin heißt es, die Bäder blieben bis Freitag geschlossen.",
			"die Bäder blieben", "eine kurze Mitteilung", "kurze Mitteilung"},
		{"darin before a colon",
			"Die Reederei schickte einen Brief an alle Passagiere. Darin steht unter anderem: „Wir bedauern die Verspätung sehr.“",
			"Wir bedauern", "einen Brief", "Brief"},
		{"verb-final cue after a quoted phrase",
			"Der Stadtrat hatte den Plan der Investoren zuvor als „völlig unrealistisch“ zurückgewiesen.",
			"völlig unrealistisch", "Der Stadtrat", "Stadtrat"},
		{"passive agent before a quoted phrase",
			"Seine Bilder werden vom Feuilleton als „Meilensteine der Malerei“ bezeichnet.",
			"Meilensteine der Malerei", "Feuilleton", "Feuilleton"},
		{"aus before verlautete",
			"Aus Regierungskreisen verlautete am Abend, der Gipfel werde verschoben.",
			"der Gipfel werde", "Regierungskreisen", "Regierungskreisen"},
		{"dative object in first position",
			"Der örtlichen Zeitung sagte Karin Vogt: „Wir haben alles verloren, was wir besaßen.“",
			"Wir haben alles", "Karin Vogt", "Karin Vogt"},
		{"nach den Worten before a partial quotation",
			"Nach den Worten der Sprecherin des Vereins, Eva Roth, fehle es „an jeder vernünftigen Planung für die Zukunft“.",
			"an jeder vernünftigen", "den Worten der Sprecherin des Vereins", "Sprecherin des Vereins"},
		{"a participle as adverb in first position",
			"Relativierend fügte die Richterin hinzu, das Urteil sei noch nicht rechtskräftig.",
			"das Urteil sei", "die Richterin", "Richterin"},
		{"a month is no source",
			"Im April wurde dann bekannt, dass der Sänger schon lange krank war.",
			"dass der Sänger", "", ""},
		{"a source in lower case with a capital inside",
			"Die Zahl der Fälle ist laut ai-Bericht deutlich höher als offiziell angegeben.",
			"Die Zahl der Fälle ist laut", "ai-Bericht", "ai"},
		{"a web address as source",
			"Wie t-online.de berichtet, ist das neue Spiel schon vor dem Start im Netz aufgetaucht.",
			"ist das neue Spiel", "t-online.de", "t-online.de"},
		{"a name in lower case with a capital inside as subject",
			"Auch eBay erklärte, dass die Versteigerung regelkonform verlaufen sei.",
			"dass die Versteigerung", "eBay", "eBay"},
		{"a quoted name as the subject after the cue",
			"„Er hat die Stadt mehr verändert als jeder andere“, schrieb „Der Kurier“ in seinem Nachruf.",
			"Er hat die Stadt", "„Der Kurier“", "„Der Kurier“"},
		{"a quoted name after an article as the subject",
			"„Das Gerät ist schneller als alle Vorgänger“, urteilt die „Technikwelt“.",
			"Das Gerät ist", "die „Technikwelt“", "„Technikwelt“"},
		{"nach with a law as source",
			"Nach dem Grundgesetz bestimmt der Kanzler die Richtlinien der Politik.",
			"bestimmt der Kanzler", "dem Grundgesetz", "Grundgesetz"},
		{"nach with findings as source",
			"Nach bisherigem Erkenntnisstand hat ein defektes Kabel den Brand ausgelöst.",
			"hat ein defektes Kabel", "bisherigem Erkenntnisstand", ""},
		{"nach with a compound report noun",
			"Nach einem Fernsehbericht der BBC ist die Brücke seit Montag gesperrt.",
			"ist die Brücke", "einem Fernsehbericht der BBC", "BBC"},
		{"nach with a name in the genitive before the noun",
			"Nach Hoffmanns Meinung werden in den Vorständen zu viele Fehler gemacht.",
			"werden in den Vorständen", "Hoffmanns Meinung", "Hoffmann"},
		{"so and a cue with a clause of its own",
			"Die Opposition kritisierte den Haushalt. So erklärte der Abgeordnete Jens Koppel, dass die Schulden nur wegen der Steuern sänken.",
			"dass die Schulden", "der Abgeordnete Jens Koppel", "Jens Koppel"},
		{"nicht ausschließen with a dass-clause",
			"Die Ministerin schloss nicht aus, dass die Steuern im Herbst steigen.",
			"dass die Steuern", "Die Ministerin", "Ministerin"},
		{"nach with a compound ending in stand",
			"Nach jetzigem Ermittlungsstand war der Fahrer nicht angeschnallt.",
			"war der Fahrer", "jetzigem Ermittlungsstand", ""},
		{"belief adjective with a zu-infinitive",
			"Die Trainerin ist zuversichtlich, den Titel im nächsten Jahr verteidigen zu können.",
			"den Titel im nächsten", "Die Trainerin", "Trainerin"},
		{"a quoted name with lower-case words inside a source phrase",
			"Der Streik dürfte nach Angaben der Sektion von „Pfleger ohne Grenzen“ noch bis Freitag dauern.",
			"noch bis Freitag dauern", "Angaben der Sektion von „Pfleger ohne Grenzen“", "Sektion von „Pfleger ohne Grenzen“"},
		{"zufolge after a verb: the subject before it is no part of the source",
			"Auch kleinere Parteien legen Medienberichten zufolge in den Umfragen deutlich zu.",
			"Auch kleinere Parteien", "Medienberichten", "Medienberichten"},
		{"heißt es in a text after the quotation",
			"„Die Lieder verletzen die Würde vieler Menschen“, heißt es in dem Schreiben des Verbandes an die Polizei.",
			"Die Lieder verletzen", "dem Schreiben des Verbandes", "Schreiben des Verbandes"},
		{"zitierte man: the one quoted speaks",
			"„Wir werden hier nicht gern gesehen“, zitierte man die Reporterin Ana Ruiz vom Sender Canal Sur.",
			"Wir werden hier", "die Reporterin Ana Ruiz vom Sender Canal Sur", "Ana Ruiz"},
		{"laut werden with a dass-clause",
			"Innerhalb der Partei werden Vorwürfe laut, dass der Vorstand die Mitglieder getäuscht habe.",
			"dass der Vorstand", "Vorwürfe", ""},
		{"laut werden after an expletive es",
			"Es wurden aber Zweifel laut, dass die Zahlen stimmen.",
			"dass die Zahlen", "Zweifel", "Zweifel"},
		{"laut werden after an adverb",
			"Erneut wurden Stimmen laut, die Stadt habe die Warnungen ignoriert.",
			"die Stadt habe", "Stimmen", "Stimmen"},
		{"an adverb in first position is no subject",
			"Weiterhin erklärte die Bürgermeisterin, die Schule werde im Herbst saniert.",
			"die Schule werde", "die Bürgermeisterin", "Bürgermeisterin"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyzeFull(t, c.text)
			q, ok := find(res, c.quote)
			if !ok {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("no quote starting %q in %s", c.quote, b)
			}
			if speakerText(q) != c.speaker || q.SpeakerName != c.speakerName {
				t.Errorf("speaker %q name %q, want %q %q", speakerText(q), q.SpeakerName, c.speaker, c.speakerName)
			}
		})
	}
}

// A pronoun as source ("Ihnen zufolge") is resolved to a source before it or stays unnamed;
// it is never the speaker's name, and a plural pronoun never names one person.
func TestObjectPronounSourceIsNoName(t *testing.T) {
	res := analyzeFull(t, "Der Statistiker Paul Hagen prüfte die Zahlenreihen der Wahlkommission. Ihnen zufolge hat der Amtsinhaber nur knapp gewonnen.")
	q, ok := find(res, "hat der Amtsinhaber")
	if !ok || speakerText(q) != "Ihnen" {
		t.Fatalf("want a quote with speaker Ihnen, got %+v", res.Quotes)
	}
	if q.SpeakerName == "Ihnen" || q.SpeakerName == "Paul Hagen" {
		t.Errorf("speaker_name %q", q.SpeakerName)
	}
}

// colonText has a direct quotation after a report, so two quotations.
const colonText = "Der Trainer sagte, dass die Mannschaft sehr müde gewesen sei: „Wir brauchen jetzt eine Pause.“"

// A reported clause ends where the sentence goes on in the writer's voice; subordinate
// clauses of the report stay in it. All sentences are written for these tests.
func TestReportEnds(t *testing.T) {
	cases := []struct{ name, text, quote string }{
		{"coordinated main verb after a Konjunktiv report",
			"Der Angeklagte erklärte, er sei unschuldig, verweigerte aber jede weitere Aussage.",
			"er sei unschuldig"},
		{"main verb with a pronoun after a dass-clause",
			"Die Wirtin bestritt, dass sie von dem Glücksspiel gewusst habe, legte aber keine Belege vor.",
			"dass sie von dem Glücksspiel gewusst habe"},
		{"source phrase after a zu-infinitive",
			"Die Stadt wird aufgefordert, das Freibad wieder zu öffnen, so der Sprecher der Bürgerinitiative.",
			"das Freibad wieder zu öffnen"},
		{"wobei-clause after a zu-infinitive",
			"Der Rat beschloss, ein Gutachten zu bestellen, wobei die Kosten noch offen sind.",
			"ein Gutachten zu bestellen"},
		{"comment with was",
			"Der Verein gab an, Spenden aus dem Ausland zu erhalten, was bisher niemand prüfen konnte.",
			"Spenden aus dem Ausland zu erhalten"},
		{"was after a question verb asks",
			"Die Richterin fragte, ob der Zeuge wisse, was in der Nacht geschehen sei.",
			"ob der Zeuge wisse, was in der Nacht geschehen sei"},
		{"a weil-clause belongs to the report",
			"Die Gewerkschaft forderte, die Filiale offen zu halten, weil sonst zwanzig Stellen wegfielen.",
			"die Filiale offen zu halten, weil sonst zwanzig Stellen wegfielen"},
		{"an adjective after the comma is no verb",
			"Die Veranstalter sagten, es seien mehr Besucher gekommen, rund 7.000 an beiden Tagen.",
			"es seien mehr Besucher gekommen, rund 7.000 an beiden Tagen"},
		{"a quotation after a colon ends the report", colonText, "dass die Mannschaft sehr müde gewesen sei"},
		{"an apposition to the speaker after the cue is no report",
			"„Wir haben hart gekämpft“, sagte Lena Brück, Kapitänin der Mannschaft, nach dem Spiel.",
			"Wir haben hart gekämpft"},
		{"an apposition with a relative clause after the cue is no report",
			"Der Damm hält, sagte Ole Wiese, Leiter der Gruppe, die den Deich seit Tagen bewacht.",
			"Der Damm hält"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyzeFull(t, c.text)
			if len(res.Quotes) != 1 && c.text != colonText {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("want one quote, got %s", b)
			}
			q, ok := find(res, c.quote[:8])
			if !ok {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("no quote starting %q in %s", c.quote[:8], b)
			}
			if q.Text != c.quote {
				t.Errorf("quote %q, want %q", q.Text, c.quote)
			}
		})
	}
}

// "so X" inserted into a report, in the forms news text uses; the quote is the report around
// the phrase and the speaker the phrase's noun. All sentences are written for these tests.
func TestInsertedSo(t *testing.T) {
	cases := []struct{ name, text, quote, speaker string }{
		{"at the end",
			"Der Damm sei seit Jahren zu niedrig, so die Ingenieurin Vera Lind.",
			"Der Damm sei seit Jahren zu niedrig", "die Ingenieurin Vera Lind"},
		{"after a short opening",
			"Trotzdem, so Hollmann, habe der Verein seine Pflichten nie verletzt.",
			"Trotzdem, so Hollmann, habe der Verein seine Pflichten nie verletzt", "Hollmann"},
		{"with weiter after the name",
			"Sein Herausforderer, so Brandt weiter, werde von den Banken bezahlt.",
			"Sein Herausforderer, so Brandt weiter, werde von den Banken bezahlt", "Brandt"},
		{"between dashes",
			"Man sei froh über die Hilfe – so Kessler –, trotzdem fehle noch viel Geld für den Umbau.",
			"Man sei froh über die Hilfe – so Kessler –, trotzdem fehle noch viel Geld für den Umbau", "Kessler"},
		{"with a prepositional phrase after the speaker",
			"Die Brücke sei, so der Statiker Jonas Ried in einem Gutachten für die Stadt, nicht mehr zu retten.",
			"nicht mehr zu retten", "der Statiker Jonas Ried"},
		{"an apposition ends the sentence",
			"Die Zahl der Mitglieder sei im dritten Jahr gestiegen, so Anna Ruf, Leiterin der Geschäftsstelle für Mitgliederfragen.",
			"Die Zahl der Mitglieder sei im dritten Jahr gestiegen", "Anna Ruf"},
		{"a relative clause with a cue of its own",
			"Der Zaun sei immer wieder beschädigt worden, so Klara Senn, die auch angab, dass niemand die Täter gesehen habe.",
			"Der Zaun sei immer wieder beschädigt worden", "Klara Senn"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := analyzeFull(t, c.text)
			q, ok := find(res, c.quote[:8])
			if !ok {
				b, _ := json.Marshal(res.Quotes)
				t.Fatalf("no quote starting %q in %s", c.quote[:8], b)
			}
			if q.Text != c.quote || speakerText(q) != c.speaker {
				t.Errorf("quote %q speaker %q, want %q %q", q.Text, speakerText(q), c.quote, c.speaker)
			}
		})
	}
	// "„…“, so X" after a sentence speaks for the quotation; the sentence before is no report
	res0 := analyzeFull(t, "Der Markt wächst weiter. „Wir rechnen mit dem doppelten Umsatz“, so die Händlerin Ute Brandt gegenüber der Zeitung.")
	if len(res0.Quotes) != 1 || speakerText(res0.Quotes[0]) != "die Händlerin Ute Brandt" {
		b, _ := json.Marshal(res0.Quotes)
		t.Errorf("want the quotation with its speaker only, got %s", b)
	}
	// "nach" dating an event is no source
	noQuotes(t, "Nach dem Urteil verließen die Anwälte schweigend das Gericht.", "Nach der Veröffentlichung des Buches zog der Autor nach Rom.")
	// a fronted adverbial clause before a cue is no report
	noQuotes(t, "Nachdem es im Sommer zu Kämpfen gekommen war, warnte die Regierung vor neuer Gewalt.",
		"Weil sie den Schlüssel vergessen hatte, bat sie einen Nachbarn um Hilfe.")
	// a wie-clause names the source of the report after it, it is not reported itself
	for _, q := range analyzeFull(t, "Wie die Zeitung „Kurier“ berichtete, soll der Trainer zu dem Spieler gesagt haben: „Geh nach Hause, du Versager.“").Quotes {
		if strings.HasPrefix(q.Text, "Wie") {
			t.Errorf("unexpected quote %q", q.Text)
		}
	}
	// "so" as "for example" before a list is no source
	noQuotes(t, "Viele Gäste gratulierten dem Sieger, so der Bürgermeister Otto Kranz, die Landrätin Eva Moll und der Pfarrer.")
	// without commas around it and without a report's mood, "so" is "thus"
	noQuotes(t, "Das Team gewann – so die Trainerin – jedes Spiel der Saison mit großem Abstand.")
}
