// Command train-ner trains the German NER model embedded in internal/ner and
// evaluates it with strict span P/R/F1.
//
//	go run ./cmd/train-ner -data ../shared/data -out internal/ner/model/ner.bin
//	go run ./cmd/train-ner -data ../shared/data -eval internal/ner/model/ner.bin
//
// The first command reproduces the shipped weights (seed 1, about two minutes
// on one core). It runs twice: a held-out run that trains without every 5th
// GermEval dev sentence and every 5th SmartData train document and prints
// the strict-span scores on them after each epoch (the dev set), then the
// final run with the same settings on all training data, which is written.
// Training data: GermEval 2014 dev (weight 2), SmartData v1 train (1), MobIE
// train+dev documents that are not in SmartData (0.5), German LER dev+test
// (0.5, sentences without a name thinned to 1 in 10), Europeana lft (0.3)
// and Europeana onb and sbb (0.2).
// Corpora without MISC annotation neither reward nor punish MISC
// predictions. Word classes are induced from the Wikinews articles in
// news-de plus the training text.
//
// GermEval 2014 test and SmartData test are read only by -eval and -test;
// nothing is tuned on them. Other flags are the experiments tried (domain
// feature augmentation, mined name lists, self-training, a CRF trainer); they
// are off by default because they did not improve the 5-fold dev scores.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"artikel/internal/ner"
	"artikel/internal/shareddata"
)

func main() {
	data := flag.String("data", defaultData(), "reference data folder (default: $ARTIKEL_SHARED/data, else ../shared/data beside the module)")
	out := flag.String("out", "", "write the trained model here")
	evalPath := flag.String("eval", "", "only evaluate this model file on the test sets")
	holdout := flag.Bool("holdout", true, "first train without 1/5 of GermEval dev and SmartData train and print scores on that fifth")
	final := flag.Bool("final", true, "then train on all training data (the model -out writes)")
	euFiles := flag.String("europeana", "lft", "Europeana parts to use (lft,onb,sbb)")
	augment := flag.Bool("augment", false, "shared + per-corpus feature copies (domain adaptation)")
	domain := flag.Int("domain", 0, "with -augment, keep this corpus's private features (1 GermEval, 2 SmartData, 0 none)")
	lists := flag.Bool("lists", false, "mine name lists from the training mentions (cross-fold during training)")
	selfW := flag.Float64("self", 0, "weight of self-labelled news sentences (0 = no self-training)")
	fold := flag.Int("fold", 4, "which fifth (0-4) to hold out")
	test := flag.Bool("test", false, "also score GermEval test and SmartData test after training")
	epochs := flag.Int("epochs", 10, "perceptron epochs")
	minCount := flag.Int("mincount", 2, "minimum feature count")
	prune := flag.Float64("prune", 0.0, "drop features whose largest |weight| is below this")
	seed := flag.Int64("seed", 1, "shuffle seed")
	wGE := flag.Float64("w-germeval", 2, "weight of GermEval dev sentences")
	wSD := flag.Float64("w-smartdata", 1, "weight of SmartData sentences")
	wMob := flag.Float64("w-mobie", 0.5, "weight of MobIE sentences")
	wLER := flag.Float64("w-ler", 0.5, "weight of LER sentences")
	wEU := flag.Float64("w-europeana", 0.3, "weight of Europeana sentences (0 = leave out)")
	obias := flag.Float64("obias", 0, "bias against label O (positive = more entities)")
	nclusters := flag.Int("k", 256, "word classes to induce from unlabelled text (0 = none)")
	partialMISC := flag.Bool("partial-misc", true, "do not count MISC predictions as errors on corpora without MISC")
	bags := flag.Int("bags", 5, "average this many perceptrons trained with seeds seed, seed+1, …")
	crf := flag.Bool("crf", false, "train a CRF (SGD) instead of the averaged perceptron")
	l2 := flag.Float64("l2", 1, "CRF L2 regularisation")
	eta := flag.Float64("eta", 0.1, "CRF initial SGD step")
	partialPER := flag.Bool("partial-per", false, "treat SmartData/MobIE PER as partially annotated")
	moreText := flag.Bool("more-text", false, "also induce word classes from all LER sentences and Europeana onb/sbb")
	k2 := flag.Int("k2", 0, "also induce this many coarse word classes (0 = none)")
	clusters := flag.String("clusters", "", "read word clusters (word TAB id) from this file instead of inducing them")
	writeClusters := flag.String("write-clusters", "", "write the induced word clusters to this file")
	flag.BoolVar(&usePartsEval, "parts", false, "score SmartData with the names TagParts finds inside compounds")
	flag.BoolVar(&splitParts, "split-parts", false, "train on SmartData compounds that begin with a mention split as TagParts splits them")
	flag.BoolVar(&derivAsLOC, "deriv-loc", true, "learn GermEval LOCderiv (deutsche) as LOC")
	wide := flag.Bool("wide", false, "wide feature templates (words ±3, cluster bigrams, conjunctions)")
	wEP := flag.Float64("w-europarl", 0, "weight of IXA Europarl sentences (0 = leave out; MISC not annotated)")
	wEUMore := flag.Float64("w-europeana-more", 0.2, "weight of Europeana onb and sbb sentences (0 = leave out)")
	stack := flag.Bool("stack", false, "train a second pass over the first pass's labels (jackknifed)")
	lexDir := flag.String("lexicons", ".cache/ner-lexicons", "folder of German lexicons from scripts/fetch-ner-lexicons.sh (nouns, verbs, adjectives, surnames, name parts); empty = none")
	flag.BoolVar(&usePeople, "people", true, "with -lexicons, also mark parts of people's names from cspell's list")
	obiasSweep := flag.String("obias-sweep", "", "held-out scores for each of these comma-separated O biases")
	errPath := flag.String("errors", "", "write the held-out GermEval errors of the last epoch to this file")
	stackBags := flag.Int("stack-bags", 1, "with -stack, perceptrons averaged in each jackknife model")
	flag.Parse()

	if *evalPath != "" {
		m, err := ner.Load(*evalPath)
		mustf(err, "load")
		evalTests(m, *data)
		return
	}

	// build trains one model; with holdout it prints dev scores after
	// every epoch.
	build := func(holdout bool) *ner.Model {
		t0 := time.Now()
		ge, err := readGermEval(filepath.Join(*data, "germeval2014", "NER-de-dev.tsv"))
		mustf(err, "germeval")
		sd, err := readSmartData(filepath.Join(*data, "smartdata-v1", "train.json.gz"))
		mustf(err, "smartdata")
		var geTrain, geDev []sentence
		for i, s := range ge {
			if holdout && i%5 == *fold {
				geDev = append(geDev, s)
			} else {
				geTrain = append(geTrain, s)
			}
		}
		// The GermEval train split (12 times the dev split) is used whenever
		// it is there; held-out scores stay on dev.
		trainPath := filepath.Join(*data, "germeval2014", "NER-de-train.tsv")
		if _, err := os.Stat(trainPath); err == nil {
			gt, err := readGermEval(trainPath)
			mustf(err, "germeval train")
			geTrain = append(geTrain, gt...)
			fmt.Printf("GermEval train split: %d sentences\n", len(gt))
		}
		var sdTrain, sdDev []sdDoc
		for i, d := range sd {
			if holdout && i%5 == *fold {
				sdDev = append(sdDev, d)
			} else {
				sdTrain = append(sdTrain, d)
			}
		}
		// Corpora without MISC: MISC predictions are neither right nor wrong.
		unann := uint8(0)
		if *partialMISC {
			unann = 1 << 3
		}
		unannSD := unann
		if *partialPER {
			// SmartData annotates people only where they matter to its events
			// (Angela Merkel is often left unmarked).
			unannSD |= 1 << 0
		}
		var ex []ner.Example
		ex = append(ex, withDomain(toExamples(geTrain, float32(*wGE), 0), 1)...)
		ex = append(ex, withDomain(toExamples(sdSentences(sdTrain), float32(*wSD), unannSD), 2)...)
		var extraWords [][]string
		if *wMob > 0 {
			mob, err := readMobIE(filepath.Join(*data, "ner-extra", "mobie-v1-20210811"))
			mustf(err, "mobie")
			ex = append(ex, withDomain(toExamples(mob, float32(*wMob), unannSD), 3)...)
		}
		if *wLER > 0 {
			ler, err := readLER(filepath.Join(*data, "ner-extra", "german-ler"), 10)
			mustf(err, "ler")
			ex = append(ex, withDomain(toExamples(ler, float32(*wLER), unann), 4)...)
		}
		if *wEU > 0 {
			for _, name := range strings.Split(*euFiles, ",") {
				eu, err := readEuropeana(filepath.Join(*data, "ner-extra", "europeana-newspapers-de", "enp_DE."+name+".bio"))
				mustf(err, "europeana")
				ex = append(ex, withDomain(toExamples(eu, float32(*wEU), unann), 5)...)
			}
		}
		if *wEUMore > 0 {
			for _, name := range []string{"onb", "sbb"} {
				eu, err := readEuropeana(filepath.Join(*data, "ner-extra", "europeana-newspapers-de", "enp_DE."+name+".bio"))
				mustf(err, "europeana")
				ex = append(ex, withDomain(toExamples(eu, float32(*wEUMore), unann), 5)...)
			}
		}
		if *wEP > 0 {
			ep, err := readEuroparl(filepath.Join(*data, "ner-extra", "europarl-ixa-de", "de-europarl.test.conll02"))
			mustf(err, "europarl")
			ex = append(ex, withDomain(toExamples(ep, float32(*wEP), 1<<3), 6)...)
		}
		for _, e := range ex {
			extraWords = append(extraWords, e.Words)
		}
		if *moreText {
			// Unlabelled use of the rest of the permissive corpora: all LER
			// sentences and all Europeana parts, for word classes and
			// capitalisation statistics only.
			ler, err := readLER(filepath.Join(*data, "ner-extra", "german-ler"), 1)
			mustf(err, "ler")
			for _, s := range ler {
				extraWords = append(extraWords, s.words)
			}
			for _, name := range []string{"onb", "sbb"} {
				eu, err := readEuropeana(filepath.Join(*data, "ner-extra", "europeana-newspapers-de", "enp_DE."+name+".bio"))
				mustf(err, "europeana")
				for _, s := range eu {
					extraWords = append(extraWords, s.words)
				}
			}
		}
		ntok := 0
		for _, e := range ex {
			ntok += len(e.Words)
		}
		fmt.Printf("training sentences %d, tokens %d (read in %v)\n", len(ex), ntok, time.Since(t0).Round(time.Millisecond))

		k := *nclusters
		if *clusters != "" {
			k = 0
		}
		lex, err := buildLexicon(*data, extraWords, k, *k2)
		mustf(err, "lexicon")
		if *lexDir != "" {
			mustf(readLexicons(*lexDir, lex.Gaz), "lexicons")
		}
		if *clusters != "" {
			lex.Clusters, err = readClusters(*clusters)
			mustf(err, "clusters")
		}
		if *writeClusters != "" {
			mustf(writeClusterFile(*writeClusters, lex.Clusters), "write clusters")
		}
		fmt.Printf("lexicon: %d gazetteer words, %d clustered words\n", len(lex.Gaz), len(lex.Clusters))

		var foldLex []ner.Lexicon
		if !*augment {
			for i := range ex {
				ex[i].Domain = 0
			}
		}
		if *lists {
			base := lex.Gaz
			for f := 0; f < nFolds; f++ {
				foldLex = append(foldLex, ner.Lexicon{Gaz: mergeGaz(base, nameBits(ex, f)), Clusters: lex.Clusters})
			}
			names := nameBits(ex, -1)
			lex.Gaz = mergeGaz(base, names)
			fmt.Printf("name lists: %d words\n", len(names))
		}
		opts := ner.TrainOptions{
			Epochs: *epochs, MinCount: *minCount, Seed: *seed, Prune: float32(*prune), Log: os.Stdout, FoldLexicons: foldLex, Augment: *augment, Domain: *domain, CRF: *crf, L2: *l2, Eta: *eta, Bags: *bags, Wide: *wide,
			AfterEpoch: func(ep int, m *ner.Model) {
				if !holdout {
					return
				}
				if ep == *epochs && *errPath != "" {
					f, err := os.Create(*errPath)
					mustf(err, "errors")
					defer f.Close()
					errorsOut = f
					defer func() { errorsOut = nil }()
				}
				g := scoreGermEval(m, geDev)
				s := scoreSmartData(m, sdDev, false)
				fmt.Printf("  epoch %2d dev: germeval %s | smartdata %s\n", ep, g, s)
			},
		}
		m := ner.Train(ex, lex, opts)
		if *stack {
			// Two-pass stacking: the model above is the first pass; the
			// second learns from first-pass labels that come from models
			// which did not see the sentence (5-fold jackknife), so that it
			// learns how far to trust them on unseen text.
			t1 := time.Now()
			jo := opts
			jo.Log, jo.AfterEpoch, jo.Bags = nil, nil, *stackBags
			for f := 0; f < nFolds; f++ {
				var tr []ner.Example
				for i, e := range ex {
					if i%nFolds != f {
						tr = append(tr, e)
					}
				}
				mf := ner.Train(tr, lex, jo)
				for i := f; i < len(ex); i += nFolds {
					ex[i].First = mf.TagIndex(ex[i].Words)
				}
			}
			fmt.Printf("jackknifed first-pass labels (%v)\n", time.Since(t1).Round(time.Millisecond))
			so := opts
			so.First = m
			fmt.Println("second pass:")
			m = ner.Train(ex, lex, so)
		}
		if *selfW > 0 {
			// Self-training: tag the unlabelled news articles with the first
			// model and train again with them added at a low weight.
			news := newsSentences(*data)
			for _, words := range news {
				l := m.TagIndex(words)
				ex = append(ex, ner.Example{Words: words, Labels: l, Weight: float32(*selfW)})
			}
			fmt.Printf("self-training on %d news sentences\n", len(news))
			m = ner.Train(ex, lex, ner.TrainOptions{
				Epochs: *epochs, MinCount: *minCount, Seed: *seed, Prune: float32(*prune), Log: os.Stdout, FoldLexicons: foldLex, Augment: *augment, Domain: *domain, CRF: *crf, L2: *l2, Eta: *eta, Bags: *bags, Wide: *wide,
				AfterEpoch: func(ep int, m *ner.Model) {
					if !holdout || ep != *epochs {
						return
					}
					fmt.Printf("  self-trained epoch %2d dev: germeval %s | smartdata %s\n", ep, scoreGermEval(m, geDev), scoreSmartData(m, sdDev, false))
				},
			})
		}
		fmt.Printf("trained in %v\n", time.Since(t0).Round(time.Millisecond))
		if holdout && *obiasSweep != "" {
			for _, v := range strings.Split(*obiasSweep, ",") {
				var b float64
				_, err := fmt.Sscan(v, &b)
				mustf(err, "-obias-sweep %q", v)
				m.SetOBias(float32(b))
				fmt.Printf("  obias %s dev: germeval %s | smartdata %s\n", v, scoreGermEval(m, geDev), scoreSmartData(m, sdDev, false))
			}
			m.SetOBias(0)
		}
		if *obias != 0 {
			m.SetOBias(float32(*obias))
		}
		return m
	}
	var m *ner.Model
	if *holdout {
		fmt.Println("== held-out run (dev scores)")
		m = build(true)
	}
	if *final {
		// The shipped model: same settings, all training data.
		fmt.Println("== final run on all training data")
		m = build(false)
	}
	if m == nil {
		return
	}
	if *out != "" {
		mustf(m.Save(*out), "save")
		st, _ := os.Stat(*out)
		fmt.Printf("wrote %s (%d bytes)\n", *out, st.Size())
	}
	if *test {
		evalTests(m, *data)
	}
}

func withDomain(ex []ner.Example, d int) []ner.Example {
	for i := range ex {
		ex[i].Domain = d
	}
	return ex
}

// usePartsEval is set by -parts.
var usePartsEval bool

func evalTests(m *ner.Model, data string) {
	ge, err := readGermEval(filepath.Join(data, "germeval2014", "NER-de-test.tsv"))
	mustf(err, "germeval test")
	sd, err := readSmartData(filepath.Join(data, "smartdata-v1", "test.json.gz"))
	mustf(err, "smartdata test")
	fmt.Printf("germeval test: %s\n", scoreGermEvalDetail(m, ge))
	fmt.Printf("smartdata test: %s\n", scoreSmartData(m, sd, true))
}

// prf accumulates strict-span counts per type.
type prf struct {
	tp, fp, fn map[string]int
}

func newPRF() prf { return prf{map[string]int{}, map[string]int{}, map[string]int{}} }

func f1(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return 100 * p, 100 * r, 100 * f
}

func (c prf) String(types []string, detail bool) string {
	var b strings.Builder
	T := [3]int{}
	for _, t := range types {
		T[0] += c.tp[t]
		T[1] += c.fp[t]
		T[2] += c.fn[t]
		if detail {
			p, r, f := f1(c.tp[t], c.fp[t], c.fn[t])
			fmt.Fprintf(&b, "\n  %-4s P %5.1f R %5.1f F1 %5.1f (gold %d)", t, p, r, f, c.tp[t]+c.fn[t])
		}
	}
	p, r, f := f1(T[0], T[1], T[2])
	return fmt.Sprintf("P %.1f R %.1f F1 %.1f", p, r, f) + b.String()
}

var geTypes = map[string]string{"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}

// scoreGermEvalCounts mirrors the project scorer: strict outer spans,
// PER/LOC/ORG/MISC; a prediction that overlaps only a deriv/part mention
// is neither right nor wrong.
func scoreGermEvalCounts(m *ner.Model, ss []sentence) prf {
	c := newPRF()
	for _, s := range ss {
		var gold, ign []ner.Span
		for _, g := range ner.Spans(s.raw) {
			if t, ok := geTypes[g.Type]; ok {
				g.Type = t
				gold = append(gold, g)
			} else {
				ign = append(ign, g)
			}
		}
		labels, parts := m.TagParts(s.words)
		wrong, missed := countSpans(c, gold, ign, ner.Spans(labels))
		if errorsOut != nil {
			writeErrors(errorsOut, s.words, wrong, missed)
		}
		if usePartsEval {
			// A name inside a word never equals a gold span (GermEval spans
			// are whole words): it is ignored if it lies in a *part
			// mention, else wrong.
			for _, p := range parts {
				if p.Type == "MISC" {
					continue
				}
				inIgn, inGold := false, false
				for _, g := range ign {
					inIgn = inIgn || (g.Start <= p.Word && p.Word < g.End)
				}
				for _, g := range gold {
					inGold = inGold || (g.Start <= p.Word && p.Word < g.End)
				}
				if !inIgn || inGold {
					c.fp[p.Type]++
				}
			}
		}
	}
	return c
}

// errorsOut, when set, receives the held-out GermEval sentences with their
// missed (-) and wrong (+) mentions, for error analysis on dev.
var errorsOut io.Writer

func writeErrors(w io.Writer, words []string, wrong, missed []ner.Span) {
	text := func(x ner.Span) string { return x.Type + " " + strings.Join(words[x.Start:x.End], " ") }
	var lines []string
	for _, g := range missed {
		lines = append(lines, "  - "+text(g))
	}
	for _, p := range wrong {
		lines = append(lines, "  + "+text(p))
	}
	if len(lines) > 0 {
		fmt.Fprintf(w, "%s\n%s\n", strings.Join(words, " "), strings.Join(lines, "\n"))
	}
}

// countSpans adds one sentence's true/false positives and misses to c and
// returns the wrong predictions and the missed gold mentions.
func countSpans(c prf, gold, ign, pred []ner.Span) (wrong, missed []ner.Span) {
	in := func(x ner.Span, set []ner.Span) bool {
		for _, g := range set {
			if g == x {
				return true
			}
		}
		return false
	}
	overlaps := func(x ner.Span, set []ner.Span) bool {
		for _, g := range set {
			if x.Start < g.End && g.Start < x.End {
				return true
			}
		}
		return false
	}
	for _, p := range pred {
		switch {
		case in(p, gold):
			c.tp[p.Type]++
		case overlaps(p, ign) && !overlaps(p, gold):
		default:
			c.fp[p.Type]++
			wrong = append(wrong, p)
		}
	}
	for _, g := range gold {
		if !in(g, pred) {
			c.fn[g.Type]++
			missed = append(missed, g)
		}
	}
	return wrong, missed
}

func scoreGermEval(m *ner.Model, ss []sentence) string {
	return scoreGermEvalCounts(m, ss).String(ner.Types, false)
}

func scoreGermEvalDetail(m *ner.Model, ss []sentence) string {
	return scoreGermEvalCounts(m, ss).String(ner.Types, true)
}

// scoreSmartData tags our own tokenisation of each document and compares
// character spans with the gold mentions (PER/LOC/ORG).
func scoreSmartData(m *ner.Model, docs []sdDoc, detail bool) string {
	return scoreSmartDataCounts(m, docs).String([]string{"PER", "LOC", "ORG"}, detail)
}

func scoreSmartDataCounts(m *ner.Model, docs []sdDoc) prf {
	c := newPRF()
	for _, d := range docs {
		var pred, gold []ner.Span
		for _, g := range d.gold {
			gold = append(gold, ner.Span{Start: g.start, End: g.end, Type: g.typ})
		}
		for _, s := range d.sents {
			words := make([]string, 0, s[1]-s[0])
			for i := s[0]; i < s[1]; i++ {
				words = append(words, string(d.text[d.toks[i][0]:d.toks[i][1]]))
			}
			labels, parts := m.TagParts(words)
			for _, sp := range ner.Spans(labels) {
				if sp.Type == "MISC" {
					continue
				}
				pred = append(pred, ner.Span{Start: d.toks[s[0]+sp.Start][0], End: d.toks[s[0]+sp.End-1][1], Type: sp.Type})
			}
			if usePartsEval {
				for _, p := range parts {
					if p.Type == "MISC" {
						continue
					}
					start := d.toks[s[0]+p.Word][0]
					pred = append(pred, ner.Span{Start: start, End: start + len([]rune(words[p.Word][:p.End])), Type: p.Type})
				}
			}
		}
		countSpans(c, gold, nil, pred)
	}
	return c
}

// buildLexicon collects gazetteer bits from the shared gazetteers and
// capitalisation statistics from unlabelled news text plus the training words.
func buildLexicon(data string, sents [][]string, k, coarseK int) (ner.Lexicon, error) {
	gaz := map[string]uint16{}
	dir := filepath.Join(data, "gazetteers")
	for _, f := range []string{"first-names.de.tsv", "first-names.en.tsv"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return ner.Lexicon{}, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if name, _, ok := strings.Cut(line, "\t"); ok && name != "" {
				gaz[strings.ToLower(name)] |= ner.GazFirstName
			}
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "geonames-names.de-en.tsv"))
	if err != nil {
		return ner.Lexicon{}, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		c := strings.Split(line, "\t")
		if len(c) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		for _, name := range c[2:] {
			ws := strings.Fields(name)
			if len(ws) == 1 {
				bit := uint16(ner.GazPlace)
				if c[1] == "country" {
					bit = ner.GazCountry
				}
				gaz[strings.ToLower(ws[0])] |= bit
				continue
			}
			for _, w := range ws {
				if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) {
					gaz[strings.ToLower(w)] |= ner.GazPlacePart
				}
			}
		}
	}
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	b, err = os.ReadFile(filepath.Join(dir, "nationality-adjectives.de.json"))
	if err != nil {
		return ner.Lexicon{}, err
	}
	if err := json.Unmarshal(b, &nat); err != nil {
		return ner.Lexicon{}, err
	}
	for _, a := range nat.Nationalities {
		stem := strings.ToLower(a)
		for _, end := range []string{"", "e", "en", "er", "es", "em"} {
			gaz[stem+end] |= ner.GazNationAdj
		}
	}

	// Capitalisation statistics: a word seen in lower case is a common word;
	// one seen capitalised mid-sentence is a noun or a name.
	lower := map[string]int{}
	capMid := map[string]int{}
	afterDet := map[string]int{}
	articles := map[string]bool{}
	for _, a := range strings.Fields("der die das dem den des ein eine einen einem einer eines kein keine keinen keinem keiner") {
		articles[a] = true
	}
	count := func(words []string) {
		for i, w := range words {
			r := []rune(w)
			if len(r) == 0 || !unicode.IsLetter(r[0]) {
				continue
			}
			if unicode.IsLower(r[0]) {
				lower[w]++
			} else if i > 0 && unicode.IsLetter([]rune(words[i-1])[0]) {
				capMid[strings.ToLower(w)]++
				if articles[strings.ToLower(words[i-1])] {
					afterDet[strings.ToLower(w)]++
				}
			}
		}
	}
	unlabelled := newsSentences(data)
	for _, words := range unlabelled {
		count(words)
	}
	for _, s := range sents {
		count(s)
	}
	for w, n := range lower {
		if n >= 2 {
			gaz[w] |= ner.GazLowerSeen
		}
	}
	for w, n := range capMid {
		if n >= 2 {
			gaz[w] |= ner.GazCapSeen
		}
	}
	for w, n := range afterDet {
		if n >= 2 {
			gaz[w] |= ner.GazAfterDet
		}
	}
	lex := ner.Lexicon{Gaz: gaz}
	if k > 0 {
		unlabelled = append(unlabelled, sents...)
		lc := make([][]string, len(unlabelled))
		for i, s := range unlabelled {
			lc[i] = make([]string, len(s))
			for j, w := range s {
				lc[i][j] = strings.ToLower(w)
			}
		}
		t := time.Now()
		lex.Clusters = exchangeClusters(lc, k, 3, 8)
		if coarseK > 0 {
			// The coarse class goes above the fine one (see internal/ner).
			for w, c := range exchangeClusters(lc, coarseK, 3, 8) {
				lex.Clusters[w] |= c << 9
			}
		}
		fmt.Printf("clusters: %d words in %d classes (%v)\n", len(lex.Clusters), k, time.Since(t).Round(time.Millisecond))
	}
	return lex, nil
}

func writeClusterFile(path string, c map[string]uint16) error {
	ws := make([]string, 0, len(c))
	for w := range c {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	var b strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&b, "%s\t%d\n", w, c[w])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// newsSentences returns the tokenised sentences of the unlabelled German
// news articles (title and paragraphs are separated by blank lines).
func newsSentences(data string) [][]string {
	var out [][]string
	files, _ := filepath.Glob(filepath.Join(data, "news-de", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		mustf(err, "news")
		for _, para := range strings.Split(string(b), "\n\n") {
			text := []rune(para)
			toks, sents := tokenize(text)
			for _, s := range sents {
				words := make([]string, 0, s[1]-s[0])
				for i := s[0]; i < s[1]; i++ {
					words = append(words, string(text[toks[i][0]:toks[i][1]]))
				}
				out = append(out, words)
			}
		}
	}
	return out
}

// readClusters reads "word<TAB>cluster-id" lines.
func readClusters(path string) (map[string]uint16, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]uint16{}
	for _, line := range strings.Split(string(b), "\n") {
		w, id, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var n int
		fmt.Sscan(id, &n)
		out[w] = uint16(n)
	}
	return out, nil
}

// defaultData is the reference data's data folder when it can be found.
func defaultData() string {
	if d := shareddata.Dir(); d != "" {
		return filepath.Join(d, "data")
	}
	return filepath.Join("..", "shared", "data")
}
