package segment

import (
	"reflect"
	"testing"
)

func TestDateline(t *testing.T) {
	cases := []struct {
		text                     string
		dlText, place, date, src string
		firstSentence            string
	}{
		{"Titel der Meldung\nA Coruña, Spanien, 05. Februar 2026 – Berlin Morgen Zeitschrift, berichtet aus dem Tagungszentrum: Die USA und China haben nicht unterzeichnet. Damit ist es aus.",
			"A Coruña, Spanien, 05. Februar 2026 – Berlin Morgen Zeitschrift", "A Coruña, Spanien", "2026-02-05", "Berlin Morgen Zeitschrift",
			"A Coruña, Spanien, 05. Februar 2026 – Berlin Morgen Zeitschrift, berichtet aus dem Tagungszentrum: Die USA und China haben nicht unterzeichnet."},
		{"Frankfurt am Main (dpa) – Die Gewerkschaft droht mit Streik. Die Bahn schweigt.",
			"Frankfurt am Main (dpa) –", "Frankfurt am Main", "", "dpa",
			"Frankfurt am Main (dpa) – Die Gewerkschaft droht mit Streik."},
		{"BERLIN (Reuters) - Die Regierung hat beschlossen.",
			"BERLIN (Reuters) -", "BERLIN", "", "Reuters", "BERLIN (Reuters) - Die Regierung hat beschlossen."},
		{"Wien – Die Regierung ist zurückgetreten.",
			"Wien –", "Wien", "", "", "Wien – Die Regierung ist zurückgetreten."},
		{"Berlin, 3. Oktober 2025 (AFP/dpa) – Am Tag der Einheit feierten viele.",
			"Berlin, 3. Oktober 2025 (AFP/dpa) –", "Berlin", "2025-10-03", "AFP/dpa", "Berlin, 3. Oktober 2025 (AFP/dpa) – Am Tag der Einheit feierten viele."},
		{"FRANKFURT/MAIN (dpa-AFX) - Der Dax stieg am Morgen.",
			"FRANKFURT/MAIN (dpa-AFX) -", "FRANKFURT/MAIN", "", "dpa-AFX", "FRANKFURT/MAIN (dpa-AFX) - Der Dax stieg am Morgen."},
		{"Rio de Janeiro - Der Karneval beginnt.",
			"Rio de Janeiro -", "Rio de Janeiro", "", "", "Rio de Janeiro - Der Karneval beginnt."},
		{"München, 17. Dezember – Die Firma Beispiel, ein Leasinganbieter, wächst.",
			"München, 17. Dezember –", "München", "", "", "München, 17. Dezember – Die Firma Beispiel, ein Leasinganbieter, wächst."},
		{"Hamburg, 3. März 2025 – Die Welt, berichtet über den Hafen. Er wächst.",
			"Hamburg, 3. März 2025 – Die Welt", "Hamburg", "2025-03-03", "Die Welt", "Hamburg, 3. März 2025 – Die Welt, berichtet über den Hafen."},
		{"Ort, 05. Februar 2026 – Name der Zeitung, meldete am Abend einen Rekord.",
			"Ort, 05. Februar 2026 – Name der Zeitung", "Ort", "2026-02-05", "Name der Zeitung", "Ort, 05. Februar 2026 – Name der Zeitung, meldete am Abend einen Rekord."},
		{"Berlin, 2. März 2025 – taz, schreibt über den Streik.",
			"Berlin, 2. März 2025 – taz", "Berlin", "2025-03-02", "taz", "Berlin, 2. März 2025 – taz, schreibt über den Streik."},
		{"Köln, 3. März 2025 – Die Polizei sucht Zeugen, berichtet der Sender.",
			"Köln, 3. März 2025 –", "Köln", "2025-03-03", "", "Köln, 3. März 2025 – Die Polizei sucht Zeugen, berichtet der Sender."},
		{"WASHINGTON, February 5, 2026 (AP) — The Senate voted on Thursday.",
			"WASHINGTON, February 5, 2026 (AP) —", "WASHINGTON", "2026-02-05", "AP", "WASHINGTON, February 5, 2026 (AP) — The Senate voted on Thursday."},
	}
	for _, c := range cases {
		r := Segment(c.text, "de")
		if r.Dateline == nil {
			t.Errorf("%q: no dateline", c.text)
			continue
		}
		d := *r.Dateline
		got := []string{d.Text, d.Place, d.Date, d.Source, c.text[d.Start:d.End]}
		want := []string{c.dlText, c.place, c.date, c.src, c.dlText}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, want)
		}
		var first string
		for _, s := range r.Sentences {
			if int(s.Start) <= d.Start && d.End <= int(s.End) {
				first = c.text[s.Start:s.End]
			}
		}
		if first != c.firstSentence {
			t.Errorf("%q: sentence with dateline %q, want %q", c.text, first, c.firstSentence)
		}
	}
	for _, s := range []string{
		"Angela Merkel – die frühere Kanzlerin – hat ein Buch geschrieben.",
		"Die Regierung (CDU) – so heißt es – plant neue Gesetze.",
		"Am Montag – so die Polizei – wurde niemand verletzt.",
		"Der Streik beginnt am Montag.",
		"Mein Fußball-Moment - das Tor in der 90. Minute.",
	} {
		if r := Segment(s, "de"); r.Dateline != nil {
			t.Errorf("%q: unexpected dateline %+v", s, *r.Dateline)
		}
	}
}

func TestDatelineParagraph(t *testing.T) {
	r0 := Segment("Titel\nMo., 11.01.2026\nDer Text beginnt.", "de")
	if r0.Dateline == nil || r0.Dateline.Date != "2026-01-11" || r0.Dateline.Place != "" || r0.Paragraphs[1].Kind != KindDateline {
		t.Errorf("weekday date line: %+v", r0.Dateline)
	}
	text := "Streik bei der Bahn\nBERLIN, 5. Februar 2026 (dpa)\nDie Gewerkschaft hat gestreikt."
	r := Segment(text, "de")
	if r.Dateline == nil || r.Dateline.Date != "2026-02-05" || r.Dateline.Source != "dpa" || r.Dateline.Place != "BERLIN" {
		t.Fatalf("dateline %+v", r.Dateline)
	}
	if r.Paragraphs[1].Kind != KindDateline {
		t.Errorf("paragraph kind %q", r.Paragraphs[1].Kind)
	}
}

func TestDatelineFirstLine(t *testing.T) {
	r := Segment("BERLIN (dpa)\nDie Regierung hat beschlossen.", "de")
	if r.Dateline == nil || r.Paragraphs[0].Kind != KindDateline || r.Dateline.Source != "dpa" {
		t.Errorf("dateline %+v, kind %q", r.Dateline, r.Paragraphs[0].Kind)
	}
	r = Segment("Streik bei der Bahn\nDie Regierung hat beschlossen.", "de")
	if r.Dateline != nil || r.Paragraphs[0].Kind != KindTitle {
		t.Errorf("dateline %+v, kind %q", r.Dateline, r.Paragraphs[0].Kind)
	}
}

func TestParagraphKinds(t *testing.T) {
	text := "Neue Bahnstrecke eröffnet\n" +
		"Von Anna Schmidt und Jonas Weber\n" +
		"Die Strecke ist fertig. Sie kostete viel.\n" +
		"Hintergrund\n" +
		"Schon früher fuhren hier Züge.\n" +
		"- Mehr Personal\n" +
		"• Höhere Löhne\n" +
		"1. Erster Punkt\n" +
		"2. Zweiter Punkt\n" +
		"„Wir haben lange genug gewartet. Die Bahn muss handeln“, sagte Weber.\n" +
		"Weber sagte: „Das ist ein Skandal.“\n" +
		"Er sagte „Nein“ und ging, dann kam „Ja“ zurück."
	r := Segment(text, "de")
	var got []Kind
	for _, p := range r.Paragraphs {
		got = append(got, p.Kind)
	}
	want := []Kind{KindTitle, KindByline, KindBody, KindHeading, KindBody, KindListItem, KindListItem,
		KindListItem, KindListItem, KindQuote, KindQuote, KindBody}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds\n got  %v\n want %v", got, want)
	}
	if r.Byline == nil || !reflect.DeepEqual(r.Byline.Authors, []string{"Anna Schmidt", "Jonas Weber"}) {
		t.Errorf("byline %+v", r.Byline)
	}
	if r.Byline != nil && text[r.Byline.Start:r.Byline.End] != "Von Anna Schmidt und Jonas Weber" {
		t.Errorf("byline span %q", text[r.Byline.Start:r.Byline.End])
	}
}

func TestBylineAuthors(t *testing.T) {
	cases := map[string][]string{
		"Von Anna Schmidt":                           {"Anna Schmidt"},
		"Von Anna Schmidt und Jonas Weber":           {"Anna Schmidt", "Jonas Weber"},
		"Von Anna Schmidt, Jonas Weber und Eva Roth": {"Anna Schmidt", "Jonas Weber", "Eva Roth"},
		"By Jane Doe and John Roe":                   {"Jane Doe", "John Roe"},
		"Von Anna Schmidt, Berlin":                   {"Anna Schmidt"},
		"Von Anna Schmidt und Jonas Weber, dpa":      {"Anna Schmidt", "Jonas Weber"},
		"Autorin: Dr. Lena Hartmann":                 {"Dr. Lena Hartmann"},
		"Von Ivo Marusczyk, ARD-Studio Südamerika":   {"Ivo Marusczyk"},
		"Von Berlin nach Hamburg":                    nil,
		"Von den Teilnehmern kamen viele.":           nil,
	}
	for in, want := range cases {
		if got := bylineAuthors(in); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %q want %q", in, got, want)
		}
	}
}

// A short question line followed by a paragraph is a subheading in a text that has other
// subheadings; without them it stays body text (a rhetorical question).
func TestQuestionHeadings(t *testing.T) {
	text := "Stromanbieter wechseln\n\n" +
		"Viele Kunden zahlen zu viel für Strom. Ein Wechsel kann sich lohnen.\n\n" +
		"Was kostet Strom\n\n" +
		"Der Preis hängt vom Verbrauch ab und schwankt von Jahr zu Jahr.\n\n" +
		"Wann lohnt sich der Wechsel?\n\n" +
		"Ein Wechsel lohnt sich vor allem dann, wenn der Vertrag älter als zwei Jahre ist.\n\n" +
		"„Warum nicht?“\n\n" +
		"Das fragte eine Kundin, die lange gezögert hatte und dann doch wechselte.\n"
	kinds := func(text string) []Kind {
		var out []Kind
		for _, p := range Segment(text, "de").Paragraphs {
			out = append(out, p.Kind)
		}
		return out
	}
	want := []Kind{KindTitle, KindBody, KindHeading, KindBody, KindHeading, KindBody, KindQuote, KindBody}
	if got := kinds(text); !reflect.DeepEqual(got, want) {
		t.Errorf("kinds\n got  %v\n want %v", got, want)
	}
	plain := "Stromanbieter wechseln\n\nViele Kunden zahlen zu viel.\n\nWann lohnt sich der Wechsel?\n\nEin Wechsel lohnt sich vor allem dann, wenn der Vertrag alt ist.\n"
	if got := kinds(plain); got[2] != KindBody {
		t.Errorf("question without other headings: %v, want body", got)
	}
}
