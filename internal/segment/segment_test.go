package segment

import (
	"os"
	"strings"
	"testing"
)

func sents(t *testing.T, text, lang string, want ...string) {
	t.Helper()
	got := sentenceTexts(text, lang)
	if !equalStrings(got, want) {
		t.Errorf("Segment(%q)\n got  %q\n want %q", text, got, want)
	}
}

func TestEmpty(t *testing.T) {
	for _, s := range []string{"", "   ", "\n\n\r\n", "\u00a0"} {
		r := Segment(s, "de")
		if r.Paragraphs == nil || r.Sentences == nil || r.Tokens == nil {
			t.Fatalf("%q: nil slices", s)
		}
		if len(r.Paragraphs)+len(r.Sentences)+len(r.Tokens) != 0 {
			t.Errorf("%q: got %+v", s, r)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "Titelzeile\r\n\r\nErster Absatz. Noch ein Satz.\rZweiter Absatz.\nZwischentitel\n\nDritter Absatz."
	r := Segment(text, "de")
	var got []string
	for _, p := range r.Paragraphs {
		got = append(got, p.Kind.String()+":"+text[p.Start:p.End])
	}
	want := []string{"title:Titelzeile", "body:Erster Absatz. Noch ein Satz.", "body:Zweiter Absatz.",
		"heading:Zwischentitel", "body:Dritter Absatz."}
	if !equalStrings(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if len(r.Sentences) != 6 {
		t.Errorf("sentences: %d", len(r.Sentences))
	}
}

func TestSentencesOrdinalsDates(t *testing.T) {
	sents(t, "Der Vertrag wurde am 05. Februar 2026 unterzeichnet. Er gilt ab sofort.", "de",
		"Der Vertrag wurde am 05. Februar 2026 unterzeichnet.", "Er gilt ab sofort.")
	sents(t, "Am 3. Oktober feiern wir. Das ist klar.", "de", "Am 3. Oktober feiern wir.", "Das ist klar.")
	sents(t, "Im 13. Jahrhundert wuchs die Stadt.", "de", "Im 13. Jahrhundert wuchs die Stadt.")
	sents(t, "Die Information steht auf Seite 12. Dort kannst du nachlesen.", "de",
		"Die Information steht auf Seite 12.", "Dort kannst du nachlesen.")
	sents(t, "Er kam im Jahr 2006. Danach blieb er.", "de", "Er kam im Jahr 2006.", "Danach blieb er.")
	sents(t, "Das Fest dauert vom 3.–5. Mai und vom 24./25. Juni.", "de", "Das Fest dauert vom 3.–5. Mai und vom 24./25. Juni.")
	sents(t, "Empfang bei Königin Elisabeth II. Am Nachmittag reiste er ab.", "de",
		"Empfang bei Königin Elisabeth II.", "Am Nachmittag reiste er ab.")
	sents(t, "Auf drei Schiffen des III. Geschwaders.", "de", "Auf drei Schiffen des III. Geschwaders.")
	sents(t, "Als Termin wurde der 22.Oktober genannt.", "de", "Als Termin wurde der 22.Oktober genannt.")
	sents(t, "Sieger wurde Soubeyras, 2. Schiffer und 3. Kutsar.", "de", "Sieger wurde Soubeyras, 2. Schiffer und 3. Kutsar.")
	sents(t, "Er starb mit 89 Jahren (89). Die Familie trauert.", "de", "Er starb mit 89 Jahren (89).", "Die Familie trauert.")
}

func TestSentencesAbbreviations(t *testing.T) {
	sents(t, "Es gibt z. B. Äpfel, u. a. aus Dr. Meiers Garten, Nr. 5 bzw. ca. 3 Mrd. Euro und 2 Mio. Dollar etc. usw. Das war es.", "de",
		"Es gibt z. B. Äpfel, u. a. aus Dr. Meiers Garten, Nr. 5 bzw. ca. 3 Mrd. Euro und 2 Mio. Dollar etc. usw.", "Das war es.")
	sents(t, "Die Kosten lagen bei 5 Mrd. Die Regierung schwieg.", "de", "Die Kosten lagen bei 5 Mrd.", "Die Regierung schwieg.")
	sents(t, "Er wohnt in der Berliner Str. 5 in Bremen.", "de", "Er wohnt in der Berliner Str. 5 in Bremen.")
	sents(t, "Das sagte die SPD. Die CDU widersprach.", "de", "Das sagte die SPD.", "Die CDU widersprach.")
}

func TestSentencesQuotes(t *testing.T) {
	sents(t, "„Das ist gut. Wir kommen morgen. Bis dann“, sagte Anna. Dann ging sie.", "de",
		"„Das ist gut.", "Wir kommen morgen.", "Bis dann“, sagte Anna.", "Dann ging sie.")
	sents(t, "„Lass uns gehen!“, sagte die Mutter. Sie ging.", "de", "„Lass uns gehen!“, sagte die Mutter.", "Sie ging.")
	sents(t, "Er sagte: »Das ist schlimm.« Und damit hatte er recht.", "de",
		"Er sagte: »Das ist schlimm.«", "Und damit hatte er recht.")
	sents(t, "Foo «Bar.» Baz.", "de", "Foo «Bar.»", "Baz.")
	sents(t, "Er sagte: \"Das ist schlimm.\" Und damit hatte er recht.", "de",
		"Er sagte: \"Das ist schlimm.\"", "Und damit hatte er recht.")
}

func TestSentencesMisc(t *testing.T) {
	sents(t, "Das hier ist ein(!) Satz.", "de", "Das hier ist ein(!) Satz.")
	sents(t, "Mehr unter https://www.example.org/a.html. Oder per Mail an info@example.org. Danke.", "de",
		"Mehr unter https://www.example.org/a.html.", "Oder per Mail an info@example.org.", "Danke.")
	sents(t, "Regie führte F. Gary Gray.", "de", "Regie führte F. Gary Gray.")
	sents(t, "Ein Satz... Noch einer.", "de", "Ein Satz...", "Noch einer.")
	sents(t, "Zeile eins ohne Punkt\nZeile zwei", "de", "Zeile eins ohne Punkt", "Zeile zwei")
	sents(t, "I live in the U.S. How about you?", "en", "I live in the U.S.", "How about you?")
	sents(t, "I work for the U.S. Government in Virginia.", "en", "I work for the U.S. Government in Virginia.")
	sents(t, "See Fig. 3 for details. It helps.", "en", "See Fig. 3 for details.", "It helps.")
}

type tok struct{ text, kind string }

func tokens(text string) []tok {
	r := Segment(text, "de")
	out := make([]tok, len(r.Tokens))
	for i, t := range r.Tokens {
		out[i] = tok{text[t.Start:t.End], t.Kind.String()}
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want string // "text/kind" joined by spaces
	}{
		{"Die ICE-Verbindungen der US-amerikanischen Shenzhou-7 sind gut.",
			"Die/word ICE-Verbindungen/word der/word US-amerikanischen/word Shenzhou-7/word sind/word gut/word ./punct"},
		{"Am 05. Februar kamen z.B. Dr. Meier und Nr. 5 mit 1.000.000 Euro und 2,9 Prozent.",
			"Am/word 05./number Februar/word kamen/word z.B./word Dr./word Meier/word und/word Nr./word 5/number mit/word 1.000.000/number Euro/word und/word 2,9/number Prozent/word ./punct"},
		{"„Hallo“, sagte sie (leise).",
			"„/quote Hallo/word “/quote ,/punct sagte/word sie/word (/punct leise/word )/punct ./punct"},
		{"Er kommt um 17:00 Uhr, bin’s, 100 € und 5 % – o.k.?",
			"Er/word kommt/word um/word 17:00/number Uhr/word ,/punct bin’s/word ,/punct 100/number €/symbol und/word 5/number %/symbol –/punct o.k./word ?/punct"},
		{"Erfahrungs- oder Trainingsniveau, Mail an a.b@example.com.",
			"Erfahrungs-/word oder/word Trainingsniveau/word ,/punct Mail/word an/word a.b@example.com/word ./punct"},
		{"Das kostet 3,50 Euro!!", "Das/word kostet/word 3,50/number Euro/word !!/punct"},
		{"Friedrich II. kam vom 3.–5. Mai, u. Ä. mit 50 % #tag.",
			"Friedrich/word II./word kam/word vom/word 3./number –/punct 5./number Mai/word ,/punct u./word Ä./word mit/word 50/number %/symbol #/symbol tag/word ./punct"},
		{"Es geht ums Geld usw.", "Es/word geht/word ums/word Geld/word usw./word"},
		{"Der 5-jährige Sieger des 100-Meter-Laufs feierte den 2:1-Sieg.", "Der/word 5-jährige/word Sieger/word des/word 100-Meter-Laufs/word feierte/word den/word 2:1-Sieg/word ./punct"},
		{"Laut tagesschau.de und Spiegel.de. Das", "Laut/word tagesschau.de/word und/word Spiegel.de/word ./punct Das/word"},
		{"Er kam.Die Frau ging.", "Er/word kam/word ./punct Die/word Frau/word ging/word ./punct"},
		{"Siehe (www.example.org) und „https://a.de/x“.", "Siehe/word (/punct www.example.org/word )/punct und/word „/quote https://a.de/x/word “/quote ./punct"},
		{"Super! 👍🏽👩‍🔬🥰", "Super/word !/punct 👍🏽/symbol 👩‍🔬/symbol 🥰/symbol"},
		{"Er stieg auf 14. Dann", "Er/word stieg/word auf/word 14/number ./punct Dann/word"},
	}
	for _, c := range cases {
		var parts []string
		for _, tk := range tokens(c.in) {
			parts = append(parts, tk.text+"/"+tk.kind)
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("%q\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

func TestInvariantsOnExamples(t *testing.T) {
	for _, s := range []string{"„„„“““", "...", "a.b.c.d", "\r\r\n\n", "• 1. Eins • 2. Zwei", "Satz.\u00a0Noch einer."} {
		checkInvariants(t, s, "de")
		checkInvariants(t, s, "en")
	}
}

// TestEstimateTokens: the sentence and token lists are sized once from
// estimates, so these must not fall short on real text (the lists would grow
// by copying) nor reserve far more than is used on text of tiny lines.
func TestEstimateTokens(t *testing.T) {
	sample, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"sample":        string(sample),
		"letter lines":  strings.Repeat("a\n", 1000),
		"period lines":  strings.Repeat(".\n", 1000),
		"list items":    strings.Repeat("- a\n", 1000),
		"headings":      strings.Repeat("# a\n", 1000),
		"blank lines":   strings.Repeat("a\n\n", 1000),
		"quoted lines":  strings.Repeat("„a“\n", 1000),
		"short clauses": strings.Repeat("a. ", 1000),
		"words":         strings.Repeat("a b ", 1000),
	} {
		r := Segment(text, "de")
		if cap(r.Sentences) > 2*len(r.Sentences)+64 || cap(r.Tokens) > 2*len(r.Tokens)+64 {
			t.Errorf("%s: room for %d sentences and %d tokens kept for %d and %d", name, cap(r.Sentences), cap(r.Tokens), len(r.Sentences), len(r.Tokens))
		}
		// "a. a. …" is one sentence of abbreviations, where the estimate sees one per mark
		if ns, est := len(r.Sentences), estimateSentences(text, len(r.Paragraphs)); est < ns || est > ns+ns/2+2 && name != "short clauses" {
			t.Errorf("%s: estimated %d sentences for %d", name, est, ns)
		}
		n, est := len(r.Tokens), estimateTokens(text)
		// "a." is one token (an abbreviation) where the estimate sees two
		if est < n || est > n+n/4+2 && name != "short clauses" || est > 3*n {
			t.Errorf("%s: estimated %d tokens for %d", name, est, n)
		}
	}
}
