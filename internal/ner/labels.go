// Package ner is a German named-entity tagger: an averaged structured
// perceptron over BIO labels with first-order Viterbi decoding. Features are
// hashed to 32 bits so the model is a sorted key table plus int16 weights that
// can be embedded and decoded in a few milliseconds.
package ner

import "strings"

// Types are the entity types the tagger predicts (GermEval OTH is MISC).
var Types = []string{"PER", "LOC", "ORG", "MISC"}

// Labels is the fixed label inventory: O, then B-/I- for each type.
// Label 2k+1 is B-Types[k] and 2k+2 is I-Types[k].
var Labels = func() []string {
	l := []string{"O"}
	for _, t := range Types {
		l = append(l, "B-"+t, "I-"+t)
	}
	return l
}()

// NumLabels is len(Labels).
var NumLabels = len(Labels)

// LabelIndex returns the index of a BIO label, or 0 (O) if it is unknown.
func LabelIndex(label string) int {
	for i, l := range Labels {
		if l == label {
			return i
		}
	}
	return 0
}

func isInside(l int) bool { return l > 0 && l%2 == 0 }

// allowed reports whether label cur may follow label prev under BIO; prev -1
// is the sentence start. I-X may only continue B-X or I-X.
func allowed(prev, cur int) bool {
	if !isInside(cur) {
		return true
	}
	return prev == cur || prev == cur-1
}

// Span is an entity over word indices [Start, End).
type Span struct {
	Start, End int
	Type       string
}

// Spans turns BIO labels into spans. An I-X that does not continue an X
// starts a new span (the lenient CoNLL reading), so malformed input still
// yields well-formed spans.
func Spans(labels []string) []Span {
	spans := []Span{}
	cur := -1
	for i, lab := range labels {
		typ := ""
		begin := false
		switch {
		case strings.HasPrefix(lab, "B-"):
			typ, begin = lab[2:], true
		case strings.HasPrefix(lab, "I-"):
			typ = lab[2:]
			begin = cur < 0 || spans[cur].Type != typ
		}
		if typ == "" {
			cur = -1
			continue
		}
		if begin {
			spans = append(spans, Span{Start: i, End: i + 1, Type: typ})
			cur = len(spans) - 1
			continue
		}
		spans[cur].End = i + 1
	}
	return spans
}
