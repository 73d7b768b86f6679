package readability

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The formulas against values computed by hand.
func TestFormulas(t *testing.T) {
	// ASL 15, ASW 1.8: 180 − 15 − 58.5 × 1.8 = 165 − 105.3 = 59.7.
	if got := FleschAmstad(15, 1.8); !near(got, 59.7) {
		t.Errorf("Amstad = %v, want 59.7", got)
	}
	// 206.835 − 1.015 × 15 − 84.6 × 1.5 = 206.835 − 15.225 − 126.9 = 64.71.
	if got := FleschEnglish(15, 1.5); !near(got, 64.71) {
		t.Errorf("Flesch = %v, want 64.71", got)
	}
	// MS 20 %, SL 15, IW 30 %, ES 50 %:
	// 3.87 + 2.508 + 3.891 − 1.635 − 0.875 = 7.759.
	if got := WienerSachtextformel(0.20, 15, 0.30, 0.50); !near(got, 7.759) {
		t.Errorf("WSTF = %v, want 7.759", got)
	}
	// 15 + 100 × 0.3 = 45.
	if got := LIX(15, 0.3); !near(got, 45) {
		t.Errorf("LIX = %v, want 45", got)
	}
	for score, band := range map[float64]string{95: "very_easy", 80: "easy", 75: "fairly_easy", 60: "standard",
		55: "fairly_difficult", 30: "difficult", 29.9: "very_difficult", -20: "very_difficult"} {
		if got := Band(score); got != band {
			t.Errorf("Band(%v) = %s, want %s", score, got, band)
		}
	}
}

func analyze(t *testing.T, text, lang string) (*Result, []analysis.Finding) {
	t.Helper()
	doc := document.New("t", text, lang)
	v, findings, err := analysis.Run(Analyzer, doc, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return v.(*Result), findings
}

// A short German text whose figures are counted by hand.
func TestAnalyzeByHand(t *testing.T) {
	// Sentence 1: "Die Katze schläft." 3 words, syllables 1+2+1 = 4.
	// Sentence 2: "Der Hund wird gefüttert." 4 words, 1+1+1+3 = 6; passive.
	// 7 words, 2 sentences, 10 syllables: ASL 3.5, ASW 10/7.
	r, _ := analyze(t, "Die Katze schläft. Der Hund wird gefüttert.\n", "de")
	if r.Words != 7 || r.Sentences != 2 || r.Syllables != 10 {
		t.Fatalf("words %d sentences %d syllables %d, want 7 2 10", r.Words, r.Sentences, r.Syllables)
	}
	want := round(180-3.5-58.5*10.0/7, 1)
	if r.Flesch != want || r.FleschFormula != "amstad" {
		t.Errorf("flesch %v (%s), want %v amstad", r.Flesch, r.FleschFormula, want)
	}
	// MS: gefüttert (3) = 1/7; IW: gefüttert, schläft (7 letters each) = 2/7;
	// ES: Die, schläft, Der, Hund, wird = 5/7.
	wst := round(WienerSachtextformel(1.0/7, 3.5, 2.0/7, 5.0/7), 1)
	if r.WienerSachtextformel == nil || *r.WienerSachtextformel != wst {
		t.Errorf("wiener_sachtextformel %v, want %v", *r.WienerSachtextformel, wst)
	}
	if r.Passive.Count != 1 || r.Passive.Share != 0.5 {
		t.Errorf("passive %+v, want 1 (0.5)", r.Passive)
	}
	if r.Flagged.Len() != 1 || r.Flagged.At(0).Text != "Der Hund wird gefüttert." || r.Flagged.At(0).Reasons[0] != "passive" {
		t.Errorf("flagged %+v", r.Flagged)
	}
	en, _ := analyze(t, "The cat sleeps. The dog was fed.\n", "en")
	if en.FleschFormula != "flesch" || en.WienerSachtextformel != nil || en.Passive.Count != 1 {
		t.Errorf("English: %+v", en)
	}
}

func TestLongSentencesParagraphsAndStarts(t *testing.T) {
	long := "Der Bürgermeister der kleinen Stadt am Rande des großen Waldes hat am Montag nach einer langen Sitzung mit allen Mitgliedern des Rates den neuen Haushalt vorgestellt."
	var b strings.Builder
	b.WriteString("Titel des Artikels\n\n")
	for range 8 {
		b.WriteString(long + " ")
	}
	b.WriteString("\n\nEr sprach lange. Er lachte. Er ging.\n")
	r, findings := analyze(t, b.String(), "de")
	if r.LongSentences.Count != 8 || r.LongSentences.Threshold != 20 {
		t.Errorf("long sentences %+v, want 8", r.LongSentences)
	}
	if r.LongParagraphs.Count != 1 {
		t.Errorf("long paragraphs %+v, want 1 (8 × 26 words)", r.LongParagraphs)
	}
	if r.SubheadingGaps.Count != 0 {
		t.Errorf("subheading gaps %+v, want 0 (under 300 words)", r.SubheadingGaps)
	}
	if r.RepeatedStarts.Count != 2 {
		// Eight sentences "Der Bürgermeister …" and three "Er …".
		t.Errorf("repeated starts %+v, want 2", r.RepeatedStarts)
	}
	codes := map[string]analysis.Severity{}
	for _, f := range findings {
		codes[f.Code] = f.Severity
	}
	for _, c := range []string{"long_sentences", "long_paragraphs", "repeated_starts"} {
		if codes[c] != analysis.SeverityInfo {
			t.Errorf("finding %s: %q, want info (%v)", c, codes[c], codes)
		}
	}
	// "Die Polizei …", "Die Feuerwehr …", "Die Stadt …" start differently.
	r, _ = analyze(t, "Die Polizei kam. Die Feuerwehr kam. Die Stadt schwieg.\n", "de")
	if r.RepeatedStarts.Count != 0 {
		t.Errorf("article starts counted as repeated: %+v", r.RepeatedStarts)
	}
}

func TestPassiveGerman(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Der Antrag wird morgen vorgenommen.", true},
		{"Er sagte, dass die Genehmigung erteilt werden kann.", true},
		{"Es ist unklar, ob die Prüfung vorgenommen wird.", true},
		{"Drei Menschen wurden bei dem Unfall verletzt.", true},
		{"Der Täter ist festgenommen worden.", true},
		{"Das Haus würde heute anders gebaut.", true},
		{"Der Preis wurde an eine Schülerin vergeben.", true},
		{"Die Straße wird im Sommer gesperrt und erneuert.", true},
		{"Er wird morgen kommen.", false},
		{"Sie werden Lehrer.", false},
		{"Es wurde bekannt, dass der Minister zurücktritt.", false},
		{"Sie wird ihm den Fehler vergeben.", false},
		{"Das Wetter wird besser.", false},
		{"Die Tür ist geschlossen.", false}, // Zustandspassiv: not counted
		{"Der Gewinner wird am Abend bekommen, was er verdient.", false},
	} {
		var words []clauseWord
		boundary := false
		for i, f := range strings.Fields(tc.s) {
			w := strings.TrimRight(f, ".,")
			words = append(words, clauseWord{lower: strings.ToLower(w), upper: strings.ToUpper(w[:1]) == w[:1], first: i == 0, boundary: boundary})
			boundary = strings.HasSuffix(f, ",")
		}
		if got := germanPassive(words); got != tc.want {
			t.Errorf("germanPassive(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestPassiveEnglish(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The bridge was built in 1990", true},
		{"Three people were injured", true},
		{"The law has been quickly changed", true},
		{"She was happy", false},
		{"They are going home", false},
		{"The car is red", false},
	} {
		var words []clauseWord
		for _, f := range strings.Fields(tc.s) {
			words = append(words, clauseWord{lower: strings.ToLower(f)})
		}
		if got := englishPassive(words); got != tc.want {
			t.Errorf("englishPassive(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// The summary merges exactly: split tallies give the same fields as one,
// also after a JSON round trip.
func TestTallyMergesExactly(t *testing.T) {
	scores := []float64{10, 55.5, 42, 70, 33.3, 61}
	one := newTally()
	a, b := newTally(), newTally()
	for i, s := range scores {
		w := s / 5
		r := &Result{Sentences: 1, Flesch: s, WienerSachtextformel: &w}
		one.Add("", r, nil)
		if i%2 == 0 {
			a.Add("", r, nil)
		} else {
			b.Add("", r, nil)
		}
	}
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	b2 := newTally()
	if err := json.Unmarshal(data, b2); err != nil {
		t.Fatal(err)
	}
	a.Merge(b2)
	got, want := a.Fields(0)[0].Value.(Summary), one.Fields(0)[0].Value.(Summary)
	if *got.Flesch != *want.Flesch || *got.WienerSachtextformel != *want.WienerSachtextformel {
		t.Errorf("merged %+v, want %+v", *got.Flesch, *want.Flesch)
	}
	// Sorted: 10 33.3 42 55.5 61 70; median (42+55.5)/2 = 48.75 → 48.8 (round half away).
	f := want.Flesch
	if f.Documents != 6 || f.Min != 10 || f.Max != 70 || f.Median != 48.8 || f.Mean != 45.3 {
		t.Errorf("spread %+v", *f)
	}
	var buf bytes.Buffer
	if err := one.(analysis.SummaryTextWriter).WriteSummaryText(&buf, one.Fields(0), nil); err != nil || !strings.Contains(buf.String(), "Wiener Sachtextformel") {
		t.Errorf("summary text %q, %v", buf.String(), err)
	}
}

func TestRenderers(t *testing.T) {
	r, _ := analyze(t, "Die Katze schläft. Der Hund wird <b>gefüttert</b>.\n", "de")
	rd := &analysis.Render{}
	var text, html, md bytes.Buffer
	if err := r.WriteText(&text, rd); err != nil || !strings.HasPrefix(text.String(), "Readability\n") || !strings.Contains(text.String(), "Flesch (Amstad)") {
		t.Errorf("text %q %v", text.String(), err)
	}
	if err := r.WriteHTML(&html, rd); err != nil || strings.Contains(html.String(), "<b>") || !strings.Contains(html.String(), "Wiener Sachtextformel") {
		t.Errorf("html %q %v", html.String(), err)
	}
	if err := r.WriteMarkdown(&md, rd); err != nil || !strings.Contains(md.String(), "| LIX |") || strings.Contains(md.String(), "<b>") {
		t.Errorf("markdown %q %v", md.String(), err)
	}
	hs := r.Highlights(rd)
	if len(hs) != 1 || hs[0].Layer != "readability" || !strings.Contains(hs[0].Title, "passive") {
		t.Errorf("highlights %+v", hs)
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, text := range []string{"", "\n\n", "123 456.", "Überschrift\n", "!!! ???"} {
		r, _ := analyze(t, text, "de")
		if r.Sentences != 0 && r.Words == 0 {
			t.Errorf("%q: %+v", text, r)
		}
		var buf bytes.Buffer
		if err := r.WriteText(&buf, &analysis.Render{}); err != nil {
			t.Error(err)
		}
	}
}
