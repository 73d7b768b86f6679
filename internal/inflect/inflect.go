// Package inflect names German noun phrases in the nominative: the quotes
// analyzer names a speaker "Deutsche Bahn" in "ein Sprecher der Deutschen
// Bahn", and the entities analyzer gives that mention the same canonical
// name. The rules are the regular endings of news German (no lexicon of
// genders: a noun's gender is guessed from its suffix where the ending
// needs it).
package inflect

import (
	"artikel/internal/ner"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameAdjective reports a lower-cased word in -en that is an adjective
// inside a name ("roten", "vereinten", "statistischen", "internationalen"),
// not a weak noun ("präsidenten").
func NameAdjective(l string) bool {
	if !strings.HasSuffix(l, "en") {
		return false
	}
	stem := l[:len(l)-2]
	for _, suf := range []string{"isch", "sch", "al", "ig", "lich", "iert", "eint", "ell", "är"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	switch stem {
	case "rot", "neu", "grün", "frei", "weiß", "schwarz", "alt", "groß", "klein", "hoh", "ober", "vereinigt", "blau", "gelb", "heilig", "oberst":
		return true
	}
	return false
}

// PlaceAdjective reports a capitalised adjective made from a place name,
// which is not inflected ("des Malteser Hilfsdienstes", "des Berliner
// Senats"); a first name in -er ("Walter") is none.
func PlaceAdjective(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.HasSuffix(w, "er") && utf8.RuneCountInString(w) > 4 && !strings.Contains(w, "-") &&
		lexicon(w)&ner.GazFirstName == 0
}

// lexicon returns the entity model's lexicon bits of w (ner.GazFirstName,
// ner.GazVerbAdj, …), 0 without the model.
func lexicon(w string) uint16 {
	m, err := ner.Default()
	if err != nil {
		return 0
	}
	return m.WordBits(w)
}

// AdjectiveNominative gives an attributive adjective its strong nominative
// ending: plural (and feminine) "-e" ("spanische Gastgeber"), neuter "-es"
// in the singular when the noun has a neuter suffix ("spanisches
// Außenministerium"), masculine "-er" otherwise.
func AdjectiveNominative(adj, noun string, singular bool) string {
	stem := adj
	for _, suf := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(stem, suf) && len(stem) > len(suf)+2 {
			stem = stem[:len(stem)-len(suf)]
			break
		}
	}
	if !singular {
		return stem + "e"
	}
	l := strings.ToLower(noun)
	for _, suf := range []string{"um", "ment", "chen", "lein", "tum", "amt", "gericht", "komitee", "institut", "parlament", "land", "haus", "büro", "zentrum", "kabinett", "unternehmen", "kreuz", "werk", "blatt", "fernsehen", "magazin", "netz", "regime", "militär", "team", "portal", "labor", "volk", "reich", "meer", "fest", "recht"} {
		if strings.HasSuffix(l, suf) {
			return stem + "es"
		}
	}
	return stem + "er"
}

// GenitiveStem strips the genitive singular ending: "Außenministeriums" →
// "Außenministerium", "Verbandes" → "Verband", "Präsidenten" → "Präsident".
func GenitiveStem(w string) string {
	switch {
	case strings.HasSuffix(w, "es") && len(w) >= 5:
		stem := w[:len(w)-2]
		for _, end := range []string{"nd", "ld", "rd", "nt", "st", "ss", "ß", "ch", "tz", "at", "ht", "kt", "ft", "mt", "rt", "ts", "z", "x", "s", "f", "ag", "eg", "ig", "og", "ug"} {
			if strings.HasSuffix(stem, end) {
				return stem
			}
		}
		return w[:len(w)-1]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		r, _ := utf8.DecodeLastRuneInString(w[:len(w)-1])
		if !strings.ContainsRune("sxzßui", r) && !strings.HasSuffix(w, "fonds") {
			return w[:len(w)-1] // "Instituts", "Mafiajägers", "Büros"; not "Status", "Fonds"
		}
	case strings.HasSuffix(w, "enten") || strings.HasSuffix(w, "isten") || strings.HasSuffix(w, "anten"):
		return w[:len(w)-2] // weak masculine: "des Präsidenten"
	}
	return w
}

// DativePluralStem drops the dative plural "-n" where the nominative plural
// has none: "Völkerrechtlern" → "Völkerrechtler", "Fachleuten" →
// "Fachleute" ("Experten" stays).
func DativePluralStem(w string) string {
	if strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln") || strings.HasSuffix(w, "leuten") {
		return w[:len(w)-1]
	}
	return w
}

// GenitiveSingular reports an article of the genitive singular of a
// masculine or neuter noun; Oblique reports one after which a name of
// adjectives and a noun is inflected (that genitive, and the feminine
// genitive or plural "der").
func GenitiveSingular(art string) bool { return art == "des" || art == "eines" || art == "dieses" }

func oblique(art string) bool {
	return GenitiveSingular(art) || feminineOrPlural(art) || dativeSingular(art)
}

// feminineOrPlural reports an article of the feminine genitive or dative,
// or of the genitive plural.
func feminineOrPlural(art string) bool {
	return art == "der" || art == "einer" || art == "dieser" || art == "zur"
}

// dativeSingular reports an article (or a preposition merged with one) of
// the masculine or neuter dative singular.
func dativeSingular(art string) bool {
	switch art {
	case "dem", "einem", "diesem", "im", "vom", "zum", "beim", "am":
		return true
	}
	return false
}

// Name puts a name of capitalised adjectives and one noun after the article
// art (lower case) in the nominative without article, the form a name is
// listed under:
//   - after a genitive or dative ("des Roten Kreuzes" → "Rotes Kreuz", "der
//     Vereinten Nationen" → "Vereinte Nationen", "des Statistischen
//     Bundesamtes" → "Statistisches Bundesamt", "des Malteser
//     Hilfsdienstes" → "Malteser Hilfsdienst", "im Deutschen Bundestag" →
//     "Deutscher Bundestag");
//   - after a nominative article, whose weak endings become strong ones
//     ("das Deutsche Rote Kreuz" → "Deutsches Rotes Kreuz", "der Deutsche
//     Gewerkschaftsbund" → "Deutscher Gewerkschaftsbund"; "die Deutsche
//     Bahn" is "Deutsche Bahn" already).
//
// Names of other shapes (one word, more than four, a word that is no
// adjective: "des United States Geological Survey") are left alone (ok
// false).
func Name(words []string, art string) (out []string, ok bool) {
	if len(words) < 2 || len(words) > 4 {
		return nil, false
	}
	weak := ""   // the nominative's weak ending the adjectives have, "e"
	strong := "" // and the strong one they get
	switch {
	case art == "das" && strings.HasSuffix(words[0], "e"):
		weak, strong = "e", "es"
	case art == "der" && strings.HasSuffix(words[0], "e"):
		weak, strong = "e", "er" // "der Deutschen Post" is the genitive below
	case oblique(art):
	default:
		return nil, false
	}
	for _, w := range words[:len(words)-1] {
		l := strings.ToLower(w)
		if weak != "" {
			// "deutsche" is an adjective when "deutschen" is one and the
			// lexicon knows it as one ("Porsche" is a name)
			if PlaceAdjective(w) || NameAdjective(l+"n") && lexicon(l)&ner.GazVerbAdj != 0 {
				continue
			}
			return nil, false
		}
		if !NameAdjective(l) && !PlaceAdjective(w) {
			return nil, false
		}
	}
	noun := words[len(words)-1]
	genSg := GenitiveSingular(art)
	if genSg {
		noun = GenitiveStem(noun)
	}
	out = make([]string, 0, len(words))
	for _, w := range words[:len(words)-1] {
		switch {
		case PlaceAdjective(w):
		case weak != "":
			w = strings.TrimSuffix(w, weak) + strong
		default:
			w = AdjectiveNominative(w, noun, !feminineOrPlural(art))
		}
		out = append(out, w)
	}
	return append(out, noun), true
}
