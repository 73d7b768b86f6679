package langid

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// Thresholds on the share of a sample's words that are common words of the
// best-fitting candidate (see commonWords), set on the shared Wikinews
// articles, where it is at least 0.11 in German, 0.13 in English and 0.25
// in French, and 0.19 or more in 99 % of them.
const (
	// wideFit: below it the text may be in a language outside the
	// candidates, so lingua also compares the languages its letters
	// suggest.
	wideFit = 0.10
	// minFit: below it a candidate lingua picks is reported unreliable:
	// the text does not read like that language.
	minFit = 0.05
	// minFitWords: shorter samples say too little about common words.
	minFitWords = 8
	// minHint: letters no candidate uses must occur this often before
	// their languages are compared (one foreign name is not enough).
	minHint = 2
)

// profile is what a sample's letters and words say before lingua is asked.
type profile struct {
	words   int
	fit     map[lingua.Language]float64
	compare []lingua.Language // the languages lingua compares
	preload bool              // false when lingua's alphabet rules decide alone
	// favourite is the candidate whose common words fit the sample best
	// (hasFavourite false when none fits at all).
	favourite    lingua.Language
	hasFavourite bool
}

func (p *profile) add(l lingua.Language) {
	if !slices.Contains(p.compare, l) {
		p.compare = append(p.compare, l)
	}
}

// unlike reports whether the sample reads too little like l, a candidate
// with a word list, to trust a detection of l.
func (p *profile) unlike(l lingua.Language) bool {
	f, listed := p.fit[l]
	return listed && p.words >= minFitWords && f < minFit
}

func (d *Detector) profile(sample string) profile {
	p := profile{fit: map[lingua.Language]float64{}, preload: true}
	// Letters by script, and the letters beyond a–z.
	latin, other := 0, 0
	byScript := make([]int, len(scriptLanguages))
	letters := map[rune]int{}
	for _, r := range sample {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			latin++
			r = unicode.ToLower(r)
			if _, ok := letterLanguages[r]; ok {
				letters[r]++
			}
			continue
		}
		found := false
		for i, s := range scriptLanguages {
			if s.inside(r) {
				byScript[i]++
				found = true
				break
			}
		}
		if !found {
			other++
		}
	}
	if latin+other == 0 && slices.Max(byScript) == 0 {
		return p
	}

	if best := slices.Index(byScript, slices.Max(byScript)); byScript[best] > latin {
		if other > byScript[best] {
			return p // a script lingua knows no language of
		}
		langs := scriptLanguages[best].langs
		p.compare = slices.Clone(langs)
		if len(langs) == 1 {
			// lingua tells a one-language script by its alphabet, without
			// models; it still wants a second language to choose from.
			p.compare = append(p.compare, d.langs[0])
			p.preload = false
		}
		return p
	}
	if other > latin {
		return p
	}

	// Common words of each candidate.
	// A word shared by k lists scores 1/k for each: "de" says little about
	// Dutch against French, Spanish and Portuguese.
	hits := map[lingua.Language]int{}
	score := map[lingua.Language]float64{}
	for w := range strings.FieldsFuncSeq(strings.ToLower(sample), func(r rune) bool { return !unicode.IsLetter(r) }) {
		p.words++
		for _, l := range d.words[w] {
			hits[l]++
			score[l] += 1 / float64(len(d.words[w]))
		}
	}
	var listed, unlisted []lingua.Language
	for _, l := range d.langs {
		switch {
		case commonWords[l] != nil:
			listed = append(listed, l)
			if p.words > 0 {
				p.fit[l] = float64(hits[l]) / float64(p.words)
			}
		case latinScript(l):
			unlisted = append(unlisted, l)
		}
	}
	slices.SortStableFunc(listed, func(a, b lingua.Language) int { return cmp.Compare(score[b], score[a]) })
	best, top := 0.0, 0.0
	for _, l := range listed {
		best = max(best, p.fit[l])
	}
	if len(listed) > 0 {
		top = score[listed[0]]
		p.favourite, p.hasFavourite = listed[0], top > 0
	}
	for i, l := range listed {
		if i == 0 || (top > 0 && score[l] >= top/2) {
			p.add(l)
		}
	}
	if len(listed) > 1 && len(p.compare) == 1 {
		// No other candidate fits nearly as well: lingua compares the
		// favourite with the first other candidate of the user's list rather
		// than with whichever shares a few words with the sample, so that a
		// batch in one language loads two models, not those of every
		// runner-up.
		for _, l := range d.langs {
			if l != listed[0] && commonWords[l] != nil {
				p.add(l)
				break
			}
		}
	}
	for _, l := range unlisted {
		p.add(l)
	}
	// Close relatives lingua knows that share a candidate's common words
	// and letters: only lingua tells them apart.
	// Only for candidates that fit on their own merit, not the runner-up
	// every text gets.
	for _, l := range listed {
		if top == 0 || score[l] < top/2 {
			break
		}
		for _, r := range relatives[l] {
			if !slices.Contains(d.langs, r) {
				p.add(r)
			}
		}
	}

	// Languages outside the candidates that the text may be in.
	var suspects []lingua.Language
	candidate := func(l lingua.Language) bool { return slices.Contains(d.langs, l) }
	foreign := 0
	for r, n := range letters {
		if !slices.ContainsFunc(letterLanguages[r], candidate) {
			foreign += n
		}
	}
	if foreign >= minHint {
		for r := range letters {
			if !slices.ContainsFunc(letterLanguages[r], candidate) {
				suspects = append(suspects, letterLanguages[r]...)
			}
		}
	}
	if p.words >= minFitWords && best < wideFit {
		if len(letters) == 0 {
			suspects = append(suspects, plainLatin...)
		} else {
			// The languages that use the most of the letters present.
			uses := map[lingua.Language]int{}
			most := 0
			for r := range letters {
				for _, l := range letterLanguages[r] {
					uses[l]++
					most = max(most, uses[l])
				}
			}
			for l, n := range uses {
				if n == most {
					suspects = append(suspects, l)
				}
			}
		}
	}
	for _, l := range suspects {
		if !candidate(l) {
			p.add(l)
		}
	}
	for _, l := range d.langs {
		if len(p.compare) >= 2 {
			break
		}
		p.add(l)
	}
	return p
}

// relatives are languages close enough to a candidate with a word list to
// fit its common words.
var relatives = map[lingua.Language][]lingua.Language{
	lingua.Dutch:   {lingua.Afrikaans},
	lingua.Spanish: {lingua.Catalan},
	lingua.French:  {lingua.Catalan},
}

// latinScript reports whether lingua writes l in the Latin script.
func latinScript(l lingua.Language) bool {
	for _, s := range scriptLanguages {
		if slices.Contains(s.langs, l) {
			return false
		}
	}
	return true
}
