package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/jdkato/prose/v2"

	"artikel/internal/document"
	"artikel/internal/segment"
)

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// englishModel loads prose's English model once; building a prose document
// without UsingModel would reload it for every document.
func englishModel() *prose.Model {
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
		if err == nil {
			proseModel = doc.Model
		}
	})
	return proseModel
}

// proseTypes maps prose's labels to ours.
var proseTypes = map[string]string{"PERSON": PER, "GPE": LOC, "LOC": LOC, "FAC": LOC, "ORG": ORG}

// englishMentions runs prose's entity extraction sentence by sentence and
// finds each entity's offsets in the sentence, since prose reports only the
// text. Prose's obvious non-entities on news prose are dropped (see
// plausibleEnglish), a person whose last word names a place or institution
// ("Heathrow Airport") is retyped, and language names are MISC.
func englishMentions(d *document.Document) ([]Mention, error) {
	model := englishModel()
	mentions := []Mention{}
	lowerWords := lowerCaseWords(d)
	for si, s := range d.Sentences {
		text := sameLengthValidUTF8(d.Text[s.Start:s.End])
		pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model))
		if err != nil {
			return nil, err
		}
		toks := locateTokens(text, pd.Tokens())
		cursor := 0
		for _, e := range pd.Entities() {
			i := strings.Index(text[cursor:], e.Text)
			if i < 0 {
				continue
			}
			start := int(s.Start) + cursor + i
			end := start + len(e.Text)
			cursor += i + len(e.Text)
			typ, ok := proseTypes[e.Label]
			if !ok {
				typ = MISC
			}
			if !plausibleEnglish(e.Text, toks, start-int(s.Start), end-int(s.Start), lowerWords) {
				continue
			}
			typ = englishType(e.Text, typ)
			mentions = append(mentions, NewMention(d, start, end, typ, "name", si))
		}
	}
	return mentions, nil
}

// sameLengthValidUTF8 replaces each byte of an invalid UTF-8 sequence with
// '?': prose's tokenizer slices out of range on invalid UTF-8, and keeping
// the length keeps every byte offset valid for the original text.
func sameLengthValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			b[i] = '?'
			i++
			continue
		}
		i += size
	}
	return string(b)
}

// taggedToken is a prose token with its byte offset in the sentence.
type taggedToken struct {
	start, end int
	text, tag  string
}

func locateTokens(text string, toks []prose.Token) []taggedToken {
	out := make([]taggedToken, 0, len(toks))
	cur := 0
	for _, t := range toks {
		i := strings.Index(text[cur:], t.Text)
		if i < 0 {
			continue
		}
		s := cur + i
		out = append(out, taggedToken{s, s + len(t.Text), t.Text, t.Tag})
		cur = s + len(t.Text)
	}
	return out
}

// lowerCaseWords are the words the document writes in lower case somewhere.
func lowerCaseWords(d *document.Document) map[string]bool {
	out := map[string]bool{}
	for i, t := range d.Tokens {
		if w := d.TokenText(i); t.Kind == segment.TokWord {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				out[w] = true
			}
		}
	}
	return out
}

// connectors may stand in lower case inside a name ("Bank of England").
var connectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "von": true, "van": true, "la": true, "du": true, "&": true, "'s": true}

// plausibleEnglish drops what prose takes for an entity in running news
// prose but is not one: spans across dashes or quotation marks ("London –
// Hundreds"), clause-length spans, spans with lower-case words, and a
// single capitalised common word (prose tags it as a common noun, or it
// opens the sentence and the text writes it in lower case elsewhere:
// "Safety" as the first word of a quotation).
func plausibleEnglish(text string, toks []taggedToken, start, end int, lowerWords map[string]bool) bool {
	if strings.ContainsAny(text, "–—\"“”„«»") || strings.Contains(text, " - ") || strings.Contains(text, "\n") {
		return false
	}
	words := strings.Fields(text)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !connectors[w] {
			return false
		}
	}
	if len(words) != 1 {
		return true
	}
	for k, t := range toks {
		if t.start < start || t.end > end {
			continue
		}
		if t.tag != "NNP" && t.tag != "NNPS" {
			return false
		}
		first := k == 0 || k == 1 && strings.ContainsAny(toks[0].text, "\"“‘'(")
		if first && lowerWords[strings.ToLower(t.text)] {
			return false
		}
	}
	return true
}

// placeHeads end the names of places and facilities, institutionHeads those
// of organisations: a "person" ending in one is neither.
var (
	placeHeads       = map[string]bool{"Airport": true, "Station": true, "Street": true, "Road": true, "Avenue": true, "Bridge": true, "Park": true, "Square": true, "Island": true, "Islands": true, "River": true, "Lake": true, "Mountain": true, "Mountains": true, "County": true, "Hospital": true, "Stadium": true, "Palace": true, "Castle": true, "Abbey": true, "Cathedral": true, "Hall": true}
	institutionHeads = map[string]bool{"University": true, "College": true, "School": true, "Council": true, "Party": true, "Company": true, "Inc": true, "Ltd": true, "Corporation": true, "Bank": true, "Ministry": true, "Department": true, "Police": true, "Court": true, "Museum": true, "Institute": true, "Agency": true, "Association": true, "Commission": true, "Committee": true, "Group": true, "Foundation": true, "Service": true, "Office": true, "Club": true, "Union": true}
)

// englishType corrects prose's type from the name itself.
func englishType(text, typ string) string {
	if englishLanguages()[text] {
		return MISC
	}
	if englishCountries()[text] {
		return LOC
	}
	if typ != PER && typ != MISC {
		return typ
	}
	words := strings.Fields(text)
	last := strings.TrimSuffix(words[len(words)-1], ".")
	switch {
	case placeHeads[last]:
		return LOC
	case institutionHeads[last]:
		return ORG
	}
	return typ
}

var (
	langOnce      sync.Once
	langNames     map[string]bool
	countriesOnce sync.Once
	countryNames  map[string]bool
)

// englishCountries are the English names of the countries the gazetteer
// knows ("United Kingdom"), which prose sometimes tags as people.
func englishCountries() map[string]bool {
	countriesOnce.Do(func() {
		countryNames = map[string]bool{}
		namer := display.English.Regions()
		for _, line := range strings.Split(demonymsTSV, "\n") {
			code, _, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			if n := countryName(namer, code); n != "" {
				countryNames[n] = true
			}
		}
	})
	return countryNames
}

// englishLanguages are the English names of common languages ("English",
// "Mandarin"), which prose tags as places or nationalities.
func englishLanguages() map[string]bool {
	langOnce.Do(func() {
		langNames = map[string]bool{"Mandarin": true, "Cantonese": true}
		namer := display.English.Languages()
		for _, code := range strings.Fields(`en de fr es it nl pl pt ru zh ja ar tr el sv da no fi cs hu ro ko hi he fa uk
			bg hr sr sk sl lt lv et ga cy ca eu gl is mt sq mk bs be ka hy az kk uz ur bn pa ta te ml th vi id ms tl sw`) {
			if n := namer.Name(language.Make(code)); n != "" {
				langNames[n] = true
			}
		}
	})
	return langNames
}
