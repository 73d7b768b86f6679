package ner

import (
	"math"
	"math/rand"
)

// trainCRF fits a linear-chain CRF by stochastic gradient descent with L2
// regularisation (Bottou's scaled-weight trick, so each step costs only the
// features of one sentence). Sentences with unannotated types are trained on
// the partial-label likelihood: the expected features over all label paths
// that agree with the annotation, minus those over all paths.
func trainCRF(base *Model, keys []uint32, sents []trainSent, drop map[uint32]bool, opt TrainOptions, logf func(string, ...any)) *Model {
	L := NumLabels
	nF := len(keys)
	v := make([]float64, nF*L) // weights are scale*v
	tv := make([]float64, (L+1)*L)
	scale := 1.0
	lambda := opt.L2
	eta0 := opt.Eta
	if eta0 == 0 {
		eta0 = 0.1
	}
	total := 0
	for _, s := range sents {
		total += len(s.gold)
	}
	lambdaT := lambda / float64(len(sents))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	var emit, alpha, beta, alphaC, betaC, marg, margC []float64
	var allow []bool
	var sumW, sumT []float32
	nSum := 0
	var tg []float64
	t := 0.0
	snapshot := func() ([]float32, []float32) {
		w := make([]float32, len(v))
		for i := range v {
			w[i] = float32(v[i] * scale)
		}
		tw := make([]float32, len(tv))
		for i := range tv {
			tw[i] = float32(tv[i])
		}
		return w, tw
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ll := 0.0
		for _, si := range order {
			s := &sents[si]
			n := len(s.gold)
			if n == 0 {
				continue
			}
			eta := eta0 / (1 + eta0*lambdaT*t)
			t++
			emit = grow(emit, n*L)
			for i := 0; i < n; i++ {
				row := emit[i*L : (i+1)*L]
				clear(row)
				for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
					ws := v[int(f)*L : int(f+1)*L]
					for l := range row {
						row[l] += ws[l]
					}
				}
				for l := range row {
					row[l] *= scale
				}
			}
			// Labels the annotation allows at each word.
			allow = growB(allow, n*L)
			for i := 0; i < n; i++ {
				g := s.gold[i]
				for l := 0; l < L; l++ {
					ok := l == g
					if !ok && g == 0 && l > 0 && s.unann&(1<<((l-1)/2)) != 0 {
						ok = true
					}
					allow[i*L+l] = ok
				}
			}
			alpha, beta, marg = grow(alpha, n*L), grow(beta, n*L), grow(marg, n*L)
			alphaC, betaC, margC = grow(alphaC, n*L), grow(betaC, n*L), grow(margC, n*L)
			logZ := forwardBackward(emit, tv, n, nil, alpha, beta, marg)
			logZC := forwardBackward(emit, tv, n, allow, alphaC, betaC, margC)
			if math.IsInf(logZC, -1) || math.IsNaN(logZ) {
				continue
			}
			ll += (logZC - logZ) * float64(s.weight)
			// Regularisation shrinks all weights at once.
			scale *= 1 - eta*lambdaT
			if scale < 1e-9 {
				for i := range v {
					v[i] *= scale
				}
				scale = 1
			}
			step := eta * float64(s.weight)
			for i := 0; i < n; i++ {
				for l := 0; l < L; l++ {
					d := margC[i*L+l] - marg[i*L+l]
					if d == 0 {
						continue
					}
					g := step * d / scale
					for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
						v[int(f)*L+l] += g
					}
				}
			}
			// Transition expectations (gathered first: both passes must
			// see the same transition weights).
			tg = grow(tg, len(tv))
			clear(tg)
			edgeExpect(emit, tv, n, nil, alpha, beta, logZ, -step, tg)
			edgeExpect(emit, tv, n, allow, alphaC, betaC, logZC, step, tg)
			for i := range tv {
				tv[i] += tg[i]
			}
		}
		logf("epoch %d: weighted log-likelihood %.1f\n", ep, ll)
		// The weights of the later epochs are averaged: SGD iterates jump
		// around the optimum, their mean does not.
		if 2*ep > opt.Epochs {
			w, tw := snapshot()
			if sumW == nil {
				sumW, sumT = make([]float32, len(w)), make([]float32, len(tw))
			}
			for i := range w {
				sumW[i] += w[i]
			}
			for i := range tw {
				sumT[i] += tw[i]
			}
			nSum++
		}
		if opt.AfterEpoch != nil && ep < opt.Epochs {
			w, tw := snapshot()
			opt.AfterEpoch(ep, finish(base, keys, w, tw, opt.Prune, drop, opt.Domain))
		}
	}
	w, tw := sumW, sumT
	for i := range w {
		w[i] /= float32(nSum)
	}
	for i := range tw {
		tw[i] /= float32(nSum)
	}
	m := finish(base, keys, w, tw, opt.Prune, drop, opt.Domain)
	logf("model: %d features after pruning\n", m.NumFeatures())
	if opt.AfterEpoch != nil {
		opt.AfterEpoch(opt.Epochs, m)
	}
	return m
}

func grow(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

func growB(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	return b[:n]
}

func logAdd(a, b float64) float64 {
	if math.IsInf(a, -1) {
		return b
	}
	if math.IsInf(b, -1) {
		return a
	}
	if a > b {
		return a + math.Log1p(math.Exp(b-a))
	}
	return b + math.Log1p(math.Exp(a-b))
}

// ok reports whether label l may stand at word i (BIO start rule and the
// optional annotation mask).
func okAt(allow []bool, i, l int) bool { return allow == nil || allow[i*NumLabels+l] }

// forwardBackward computes log-space forward/backward tables and node
// marginals; it returns log Z over the paths allowed by the mask.
func forwardBackward(emit, trans []float64, n int, allow []bool, alpha, beta, marg []float64) float64 {
	L := NumLabels
	ninf := math.Inf(-1)
	for l := 0; l < L; l++ {
		alpha[l] = ninf
		if allowed(-1, l) && okAt(allow, 0, l) {
			alpha[l] = emit[l] + trans[l]
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < L; l++ {
			a := ninf
			if okAt(allow, i, l) {
				for p := 0; p < L; p++ {
					if allowed(p, l) && !math.IsInf(alpha[(i-1)*L+p], -1) {
						a = logAdd(a, alpha[(i-1)*L+p]+trans[(p+1)*L+l])
					}
				}
				if !math.IsInf(a, -1) {
					a += emit[i*L+l]
				}
			}
			alpha[i*L+l] = a
		}
	}
	logZ := ninf
	for l := 0; l < L; l++ {
		logZ = logAdd(logZ, alpha[(n-1)*L+l])
		beta[(n-1)*L+l] = 0
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < L; p++ {
			b := ninf
			for l := 0; l < L; l++ {
				if allowed(p, l) && okAt(allow, i+1, l) && !math.IsInf(beta[(i+1)*L+l], -1) {
					b = logAdd(b, trans[(p+1)*L+l]+emit[(i+1)*L+l]+beta[(i+1)*L+l])
				}
			}
			beta[i*L+p] = b
		}
	}
	for i := 0; i < n*L; i++ {
		if math.IsInf(alpha[i], -1) || math.IsInf(beta[i], -1) || math.IsInf(logZ, -1) {
			marg[i] = 0
		} else {
			marg[i] = math.Exp(alpha[i] + beta[i] - logZ)
		}
	}
	return logZ
}

// edgeExpect adds step * the expected transition counts to out.
func edgeExpect(emit, trans []float64, n int, allow []bool, alpha, beta []float64, logZ, step float64, out []float64) {
	L := NumLabels
	if math.IsInf(logZ, -1) {
		return
	}
	for l := 0; l < L; l++ {
		if !math.IsInf(alpha[l], -1) && !math.IsInf(beta[l], -1) {
			out[l] += step * math.Exp(alpha[l]+beta[l]-logZ)
		}
	}
	for i := 1; i < n; i++ {
		for p := 0; p < L; p++ {
			ap := alpha[(i-1)*L+p]
			if math.IsInf(ap, -1) {
				continue
			}
			for l := 0; l < L; l++ {
				if !allowed(p, l) || !okAt(allow, i, l) {
					continue
				}
				bl := beta[i*L+l]
				if math.IsInf(bl, -1) {
					continue
				}
				out[(p+1)*L+l] += step * math.Exp(ap+trans[(p+1)*L+l]+emit[i*L+l]+bl-logZ)
			}
		}
	}
}
