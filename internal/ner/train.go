package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
)

// Lexicon is what the tagger knows about words besides their spelling:
// gazetteer bits (Gaz* constants) and distributional cluster ids (1-based;
// 0 = none), both keyed by the lower-cased word.
type Lexicon struct {
	Gaz      map[string]uint16
	Clusters map[string]uint16
}

// Example is one training sentence with gold label indices and a weight
// that scales its perceptron updates (down-weighting out-of-domain data).
type Example struct {
	Words  []string
	Labels []int
	Weight float32
	// Domain > 0 names the corpus for feature augmentation (see
	// TrainOptions.Domain).
	Domain int
	// Fold selects TrainOptions.FoldLexicons[Fold] for this sentence's
	// features when fold lexicons are given.
	Fold int
	// Unannotated has bit k set when the corpus does not (fully) annotate
	// Types[k]: a predicted span of that type over words labelled O is then
	// not counted as an error (e.g. MISC in corpora without MISC).
	Unannotated uint8
	// First holds first-pass labels for training a stacked second pass
	// (TrainOptions.First); they should come from a model that did not see
	// this sentence (jackknifing), or the second pass learns to trust them.
	First []int
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs   int     // passes over the data
	MinCount int     // drop features seen fewer times in training
	Seed     int64   // shuffling seed
	Prune    float32 // drop features whose largest |averaged weight| is below this
	Log      io.Writer
	// FoldLexicons, if set, replace the lexicon during training for the
	// examples of each fold. A list of names mined from the training data
	// must not describe the sentence it was mined from, or the model learns
	// to trust the list blindly; each fold's lexicon holds the names from
	// the other folds only. The returned model carries lex.
	FoldLexicons []Lexicon
	// Augment gives every feature a private copy per example Domain. The
	// model keeps the shared features plus the copies of domain Domain
	// (0 = shared only).
	Augment bool
	Domain  int
	// CRF trains a linear-chain CRF by SGD instead of the perceptron, with
	// L2 strength L2 (per corpus) and initial step Eta.
	CRF     bool
	L2, Eta float64
	// Bags > 1 trains that many perceptrons (seeds Seed, Seed+1, …) and
	// averages their weights.
	Bags int
	// First, if set, makes the trained model a second pass over First's
	// labels; examples without First labels get First's own tagging.
	First *Model
	// Wide uses the wide feature templates (more context, conjunctions).
	Wide bool
	// AfterEpoch, if set, is called with the model after each epoch (e.g. to
	// print a dev score).
	AfterEpoch func(epoch int, m *Model)
}

// NewModel returns an untrained model carrying only the lexicon; it tags
// everything O. Train uses it for feature extraction.
func NewModel(lex Lexicon) *Model {
	m := &Model{trans: make([]int32, (NumLabels+1)*NumLabels), scale: 1}
	type entry struct {
		k uint32
		g uint16
		c uint16
	}
	byKey := map[uint32]*entry{}
	add := func(w string) *entry {
		k := LexKey(w)
		e := byKey[k]
		if e == nil {
			e = &entry{k: k}
			byKey[k] = e
		}
		return e
	}
	for w, g := range lex.Gaz {
		add(w).g |= g
	}
	for w, c := range lex.Clusters {
		add(w).c = c
		m.hasClusters = true
	}
	keys := make([]uint32, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	gaz := make([]uint16, len(keys))
	clu := make([]uint16, len(keys))
	for i, k := range keys {
		gaz[i] = byKey[k].g
		clu[i] = byKey[k].c
	}
	m.setLexicon(keys, gaz, clu)
	m.setFeatures(nil, nil)
	return m
}

type trainSent struct {
	feats  []int32 // feature indices of all tokens, concatenated
	offs   []int32 // token i's features are feats[offs[i]:offs[i+1]]
	gold   []int
	weight float32
	unann  uint8
}

// Train fits an averaged structured perceptron and returns the quantised
// model. It is deterministic for a given Seed.
func Train(examples []Example, lex Lexicon, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	base := NewModel(lex)
	base.wide = opt.Wide
	base.first = opt.First
	L := NumLabels
	var foldModels []*Model
	for _, fl := range opt.FoldLexicons {
		fm := NewModel(fl)
		fm.wide = opt.Wide
		foldModels = append(foldModels, fm)
	}

	// Pass 1: hashed features per token and their counts.
	hashed := make([][][]uint32, len(examples))
	counts := map[uint32]int32{}
	drop := map[uint32]bool{} // private copies of domains the model does not keep
	var toks []token
	for e, ex := range examples {
		fm := base
		if len(foldModels) > 0 {
			fm = foldModels[ex.Fold%len(foldModels)]
		}
		toks = fm.prepare(ex.Words, toks)
		first := ex.First
		if first == nil && opt.First != nil {
			first = opt.First.TagIndex(ex.Words)
		}
		per := make([][]uint32, len(ex.Words))
		inQuote := false
		for i := range toks {
			per[i] = fm.features(toks, i, inQuote, nil)
			if first != nil {
				per[i] = stackFeatures(toks, first, i, per[i])
			}
			if opt.Augment && ex.Domain > 0 {
				for _, f := range per[i] {
					g := domainFeat(f, ex.Domain)
					per[i] = append(per[i], g)
					if ex.Domain != opt.Domain {
						drop[g] = true
					}
				}
			}
			for _, f := range per[i] {
				counts[f]++
			}
			if toks[i].quote {
				inQuote = !inQuote
			}
		}
		hashed[e] = per
	}
	index := map[uint32]int32{}
	var keys []uint32
	for f, c := range counts {
		if int(c) >= opt.MinCount {
			index[f] = int32(len(keys))
			keys = append(keys, f)
		}
	}
	logf("features: %d distinct, %d kept (min count %d)\n", len(counts), len(keys), opt.MinCount)
	counts = nil
	sents := make([]trainSent, len(examples))
	for e, per := range hashed {
		s := trainSent{gold: examples[e].Labels, weight: examples[e].Weight, unann: examples[e].Unannotated, offs: make([]int32, 1, len(per)+1)}
		if s.weight == 0 {
			s.weight = 1
		}
		for _, fs := range per {
			for _, f := range fs {
				if k, ok := index[f]; ok {
					s.feats = append(s.feats, k)
				}
			}
			s.offs = append(s.offs, int32(len(s.feats)))
		}
		sents[e] = s
	}
	hashed = nil

	if opt.CRF {
		return trainCRF(base, keys, sents, drop, opt, logf)
	}
	// run is one perceptron training; several runs with different seeds
	// (Bags) are averaged, which steadies the result.
	run := func(seed int64, report bool) ([]float32, []float32) {
		nF := len(keys)
		w := make([]float32, nF*L)
		u := make([]float32, nF*L) // sum of c*delta, for averaging
		tw := make([]float32, (L+1)*L)
		tu := make([]float32, (L+1)*L)
		c := float32(1)
		order := make([]int, len(sents))
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewSource(seed))
		var emit []float32
		var back []int8
		var pred, target []int

		average := func() ([]float32, []float32) {
			aw := make([]float32, len(w))
			for i := range w {
				aw[i] = w[i] - u[i]/c
			}
			at := make([]float32, len(tw))
			for i := range tw {
				at[i] = tw[i] - tu[i]/c
			}
			return aw, at
		}

		for ep := 1; ep <= opt.Epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, total := 0, 0
			for _, si := range order {
				s := &sents[si]
				n := len(s.gold)
				if n == 0 {
					continue
				}
				if cap(emit) < n*L {
					emit = make([]float32, n*L)
					pred = make([]int, n)
				}
				emit = emit[:n*L]
				pred = pred[:n]
				clear(emit)
				for i := 0; i < n; i++ {
					row := emit[i*L : (i+1)*L]
					for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
						ws := w[int(f)*L : int(f+1)*L]
						for l := range row {
							row[l] += ws[l]
						}
					}
				}
				back = viterbi(emit, tw, n, pred, back)
				total += n
				d := s.weight
				gold := s.gold
				if s.unann != 0 {
					gold = acceptPartial(gold, pred, s.unann, &target)
				}
				for i := 0; i < n; i++ {
					g, p := gold[i], pred[i]
					if g != p {
						errs++
						for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
							w[int(f)*L+g] += d
							u[int(f)*L+g] += c * d
							w[int(f)*L+p] -= d
							u[int(f)*L+p] -= c * d
						}
					}
					gp, pp := -1, -1
					if i > 0 {
						gp, pp = gold[i-1], pred[i-1]
					}
					if g != p || gp != pp {
						tw[(gp+1)*L+g] += d
						tu[(gp+1)*L+g] += c * d
						tw[(pp+1)*L+p] -= d
						tu[(pp+1)*L+p] -= c * d
					}
				}
				c++
			}
			logf("epoch %d: token errors %d / %d\n", ep, errs, total)
			if report && opt.AfterEpoch != nil && ep < opt.Epochs {
				aw, at := average()
				opt.AfterEpoch(ep, finish(base, keys, aw, at, opt.Prune, drop, opt.Domain))
			}
		}
		aw, at := average()
		return aw, at
	}
	bags := max(1, opt.Bags)
	aw, at := run(opt.Seed, bags == 1)
	for b := 1; b < bags; b++ {
		bw, bt := run(opt.Seed+int64(b), false)
		for i := range aw {
			aw[i] += bw[i]
		}
		for i := range at {
			at[i] += bt[i]
		}
	}
	for i := range aw {
		aw[i] /= float32(bags)
	}
	for i := range at {
		at[i] /= float32(bags)
	}
	m := finish(base, keys, aw, at, opt.Prune, drop, opt.Domain)
	logf("model: %d features after pruning\n", m.NumFeatures())
	if opt.AfterEpoch != nil {
		opt.AfterEpoch(opt.Epochs, m)
	}
	return m
}

// acceptPartial returns gold with every predicted span of an unannotated
// type that lies wholly on gold O words copied in, so a corpus without (say)
// MISC annotation neither rewards nor punishes MISC predictions.
func acceptPartial(gold, pred []int, unann uint8, buf *[]int) []int {
	t := append((*buf)[:0], gold...)
	*buf = t
	for i := 0; i < len(pred); {
		b := pred[i]
		if b == 0 || isInside(b) || unann&(1<<((b-1)/2)) == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(pred) && pred[j] == b+1 {
			j++
		}
		ok := true
		for k := i; k < j; k++ {
			if gold[k] != 0 {
				ok = false
			}
		}
		// The word after the span must not continue a gold entity that the
		// span would cut off (it cannot: gold[j] would be I-X after O).
		if ok {
			copy(t[i:j], pred[i:j])
		}
		i = j
	}
	return t
}

// finish prunes and quantises averaged weights into a Model that shares the
// lexicon of base.
func finish(base *Model, keys []uint32, w, trans []float32, prune float32, drop map[uint32]bool, domain int) *Model {
	L := NumLabels
	type kept struct {
		key uint32
		idx int
	}
	var ks []kept
	var mags []float64
	for i, k := range keys {
		mx := float32(0)
		for _, v := range w[i*L : (i+1)*L] {
			if a := float32(math.Abs(float64(v))); a > mx {
				mx = a
			}
		}
		if mx > prune && mx > 0 && !drop[k] {
			ks = append(ks, kept{k, i})
			for _, v := range w[i*L : (i+1)*L] {
				if v != 0 {
					mags = append(mags, math.Abs(float64(v)))
				}
			}
		}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	// Scale so that the largest weight maps to the int16 range; with 16 bits
	// both the rare large weights and the many small ones survive (8 bits
	// cost 2-4 F1 points either way).
	scale := float32(1)
	if len(mags) > 0 {
		sort.Float64s(mags)
		scale = float32(mags[len(mags)-1] / 32767)
		if scale == 0 {
			scale = 1
		}
	}
	m := &Model{
		scale:       scale,
		lex:         base.lex,
		clusters:    base.clusters,
		hasClusters: base.hasClusters,
		wide:        base.wide,
		first:       base.first,
		domain:      domain,
		trans:       make([]int32, len(trans)),
	}
	fk := make([]uint32, len(ks))
	fw := make([]int16, len(ks)*L)
	for j, k := range ks {
		fk[j] = k.key
		for l := 0; l < L; l++ {
			q := math.Round(float64(w[k.idx*L+l] / scale))
			fw[j*L+l] = int16(max(-32767, min(32767, q)))
		}
	}
	m.setFeatures(fk, fw)
	for i, t := range trans {
		m.trans[i] = int32(math.Round(float64(t / scale)))
	}
	return m
}
