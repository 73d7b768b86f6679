package quotes

import (
	"encoding/json"
	"strings"
	"testing"
)

// Reports found, bounded and left out by the clause around their cue. All sentences are
// written for these tests.

// wantReport checks that text yields exactly one quotation with the words quote, attributed to
// the words speaker ("" for none).
func wantReport(t *testing.T, text, quote, speaker string) {
	t.Helper()
	res := analyzeFull(t, text)
	if len(res.Quotes) != 1 || res.Quotes[0].Text != quote || speakerText(res.Quotes[0]) != speaker {
		b, _ := json.Marshal(res.Quotes)
		t.Errorf("%q: want only %q by %q, got %s", text, quote, speaker, b)
	}
}

// A relative clause on a fronted source phrase says who the source is; the report is the main
// clause after it.
func TestSourceRelativeClause(t *testing.T) {
	wantReport(t, "Nach Angaben der Bergwacht, die am Abend eine Bilanz zog, mussten elf Wanderer ins Tal gebracht werden.",
		"mussten elf Wanderer ins Tal gebracht werden", "Angaben der Bergwacht")
	wantReport(t, "Nach der Einschätzung eines Statikers, der die Brücke im Mai untersucht hatte, würde der Pfeiler noch zehn Jahre halten.",
		"würde der Pfeiler noch zehn Jahre halten", "der Einschätzung eines Statikers")
}

// An apposition after the speaker of ", sagte X" is no report of its own, also with a quoted
// name or a relative clause with a quoted word in it; the report is the clause before.
func TestAppositionAfterSpeaker(t *testing.T) {
	wantReport(t, "Die beiden Kletterer seien unverletzt, sagte Tom Becker, Sprecher des sogenannten „Bergrettung Ost“.",
		"Die beiden Kletterer seien unverletzt", "Tom Becker")
	wantReport(t, "Der Damm halte noch, sagte Eva Lind, Leiterin eines Teams von Prüfern, die ihn im Mai auf seine „Festigkeit“ hin untersucht hatten.",
		"Der Damm halte noch", "Eva Lind")
	// a reflexive pronoun may stand between the cue and its subject
	wantReport(t, "Die Lage an den Deichen sei ruhig, äußerte sich der Leiter der Feuerwehr, Jan Rose, in Dorsten.",
		"Die Lage an den Deichen sei ruhig", "der Leiter der Feuerwehr")
	// a main clause with its own verb after the cue stays the report
	wantReport(t, "Der Trainer sagte am Montag, die Mannschaft spielt am Samstag in Kassel.",
		"die Mannschaft spielt am Samstag in Kassel", "Der Trainer")
}

// A zu-infinitive with a separable particle such as nieder-, sicher- or preis- is a report after
// a cue; a clause that opens with a finite verb is the main clause again, not an infinitive.
func TestZuInfinitiveParticles(t *testing.T) {
	wantReport(t, "Die Landrätin hatte den Kämmerer am Freitag aufgefordert, sein Amt niederzulegen.",
		"sein Amt niederzulegen", "Die Landrätin")
	wantReport(t, "Die Firma hat zugesagt, noch im Sommer alle Lieferanten preiszugeben.",
		"noch im Sommer alle Lieferanten preiszugeben", "Die Firma")
	wantReport(t, "Nachdem der Fehler bekannt wurde, hat der Bürgermeister angekündigt sein Amt niederzulegen.",
		"sein Amt niederzulegen", "der Bürgermeister")
}

// What a text states, a debate about an open question and an offer report their clause; the
// same verbs without one report nothing.
func TestStatementDebateOffer(t *testing.T) {
	wantReport(t, "Die Satzung des Vereins besagt, dass jedes Mitglied zwei Stimmen hat.",
		"dass jedes Mitglied zwei Stimmen hat", "Die Satzung des Vereins")
	wantReport(t, "Die Räte diskutierten am Abend lange, ob die alte Brücke saniert werden sollte.",
		"ob die alte Brücke saniert werden sollte", "Die Räte")
	wantReport(t, "Der Wirt bot an, die leeren Gläser am Abend zurückzunehmen.",
		"die leeren Gläser am Abend zurückzunehmen", "Der Wirt")
	noQuotes(t, "Der Wirt bot den Gästen am Abend einen Tee an.",
		"Es ist geboten, die Regeln im Wald zu beachten.",
		"Die Räte diskutierten am Abend über die Brücke.")
}

// An expectation is a forecast, not reported speech.
func TestExpectationIsNoReport(t *testing.T) {
	noQuotes(t, "Es wird erwartet, dass am Wochenende der Fluss über die Ufer tritt.",
		"Der Verband erwartet, dass die Preise für Heizöl im Herbst sinken.")
}

// "bekannt" after a form of "sein" is the adjective "known", and before an inflected participle
// an attribute; "bekannt geben" and "bekannt werden" still report.
func TestKnownIsNoCue(t *testing.T) {
	noQuotes(t, "Woher der Stromausfall kam, ist noch nicht bekannt, Monteure der Stadtwerke suchen zurzeit nach dem Fehler.",
		"Bislang ist nicht bekannt, ob der Fahrer einen Führerschein hatte.",
		"Der Bäcker war bekannt für seine Geduld, jeden Kunden mit Namen zu grüßen.",
		"Eine Folge der am Montag bekannt gewordenen Pläne ist der Rücktritt des Kassenwarts, Ole Sand, der ein anderes Konzept vertreten hatte.")
	wantReport(t, "Die Stadtwerke gaben am Montag bekannt, dass die Leitungen im Sommer erneuert werden.",
		"dass die Leitungen im Sommer erneuert werden", "Die Stadtwerke")
	wantReport(t, "Am Abend war bekannt geworden, dass der Bürgermeister zurücktritt.",
		"dass der Bürgermeister zurücktritt", "")
}

// "bestehen darin" says what something consists in; in the Konjunktiv it is reported, and
// "bestehen darauf" insists.
func TestConsistsInIsNoCue(t *testing.T) {
	noQuotes(t, "Die größte Schwierigkeit besteht darin, dass manche Busse zu spät kommen.",
		"Die erste Aufgabe des neuen Vorstands bestand darin, die Kasse zu prüfen.")
	wantReport(t, "Die Eltern bestehen darauf, dass die Schule im Dorf bleibt.",
		"dass die Schule im Dorf bleibt", "Die Eltern")
}

// Naming is no report: ", genannt „X“" gives a name, and "Dies nennt man …" or "So nannte X …"
// after a sentence labels it rather than citing it.
func TestNamingIsNoReport(t *testing.T) {
	noQuotes(t, "Seit dem Frühjahr gilt eine neue Regel für die Fähren, genannt „Fährplan 2“.",
		"Der Verein teilt seine Anteile in zwei Hälften. Dies nennt man eine Teilung der Anteile.",
		"Das Dorf wählte zum dritten Mal die gleiche Partei. So nannte der Landrat den Ort eine Hochburg der Partei.")
}

// A confirmation that is refused states nothing, and a question to be decided is no report;
// a confirmation given and a decision taken are.
func TestRefusedConfirmationAndOpenQuestion(t *testing.T) {
	noQuotes(t, "Ein Sprecher der Bahn wollte nicht bestätigen, dass sämtliche Züge ausfallen.",
		"Die Proben haben den Verdacht bisher nicht bestätigt, dass das Wasser verunreinigt ist.",
		"Der Fall geht an die Richterin, die entscheidet, ob der Mann in Haft bleibt.",
		"Nun liegt es am Stadtrat, darüber zu entscheiden, ob das Bad im Sommer öffnet.")
	wantReport(t, "Ein Sprecher der Bahn bestätigte, dass alle Züge ausfallen.",
		"dass alle Züge ausfallen", "Ein Sprecher der Bahn")
	wantReport(t, "Das Gericht hat entschieden, dass die Straße gesperrt bleibt.",
		"dass die Straße gesperrt bleibt", "Das Gericht")
}

// A speech noun that opens the sentence as the subject of "sein" reports the clause after the
// comma, and is its source when no one else is named.
func TestSpeechNounWithCopula(t *testing.T) {
	wantReport(t, "Der Autor hat ein Buch über Schulen geschrieben. Seine zentrale Forderung ist, dass jede Schule einen Garten bekommt.",
		"dass jede Schule einen Garten bekommt", "Seine zentrale Forderung")
}

// A reported main clause may open with a number; a phrase of time after the speaker is none.
func TestNumberOpensReport(t *testing.T) {
	wantReport(t, "Die Lokalzeitung hatte am Vortag berichtet, 140 feste Stellen sollen im Werk wegfallen.",
		"140 feste Stellen sollen im Werk wegfallen", "Die Lokalzeitung")
	wantReport(t, "Der Zug hielt plötzlich, erzählte ein Fahrgast, 20 Minuten nach dem Start.",
		"Der Zug hielt plötzlich", "ein Fahrgast")
}

// "ansehen als" states a view of what is to be done: a particle at the end of the clause makes
// the bare verb a separable one.
func TestAnsehenAls(t *testing.T) {
	wantReport(t, "Als wichtigste Aufgabe sah es die Ministerin an, die Dorfschulen zu erhalten.",
		"die Dorfschulen zu erhalten", "die Ministerin")
	noQuotes(t, "Am Abend sah sich die Familie einen alten Film an.")
}

// A zu-infinitive longer than the scan window still ends the sentence as a report, and a cue
// after "und" without a subject of its own has the subject of the clause before.
func TestLongInfinitiveAndCoordinatedCue(t *testing.T) {
	wantReport(t, "Im Januar gab er den Vorsitz ab und kündigte an, sich künftig als Gutachter um Projekte wie den Umbau des alten Bahnhofs der Stadt oder neuer Brücken über den breiten Fluss im Norden des Landes kümmern zu wollen.",
		"sich künftig als Gutachter um Projekte wie den Umbau des alten Bahnhofs der Stadt oder neuer Brücken über den breiten Fluss im Norden des Landes kümmern zu wollen", "er")
}

// Agreeing reports what was agreed, but only as a reflexive verb: "einige" is a quantifier.
func TestAgreeingIsReflexive(t *testing.T) {
	wantReport(t, "Der Vorstand und der Betriebsrat haben sich darauf geeinigt, höchstens 30 der 200 Stellen abzubauen.",
		"höchstens 30 der 200 Stellen abzubauen", "Der Vorstand und der Betriebsrat")
	noQuotes(t, "Im Saal warteten einige, dass die Tür aufgeht.",
		"Am Abend waren es einige, die Kinder in die Schule zu bringen.")
}

// "…, nach denen …" after a report noun reports like "wonach"; after other nouns it is a place
// or time.
func TestNachRelative(t *testing.T) {
	wantReport(t, "Der Sänger trat seit Monaten nicht mehr auf. Im Ort kursierten Gerüchte, nach denen er schwer krank war.",
		"er schwer krank war", "denen")
	noQuotes(t, "Sie gingen zum Hafen, nach dem sie lange gesucht hatten.")
}

// A relative clause in the Konjunktiv I after the cue's object is the speaker's claim about it,
// and ends with the relative clause; after the subject it describes the speaker.
func TestKonjunktivRelativeClause(t *testing.T) {
	wantReport(t, "Die Sprecherin der Stadtwerke verwies auf die Kosten, die man den Kunden nicht zumuten könne.",
		"die man den Kunden nicht zumuten könne", "Die Sprecherin der Stadtwerke")
	wantReport(t, "Der Minister kündigte einen neuen Plan an, der den alten Vertrag ersetzen werde, den viele Bauern ablehnen.",
		"der den alten Vertrag ersetzen werde", "Der Minister")
	wantReport(t, "Die Ernte sei gut gewesen, sagte Jan Roth, der den Hof seit zwanzig Jahren führe.",
		"Die Ernte sei gut gewesen", "Jan Roth")
	// "denen" opens a relative clause too: its subject is the speaker
	wantReport(t, "Der Professor hatte mit Vorträgen Protest geweckt, in denen er das Rauchen als Sucht bezeichnet hatte, die man behandeln müsse.",
		"die man behandeln müsse", "er")
}

// "So berichtete X, er …" reports its own clause, not the sentence before; "So berichtete X."
// alone cites the sentence before.
func TestSoCueWithOwnClause(t *testing.T) {
	wantReport(t, "In der Stadt sind viele Häuser eingestürzt. So berichtete ein Mann im Radio, er warte im Keller mit zwanzig Kollegen auf Hilfe.",
		"er warte im Keller mit zwanzig Kollegen auf Hilfe", "ein Mann")
	wantReport(t, "Im Hafen sind am Morgen drei Boote gesunken. Das berichtete die Küstenwache.",
		"Im Hafen sind am Morgen drei Boote gesunken", "die Küstenwache")
}

// Knowing that something is so is a fact the writer vouches for; "will wissen, dass …" claims it.
func TestKnowingIsNoReport(t *testing.T) {
	noQuotes(t, "Der Kassenwart, der genau wusste, dass das Geld nicht reicht, schwieg.",
		"Das ist der älteste Baum im Park, von dem man heute weiß, dass er Früchte trägt.")
	wantReport(t, "Der Sender will wissen, dass der Trainer schon im Mai gehen wollte.",
		"dass der Trainer schon im Mai gehen wollte", "Der Sender")
}

// A cue as zu-infinitive after "sein" says what one must assume or can report, in the writer's
// voice; after a predicative adjective someone speaks.
func TestModalInfinitiveIsNoReport(t *testing.T) {
	noQuotes(t, "Nach dem dritten Fall ist jetzt davon auszugehen, dass die Seuche sich ausbreitet.",
		"Vorerst ist kaum damit zu rechnen, den Kometen im Winter ohne Fernglas zu sehen.",
		"Auch Gutes ist zu berichten: Die Brücke wurde im Mai fertig.")
	wantReport(t, "Der Gewerkschaft ist es wichtig zu erklären, dass die Mieten bezahlbar bleiben müssen.",
		"dass die Mieten bezahlbar bleiben müssen", "Der Gewerkschaft")
}

// A causal clause in the Konjunktiv I after a main clause in the indicative gives the reason as
// the subject's claim: the subject of the main clause is its source. An indicative reason is the
// writer's own.
func TestReportedReason(t *testing.T) {
	wantReport(t, "Der Kleingartenverein sagte sein Sommerfest ab, weil der Rasen nach dem Regen zu weich sei.",
		"weil der Rasen nach dem Regen zu weich sei", "Der Kleingartenverein")
	wantReport(t, "Die Bäckerin schloss ihren Laden früher, da ihr am Nachmittag das Mehl ausgegangen sei.",
		"da ihr am Nachmittag das Mehl ausgegangen sei", "Die Bäckerin")
	noQuotes(t, "Die Fähre blieb im Hafen, weil der Sturm über der Bucht noch tobte.") // an indicative reason
}

// A relative clause in the Konjunktiv II after the cue's object is a report as in the
// Konjunktiv I: "würden" and "hätten" are no indicative forms.
func TestRelativeKonjunktivII(t *testing.T) {
	wantReport(t, "In ihrem Jahresbericht prangert die Stiftung die Übergriffe gegen Pflegekräfte an, die von Angehörigen verübt würden.",
		"die von Angehörigen verübt würden", "die Stiftung")
	wantReport(t, "Die Schüler beklagen ausgefallene Stunden sowie volle Klassen, die einen Lehrermangel zur Folge hätten.",
		"die einen Lehrermangel zur Folge hätten", "Die Schüler")
}

// After "und" a verb in the past indicative ends a report in the Konjunktiv: the reporter acts
// again with the subject of the cue.
func TestReportEndsAtNarrativeVerb(t *testing.T) {
	wantReport(t, "Die Kapitänin sagte, die Mannschaft müsse im Winter härter trainieren und bedankte sich dann bei den Fans.",
		"die Mannschaft müsse im Winter härter trainieren", "Die Kapitänin")
	// a Konjunktiv after "und" goes on with the report
	wantReport(t, "Die Kapitänin sagte, die Mannschaft müsse härter trainieren und brauche einen neuen Torwart.",
		"die Mannschaft müsse härter trainieren und brauche einen neuen Torwart", "Die Kapitänin")
}

// "könnte" and "müsste" are Konjunktiv II like their plurals: a suspicion or a fear after a
// speech noun is reported in them.
func TestKonjunktivIISingular(t *testing.T) {
	wantReport(t, "Die Prüferin hegt den Verdacht, der Kassenwart könnte seit Jahren Beiträge abgezweigt haben.",
		"der Kassenwart könnte seit Jahren Beiträge abgezweigt haben", "Die Prüferin")
	wantReport(t, "Der Imker sagte, das Volk müsste den Winter gut überstehen.",
		"das Volk müsste den Winter gut überstehen", "Der Imker")
}

// A speech noun as the object of the verb that closes its clause ("den Vorschlag unterbreitet",
// "eine Warnung aus") takes the clause after the comma as its content, with the subject as
// source; after a preposition the noun names a state.
func TestSpeechNounBeforeClosingVerb(t *testing.T) {
	wantReport(t, "Die Stadträtin hat am Dienstag den Vorschlag unterbreitet, dem Mangel an Erziehern mit Umschulungen zu begegnen.",
		"dem Mangel an Erziehern mit Umschulungen zu begegnen", "Die Stadträtin")
	wantReport(t, "Der Wetterdienst sprach für das Wochenende eine Warnung aus, die Bäche könnten über die Ufer treten.",
		"die Bäche könnten über die Ufer treten", "Der Wetterdienst")
	noQuotes(t, "Zwei Männer, die unter Verdacht stehen, Fahrräder gestohlen zu haben, wurden am Bahnhof gefasst.") // a suspicion one stands under
}

// A reported main clause in the indicative may open with a sentence adverb that hedges it.
func TestReportOpensWithModalAdverb(t *testing.T) {
	wantReport(t, "Als Grund für die Sperrung gab die Bahn an, vermutlich liegt ein Baum auf den Gleisen bei Kassel.",
		"vermutlich liegt ein Baum auf den Gleisen bei Kassel", "die Bahn")
}

// A heading glued to its sentence without a stop: the capital "Wie" opens the sentence.
func TestGluedHeadingWie(t *testing.T) {
	wantReport(t, "Ergebnisse der Zählung Wie das Statistikamt mitteilte, lebten Ende Mai rund 8000 Menschen in dem Ort.",
		"lebten Ende Mai rund 8000 Menschen in dem Ort", "das Statistikamt")
}

// A dass-clause ends with its verb: a cue after ", und" is the main clause's next report.
func TestDassClauseThenCoordinatedCue(t *testing.T) {
	res := analyzeFull(t, "Die Schulleiterin bestätigte, dass der Unterricht am Montag ausfällt, und kündigte an, die Eltern per Brief zu informieren.")
	var got []string
	for _, q := range res.Quotes {
		got = append(got, q.Text)
	}
	want := []string{"dass der Unterricht am Montag ausfällt", "die Eltern per Brief zu informieren"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A decision noun that opens the sentence as its subject is the writer's topic, not what
// someone said; as the object of a cue verb it still reports.
func TestDecisionSubjectIsNoReport(t *testing.T) {
	noQuotes(t, "Die Entscheidung, ob das Freibad im Sommer öffnet, fällt erst im April.",
		"Der Beschluss, die Schulhöfe nachmittags zu öffnen, wurde im Gemeinderat vertagt.")
	wantReport(t, "Am Abend verkündete der Stadtrat die Entscheidung, die Brücke bis Ostern für Lastwagen zu sperren.",
		"die Brücke bis Ostern für Lastwagen zu sperren", "der Stadtrat")
}

// Two predicates joined by a comma without "und" share their subject: the second cue's clause
// is the report, and its speaker is the subject of the first.
func TestAsyndeticCueSharesSubject(t *testing.T) {
	wantReport(t, "Die Bürgermeisterin lobte die Feuerwehr, warnte aber, dass der Deich nicht mehr lange halte.",
		"dass der Deich nicht mehr lange halte", "Die Bürgermeisterin")
	wantReport(t, "Die Gutachter besichtigten die Brücke am Montag, erklärten danach, sie sei vorerst sicher.",
		"sie sei vorerst sicher", "Die Gutachter")
	// after a relative clause the cue is the main clause's verb, not a second predicate
	wantReport(t, "Die Leiterin der Fähre, deren Name nur als Frau K. bekannt ist, sagte, dass der Motor ausgefallen sei.",
		"dass der Motor ausgefallen sei", "Die Leiterin der Fähre")
	// after a fronted clause the verb has its subject after it
	wantReport(t, "Weil der Pegel sinkt, geht die Stadt davon aus, dass der Markt am Samstag stattfindet.",
		"dass der Markt am Samstag stattfindet", "die Stadt")
}

// "heißen" reports only with "es" ("es heißt", "hieß es"); without it the verb names or
// explains. A passive after a modal of possibility or necessity without agent is the writer's.
func TestNamingAndModalPassiveAreNoReports(t *testing.T) {
	noQuotes(t, "Die Bahn stellt den Zug, der ab Mai „Nordlicht“ heißen wird, den Pendlern im Norden zur Verfügung.",
		"Als Ergebnis der Umfrage kann festgehalten werden, dass die meisten Gäste zufrieden sind.",
		"Es muss betont werden, dass der Weg bei Regen gesperrt ist.")
	wantReport(t, "In der Mitteilung der Stadtwerke heißt es, die Leitungen würden im Juni erneuert.",
		"die Leitungen würden im Juni erneuert", "der Mitteilung der Stadtwerke")
	// with its agent the passive reports
	if res := analyzeFull(t, "Gegenüber dem Sender konnte von der Polizei bestätigt werden, dass zwei Autos brannten."); len(res.Quotes) != 1 || res.Quotes[0].Text != "dass zwei Autos brannten" {
		t.Errorf("passive with agent: want the dass-clause as report, got %d quotations", len(res.Quotes))
	}
}

// After "und" a new subject that speaks in the indicative ends the Konjunktiv report: the
// writer goes on with the next speaker.
func TestReportEndsAtNextSpeaker(t *testing.T) {
	wantReport(t, "Der Bürgermeister sagte, die Stadt habe sich den Wünschen der Investoren gebeugt und die Liste der Jungen im Rat von Kleinstadt forderte vom Kämmerer einen Bericht.",
		"die Stadt habe sich den Wünschen der Investoren gebeugt", "Der Bürgermeister")
	// an infinitive at the end is the report's own verb
	wantReport(t, "Die Ministerin sagte, man müsse zwischen Tempo und der Sorgfalt der Planung entscheiden.",
		"man müsse zwischen Tempo und der Sorgfalt der Planung entscheiden", "Die Ministerin")
	// a second Konjunktiv clause with its own subject after "und" is still the report
	wantReport(t, "Die Trainerin sagte, das Team sei müde und die Fans hätten Geduld verdient.",
		"das Team sei müde und die Fans hätten Geduld verdient", "Die Trainerin")
}

// A reported zu-infinitive ends at the comma after its zu-form when the writer's main clause
// goes on there (a finite verb, or a phrase without a verb); a subordinate clause or a further
// zu-infinitive after the comma stays in the report.
func TestZuInfinitiveEnd(t *testing.T) {
	wantReport(t, "Weil die Stadträtin erklärt hat, gegen den Haushalt stimmen zu wollen, wird die Mehrheit knapp.",
		"gegen den Haushalt stimmen zu wollen", "die Stadträtin")
	wantReport(t, "Die Kämmerin lehnte die Bitte des Vereins, die Miete der Halle zu senken, ab.",
		"die Miete der Halle zu senken", "des Vereins")
	wantReport(t, "Der Schulleiter kündigte an, die Turnhalle zu sanieren, weil das Dach seit Jahren undicht sei.",
		"die Turnhalle zu sanieren, weil das Dach seit Jahren undicht sei", "Der Schulleiter")
	wantReport(t, "Die Gewerkschaft forderte die Werft auf, die Löhne zu erhöhen, die Schichten zu verkürzen.",
		"die Löhne zu erhöhen, die Schichten zu verkürzen", "Die Gewerkschaft")
	wantReport(t, "Der Verband hat alle Imker gebeten, ihre Völker zu zählen – ein Drittel davon im Allgäu.",
		"ihre Völker zu zählen", "Der Verband")
}

// "sich zeigen" with an adjective shows a mood or resolve and "sich ergeben" draws a
// conclusion; the clause after them reports nothing, while "zeigen" with an object clause still
// does.
func TestShowsItselfIsNoReport(t *testing.T) {
	noQuotes(t, "Die Bürgermeisterin zeigte sich offen für einen Radweg, der beide Dörfer verbinden solle.",
		"Die Mieter zeigen sich entschlossen, die Kündigung vor Gericht anzufechten.",
		"Die Verzögerung ergibt sich aus der Tatsache, dass zwei Lieferanten ausgefallen sind.")
	wantReport(t, "Der Gutachter zeigte in seinem Bericht, dass die Brücke noch zehn Jahre halte.",
		"dass die Brücke noch zehn Jahre halte", "Der Gutachter")
}
