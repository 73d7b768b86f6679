package quotes

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"artikel/internal/document"
	"artikel/internal/shareddata"
)

// The evaluation reproduces the reference scorer `score quotes` (Direct+Indirect top-level gold,
// character-set overlap >= 0.5 after trimming marks, speaker correct = any overlap) on the
// reference data, which is CC BY-NC-SA and therefore only read from ../shared, never copied.
// It skips when the data is absent (a user's clone).

type goldQuote struct {
	typ     string
	nested  bool
	chars   map[int]bool
	speaker map[int]bool
	text    string
}

type evalDoc struct {
	id   string
	text string
	gold []goldQuote
}

const scorerMarks = "„“”\"»«‚‘’‹›'"

func charSet(text []rune, spans [][2]int) map[int]bool {
	out := map[int]bool{}
	for _, sp := range spans {
		s, e := sp[0], sp[1]
		if e > len(text) {
			e = len(text)
		}
		for s < e && (unicode.IsSpace(text[s]) || strings.ContainsRune(scorerMarks, text[s])) {
			s++
		}
		for e > s && (unicode.IsSpace(text[e-1]) || strings.ContainsRune(scorerMarks+".,;:", text[e-1])) {
			e--
		}
		for i := s; i < e; i++ {
			out[i] = true
		}
	}
	return out
}

func loadWikinews(t testing.TB, split string) []evalDoc {
	dir := shareddata.Require(t, "data/quotes/german_news_quotes_2024_wikinews/"+split)
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(names) == 0 {
		t.Skip("reference data absent: no JSON files in " + dir)
	}
	sort.Strings(names)
	var docs []evalDoc
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		type role struct {
			Text  string `json:"text"`
			Spans []struct {
				CharBegin int `json:"charBegin"`
				CharEnd   int `json:"charEnd"`
			} `json:"spans"`
		}
		var d struct {
			OriginalText string `json:"originalText"`
			Annotations  []struct {
				Type     string `json:"type"`
				IsNested bool   `json:"isNested"`
				Quote    *role  `json:"quote"`
				Speaker  *role  `json:"speaker"`
			} `json:"annotations"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		runes := []rune(d.OriginalText)
		ed := evalDoc{id: strings.TrimSuffix(filepath.Base(n), ".json"), text: d.OriginalText}
		for _, an := range d.Annotations {
			if an.Quote == nil || len(an.Quote.Spans) == 0 {
				continue
			}
			var qs [][2]int
			for _, sp := range an.Quote.Spans {
				qs = append(qs, [2]int{sp.CharBegin, sp.CharEnd})
			}
			g := goldQuote{typ: an.Type, nested: an.IsNested, chars: charSet(runes, qs), speaker: map[int]bool{}, text: an.Quote.Text}
			if an.Speaker != nil {
				for _, sp := range an.Speaker.Spans {
					for i := sp.CharBegin; i < sp.CharEnd; i++ {
						g.speaker[i] = true
					}
				}
			}
			ed.gold = append(ed.gold, g)
		}
		docs = append(docs, ed)
	}
	return docs
}

// loadSpkatt rebuilds the 2023-format training articles (tokens only) the way the scorer does.
func loadSpkatt(t testing.TB) []evalDoc {
	dir := shareddata.Require(t, "data/quotes/spkatt2023_task2_news_wikinews/train")
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(names) == 0 {
		t.Skip("reference data absent: no JSON files in " + dir)
	}
	sort.Strings(names)
	noSpaceBefore := ",.;:!?)]}%'\"“«"
	noSpaceAfter := "([{„»"
	var docs []evalDoc
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			Sentences []struct {
				Tokens []string `json:"Tokens"`
			} `json:"Sentences"`
			Annotations []struct {
				Form     string   `json:"Form"`
				IsNested bool     `json:"IsNested"`
				Message  []string `json:"Message"`
				Source   []string `json:"Source"`
			} `json:"Annotations"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		var b []rune
		offs := map[string][2]int{}
		open, prevOpened := false, false
		for si, s := range d.Sentences {
			for ti, tk := range s.Tokens {
				opening := tk == "\"" && !open
				closing := tk == "\"" && open
				space := len(b) > 0 && !prevOpened
				if ti > 0 && strings.ContainsAny(lastRune(s.Tokens[ti-1]), noSpaceAfter) {
					space = false
				}
				if closing || (tk != "\"" && len(tk) > 0 && strings.Contains(noSpaceBefore, tk)) {
					space = false
				}
				if space {
					b = append(b, ' ')
				}
				r := []rune(tk)
				offs[strconv.Itoa(si)+":"+strconv.Itoa(ti)] = [2]int{len(b), len(b) + len(r)}
				b = append(b, r...)
				if tk == "\"" {
					open = !open
				}
				prevOpened = opening
			}
		}
		ed := evalDoc{id: filepath.Base(n), text: string(b)}
		for _, an := range d.Annotations {
			var qs [][2]int
			for _, id := range an.Message {
				if o, ok := offs[id]; ok {
					qs = append(qs, o)
				}
			}
			if len(qs) == 0 {
				continue
			}
			g := goldQuote{typ: an.Form, nested: an.IsNested, chars: charSet(b, joinAdjacent(b, qs)), speaker: map[int]bool{}}
			var ss [][2]int
			for _, id := range an.Source {
				if o, ok := offs[id]; ok {
					ss = append(ss, o)
				}
			}
			for _, o := range joinAdjacent(b, ss) {
				for i := o[0]; i < o[1]; i++ {
					g.speaker[i] = true
				}
			}
			ed.gold = append(ed.gold, g)
		}
		docs = append(docs, ed)
	}
	return docs
}

// joinAdjacent merges token spans that follow each other in the text with only spaces
// between them into one span, as the Wikinews annotation marks a quotation: otherwise the
// spaces between annotated tokens are outside the gold set and count against every prediction.
// A token left out of the annotation keeps the spans apart.
func joinAdjacent(text []rune, spans [][2]int) [][2]int {
	if len(spans) < 2 {
		return spans
	}
	sorted := append([][2]int(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
	out := [][2]int{sorted[0]}
	for _, sp := range sorted[1:] {
		last := &out[len(out)-1]
		gap := true
		for i := last[1]; i < sp[0]; i++ {
			if !unicode.IsSpace(text[i]) {
				gap = false
				break
			}
		}
		if gap && sp[0] >= last[1] {
			last[1] = max(last[1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// pred is a predicted quotation as character sets, as the scorer compares them.
type pred struct {
	chars, spk map[int]bool
	q          Quote
}

type evalFigures struct {
	p, r, f, spk, e2e     float64
	e2eTP                 int
	dirHit, dirTot        int
	indHit, indTot        int
	spkOK, spkTot, tp, fp int
}

func overlap(a, b map[int]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter)/float64(len(a)+len(b)-inter) >= 0.5
}

// predictions are the analyzer's quotations in res as character sets of text.
func predictions(text string, res *Result) []pred {
	runes := []rune(text)
	var preds []pred
	for _, q := range res.Quotes {
		p := pred{chars: charSet(runes, [][2]int{{q.Start, q.End}}), spk: map[int]bool{}, q: q}
		if q.Speaker != nil {
			for i := q.Speaker.Start; i < q.Speaker.End; i++ {
				p.spk[i] = true
			}
		}
		preds = append(preds, p)
	}
	return preds
}

// scored reports an annotation the figures count: a top-level direct or indirect quotation.
func scored(g goldQuote) bool { return !g.nested && (g.typ == "Direct" || g.typ == "Indirect") }

func evaluate(docs []evalDoc, log *strings.Builder) evalFigures {
	var ev evalFigures
	for _, ed := range docs {
		d := document.New(ed.id, ed.text, "de")
		res := Analyze(d)
		runes := []rune(ed.text)
		preds := predictions(ed.text, res)
		for _, g := range ed.gold {
			if !scored(g) {
				continue
			}
			hit, spkOK := false, false
			for _, p := range preds {
				if overlap(p.chars, g.chars) {
					hit = true
					for k := range p.spk {
						if g.speaker[k] {
							spkOK = true
						}
					}
				}
			}
			if g.typ == "Direct" {
				ev.dirTot++
			} else {
				ev.indTot++
			}
			if hit {
				if g.typ == "Direct" {
					ev.dirHit++
				} else {
					ev.indHit++
				}
				if len(g.speaker) == 0 {
					// The scorer counts a quote without gold speaker right only when no
					// matching prediction names one.
					named := false
					for _, p := range preds {
						if overlap(p.chars, g.chars) && len(p.spk) > 0 {
							named = true
						}
					}
					if !named {
						ev.e2eTP++
					} else if log != nil {
						got := predictedSpeakers(preds, g.chars)
						fmt.Fprintf(log, "NOSPK %s %s: got %q in %q\n", ed.id, g.typ, got, setText(runes, g.chars))
					}
				}
				if len(g.speaker) > 0 {
					ev.spkTot++
					if spkOK {
						ev.spkOK++
						ev.e2eTP++
					} else if log != nil {
						got := predictedSpeakers(preds, g.chars)
						fmt.Fprintf(log, "SPK %s %s: gold %q got %q in %q  <<%s>>\n", ed.id, g.typ, spanText(runes, g.speaker), got, setText(runes, g.chars), context(runes, g.chars, g.speaker))
					}
				}
			} else if log != nil {
				lo := len(runes)
				for k := range g.chars {
					lo = min(lo, k)
				}
				near := ""
				for _, p := range preds {
					for k := range p.chars {
						if g.chars[k] {
							near += fmt.Sprintf(" PRED[%s %s] %s", p.q.Type, boundary(p.chars, g.chars), strconvQuote(p.q.Text))
							break
						}
					}
				}
				fmt.Fprintf(log, "FN %s %s: %q  <<%s>>%s\n", ed.id, g.typ, setText(runes, g.chars), string(runes[max(0, lo-90):lo]), near)
			}
		}
		for _, p := range preds {
			m := false
			for _, g := range ed.gold {
				if overlap(p.chars, g.chars) {
					m = true
					break
				}
			}
			if m {
				ev.tp++
			} else {
				ev.fp++
				if log != nil {
					fmt.Fprintf(log, "FP %s %s: %q  <<%s>>\n", ed.id, p.q.Type, p.q.Text, context(runes, p.chars))
				}
			}
		}
	}
	if ev.tp+ev.fp > 0 {
		ev.p = float64(ev.tp) / float64(ev.tp+ev.fp)
	}
	if t := ev.dirTot + ev.indTot; t > 0 {
		ev.r = float64(ev.dirHit+ev.indHit) / float64(t)
	}
	if ev.p+ev.r > 0 {
		ev.f = 2 * ev.p * ev.r / (ev.p + ev.r)
	}
	if ev.spkTot > 0 {
		ev.spk = float64(ev.spkOK) / float64(ev.spkTot)
	}
	if ev.tp+ev.fp > 0 && ev.dirTot+ev.indTot > 0 {
		p := float64(ev.e2eTP) / float64(ev.tp+ev.fp)
		r := float64(ev.e2eTP) / float64(ev.dirTot+ev.indTot)
		if p+r > 0 {
			ev.e2e = 2 * p * r / (p + r)
		}
	}
	return ev
}

func setText(runes []rune, s map[int]bool) string {
	lo, hi := len(runes), 0
	for k := range s {
		lo, hi = min(lo, k), max(hi, k+1)
	}
	if lo >= hi {
		return ""
	}
	t := string(runes[lo:hi])
	if len([]rune(t)) > 140 {
		t = string([]rune(t)[:140]) + "…"
	}
	return t
}

func strconvQuote(s string) string {
	if r := []rune(s); len(r) > 400 {
		s = string(r[:400]) + "…"
	}
	return strconv.Quote(s)
}

func spanText(runes []rune, s map[int]bool) string { return setText(runes, s) }

// context is the text around a quote and its gold speaker, for reading errors.
func context(runes []rune, sets ...map[int]bool) string {
	lo, hi := len(runes), 0
	for _, s := range sets {
		for k := range s {
			lo, hi = min(lo, k), max(hi, k+1)
		}
	}
	if lo >= hi {
		return ""
	}
	lo, hi = max(0, lo-60), min(len(runes), hi+40)
	if hi-lo > 400 {
		return string(runes[lo:lo+200]) + " … " + string(runes[hi-200:hi])
	}
	return string(runes[lo:hi])
}

func (ev evalFigures) String() string {
	return fmt.Sprintf("P %.1f R %.1f F1 %.1f | direct %d/%d indirect %d/%d | speaker %.1f%% (%d/%d) | quote+speaker F1 %.1f",
		100*ev.p, 100*ev.r, 100*ev.f, ev.dirHit, ev.dirTot, ev.indHit, ev.indTot, 100*ev.spk, ev.spkOK, ev.spkTot, 100*ev.e2e)
}

func runEval(t *testing.T, name string, docs []evalDoc) evalFigures {
	var log *strings.Builder
	if os.Getenv("QUOTES_EVAL_LOG") != "" {
		log = &strings.Builder{}
	}
	ev := evaluate(docs, log)
	t.Logf("%s: %s", name, ev)
	if log != nil {
		fmt.Fprintf(log, "CLASSES %s\n", errorClasses(docs))
		_ = os.WriteFile(os.Getenv("QUOTES_EVAL_LOG")+"."+name, []byte(log.String()), 0o644)
	}
	return ev
}

func TestEvalDev(t *testing.T) {
	ev := runEval(t, "dev", loadWikinews(t, "dev"))
	if ev.f < 0.5 {
		t.Errorf("dev F1 %.1f below 50", 100*ev.f)
	}
}

func TestEvalTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	runEval(t, "train", loadSpkatt(t))
}

// predictedSpeakers lists, for the error log, the speakers of the predictions
// that overlap a gold quotation.
func predictedSpeakers(preds []pred, gold map[int]bool) string {
	got := ""
	for _, p := range preds {
		if overlap(p.chars, gold) && p.q.Speaker != nil {
			got += p.q.Speaker.Text + "|"
		}
	}
	return got
}

// boundary tells, for the error log, how a prediction's span differs from a gold span it
// overlaps: the start and end offsets of the prediction minus those of the gold span.
func boundary(p, g map[int]bool) string {
	lo := func(s map[int]bool) int {
		m := -1
		for k := range s {
			if m < 0 || k < m {
				m = k
			}
		}
		return m
	}
	hi := func(s map[int]bool) int {
		m := -1
		for k := range s {
			m = max(m, k+1)
		}
		return m
	}
	return fmt.Sprintf("S%+d E%+d", lo(p)-lo(g), hi(p)-hi(g))
}

// errorClasses counts the error classes of the quotes README for the error log: annotated
// quotations missed (no prediction overlaps, by type) or only overlapped below the threshold;
// predictions overlapping nothing (by type), overlapping below the threshold, or matching only an
// annotation the figure does not score; and the speakers of matched quotations.
func errorClasses(docs []evalDoc) string {
	c := map[string]int{}
	touches := func(a, b map[int]bool) bool {
		for k := range a {
			if b[k] {
				return true
			}
		}
		return false
	}
	for _, ed := range docs {
		res := Analyze(document.New(ed.id, ed.text, "de"))
		preds := predictions(ed.text, res)
		for _, g := range ed.gold {
			if !scored(g) {
				continue
			}
			hit, near, named, right := false, false, false, false
			for _, p := range preds {
				if overlap(p.chars, g.chars) {
					hit = true
					named = named || len(p.spk) > 0
					right = right || touches(p.spk, g.speaker)
				} else if touches(p.chars, g.chars) {
					near = true
				}
			}
			switch {
			case !hit && near:
				c["gold near"]++
			case !hit:
				c["gold missed "+g.typ]++
			case len(g.speaker) == 0 && !named:
				c["speaker right none"]++
			case len(g.speaker) == 0:
				c["speaker given where none"]++
			case right:
				c["speaker right named"]++
			case named:
				c["speaker wrong"]++
			default:
				c["speaker missing"]++
			}
		}
		for _, p := range preds {
			match, unscored, near := false, false, false
			for _, g := range ed.gold {
				if overlap(p.chars, g.chars) {
					if scored(g) {
						match = true
					} else {
						unscored = true
					}
				} else if touches(p.chars, g.chars) {
					near = true
				}
			}
			switch {
			case match:
			case unscored:
				c["pred unscored"]++
			case near:
				c["pred near"]++
			default:
				c["pred nothing "+p.q.Type]++
			}
		}
	}
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d; ", k, c[k])
	}
	return b.String()
}
