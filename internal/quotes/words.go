package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// set makes a word set of a space-separated list. Package start-up builds
// some eighty of them, so it sizes each map once and splits the list
// without allocating.
func set(words string) map[string]bool {
	m := make(map[string]bool, strings.Count(words, " ")+1)
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

var (
	determiners = set(`der die das des dem den ein eine einer eines einem einen dessen deren sein seine seiner
		seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere zwei drei vier fünf mehrere viele einige
		alle beide beiden zahlreiche andere weitere manche dieser diese dieses diesem diesen jener jene kein keine`)
	genitiveDet = set(`der des eines einer seiner seines ihrer ihres dieser dieses unserer mehrerer vieler einiger
		zahlreicher anderer beider aller`)
	// subjectPronouns can be speakers; "es" and "man" cannot.
	subjectPronouns = set(`er sie ich wir he she they i we`)
	prepositions    = set(`am im in an auf bei beim nach vor seit mit für gegen über unter während von vom zu zum zur
		aus um durch ohne trotz wegen ins ans bis neben hinter zwischen angesichts gegenüber innerhalb außerhalb
		anlässlich infolge dank statt laut gemäß`)
	// clauseAdverbs open a main clause without being its subject ("Am Montag sagte er …").
	clauseAdverbs = set(`gestern heute morgen dazu außerdem auch zudem nun jetzt später dann damals weiter ferner bereits
		schon dennoch trotzdem allerdings deshalb daher darüber dabei hierzu daraufhin zuvor anschließend inzwischen
		mittlerweile gleichzeitig zuletzt abschließend ebenso jedoch doch aber und so zugleich vorher erst noch
		ebenfalls kürzlich einst zunächst schließlich letztlich hier dort darauf darin davon damit demnach danach
		außerdem überdies immerhin insgesamt offenbar offensichtlich vermutlich womöglich angeblich tatsächlich
		wörtlich erneut wiederholt unterdessen indessen derweil mehrfach mehrmals vergangene vergangenen vergangenes letzte letzten diesmal`)
	conjunctions = set(`wie als nachdem weil da dass ob während wenn und aber doch denn sondern obwohl falls sobald
		bevor indem damit sodass wobei zumal`)
	// finiteAux are finite auxiliaries/modals that take the cue verb's place in second position.
	finiteAux = set(`hat haben hatte hatten ist sind war waren wird werden wurde wurden soll sollen sollte sollten
		will wollen wollte wollten kann können konnte konnten muss müssen musste mussten darf dürfen durfte
		ließ ließen lässt lassen habe sei seien würde würden hätte hätten wäre wären möchte möchten`)
	// npStop are words that end a noun phrase (verbs that often follow a subject).
	npStop = set(`ist sind war waren wird werden wurde wurden hat haben hatte hatten soll sollen sollte sollten kann
		können konnte konnten muss müssen musste mussten darf dürfen will wollen wollte gibt gab gebe sei seien habe
		könnte könnten dürfte dürften würde würden hätte hätten wäre wären liegt lag steht stand geht ging kommt kam
		bleibt blieb ließ ließen lässt gilt galt zeigt zeigte sieht sah macht machte auch nicht nur noch bereits schon
		am im zum zur beim ins`)
	// konjunktiv marks reported speech in the clause after a cue (Konjunktiv I, and II as its substitute).
	konjunktiv = set(`sei seien seiest habe werde könne müsse solle wolle dürfe möge gebe wisse komme liege stehe gehe
		bleibe handle handele gelte brauche fehle lasse sehe trage mache plane arbeite verfüge bestehe erfolge befinde
		entspreche diene zeige führe richte betrage hätte hätten wäre wären würde würden könnten müssten dürften gäbe
		läge stünde ginge käme bräuchte wüsste könnte müsste`)
	konjunktivStrict = set(`sei seien habe werde könne müsse solle wolle dürfe möge gebe wisse komme liege stehe gehe
		bleibe handle handele gelte brauche fehle lasse sehe trage mache plane verfüge bestehe erfolge befinde
		entspreche diene betrage`)
	relativePronouns = set(`der die das dem den denen deren dessen welche welcher welches welchem welchen`)
	// reportNouns after "nach" make a source phrase ("nach Angaben der Polizei").
	reportNouns = set(`angaben informationen berichten bericht aussage aussagen darstellung einschätzung ansicht
		meinung worten schätzungen erkenntnissen berechnungen auffassung meldungen medienberichten polizeiangaben
		recherchen umfrage studie schilderung schilderungen zeugenaussagen auskunft überzeugung ermittlungen
		erkenntnis mitteilung angabe einschätzungen daten zahlen schätzung prognose prognosen vermutungen
		beobachtern experten ansichten expertenmeinung zeugen augenzeugen quellen untersuchungen vorstellungen
		hochrechnungen hochrechnung umfragen stellungnahme meldung worte aussagen`)
	// titleNouns before a short quotation mark it as a name, not a quotation.
	titleNouns = set(`projekt film buch titel zeitung zeitschrift magazin operation aktion kampagne programm album lied
		song motto slogan roman serie sendung show stück stichwort begriff wort schlagwort name namen bezeichnung
		spitzname initiative gesetz verein bündnis partei plattform app spiel theaterstück oper ausstellung festival
		preis award marke unternehmen firma kanal blog rubrik kolumne reihe studie bericht papier dokument
		schiff modell mission enzyklika überschrift schlagzeile organisation yacht blatt`)
	enStop = set(`on in at to for with from by that who which and or but is was were are has had have will would
		also then later told on monday tuesday wednesday thursday friday saturday sunday yesterday today`)
	englishCues = set(`said says say told tells added adds explained explains stated states wrote writes asked asks
		noted notes argued argues insisted insists warned warns claimed claims announced announces replied replies
		continued continues according remarked observed`)
)

func lower(s string) string { return strings.ToLower(s) }

// upperFirst reports a word written with a capital first letter.
func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isCap reports a word that is written like a noun or name: a capital first letter, or a
// capital inside or a web address.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	if !unicode.IsLower(r) || len(s) < 3 {
		return false
	}
	// names and nouns that open in lower case: "eBay", "ai-Bericht", "al-Dschasira" (a capital
	// inside), "t-online.de" (a web address)
	for _, c := range s[1:] {
		if unicode.IsUpper(c) {
			return true
		}
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i >= 3 && len(s)-i <= 4 {
		for _, c := range s[i+1:] {
			if c < 'a' || c > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

func isWordLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// adjLike reports a lower-case word with an adjective ending (it may precede a noun).
func adjLike(s string) bool {
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func isDash(s string) bool { return s == "–" || s == "—" || s == "-" || s == "--" }
