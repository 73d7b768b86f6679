package main

import (
	"math"
	"sort"
)

// exchangeClusters groups words into k classes by the exchange algorithm
// (Kneser & Ney 1993; Martin, Liermann & Ney 1998): each word moves to the
// class that most increases the likelihood of a class bigram model,
// sum N(c1,c2) log N(c1,c2) - 2 sum N(c) log N(c). Words seen fewer than
// minCount times are left out. Deterministic: ties keep the lower class.
func exchangeClusters(sents [][]string, k, minCount, passes int) map[string]uint16 {
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if freq[vocab[i]] != freq[vocab[j]] {
			return freq[vocab[i]] > freq[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	V := len(vocab)
	// Word bigram contexts; rare words share one boundary id V.
	type ctx struct {
		w int32
		n float64
	}
	right := make([]map[int32]float64, V+1)
	left := make([]map[int32]float64, V+1)
	for i := range right {
		right[i] = map[int32]float64{}
		left[i] = map[int32]float64{}
	}
	count := make([]float64, V+1)
	get := func(w string) int32 {
		if i, ok := id[w]; ok {
			return i
		}
		return int32(V)
	}
	for _, s := range sents {
		prev := int32(V)
		for _, w := range s {
			cur := get(w)
			count[cur]++
			if prev != cur {
				right[prev][cur]++
				left[cur][prev]++
			}
			prev = cur
		}
		if prev != int32(V) {
			right[prev][int32(V)]++
			left[int32(V)][prev]++
		}
	}
	flat := func(m map[int32]float64) []ctx {
		out := make([]ctx, 0, len(m))
		for w, n := range m {
			out = append(out, ctx{w, n})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].w < out[j].w })
		return out
	}
	R := make([][]ctx, V+1)
	Lc := make([][]ctx, V+1)
	for i := range R {
		R[i], Lc[i] = flat(right[i]), flat(left[i])
	}
	right, left = nil, nil

	// Class k is reserved for the rare-word boundary id.
	C := k + 1
	cls := make([]int, V+1)
	for i := 0; i < V; i++ {
		cls[i] = i % k
	}
	cls[V] = k
	M := make([]float64, C*C)
	N := make([]float64, C)
	for w := 0; w <= V; w++ {
		N[cls[w]] += count[w]
		for _, c := range R[w] {
			M[cls[w]*C+cls[c.w]] += c.n
		}
	}
	f := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	nR := make([]float64, C)
	nL := make([]float64, C)
	var touchedR, touchedL []int
	for pass := 0; pass < passes; pass++ {
		moved := 0
		for w := 0; w < V; w++ {
			a := cls[w]
			touchedR, touchedL = touchedR[:0], touchedL[:0]
			for _, c := range R[w] {
				cc := cls[c.w]
				if nR[cc] == 0 {
					touchedR = append(touchedR, cc)
				}
				nR[cc] += c.n
			}
			for _, c := range Lc[w] {
				cc := cls[c.w]
				if nL[cc] == 0 {
					touchedL = append(touchedL, cc)
				}
				nL[cc] += c.n
			}
			// Take w out of its class.
			for _, cc := range touchedR {
				M[a*C+cc] -= nR[cc]
			}
			for _, cc := range touchedL {
				M[cc*C+a] -= nL[cc]
			}
			N[a] -= count[w]
			best, arg := math.Inf(-1), a
			for b := 0; b < k; b++ {
				d := -2 * (f(N[b]+count[w]) - f(N[b]))
				for _, cc := range touchedR {
					x := M[b*C+cc]
					d += f(x+nR[cc]) - f(x)
				}
				for _, cc := range touchedL {
					x := M[cc*C+b]
					d += f(x+nL[cc]) - f(x)
				}
				if d > best+1e-9 {
					best, arg = d, b
				}
			}
			if arg != a {
				moved++
			}
			cls[w] = arg
			for _, cc := range touchedR {
				M[arg*C+cc] += nR[cc]
				nR[cc] = 0
			}
			for _, cc := range touchedL {
				M[cc*C+arg] += nL[cc]
				nL[cc] = 0
			}
			N[arg] += count[w]
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]uint16, V)
	for i, w := range vocab {
		out[w] = uint16(cls[i] + 1)
	}
	return out
}
