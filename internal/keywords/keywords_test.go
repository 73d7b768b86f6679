package keywords

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

func analyze(t *testing.T, text, lang string, opts Options) *Result {
	t.Helper()
	return Analyze(document.New("t", text, lang), lang, opts)
}

func findTerm(r *Result, form string) *Term {
	for i := range r.Terms {
		if slices.Contains(r.Terms[i].Forms, form) {
			return &r.Terms[i]
		}
	}
	return nil
}

func TestWordFormsGroupByStem(t *testing.T) {
	text := "Das Abkommen ist fertig. Die Details des Abkommens sind geheim. " +
		"Die Versicherung zahlt. Zwei Versicherungen zahlen nicht. Der Vertrag gilt."
	r := analyze(t, text, "de", Options{})
	ab := findTerm(r, "Abkommen")
	if ab == nil || ab.Count != 2 || !slices.Equal(ab.Forms, []string{"Abkommen", "Abkommens"}) {
		t.Fatalf("Abkommen group = %+v, want count 2 with forms Abkommen, Abkommens", ab)
	}
	vs := findTerm(r, "Versicherung")
	if vs == nil || vs.Count != 2 || !slices.Contains(vs.Forms, "Versicherungen") {
		t.Fatalf("Versicherung group = %+v, want count 2 with both forms", vs)
	}
	if v := findTerm(r, "Vertrag"); v == nil || v.Count != 1 {
		t.Fatalf("Vertrag = %+v, want its own group", v)
	}
	for _, fw := range []string{"Das", "des", "ist", "nicht", "Zwei"} {
		if findTerm(r, fw) != nil {
			t.Errorf("function word or number %q listed as a term", fw)
		}
	}
	// Most frequent form names the group.
	r = analyze(t, "Die Abkommens Frage. Ein Abkommen. Das Abkommen. Kein Abkommen.", "de", Options{})
	if ab := findTerm(r, "Abkommens"); ab == nil || ab.Term != "Abkommen" || ab.Count != 4 {
		t.Fatalf("group = %+v, want term Abkommen (most frequent form), count 4", ab)
	}
}

func TestNumbersUnitsDatesAreNotTopical(t *testing.T) {
	text := "Am 5. Februar 2026 stiegen die Preise um 12 Prozent auf 3,5 Milliarden Euro. " +
		"Im Februar 2026 lagen die Preise noch bei 20 Euro, also 40 Prozent weniger."
	r := analyze(t, text, "de", Options{})
	for _, w := range []string{"Februar", "2026", "Prozent", "Euro", "Milliarden", "5", "12"} {
		if findTerm(r, w) != nil {
			t.Errorf("%q must not be a topical term: %+v", w, r.Terms)
		}
	}
	if p := findTerm(r, "Preise"); p == nil || p.Count != 2 {
		t.Errorf("Preise = %+v, want count 2", p)
	}
	if r.Words <= r.ContentWords || r.ContentWords == 0 {
		t.Errorf("words %d, content words %d: numbers count as words but not content words", r.Words, r.ContentWords)
	}
}

func TestYoastBands(t *testing.T) {
	long := []struct {
		adjusted float64
		forms    bool
		want     string
	}{
		{0, false, assessTooLow}, {0.49, false, assessTooLow}, {0.5, false, assessGood},
		{3.0, false, assessGood}, {3.01, false, assessOver}, {3.4, true, assessGood},
		{3.5, true, assessGood}, {3.51, true, assessOver}, {4.0, false, assessOver}, {4.01, false, assessWayOver},
	}
	for _, c := range long {
		if got := assess(500, 1, c.adjusted, 1, c.forms); got != c.want {
			t.Errorf("assess(adjusted %.2f, forms %v) = %s, want %s", c.adjusted, c.forms, got, c.want)
		}
	}
	// Short texts (< 100 words) go by counts: 50 words, one-word keyphrase.
	for count, want := range []string{assessTooLow, assessGood, assessGood, assessOver, assessWayOver} {
		if got := assess(50, count, 99, 1, false); got != want {
			t.Errorf("short text, count %d = %s, want %s", count, got, want)
		}
	}
	// 90 words, five-word keyphrase: f = 2.37, so at most 2 good, 3 over.
	if got := assess(90, 3, 0, 5, false); got != assessOver {
		t.Errorf("short text, 3 hits of a long keyphrase = %s, want over", got)
	}
	if f := lengthFactor(5); math.Abs(f-(0.7+5.0/3)) > 1e-9 {
		t.Errorf("lengthFactor(5) = %v", f)
	}
}

func TestKeyphraseSentenceHits(t *testing.T) {
	text := "Der Hund bellt laut. Hund und Katze schlafen. Katze jagt Hund, Hund jagt Katze. Die Maus schläft."
	r := analyze(t, text, "de", Options{Keyphrase: "der Hund und die Katze"})
	kp := r.Keyphrase
	if kp == nil || kp.Source != sourceGiven {
		t.Fatalf("keyphrase = %+v", kp)
	}
	// Sentence 1 lacks Katze (0); sentence 2 adds min(1,1) = 1; sentence 3 adds min(2,2) = 2.
	if kp.Count != 3 || kp.Sentences != 2 || kp.Length != 2 {
		t.Fatalf("count %d in %d sentences, L %d; want 3 in 2 sentences, L 2 (function words dropped)", kp.Count, kp.Sentences, kp.Length)
	}
	wantDensity := round2(3 * 100 / float64(r.Words))
	if kp.Density != wantDensity || kp.AdjustedDensity != round2(3*100/float64(r.Words)*lengthFactor(2)) {
		t.Errorf("density %v adjusted %v, want %v and ×f", kp.Density, kp.AdjustedDensity, wantDensity)
	}
	var occ []string
	for _, o := range kp.Occurrences {
		occ = append(occ, o.Text)
	}
	if want := []string{"Hund und Katze", "Katze jagt Hund", "Hund jagt Katze"}; !slices.Equal(occ, want) {
		t.Errorf("occurrences %q, want %q", occ, want)
	}
	// Any order: "Katze Hund" matches the same sentences.
	if r2 := analyze(t, text, "de", Options{Keyphrase: "Katze Hund"}); r2.Keyphrase.Count != 3 {
		t.Errorf("reversed keyphrase count = %d, want 3", r2.Keyphrase.Count)
	}
	// Distribution: gap of one sentence at the start and one at the end, of 4.
	if d := kp.Distribution; d.LongestGap != 1 || d.Sentences != 4 || d.LongestGapShare != 0.25 || d.Assessment != "good" {
		t.Errorf("distribution = %+v, want gap 1 of 4 (0.25, good)", d)
	}
}

func TestKeyphraseExactMatchInQuotes(t *testing.T) {
	text := "Hund und Katze schlafen. Katze jagt Hund, Hund jagt Katze. Die Katze Hund Sache."
	for _, c := range []struct {
		kp    string
		count int
	}{
		{`"Katze Hund"`, 1},        // only sentence 3 holds the exact sequence; the comma in 2 breaks it
		{`„Hund und Katze“`, 1},    // function words stay in an exact keyphrase
		{`Katze Hund`, 4},          // unquoted: any order, by sentence
		{`"katze HUND"`, 1},        // exact match ignores case
		{`"Hund und Maus"`, 0},     // not in the text
		{`"Katze jagt Hund"`, 1},   // adjacent words only
		{`"Katze, Hund, Hund"`, 0}, // the text has no such sequence without the word "jagt"
		{`"jagt Hund, Hund"`, 1},   // punctuation inside an exact keyphrase must match too
	} {
		r := analyze(t, text, "de", Options{Keyphrase: c.kp})
		if r.Keyphrase.Count != c.count {
			t.Errorf("keyphrase %s: count %d, want %d", c.kp, r.Keyphrase.Count, c.count)
		}
		if r.Keyphrase.Exact && len(r.Keyphrase.Occurrences) != c.count {
			t.Errorf("exact keyphrase %s: %d occurrences, want %d", c.kp, len(r.Keyphrase.Occurrences), c.count)
		}
		if strings.ContainsAny(c.kp, `"„`) != r.Keyphrase.Exact {
			t.Errorf("keyphrase %s: exact = %v", c.kp, r.Keyphrase.Exact)
		}
	}
	// Word forms: stems match Abkommens, an exact keyphrase does not.
	text = "Die Unterzeichnung des Abkommens scheiterte. Ein Abkommen kommt später."
	r := analyze(t, text, "de", Options{Keyphrase: "Abkommen"})
	if r.Keyphrase.Count != 2 || !r.Keyphrase.WordForms {
		t.Errorf("stemmed Abkommen: count %d forms %v, want 2 true", r.Keyphrase.Count, r.Keyphrase.WordForms)
	}
	r = analyze(t, text, "de", Options{Keyphrase: `"Abkommen"`})
	if r.Keyphrase.Count != 1 || r.Keyphrase.WordForms {
		t.Errorf("exact Abkommen: count %d forms %v, want 1 false", r.Keyphrase.Count, r.Keyphrase.WordForms)
	}
}

func TestKeyphraseNotFoundWarning(t *testing.T) {
	r := analyze(t, "Der Rat tagt heute. Der Rat entscheidet morgen.", "de", Options{Keyphrase: "Bundesliga"})
	if r.Keyphrase.Count != 0 || r.Keyphrase.Assessment != assessTooLow || r.Keyphrase.Distribution.Assessment != "bad" {
		t.Errorf("keyphrase = %+v", r.Keyphrase)
	}
	if len(r.Warnings) != 1 || r.Warnings[0].Code != "keyphrase_not_found" {
		t.Errorf("warnings = %+v", r.Warnings)
	}
}

func TestPhrasesNeverSpanSentences(t *testing.T) {
	// "Äpfel Birnen" is adjacent only across sentence ends, "Äpfel, Birnen" only across a comma.
	text := "Wir essen grüne Äpfel. Birnen sind teuer. Sie kauft grüne Äpfel. Birnen sind billig. " +
		"Er mag Äpfel, Birnen und Pflaumen. Sie mag Äpfel, Birnen und Kirschen."
	doc := document.New("t", text, "de")
	r := Analyze(doc, "de", Options{})
	var got []string
	for _, p := range r.Phrases {
		got = append(got, p.Phrase)
		if strings.Contains(p.Phrase, "Äpfel Birnen") || strings.Contains(p.Phrase, ",") || strings.Contains(p.Phrase, ".") {
			t.Errorf("phrase %q crosses a sentence end or punctuation", p.Phrase)
		}
	}
	if !slices.Contains(got, "grüne Äpfel") {
		t.Errorf("phrases = %v, want grüne Äpfel", got)
	}
	for _, p := range r.Phrases {
		if p.Phrase == "Birnen sind" {
			t.Errorf("phrase %q ends with a function word", p.Phrase)
		}
	}
	assertOccurrencesInsideSentences(t, doc, r)
}

// assertOccurrencesInsideSentences checks every phrase occurrence against the sentence spans and
// that its code-point offsets select its text.
func assertOccurrencesInsideSentences(t *testing.T, doc *document.Document, r *Result) {
	t.Helper()
	runes := []rune(doc.Text)
	for _, p := range r.Phrases {
		if len(p.Occurrences) != p.Count {
			t.Errorf("phrase %q: %d occurrences, count %d", p.Phrase, len(p.Occurrences), p.Count)
		}
		for _, o := range p.Occurrences {
			if string(runes[o.Start:o.End]) != o.Text {
				t.Errorf("occurrence %+v does not select its text", o)
			}
			inside := false
			for _, s := range doc.Sentences {
				ss, se := doc.CodePoint(int(s.Start)), doc.CodePoint(int(s.End))
				if o.Start >= ss && o.End <= se {
					inside = true
				}
			}
			if !inside {
				t.Errorf("occurrence %+v of %q spans two sentences", o, p.Phrase)
			}
		}
	}
}

func TestClosedPhrasesOnly(t *testing.T) {
	text := "Die Vereinten Nationen tagen. Die Vereinten Nationen beraten. Der Generalsekretär der Vereinten Nationen spricht."
	r := analyze(t, text, "de", Options{})
	var got []string
	for _, p := range r.Phrases {
		got = append(got, p.Phrase)
	}
	if !slices.Contains(got, "Vereinten Nationen") {
		t.Fatalf("phrases = %v, want Vereinten Nationen", got)
	}
	for _, p := range r.Phrases {
		if p.Phrase == "Vereinten Nationen" && (p.Count != 3 || p.Paragraphs != 1) {
			t.Errorf("Vereinten Nationen: %+v", p)
		}
	}
	// "A B C D" four times: its sub-phrases always occur inside it and are not listed.
	r = analyze(t, strings.Repeat("Grüne Wiesen blühen heute prächtig. ", 4), "de", Options{})
	if len(r.Phrases) != 1 || r.Phrases[0].Phrase != "Grüne Wiesen blühen heute prächtig" || r.Phrases[0].Count != 4 {
		t.Errorf("phrases = %+v, want only the whole sentence ×4", r.Phrases)
	}
}

func readSample(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt"))
	if err != nil {
		t.Fatalf("bundled sample: %v", err)
	}
	return string(b)
}

func TestSample(t *testing.T) {
	doc := document.New("sample", readSample(t), "de")
	r := Analyze(doc, "de", Options{})
	kp := r.Keyphrase
	if kp == nil {
		t.Fatal("no keyphrase")
	}
	if kp.Phrase != "USA China KI Militär Abkommen" || kp.Source != sourceDetected {
		t.Fatalf("keyphrase %q (%s), want USA China KI Militär Abkommen detected", kp.Phrase, kp.Source)
	}
	if kp.Count != 16 || kp.Paragraphs != 15 {
		t.Errorf("count %d in %d paragraphs, want 16 in 15", kp.Count, kp.Paragraphs)
	}
	if kp.Assessment != assessOver && kp.Assessment != assessWayOver {
		t.Errorf("assessment %s (adjusted %.2f), want at least over", kp.Assessment, kp.AdjustedDensity)
	}
	if len(kp.Occurrences) != 16 {
		t.Errorf("%d keyphrase occurrences, want 16", len(kp.Occurrences))
	}
	runes := []rune(doc.Text)
	for _, o := range kp.Occurrences {
		if o.Text != "USA China KI Militär Abkommen" || string(runes[o.Start:o.End]) != o.Text {
			t.Errorf("keyphrase occurrence %+v", o)
		}
	}
	if kp.InTitle || kp.InHeadings || !kp.InFirstParagraph {
		t.Errorf("title %v headings %v first paragraph %v, want false false true", kp.InTitle, kp.InHeadings, kp.InFirstParagraph)
	}
	var stuffing *Warning
	for i := range r.Warnings {
		if r.Warnings[i].Code == "keyword_stuffing" {
			stuffing = &r.Warnings[i]
		}
	}
	if stuffing == nil || stuffing.Phrase != "USA China KI Militär Abkommen" || stuffing.Paragraphs != 15 || stuffing.BodyParagraphs != 16 {
		t.Fatalf("keyword_stuffing warning = %+v", stuffing)
	}
	if len(r.Terms) != DefaultTop || r.Terms[0].Count < 16 {
		t.Errorf("terms = %d, top %+v", len(r.Terms), r.Terms[0])
	}
	for _, tm := range r.Terms {
		if tm.Term == "Prozent" || tm.Term == "Euro" || tm.Term == "Februar" {
			t.Errorf("non-topical term %q listed", tm.Term)
		}
	}
	assertOccurrencesInsideSentences(t, doc, r)

	// Given the same keyphrase, the figures agree; --top limits the lists.
	g := Analyze(doc, "de", Options{Keyphrase: "USA China KI Militär Abkommen", Top: 3})
	if g.Keyphrase.Source != sourceGiven || g.Keyphrase.Count != 16 || len(g.Terms) != 3 || len(g.Phrases) > 3 {
		t.Errorf("given keyphrase %+v, %d terms, %d phrases", g.Keyphrase, len(g.Terms), len(g.Phrases))
	}
}

func TestSkipsLanguagesWithoutResources(t *testing.T) {
	doc := document.New("fr", "Le chat dort. Le chien aboie.", "fr")
	_, err := Analyzer.Run(analysis.NewPass(Analyzer, doc, analysis.Options{}, nil, nil))
	if _, ok := analysis.IsSkip(err); !ok {
		t.Fatalf("fr: err = %v, want a skip", err)
	}
	doc = document.New("en", "The tax reform passed. Critics of the tax reforms protested. Taxes rise.", "en")
	res, err := Analyzer.Run(analysis.NewPass(Analyzer, doc, analysis.Options{}, nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	r := res.(*Result)
	if tm := findTerm(r, "reforms"); tm == nil || tm.Count != 2 {
		t.Errorf("English reform group = %+v", tm)
	}
	if findTerm(r, "the") != nil || findTerm(r, "of") != nil {
		t.Errorf("English stop words listed: %+v", r.Terms)
	}
}

func TestEmptyAndJSON(t *testing.T) {
	r := analyze(t, "", "de", Options{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"words":0,"content_words":0,"terms":[],"phrases":[],"keyphrase":null,"warnings":[]}`
	if string(b) != want {
		t.Errorf("empty document JSON = %s, want %s", b, want)
	}
	// Odd input must not panic.
	for _, s := range []string{"...", "„“", "\"", "- - -", "1 2 3 4 5 6 7", "A A A A A A A A."} {
		analyze(t, s, "de", Options{Keyphrase: s})
	}
}

func TestWriteText(t *testing.T) {
	r := Analyze(document.New("sample", readSample(t), "de"), "de", Options{})
	var buf bytes.Buffer
	if err := r.WriteText(&buf, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Keyphrase (detected): USA China KI Militär Abkommen — 16×", "over", "Top terms", "KI", "warning: keyword_stuffing:"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes without Color")
	}
	buf.Reset()
	if err := r.WriteText(&buf, &analysis.Render{Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ansiYellow+"over"+ansiReset) {
		t.Errorf("coloured report lacks a yellow band:\n%s", buf.String())
	}
}

// TestConcurrentDocuments runs documents in parallel as the pipeline does; with -race it checks the
// shared stem cache and the scratch pool.
func TestConcurrentDocuments(t *testing.T) {
	texts := []string{
		readSample(t),
		"Die Versicherung zahlt. Zwei Versicherungen zahlen nicht. Der Vertrag gilt.",
		"Der Hund bellt laut. Hund und Katze schlafen. Katze jagt Hund, Hund jagt Katze.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		b, _ := json.Marshal(analyze(t, s, "de", Options{}))
		want[i] = string(b)
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				b, _ := json.Marshal(Analyze(document.New("c", texts[i], "de"), "de", Options{}))
				if string(b) != want[i] {
					done <- fmt.Errorf("document %d differs when run concurrently", i)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// FuzzAnalyze checks that no text or keyphrase makes the analyzer panic and that the figures stay
// consistent. The seeds run with every `go test`.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "...", "„“", "\"\"", "A. B. C. D.", "Wort Wort Wort. Wort Wort Wort.",
		"\xff\xfe ungültig \x00", "🙂🙂 🙂🙂. 🙂🙂 🙂🙂.", strings.Repeat("Sehr langes Wort ", 200), "Hund-\nKatze -- - --"} {
		f.Add(s, s)
		f.Add(s, "Wort")
	}
	f.Fuzz(func(t *testing.T, text, kp string) {
		r := Analyze(document.New("f", text, "de"), "de", Options{Keyphrase: kp, Top: 5})
		if r.ContentWords > r.Words || len(r.Terms) > 5 || len(r.Phrases) > 5 {
			t.Fatalf("inconsistent result: %+v", r)
		}
		for _, p := range r.Phrases {
			if p.Count < 2 || p.Length < minPhrase || p.Length > maxPhrase || p.Paragraphs > p.Count {
				t.Fatalf("bad phrase %+v", p)
			}
		}
		if r.Keyphrase != nil && r.Keyphrase.Count > r.Words {
			t.Fatalf("keyphrase count %d > words %d", r.Keyphrase.Count, r.Words)
		}
	})
}

// The word cache keeps a surface form, its lower case and its stem in one
// copy; each comes back as it went in, whichever of them coincide.
func TestCacheStrings(t *testing.T) {
	for _, c := range [][3]string{
		{"Häuser", "häuser", "haus"}, {"häuser", "häuser", "haus"}, {"Haus", "haus", "haus"},
		{"haus", "haus", "haus"}, {"EU", "eu", ""}, {"", "", ""},
	} {
		key, cw := cacheStrings(c[0], c[1], c[2])
		if key != c[0] || cw.lower != c[1] || cw.stem != c[2] {
			t.Errorf("cacheStrings%q = %q, %q, %q", c, key, cw.lower, cw.stem)
		}
	}
}
