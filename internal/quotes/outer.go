package quotes

// outerReach bounds how far from the cue outerSources looks for a source
// phrase, in tokens.
const outerReach = 30

// outerSources gives a quotation whose cue verb has a subject to the source phrase of the same
// sentence instead, when one stands outside the quoted words: "„…“, sagte der Trainer laut
// Vereinsangaben", "Die Ärztin geht laut dem Bericht davon aus, dass …". The writer cites the
// source, not the speaker, and the reference annotation marks that source as the speaker.
func (a *analyzer) outerSources() {
	for k := range a.out {
		f := &a.out[k]
		if !f.speaker.ok() || !f.cue.ok() || f.inherited || f.claim {
			continue
		}
		c := a.tokenAt(f.cue.s)
		if c >= len(a.d.Tokens) || isCap(a.tok(c)) || !isCueWord(a.low.at(c)) {
			continue // only a cue verb names a subject the source can stand above
		}
		st := a.d.Sentences[a.d.Tokens[c].Sentence]
		// The source stands in the cue's clause: near it. Bounded, so that a
		// "sentence" of thousands of quotations (no full stop anywhere) is
		// not read once per quotation.
		first, end := max(int(st.FirstToken), c-outerReach), min(int(st.EndToken), c+outerReach)
		for i := first; i < end; i++ {
			if a.inQuote[i] >= 0 {
				continue
			}
			l := a.low.at(i)
			ns, ne := 0, 0
			switch {
			case (l == "laut" || l == "gemäß") && i+1 < end && a.tok(i+1) != "," && (isWordLike(a.tok(i+1)) || isMarkTok(a.tok(i+1))):
				ns, ne = a.sourcePhrase(i+1, end)
			case l == "zufolge":
				ns, ne = a.npBackward(i, first)
			default:
				continue
			}
			if ne <= ns {
				continue
			}
			if sp := a.tokenAt(f.speaker.e); ns < sp && sp < ne && a.tokenAt(f.speaker.s) >= ns {
				ns = sp // the phrase ran back into the subject: "sagte der Wirt zwei Gästen zufolge"
			}
			src := a.bytes(ns, ne)
			lo, hi := min(src.s, int(a.d.Tokens[i].Start)), max(src.e, int(a.d.Tokens[i].End))
			if lo < f.content.e && f.content.s < hi || src.s < f.speaker.e && f.speaker.s < src.e {
				continue // inside the reported words, or the speaker itself
			}
			f.speaker, f.cue, f.role = src, a.bytes(i, i+1), ""
			break
		}
	}
}
