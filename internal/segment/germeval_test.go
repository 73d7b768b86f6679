package segment

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// detokenize joins GermEval tokens back into running text: no space before
// closing punctuation, none after opening brackets; '"' alternates.
func detokenize(toks []string) string {
	var b strings.Builder
	open := false
	glue := true
	for _, t := range toks {
		space := !glue
		glue = false
		switch t {
		case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "“", "«", "...", "…":
			space = false
		case "(", "[", "{", "„", "»":
			glue = true
		case "\"":
			if open {
				space = false
			} else {
				glue = true
			}
			open = !open
		}
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

func readGermEval(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Skip("GermEval 2014 data not available")
	}
	defer f.Close()
	var sents, cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#"):
		case l == "":
			if len(cur) > 0 {
				sents = append(sents, detokenize(cur))
			}
			cur = nil
		default:
			if p := strings.Split(l, "\t"); len(p) > 1 {
				cur = append(cur, p[1])
			}
		}
	}
	return sents
}

// TestGermEvalPairs is a larger, synthetic check on real German sentences
// (GermEval 2014 NER test split: news and Wikipedia, CC BY 4.0, read only
// when the shared data is present). Two consecutive sentences that each stay
// one sentence on their own are joined with a space; the splitter must cut
// exactly at the join. The sentences come from different documents, and
// some were cut wrongly upstream ("… (z." ), so 100% is not reachable.
func TestGermEvalPairs(t *testing.T) {
	p := sharedPath("data/germeval2014/NER-de-test.tsv")
	if p == "" {
		t.Skip("GermEval 2014 data not available")
	}
	sents := readGermEval(t, p)
	single := make([]bool, len(sents))
	ones := 0
	for i, s := range sents {
		single[i] = len(sentenceTexts(s, "de")) == 1
		if single[i] {
			ones++
		}
	}
	pairs, ok := 0, 0
	for i := 0; i+1 < len(sents); i++ {
		a, b := sents[i], sents[i+1]
		if !single[i] || !single[i+1] {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(a, "\"“)»«"))
		fr, _ := utf8.DecodeRuneInString(strings.TrimLeft(b, "\"„(»"))
		if !(r == '.' || r == '!' || r == '?') || !(unicode.IsUpper(fr) || unicode.IsDigit(fr)) {
			continue
		}
		pairs++
		if g := sentenceTexts(a+" "+b, "de"); len(g) == 2 && g[0] == a && g[1] == b {
			ok++
		} else if testing.Verbose() {
			t.Logf("JOIN %q", g)
		}
	}
	score := 100 * float64(ok) / float64(pairs)
	t.Logf("GermEval test: %d/%d sentences stay whole (%.2f%%); %d/%d joined pairs split exactly (%.2f%%)",
		ones, len(sents), 100*float64(ones)/float64(len(sents)), ok, pairs, score)
	if score < 99.58 {
		t.Errorf("pair score %.2f%% below the recorded 99.58%%", score)
	}
}
