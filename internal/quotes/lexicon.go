package quotes

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed cues.txt
var cueData string

// cueEntry is one reading of a word form: the verb lemma it belongs to and, for separable
// verbs, the particle that must close the clause when the form stands without it.
type cueEntry struct {
	Lemma    string
	Particle string // "" unless the form is the bare verb of a separable verb ("teilte … mit")
	Weak     bool   // counts only with a dass/ob-clause, a zu-infinitive or quotation marks
	NoInf    bool   // not with a zu-infinitive either: hopes, wishes, views ("hofft, … zu gewinnen")
}

// lexicon maps a lower-cased word form to its cue readings.
type lexicon map[string][]cueEntry

// cueLexicon is the parsed cues.txt, built on first use (or by the analyzer's Prepare, beside
// the other start-up work) rather than at package start-up, where it cost every run about
// 0.8 ms before main, `artikel version` included.
var cueLexicon = sync.OnceValue(func() lexicon { return parseLexicon(cueData) })

func parseLexicon(data string) lexicon {
	lx := lexicon{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		lemma, particle, class := f[0], f[1], f[2]
		if particle == "-" {
			particle = ""
		}
		noInf := strings.HasSuffix(class, "~")
		class = strings.TrimSuffix(class, "~")
		weak := strings.HasSuffix(class, "!")
		class = strings.TrimSuffix(class, "!")
		base := strings.TrimPrefix(lemma, particle)
		var forms []string
		if class == "w" {
			forms = weakForms(base)
		} else {
			forms = append([]string{base}, f[3:]...)
		}
		add := func(form, part string) {
			lx[form] = appendUnique(lx[form], cueEntry{Lemma: lemma, Particle: part, Weak: weak, NoInf: noInf})
		}
		if particle == "" {
			for _, fm := range forms {
				add(fm, "")
			}
			continue
		}
		for _, fm := range forms {
			add(fm, particle)    // separated: "teilte" … "mit"
			add(particle+fm, "") // joined: "mitteilte", "mitgeteilt"
		}
		add(particle+"zu"+base, "") // "mitzuteilen"
	}
	return lx
}

func appendUnique(es []cueEntry, e cueEntry) []cueEntry {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// weakForms conjugates a regular (weak) verb: infinitive, 3rd person present, past,
// participle and Konjunktiv I — the forms news prose uses.
func weakForms(inf string) []string {
	stem := strings.TrimSuffix(inf, "en")
	if stem == inf {
		stem = strings.TrimSuffix(inf, "n")
	}
	e := ""
	if needsE(stem) {
		e = "e"
	}
	ge := "ge"
	for _, p := range []string{"be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "wider", "hinter"} {
		if strings.HasPrefix(inf, p) && len(inf) > len(p)+3 {
			ge = ""
		}
	}
	if strings.HasSuffix(inf, "ieren") {
		ge = ""
	}
	return []string{inf, stem + e + "t", stem + e + "te", stem + e + "ten", ge + stem + e + "t", stem + "e"}
}

// needsE reports whether endings need a linking e: stems in -t/-d and consonant + m/n (rechnet).
func needsE(stem string) bool {
	if stem == "" {
		return false
	}
	last, n := utf8.DecodeLastRuneInString(stem)
	if last == 't' || last == 'd' {
		return true
	}
	if last == 'm' || last == 'n' {
		rest := stem[:len(stem)-n]
		prev, m := utf8.DecodeLastRuneInString(rest)
		if prev == 'h' { // "lehnt" (vowel + h) but "rechnet" (ch)
			before, _ := utf8.DecodeLastRuneInString(rest[:len(rest)-m])
			return before == 'c'
		}
		return !strings.ContainsRune("aeiouäöülrm", prev)
	}
	return false
}

// CueLemmas returns the lemmas of the speech verbs a word form belongs to (nil when the form is
// not a cue). Separable readings are marked "lemma (particle …)". cmd/mine-cues uses it to
// check the lexicon against cue words counted in annotated training data.
func CueLemmas(form string) []string {
	var out []string
	for _, e := range cueLexicon()[strings.ToLower(form)] {
		l := e.Lemma
		if e.Particle != "" {
			l += " (" + e.Particle + " …)"
		}
		out = append(out, l)
	}
	return out
}

// CueLemmaCount is the number of distinct verb lemmas in the lexicon.
func CueLemmaCount() int {
	seen := map[string]bool{}
	for _, es := range cueLexicon() {
		for _, e := range es {
			seen[e.Lemma] = true
		}
	}
	return len(seen)
}
