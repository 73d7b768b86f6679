package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"artikel/internal/ner"
)

// sentence is a tokenised sentence with BIO labels in our label set.
type sentence struct {
	words  []string
	labels []string
	// raw is the corpus's own outer label per word (GermEval only), kept so
	// that evaluation can leave deriv/part mentions out as the scorer does.
	raw []string
	// group is 1 + the document index for corpora with documents, so that
	// all sentences of a document land in the same fold; 0 = none.
	group int
}

// readCoNLL reads "token ... tag" lines (tag in column col, or the last
// column if col < 0), blank-line separated; docstart and # lines are skipped.
func readCoNLL(r io.Reader, sep string, wordCol, col int, mapTag func(string) string) []sentence {
	var out []sentence
	var cur sentence
	flush := func() {
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		cur = sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") || (wordCol == 1 && strings.HasPrefix(line, "#\t")) {
			flush()
			continue
		}
		cols := strings.Split(line, sep)
		c := col
		if c < 0 {
			c = len(cols) - 1
		}
		if c >= len(cols) || wordCol >= len(cols) || len(cols) < 2 {
			continue
		}
		cur.words = append(cur.words, cols[wordCol])
		cur.raw = append(cur.raw, cols[c])
		cur.labels = append(cur.labels, mapTag(cols[c]))
	}
	flush()
	return fixBIO(out)
}

// fixBIO turns an I-X that does not continue X into B-X.
func fixBIO(ss []sentence) []sentence {
	for _, s := range ss {
		prev := "O"
		for i, l := range s.labels {
			if strings.HasPrefix(l, "I-") && prev[min(2, len(prev)):] != l[2:] {
				s.labels[i] = "B-" + l[2:]
			}
			prev = s.labels[i]
		}
	}
	return ss
}

// retype maps the type part of a BIO tag through f ("" = O).
func retype(tag string, f func(string) string) string {
	if len(tag) < 3 || (tag[:2] != "B-" && tag[:2] != "I-") {
		return "O"
	}
	t := f(tag[2:])
	if t == "" {
		return "O"
	}
	return tag[:2] + t
}

// germevalType maps GermEval outer labels. LOCderiv (deutsche) becomes LOC:
// SmartData tags such adjectives as locations, and the GermEval score leaves
// deriv spans out, so learning them costs nothing there.
// splitParts is set by the -split-parts flag.
var splitParts bool

// derivAsLOC is set by the -deriv-loc flag.
var derivAsLOC = true

func germevalType(t string) string {
	switch t {
	case "PER", "LOC", "ORG":
		return t
	case "OTH":
		return "MISC"
	case "LOCderiv":
		if derivAsLOC {
			return "LOC"
		}
	}
	return ""
}

func smartdataType(t string) string {
	t = strings.ToLower(t)
	switch {
	case t == "person":
		return "PER"
	case t == "organization" || t == "organization-company":
		return "ORG"
	case t == "location" || strings.HasPrefix(t, "location-"):
		return "LOC"
	}
	return ""
}

func lerType(t string) string {
	switch t {
	case "PER", "RR", "AN":
		return "PER"
	case "LD", "ST", "STR", "LDS":
		return "LOC"
	case "ORG", "UN", "INN", "GRT", "MRK":
		return "ORG"
	}
	return ""
}

func readGermEval(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCoNLL(f, "\t", 1, 2, func(t string) string { return retype(t, germevalType) }), nil
}

// sdDoc is a SmartData document: runes, tokens (rune offsets), gold spans.
type sdDoc struct {
	text  []rune
	toks  [][2]int
	sents [][2]int // token ranges
	gold  []goldSpan
}

type goldSpan struct {
	start, end int
	typ        string
}

func readSmartData(path string) ([]sdDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(zr)
	var docs []sdDoc
	for {
		var d struct {
			Text struct {
				String string `json:"string"`
			} `json:"text"`
			ConceptMentions struct {
				Array []struct {
					Type string `json:"type"`
					Span struct {
						Start, End int
					} `json:"span"`
				} `json:"array"`
			} `json:"conceptMentions"`
		}
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		doc := sdDoc{text: []rune(d.Text.String)}
		for _, m := range d.ConceptMentions.Array {
			if t := smartdataType(m.Type); t != "" {
				doc.gold = append(doc.gold, goldSpan{m.Span.Start, m.Span.End, t})
			}
		}
		doc.toks, doc.sents = tokenize(doc.text)
		docs = append(docs, doc)
	}
	return docs, nil
}

// sdSentences turns SmartData documents into labelled training sentences.
func sdSentences(docs []sdDoc) []sentence {
	var out []sentence
	for di, d := range docs {
		lab := make([]string, len(d.toks))
		for i := range lab {
			lab[i] = "O"
		}
		for _, g := range d.gold {
			first := true
			for i, t := range d.toks {
				// Only tokens wholly inside the mention: a compound such as
				// EU-Ebene holds a mention but is not one.
				if g.start <= t[0] && t[1] <= g.end {
					if first {
						lab[i] = "B-" + g.typ
						first = false
					} else {
						lab[i] = "I-" + g.typ
					}
				}
			}
		}
		// A compound that begins with a mention (EU-Ebene) is given split,
		// as ner.TagParts splits it, so the tagger learns such names.
		prefixType := map[int]int{} // token → end (rune offset) of the mention
		prefixTyp := map[int]string{}
		if splitParts {
			for i, t := range d.toks {
				if lab[i] != "O" {
					continue
				}
				for _, g := range d.gold {
					if g.start == t[0] && g.end < t[1]-1 && d.text[g.end] == '-' && !strings.ContainsRune(string(d.text[t[0]:g.end]), '-') {
						prefixType[i], prefixTyp[i] = g.end, g.typ
					}
				}
			}
		}
		for _, s := range d.sents {
			st := sentence{group: di + 1}
			for i := s[0]; i < s[1]; i++ {
				if e, ok := prefixType[i]; ok {
					t := d.toks[i]
					st.words = append(st.words, string(d.text[t[0]:e]), "-", string(d.text[e+1:t[1]]))
					st.labels = append(st.labels, "B-"+prefixTyp[i], "O", "O")
					continue
				}
				st.words = append(st.words, string(d.text[d.toks[i][0]:d.toks[i][1]]))
				st.labels = append(st.labels, lab[i])
			}
			out = append(out, st)
		}
	}
	return fixBIO(out)
}

var abbrevs = map[string]bool{}

func init() {
	for _, a := range strings.Fields("z.B u.a d.h bzw ca usw etc Dr Prof St Nr Str Mio Mrd Jh vgl ggf Hr Fr Abs Art Bd Hrsg inkl evtl Co Inc Ltd Corp Mr Mrs Jr Sr v.a o.ä s.o i.d.R") {
		abbrevs[a] = true
	}
}

const leadPunct = "\"„“”'‚‘’«»‹›([{<"
const trailPunct = "\"“”'’«»‹›)]}>,;:!?"

// tokenize splits text the way the project tokenizer does: punctuation and
// quotes split off, hyphenated compounds and abbreviations kept whole.
// Sentences end after . ! ? before a capital or quote, and at line breaks.
func tokenize(text []rune) (toks [][2]int, sents [][2]int) {
	i := 0
	sentStart := 0
	newline := false
	for i < len(text) {
		if unicode.IsSpace(text[i]) {
			if text[i] == '\n' {
				newline = true
			}
			i++
			continue
		}
		j := i
		for j < len(text) && !unicode.IsSpace(text[j]) {
			j++
		}
		if newline && len(toks) > sentStart {
			sents = append(sents, [2]int{sentStart, len(toks)})
			sentStart = len(toks)
		}
		newline = false
		var tail [][2]int
		s, e := i, j
		for s < e && strings.ContainsRune(leadPunct, text[s]) {
			toks = append(toks, [2]int{s, s + 1})
			s++
		}
		for e > s {
			r := text[e-1]
			if strings.ContainsRune(trailPunct, r) {
				tail = append(tail, [2]int{e - 1, e})
				e--
				continue
			}
			if r == '.' {
				body := string(text[s : e-1])
				if e-1 > s && (abbrevs[body] || (len([]rune(body)) == 1 && unicode.IsLetter([]rune(body)[0])) || strings.Contains(body, ".") && !strings.HasSuffix(body, ".")) {
					break
				}
				k := e - 1
				for k > s && text[k-1] == '.' {
					k--
				}
				tail = append(tail, [2]int{k, e})
				e = k
				continue
			}
			break
		}
		if e > s {
			toks = append(toks, [2]int{s, e})
		}
		for k := len(tail) - 1; k >= 0; k-- {
			toks = append(toks, tail[k])
		}
		i = j
		// Sentence end: last token is . ! ? and the next word starts with a
		// capital letter or a quote.
		if n := len(toks); n > sentStart {
			last := string(text[toks[n-1][0]:toks[n-1][1]])
			if last == "." || last == "!" || last == "?" || last == "..." {
				k := j
				for k < len(text) && unicode.IsSpace(text[k]) {
					k++
				}
				if k >= len(text) || unicode.IsUpper(text[k]) || strings.ContainsRune(leadPunct, text[k]) {
					sents = append(sents, [2]int{sentStart, n})
					sentStart = n
				}
			}
		}
	}
	if len(toks) > sentStart {
		sents = append(sents, [2]int{sentStart, len(toks)})
	}
	return toks, sents
}

// readMobIE reads train and dev from the MobIE zip, keeping only documents
// that are in neither SmartData split (the others would leak SmartData test
// or duplicate SmartData train).
func readMobIE(dir string) ([]sentence, error) {
	keep := map[string]bool{}
	ov, err := os.ReadFile(filepath.Join(dir, "overlap-with-smartdata-v1.tsv"))
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(ov), "\n")[1:] {
		c := strings.Split(line, "\t")
		if len(c) == 5 && c[3] == "0" && c[4] == "0" {
			keep[c[1]] = true
		}
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "ner_conll03_formatted.zip"))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out []sentence
	for _, f := range zr.File {
		if f.Name != "train.conll2003" && f.Name != "dev.conll2003" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		// Split into documents so the overlap list can filter them.
		for _, doc := range strings.Split(string(b), "-DOCSTART- ")[1:] {
			id := strings.Fields(doc)[0]
			if !keep[id] {
				continue
			}
			nl := strings.IndexByte(doc, '\n')
			out = append(out, readCoNLL(strings.NewReader(doc[nl+1:]), "\t", 0, 3, func(t string) string { return retype(t, smartdataType) })...)
		}
	}
	return out, nil
}

// readLER reads German LER; sentences without a PER/LOC/ORG mention are
// kept only one in keepEmpty, so the legal register does not teach the
// tagger to under-predict.
func readLER(dir string, keepEmpty int) ([]sentence, error) {
	var out []sentence
	for _, name := range []string{"ler_dev.conll", "ler_test.conll"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		ss := readCoNLL(f, " ", 0, 1, func(t string) string { return retype(t, lerType) })
		f.Close()
		for i, s := range ss {
			has := false
			for _, l := range s.labels {
				if l != "O" {
					has = true
				}
			}
			if has || i%keepEmpty == 0 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// readEuropeana reads a token stream without sentence breaks and cuts it
// into pseudo-sentences at . ! ? (or every 40 tokens at a comma).
func readEuropeana(path string) ([]sentence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []sentence
	var cur sentence
	for _, line := range strings.Split(string(b), "\n") {
		c := strings.Fields(line)
		if len(c) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		tag := strings.NewReplacer("_", "-", ".", "-").Replace(c[1])
		if len(tag) > 2 {
			tag = tag[:2] + strings.ToUpper(tag[2:])
		}
		tag = retype(tag, func(t string) string {
			switch t {
			case "PER", "LOC", "ORG":
				return t
			case "OLOC", "LOCER":
				return "LOC"
			}
			return ""
		})
		cur.words = append(cur.words, c[0])
		cur.labels = append(cur.labels, tag)
		w := c[0]
		if (w == "." || w == "!" || w == "?") || (len(cur.words) >= 40 && w == ",") || len(cur.words) >= 80 {
			if tag == "O" {
				out = append(out, cur)
				cur = sentence{}
			}
		}
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return fixBIO(out), nil
}

func toExamples(ss []sentence, weight float32, unann uint8) []ner.Example {
	out := make([]ner.Example, 0, len(ss))
	for i, s := range ss {
		ex := ner.Example{Words: s.words, Labels: make([]int, len(s.labels)), Weight: weight, Unannotated: unann, Fold: i % nFolds}
		if s.group > 0 {
			ex.Fold = (s.group - 1) % nFolds
		}
		for i, l := range s.labels {
			ex.Labels[i] = ner.LabelIndex(l)
		}
		out = append(out, ex)
	}
	return out
}

// nFolds is the number of folds for the name lists mined from training data.
const nFolds = 5

// nameBits marks words that were part of a mention of one type in at least
// half of their occurrences in the given examples (fold skip excluded; -1 =
// none).
func nameBits(ex []ner.Example, skip int) map[string]uint16 {
	total := map[string]int{}
	byType := map[string][4]int{}
	for _, e := range ex {
		if e.Fold == skip {
			continue
		}
		for i, w := range e.Words {
			r := []rune(w)
			if len(r) < 2 || !unicode.IsUpper(r[0]) {
				continue
			}
			lw := strings.ToLower(w)
			total[lw]++
			if l := e.Labels[i]; l > 0 {
				c := byType[lw]
				c[(l-1)/2]++
				byType[lw] = c
			}
		}
	}
	bits := [4]uint16{ner.GazListPER, ner.GazListLOC, ner.GazListORG, ner.GazListMISC}
	out := map[string]uint16{}
	for w, c := range byType {
		for t, n := range c {
			if 2*n >= total[w] {
				out[w] |= bits[t]
			}
		}
	}
	return out
}

func mergeGaz(a, b map[string]uint16) map[string]uint16 {
	out := make(map[string]uint16, len(a)+len(b))
	for w, g := range a {
		out[w] = g
	}
	for w, g := range b {
		out[w] |= g
	}
	return out
}

func mustf(err error, format string, a ...any) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "train-ner: "+format+": %v\n", append(a, err)...)
		os.Exit(1)
	}
}

// readEuroparl reads the IXA Europarl German NER file (token TAB IOB2 tag).
// Its CoNLL-style MISC also covers adjectives (europäische) and policy names,
// unlike GermEval's OTH, so MISC is read as O and the corpus is marked as not
// annotating MISC.
func readEuroparl(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCoNLL(f, "\t", 0, 1, func(tag string) string {
		return retype(tag, func(t string) string {
			switch t {
			case "PER", "LOC", "ORG":
				return t
			}
			return ""
		})
	}), nil
}
