package keywords

import "fmt"

// The keyword_stuffing rule, calibrated on 998 German Wikinews articles (see README.md): a phrase
// of at least stuffMinWords words recurs verbatim (ignoring case) in at least stuffMinParagraphs
// paragraphs and in at least stuffMinShare of the body paragraphs. Real news repeats names and
// short noun phrases, but not the same long phrase across most of its paragraphs; density alone
// is not used because many honest articles have one dominant word above 3 %.
//
// Short copy (a landing page of 100–300 words) has too few paragraphs for that rule, so a second
// path flags a phrase of at least stuffMinWords words repeated verbatim at least stuffShortCount
// times, in at least two paragraphs, whose adjusted density (Yoast's length factor applied to its
// content words) is at least stuffShortDensity: twice the upper bound of Yoast's "over" band. On
// the news articles no phrase comes near it (see README.md).
const (
	stuffMinWords      = 3
	stuffMinParagraphs = 6
	stuffMinShare      = 0.5
	stuffShortCount    = 4
	stuffShortDensity  = 2 * maxOver
)

// stuffing returns the keyword_stuffing warning for the most widely spread qualifying phrase.
func (t *text) stuffing(phrases []phrase) (Warning, bool) {
	body := t.bodyParagraphs
	if body == 0 {
		// No paragraph classified as body: judge against every paragraph of the analysed text
		// (words are in text order, so each paragraph's words follow each other).
		last := int32(-1)
		for _, w := range t.words {
			if p := t.para(w); p != last {
				body++
				last = p
			}
		}
	}
	var best *phrase
	for i := range phrases {
		p := &phrases[i]
		if p.length < stuffMinWords || p.exactParagraphs < stuffMinParagraphs ||
			float64(p.exactParagraphs) < stuffMinShare*float64(body) {
			continue
		}
		if best == nil || p.exactParagraphs > best.exactParagraphs {
			best = p
		}
	}
	if best == nil {
		return t.denseStuffing(phrases)
	}
	return Warning{
		Code: "keyword_stuffing",
		Message: fmt.Sprintf("the %d-word phrase %q is repeated verbatim %d times in %d of %d body paragraphs",
			best.length, best.surface, best.exactCount, best.exactParagraphs, body),
		Phrase:         best.surface,
		Count:          best.exactCount,
		Paragraphs:     best.exactParagraphs,
		BodyParagraphs: body,
	}, true
}

// denseStuffing is the second path: a long phrase repeated verbatim far above the density band.
func (t *text) denseStuffing(phrases []phrase) (Warning, bool) {
	if t.nWords == 0 {
		return Warning{}, false
	}
	var best *phrase
	bestDensity := 0.0
	for i := range phrases {
		p := &phrases[i]
		if p.length < stuffMinWords || p.exactCount < stuffShortCount || p.exactParagraphs < 2 {
			continue
		}
		d := float64(p.exactCount) * 100 / float64(t.nWords) * lengthFactor(p.contentWords)
		if d >= stuffShortDensity && d > bestDensity {
			best, bestDensity = p, d
		}
	}
	if best == nil {
		return Warning{}, false
	}
	return Warning{
		Code: "keyword_stuffing",
		Message: fmt.Sprintf("the %d-word phrase %q is repeated verbatim %d times in %d words (adjusted density %.1f %%, far above the %.0f %% of Yoast's \"way over\" band)",
			best.length, best.surface, best.exactCount, t.nWords, bestDensity, maxOver),
		Phrase:     best.surface,
		Count:      best.exactCount,
		Paragraphs: best.exactParagraphs,
	}, true
}
