package ner

import (
	"artikel/internal/shareddata"
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

func TestSpans(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER", "B-MISC"})
	want := []Span{{0, 2, "PER"}, {3, 5, "LOC"}, {5, 6, "ORG"}, {6, 7, "PER"}, {7, 8, "MISC"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Spans = %v, want %v", got, want)
	}
	if s := Spans(nil); s == nil || len(s) != 0 {
		t.Fatalf("Spans(nil) = %#v, want empty non-nil", s)
	}
}

func TestAllowed(t *testing.T) {
	bPer, iPer, iLoc := LabelIndex("B-PER"), LabelIndex("I-PER"), LabelIndex("I-LOC")
	if !allowed(bPer, iPer) || !allowed(iPer, iPer) || allowed(-1, iPer) || allowed(0, iPer) || allowed(bPer, iLoc) {
		t.Fatal("BIO transition constraints wrong")
	}
	if LabelIndex("nonsense") != 0 || Labels[LabelIndex("I-MISC")] != "I-MISC" {
		t.Fatal("LabelIndex")
	}
}

func TestShapeAffixes(t *testing.T) {
	cases := []struct{ in, shape, short string }{
		{"Müller", "Xxxxxx", "Xx"},
		{"US-amerikanischen", "XX-xxxxxxxxx", "X-x"},
		{"z.B.", "x.X.", "x.X."},
		{"1990er", "ddddxx", "dx"},
	}
	for _, c := range cases {
		s, sh := wordShape(c.in)
		if s != c.shape || sh != c.short {
			t.Errorf("wordShape(%q) = %q,%q want %q,%q", c.in, s, sh, c.shape, c.short)
		}
	}
	if prefix("äbc", 2) != "äb" || suffix("straße", 3) != "aße" || suffix("ab", 3) != "" {
		t.Error("prefix/suffix must count runes")
	}
}

func TestFeaturesContext(t *testing.T) {
	m := NewModel(Lexicon{Gaz: map[string]uint16{"anna": GazFirstName}})
	toks := m.prepare([]string{"Gestern", "traf", "Anna", "Paris"}, nil)
	if toks[2].gaz != GazFirstName || toks[3].gaz != 0 {
		t.Fatalf("gazetteer bits: %v %v", toks[2].gaz, toks[3].gaz)
	}
	f := m.features(toks, 2, false, nil)
	has := func(h uint32) bool {
		for _, x := range f {
			if x == h {
				return true
			}
		}
		return false
	}
	if !has(feat(fWord, "Anna")) || !has(feat(fPrev1, "traf")) || !has(feat(fNext1, "paris")) || !has(feat2(fPrevCur, "traf", "anna")) {
		t.Fatal("missing word / context features")
	}
	// The same capitalised word at the sentence start gets a different
	// capitalisation-context feature.
	if reflect.DeepEqual(capCtxOf(m, toks, 0), capCtxOf(m, toks, 2)) {
		t.Fatal("sentence start and mid-sentence capitals must differ")
	}
}

func capCtxOf(m *Model, toks []token, i int) []uint32 {
	var out []uint32
	for c := uint32(0); c < 32; c++ {
		h := featN(fCapCtx, c)
		for _, x := range m.features(toks, i, false, nil) {
			if x == h {
				out = append(out, c)
			}
		}
	}
	return out
}

func TestViterbiRespectsBIO(t *testing.T) {
	L := NumLabels
	// Word 0 prefers O, word 1 prefers I-PER (invalid after O) but B-PER
	// is close: the decoder must not output O I-PER.
	emit := make([]float32, 2*L)
	emit[0] = 5
	emit[LabelIndex("B-PER")] = -10
	emit[L+LabelIndex("I-PER")] = 10
	emit[L+LabelIndex("B-PER")] = 4
	trans := make([]float32, (L+1)*L)
	out := make([]int, 2)
	viterbi(emit, trans, 2, out, nil)
	if Labels[out[0]] != "O" || Labels[out[1]] != "B-PER" {
		t.Fatalf("got %s %s", Labels[out[0]], Labels[out[1]])
	}
}

// The decoder's fast path for the fixed label inventory must choose what
// the general one chooses, ties included (small integer scores tie often).
func TestViterbiFastPathAgrees(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	L := NumLabels
	for round := 0; round < 2000; round++ {
		n := 1 + rng.Intn(12)
		emit := make([]int32, n*L)
		for i := range emit {
			emit[i] = int32(rng.Intn(7) - 3)
		}
		trans := make([]int32, (L+1)*L)
		for i := range trans {
			trans[i] = int32(rng.Intn(5) - 2)
		}
		got, want := make([]int, n), make([]int, n)
		viterbi(emit, trans, n, got, nil)
		viterbiAny(emit, trans, n, want, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: fast path %v, general %v", round, got, want)
		}
	}
}

// BenchmarkViterbi decodes a 30-word sentence with the model's transitions.
func BenchmarkViterbi(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	n := 30
	emit := make([]int32, n*NumLabels)
	for i := range emit {
		emit[i] = int32((i*7919)%2000 - 1000) // spread scores, no pattern to predict
	}
	out := make([]int, n)
	var back []int8
	for b.Loop() {
		back = viterbi(emit, m.trans, n, out, back)
	}
}

func readFixture(t *testing.T) []Example {
	f, err := os.Open("testdata/mini.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ex []Example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var e Example
		for _, wl := range strings.Fields(line) {
			k := strings.LastIndexByte(wl, '/')
			e.Words = append(e.Words, wl[:k])
			e.Labels = append(e.Labels, LabelIndex(wl[k+1:]))
		}
		ex = append(ex, e)
	}
	return ex
}

func TestTrainTagRoundTrip(t *testing.T) {
	ex := readFixture(t)
	lex := Lexicon{Gaz: map[string]uint16{"anna": GazFirstName, "maria": GazFirstName, "thomas": GazFirstName, "peter": GazFirstName,
		"hamburg": GazPlace, "köln": GazPlace, "bremen": GazPlace}}
	m := Train(ex, lex, TrainOptions{Epochs: 10, MinCount: 1, Seed: 1})
	for _, e := range ex {
		got := m.TagIndex(e.Words)
		if !reflect.DeepEqual(got, e.Labels) {
			t.Errorf("training sentence %v: got %v want %v", e.Words, got, e.Labels)
		}
	}
	// Unseen sentence: a gazetteer first name before a capitalised word,
	// and a known city after "in".
	got := m.Tag([]string{"Gestern", "traf", "Maria", "Weber", "Freunde", "in", "Bremen", "."})
	if got[2] != "B-PER" || got[3] != "I-PER" || got[6] != "B-LOC" || got[4] != "O" {
		t.Errorf("unseen sentence tagged %v", got)
	}
	if len(m.Tag(nil)) != 0 {
		t.Error("empty input must give empty output")
	}

	m2, encoded := roundTrip(t, m)
	for _, e := range ex {
		if !reflect.DeepEqual(m.Tag(e.Words), m2.Tag(e.Words)) {
			t.Fatal("decoded model tags differently")
		}
	}
	// Truncated or foreign data must give an error, never a panic.
	b := encoded
	for _, n := range []int{0, 5, 12, 40, len(b) / 2, len(b) - 1} {
		if _, err := Decode(b[:n]); err == nil {
			t.Errorf("Decode of %d/%d bytes: no error", n, len(b))
		}
	}
}

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag(strings.Fields(`Bundeskanzlerin Angela Merkel traf am Montag in Paris den Chef von Siemens .`))
	spans := Spans(got)
	want := map[string]bool{"1-3 PER": false, "7-8 LOC": false, "11-12 ORG": false}
	for _, s := range spans {
		k := fmt.Sprintf("%d-%d %s", s.Start, s.End, s.Type)
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("default model missed %s; tagged %v", k, got)
		}
	}
	// The shipped model is trained with the German lexicons (make ner-model);
	// a retrain without them would lose these bits.
	for w, bit := range map[string]uint16{"gipfeln": GazNoun, "verhandelten": GazVerbAdj, "schröder": GazSurname, "anna": GazFirstName, "bremen": GazPlace} {
		if m.lookupGaz(LexKey(w))&bit == 0 {
			t.Errorf("lexicon bits of %q: %b, want bit %b", w, m.lookupGaz(LexKey(w)), bit)
		}
	}
	if got := Spans(m.Tag(strings.Fields(`" Unglaublich " , sagte Ketterer über die „ Financial Times Deutschland “ .`))); !slices.Contains(got, Span{Start: 9, End: 12, Type: "ORG"}) {
		t.Errorf("quoted newspaper name: spans %v, want ORG at words 9-12 without the quotes", got)
	}
}

var benchSentence = strings.Fields(`Der Vorstandschef der Deutschen Bank , John Cryan , sagte am Donnerstag in Frankfurt , die Bank werde ihre Strategie nach dem Brexit überprüfen und mit der EZB sprechen .`)

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Tag(benchSentence)
	}
	b.ReportMetric(float64(b.N*len(benchSentence))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func TestForwardBackwardMarginals(t *testing.T) {
	L := NumLabels
	n := 3
	emit := make([]float64, n*L)
	for i := range emit {
		emit[i] = float64((i*7)%5) - 2
	}
	trans := make([]float64, (L+1)*L)
	for i := range trans {
		trans[i] = float64((i*3)%4) - 1.5
	}
	a, b, m := make([]float64, n*L), make([]float64, n*L), make([]float64, n*L)
	logZ := forwardBackward(emit, trans, n, nil, a, b, m)
	for i := 0; i < n; i++ {
		sum := 0.0
		for l := 0; l < L; l++ {
			sum += m[i*L+l]
		}
		if sum < 0.999 || sum > 1.001 {
			t.Fatalf("word %d marginals sum to %v", i, sum)
		}
	}
	if m[LabelIndex("I-PER")] != 0 {
		t.Fatal("I- label at the sentence start must have zero probability")
	}
	// Brute force log Z over all BIO-valid paths.
	z := 0.0
	var rec func(i, prev int, score float64)
	rec = func(i, prev int, score float64) {
		if i == n {
			z += math.Exp(score)
			return
		}
		for l := 0; l < L; l++ {
			if allowed(prev, l) {
				rec(i+1, l, score+emit[i*L+l]+trans[(prev+1)*L+l])
			}
		}
	}
	rec(0, -1, 0)
	if d := math.Log(z) - logZ; d > 1e-9 || d < -1e-9 {
		t.Fatalf("logZ %v, brute force %v", logZ, math.Log(z))
	}
	// A mask that allows only the O path gives that path's score.
	allow := make([]bool, n*L)
	for i := 0; i < n; i++ {
		allow[i*L] = true
	}
	want := emit[0] + trans[0] + emit[L] + trans[L] + emit[2*L] + trans[L]
	if got := forwardBackward(emit, trans, n, allow, a, b, m); math.Abs(got-want) > 1e-9 {
		t.Fatalf("masked logZ %v want %v", got, want)
	}
}

func TestAcceptPartial(t *testing.T) {
	O, bM, iM, bP := 0, LabelIndex("B-MISC"), LabelIndex("I-MISC"), LabelIndex("B-PER")
	gold := []int{O, O, O, bP, O}
	pred := []int{bM, iM, O, bM, O}
	got := acceptPartial(gold, pred, 1<<3, new([]int))
	want := []int{bM, iM, O, bP, O}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
}

func TestTagOddInput(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "\xff\xfe", "-", "Ä", strings.Repeat("x", 500), "„", "ß-", "-ß"}
	for i := 0; i < 200; i++ {
		words = append(words, "Berlin", "und")
	}
	got := m.Tag(words)
	if len(got) != len(words) {
		t.Fatalf("%d labels for %d words", len(got), len(words))
	}
	for i, l := range got {
		if strings.HasPrefix(l, "I-") && (i == 0 || got[i-1][2:] != l[2:]) {
			t.Fatalf("ill-formed BIO at %d: %v", i, got[max(0, i-2):i+1])
		}
	}
}

func TestTagParts(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Der Siemens-Chef Joe Kaeser sagte , die EU-Kommission und Berlin-Mitte seien bereit .")
	labels, parts := m.TagParts(words)
	if !reflect.DeepEqual(labels, m.Tag(words)) {
		t.Fatal("TagParts must return the labels of Tag")
	}
	found := false
	for _, p := range parts {
		if labels[p.Word] != "O" || p.End <= 0 || p.End >= len(words[p.Word]) || words[p.Word][p.End] != '-' {
			t.Fatalf("bad part %+v in %q (%s)", p, words[p.Word], labels[p.Word])
		}
		if p.Word == 1 && p.End == len("Siemens") && p.Type == "ORG" {
			found = true
		}
	}
	if !found {
		t.Errorf("Siemens in Siemens-Chef not found: %+v", parts)
	}
	if l, p := m.TagParts(nil); len(l) != 0 || p == nil || len(p) != 0 {
		t.Error("empty input")
	}
}

// A wide model keeps its templates through Encode/Decode: decoded without
// the flag it would build other features and tag differently.
func TestWideRoundTrip(t *testing.T) {
	ex := readFixture(t)
	m := Train(ex, Lexicon{Clusters: map[string]uint16{"in": 1, "nach": 1, "bremen": 2}}, TrainOptions{Epochs: 10, MinCount: 1, Seed: 1, Wide: true})
	if !m.wide {
		t.Fatal("Train ignored Wide")
	}
	toks := m.prepare([]string{"Herr", "Peter", "Weber", "kam", "aus", "Bremen"}, nil)
	wideN := len(m.features(toks, 2, false, nil))
	m.wide = false
	narrowN := len(m.features(toks, 2, false, nil))
	m.wide = true
	if wideN <= narrowN {
		t.Error("wide templates add no features")
	}
	for _, e := range ex {
		if got := m.TagIndex(e.Words); !reflect.DeepEqual(got, e.Labels) {
			t.Errorf("training sentence %v: got %v want %v", e.Words, got, e.Labels)
		}
	}
	m2, _ := roundTrip(t, m)
	if !m2.wide {
		t.Fatal("wide flag lost in Encode/Decode")
	}
}

// A stacked model carries its first pass through Encode/Decode and tags as
// before; truncating it anywhere is an error.
func TestStackedRoundTrip(t *testing.T) {
	ex := readFixture(t)
	lex := Lexicon{Gaz: map[string]uint16{"maria": GazFirstName, "bremen": GazPlace}}
	first := Train(ex, lex, TrainOptions{Epochs: 5, MinCount: 1, Seed: 1})
	m := Train(ex, lex, TrainOptions{Epochs: 10, MinCount: 1, Seed: 1, First: first, Wide: true})
	if m.first != first {
		t.Fatal("Train did not keep the first pass")
	}
	for _, e := range ex {
		if got := m.TagIndex(e.Words); !reflect.DeepEqual(got, e.Labels) {
			t.Errorf("training sentence %v: got %v want %v", e.Words, got, e.Labels)
		}
	}
	m2, encoded := roundTrip(t, m)
	if m2.first == nil || !m2.wide {
		t.Fatal("first pass or wide flag lost in Encode/Decode")
	}
	probe := [][]string{{"Gestern", "traf", "Maria", "Weber", "Freunde", "in", "Bremen", "."}}
	for _, e := range ex {
		probe = append(probe, e.Words)
	}
	for _, w := range probe {
		if !reflect.DeepEqual(m.Tag(w), m2.Tag(w)) {
			t.Fatalf("decoded model tags %v differently", w)
		}
	}
	var again bytes.Buffer
	if err := m2.Encode(&again); err != nil || !bytes.Equal(again.Bytes(), encoded) {
		t.Fatal("re-encoding the decoded model changes its bytes")
	}
	b := encoded
	for _, n := range []int{len(b) / 3, len(b) - 1} {
		if _, err := Decode(b[:n]); err == nil {
			t.Errorf("Decode of %d/%d bytes: no error", n, len(b))
		}
	}
	if _, err := Decode(append(append([]byte{}, b...), 0)); err == nil {
		t.Error("Decode with a trailing byte: no error")
	}
}

func TestTrimQuotes(t *testing.T) {
	b, i := LabelIndex("B-ORG"), LabelIndex("I-ORG")
	for _, c := range []struct {
		words        []string
		labels, want []int
	}{
		{[]string{"„", "Financial", "Times", "“", "sagt"}, []int{b, i, i, i, 0}, []int{0, b, i, 0, 0}},
		{[]string{"der", "„", "Spiegel"}, []int{0, b, i}, []int{0, 0, b}},
		{[]string{"„", "“"}, []int{b, i}, []int{0, 0}},
		{[]string{"Bahn", "„", "Tesla"}, []int{b, i, i}, []int{b, i, i}},
		{[]string{"„", "A", "“", "„", "B", "“"}, []int{b, i, i, b, i, i}, []int{0, b, 0, 0, b, 0}},
	} {
		toks := make([]token, len(c.words))
		for k, w := range c.words {
			toks[k] = token{word: w, quote: isQuote(w)}
		}
		got := slices.Clone(c.labels)
		trimQuotes(got, toks)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.words, got, c.want)
		}
	}
}

// roundTrip encodes m and decodes the bytes again.
func roundTrip(t *testing.T, m *Model) (*Model, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return m2, buf.Bytes()
}

// A qtable finds every key it holds, including those at the edges of the
// key space and of buckets, with its values, and nothing else.
func TestQtable(t *testing.T) {
	keys := []uint32{0, 1, 0xffff, 0x10000, 0x10001, 0x12345678, 0x12345679, 0x1234ffff, 0xfffffffe, 0xffffffff}
	vals := make([]byte, 2*len(keys))
	for i := range keys {
		vals[2*i], vals[2*i+1] = byte(i), 0xaa
	}
	q := newQtable(keys, vals, 2)
	for i, k := range keys {
		if got := q.find(k); len(got) != 2 || got[0] != byte(i) || got[1] != 0xaa {
			t.Errorf("find(%#x) = %v, want [%d 170]", k, got, i)
		}
		if got := q.key(i); got != k {
			t.Errorf("key(%d) = %#x, want %#x", i, got, k)
		}
	}
	for _, k := range []uint32{2, 0xfffe, 0x10002, 0x12340000, 0x1234fffe, 0xfffffffd, 0x80000000} {
		if got := q.find(k); got != nil {
			t.Errorf("find(%#x) = %v for a key not in the table", k, got)
		}
	}
	if (&qtable{}).find(5) != nil {
		t.Error("empty table found a key")
	}
}

// The cluster table gives back every entry's cluster, 0 for those without,
// at the edges of its words and rank blocks too.
func TestClusterTable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 63, 64, 65, 511, 512, 513, 1500} {
		clu := make([]uint16, n)
		for i := range clu {
			if rng.Intn(10) == 0 || i == n-1 || i%rankBlock == 0 {
				clu[i] = uint16(1 + rng.Intn(0xfffd))
			}
		}
		built := newClusterTable(clu)
		buf := built.append(nil)
		ct, rest, err := parseClusterTable(buf, uint32(n))
		if err != nil || len(rest) != 0 {
			t.Fatalf("%d entries: parse: %v, %d bytes left", n, err, len(rest))
		}
		for i, want := range clu {
			if got := ct.cluster(i); got != want {
				t.Fatalf("%d entries: cluster(%d) = %d, want %d", n, i, got, want)
			}
		}
		if got := ct.cluster(n + 64); got != 0 {
			t.Errorf("%d entries: cluster past the end = %d", n, got)
		}
	}
}

// The embedded model is used in place: its weight and lexicon tables are
// the embedded bytes themselves, not a copy.
func TestDefaultModelInPlace(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	inside := func(b []byte) bool {
		start := uintptr(unsafe.Pointer(unsafe.SliceData(embedded)))
		p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		return len(b) > 0 && p >= start && p+uintptr(len(b)) <= start+uintptr(len(embedded))
	}
	for name, b := range map[string][]byte{"feature weights": m.feats.vals, "feature keys": m.feats.keys, "feature offsets": m.feats.off, "lexicon": m.lex.vals, "clusters": m.clusters.vals} {
		if !inside(b) {
			t.Errorf("%s were copied out of the embedded model", name)
		}
	}
	if n := testing.AllocsPerRun(5, func() { Decode(embedded) }); n > 10 {
		t.Errorf("Decode allocates %.0f times, want a handful", n)
	}
}

// BenchmarkTagArticle tags every sentence of the bundled sample article:
// unlike one sentence tagged over and over, its features spread over the
// whole model, as in real use.
func BenchmarkTagArticle(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		b.Fatal(err)
	}
	sents, n := benchSentences(nil, string(text))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "tokens/s")
}

// benchSentences appends the sentences of text, split roughly at ". " into
// words, and returns them with the number of words it added.
func benchSentences(sents [][]string, text string) ([][]string, int) {
	n := 0
	for _, s := range strings.SplitAfter(text, ". ") {
		if w := strings.Fields(s); len(w) > 0 {
			sents = append(sents, w)
			n += len(w)
		}
	}
	return sents, n
}

// BenchmarkTagNewsDE tags every sentence of the 998 news-de articles once
// per op, on a model whose word caches start empty, as a batch run does: a
// third of the words are new to the cache, so it measures what the table
// lookups of first-seen words cost. Skipped without the shared data.
func BenchmarkTagNewsDE(b *testing.B) {
	files := shareddata.Glob(b, "data/news-de", "*.txt")
	var sents [][]string
	n := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var k int
		sents, k = benchSentences(sents, string(text))
		n += k
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		m, err := Decode(embedded) // a model with empty word caches
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, s := range sents {
			m.TagIndex(s)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "tokens/s")
}

// The tagger sums word-only features and the features each neighbour gives
// once per word form (caching them), and the rest per position; together
// they must be exactly the features the model was trained on.
func TestFeatureParts(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, sent := range []string{
		`„ Die Bremer EU-Kommission “ , sagte Schröders Sprecherin am Montag in Ost-Berlin : ( 12 Mio. Euro ) .`,
		`Merkel`,
		`Angela Merkel reist`,
		`Der Bürgermeister von Köln , Henriette Reker , sagte , die Stadt werde helfen .`,
	} {
		words := strings.Fields(sent)
		toks := m.prepare(words, nil)
		inQuote := false
		for i := range toks {
			all := m.features(toks, i, inQuote, nil)
			parts := m.featureParts(toks, i, inQuote, nil, wordPart)
			parts = m.featureParts(toks, i, inQuote, parts, contextPart)
			nb := m.featureParts(toks, i, inQuote, nil, neighbourPart)
			roles := m.featureParts(toks, i, inQuote, nil, wordPart|pairPart|capPart)
			for _, d := range roleDist {
				roles = m.neighbourFeatures(toks, i+d, d, roles)
			}
			for _, s := range [][]uint32{all, parts, nb, roles} {
				slices.Sort(s)
			}
			if !slices.Equal(all, parts) {
				t.Errorf("word %q: %d features, %d in the parts", words[i], len(all), len(parts))
			}
			if !slices.Equal(all, roles) {
				t.Errorf("word %q: %d features, %d from word, pair and neighbour roles (neighbour part has %d)", words[i], len(all), len(roles), len(nb))
			}
			if len(nb) == 0 {
				t.Errorf("word %q: no neighbour features", words[i])
			}
			if toks[i].quote {
				inQuote = !inQuote
			}
		}
	}
}

// Tagging with the word cache gives the labels of tagging every word from
// scratch, also when words crowd each other out of the cache: the sample
// article's sentences are tagged between sentences of thousands of made-up
// words, more than the cache holds, and then sentences whose words all
// want the same slots.
func TestWordCacheAgrees(t *testing.T) {
	m, err := Decode(embedded) // a model with empty word caches
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	sents, _ := benchSentences(nil, string(text))
	rng := rand.New(rand.NewSource(1))
	for k := range 3 * firstSlots / 10 {
		filler := make([]string, 10)
		for i := range filler {
			filler[i] = fmt.Sprintf("Wort%d", rng.Intn(4*firstSlots))
		}
		sents = append(sents, filler, sents[k%len(sents)])
	}
	// Sentences of words that all want the same pair of slots, so that
	// they push each other out while the sentence is tagged.
	var same []string
	for _, form := range []string{"Müller%d", "sagte%d", "EU%d", "%d", "Berlin%d-Mitte", "in%d"} {
		for k := 0; ; k++ {
			if w := fmt.Sprintf(form, k); hashStr(fnvOffset, w)%(firstSlots/2) == 7 {
				same = append(same, w)
				break
			}
		}
	}
	sents = append(sents, same, append(append([]string{"Die"}, same...), same[:3]...), same[2:5])
	for _, words := range sents {
		if got, want := m.TagIndex(words), tagUncached(m, words); !slices.Equal(got, want) {
			t.Fatalf("%q: labels %v with the word cache, %v without", words, got, want)
		}
	}
}

// tagUncached tags words as TagIndex does, looking up every feature of every
// word.
func tagUncached(m *Model, words []string) []int {
	toks := m.prepare(words, nil)
	L := NumLabels
	emit := make([]int32, len(words)*L)
	inQuote := false
	for i := range toks {
		row := emit[i*L : (i+1)*L]
		for _, f := range m.features(toks, i, inQuote, nil) {
			m.addWeight(row, f)
		}
		row[0] -= m.oBias
		if toks[i].quote {
			inQuote = !inQuote
		}
	}
	out := make([]int, len(words))
	viterbi(emit, m.trans, len(words), out, nil)
	trimQuotes(out, toks)
	return out
}
