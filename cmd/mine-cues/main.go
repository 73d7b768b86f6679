// Command mine-cues counts the cue words of annotated speech events in the SpkAtt 2023
// training split (German Wikinews, CC BY-NC-SA: read for statistics only, nothing is copied)
// and checks them against the quotes analyzer's cue lexicon. It prints one line per cue word
// form: count, form, and the lexicon lemmas or MISSING, most frequent first, then the share of
// cue-word occurrences the lexicon covers. Use it to find speech verbs worth adding to
// internal/quotes/cues.txt; never point it at a test split.
//
//	go run ./cmd/mine-cues [-data DIR] [-min N]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"artikel/internal/quotes"
)

func main() {
	data := flag.String("data", "../shared/data/quotes/spkatt2023_task2_news_wikinews/train", "folder of SpkAtt task-2 JSON files (a training split)")
	minCount := flag.Int("min", 2, "list forms seen at least this often")
	flag.Parse()
	if strings.Contains(filepath.Clean(*data), "test") {
		fmt.Fprintln(os.Stderr, "mine-cues: refusing a test split; mine from training data only")
		os.Exit(2)
	}
	counts, err := mine(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mine-cues:", err)
		os.Exit(1)
	}
	forms := make([]string, 0, len(counts))
	total, covered := 0, 0
	for f, n := range counts {
		forms = append(forms, f)
		total += n
		if len(quotes.CueLemmas(f)) > 0 {
			covered += n
		}
	}
	sort.Slice(forms, func(i, j int) bool {
		if counts[forms[i]] != counts[forms[j]] {
			return counts[forms[i]] > counts[forms[j]]
		}
		return forms[i] < forms[j]
	})
	for _, f := range forms {
		if counts[f] < *minCount {
			continue
		}
		lemmas := quotes.CueLemmas(f)
		l := "MISSING"
		if len(lemmas) > 0 {
			l = strings.Join(lemmas, ", ")
		}
		fmt.Printf("%d\t%s\t%s\n", counts[f], f, l)
	}
	if total > 0 {
		fmt.Printf("# %d lexicon lemmas; cue-word occurrences covered: %d/%d (%.1f%%)\n",
			quotes.CueLemmaCount(), covered, total, 100*float64(covered)/float64(total))
	}
}

// mine counts lower-case cue tokens (verbs and particles; capitalised nouns and function words
// such as "laut" are handled by rules, not the lexicon) over all speech events.
func mine(dir string) (map[string]int, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no JSON files in %s", dir)
	}
	rules := map[string]bool{"laut": true, "nach": true, "zufolge": true, "so": true, "demnach": true,
		"wonach": true, "gemäß": true, "wie": true, "es": true, "sich": true, "mit": true, "an": true, "aus": true,
		"vor": true, "zu": true, "hin": true, "ab": true, "ein": true, "auf": true, "fest": true, "bekannt": true}
	// auxiliaries, articles and pronominal adverbs inside multi-word cues are not speech verbs
	for _, w := range strings.Fields(`hat hatte hatten haben habe ist war waren sind sei wird wurde wurden werden worden
		als davon die der den dem das des darauf dazu von für damit darüber hervor dafür daran über um sich ließ lässt`) {
		rules[w] = true
	}
	counts := map[string]int{}
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var d struct {
			Sentences []struct {
				Tokens []string `json:"Tokens"`
			} `json:"Sentences"`
			Annotations []struct {
				Cue []string `json:"Cue"`
			} `json:"Annotations"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		for _, an := range d.Annotations {
			for _, id := range an.Cue {
				s, t, ok := strings.Cut(id, ":")
				if !ok {
					continue
				}
				si, err1 := strconv.Atoi(s)
				ti, err2 := strconv.Atoi(t)
				if err1 != nil || err2 != nil || si < 0 || si >= len(d.Sentences) || ti < 0 || ti >= len(d.Sentences[si].Tokens) {
					continue
				}
				w := d.Sentences[si].Tokens[ti]
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsLower(r) || rules[w] {
					continue
				}
				counts[w]++
			}
		}
	}
	return counts, nil
}
