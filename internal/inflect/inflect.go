// Package inflect names German noun phrases in the nominative: the quotes
// analyzer names a speaker "Deutsche Bahn" in "ein Sprecher der Deutschen
// Bahn", and the entities analyzer gives that mention the same canonical
// name. The rules are the regular endings of news German (no lexicon of
// genders: a noun's gender is guessed from its suffix where the ending
// needs it).
package inflect

import (
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
// Senats"); firstName tells a first name in -er ("Walter"), which is none.
func PlaceAdjective(w string, firstName func(string) bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.HasSuffix(w, "er") && utf8.RuneCountInString(w) > 4 && !strings.Contains(w, "-") &&
		!firstName(w)
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
	for _, suf := range []string{"um", "ment", "chen", "lein", "tum", "amt", "gericht", "komitee", "institut", "parlament", "land", "haus", "büro", "zentrum", "kabinett", "unternehmen", "kreuz", "werk", "blatt", "fernsehen", "magazin", "netz", "regime", "militär", "team", "portal", "labor", "volk"} {
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
		for _, end := range []string{"nd", "ld", "rd", "nt", "st", "ss", "ß", "ch", "tz", "at", "ht", "kt", "ft", "mt", "rt", "ts", "z", "x", "s"} {
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
	return GenitiveSingular(art) || art == "der" || art == "einer" || art == "dieser"
}

// Name puts a name of capitalised adjectives and one noun that follows the
// genitive article art (lower case) in the nominative: "des Roten Kreuzes"
// → "Rotes Kreuz", "der Vereinten Nationen" → "Vereinte Nationen", "des
// Statistischen Bundesamtes" → "Statistisches Bundesamt", "des Malteser
// Hilfsdienstes" → "Malteser Hilfsdienst". Names of other shapes (one word,
// more than four, a word that is no adjective: "des United States
// Geological Survey") are left alone (ok false).
func Name(words []string, art string, firstName func(string) bool) (out []string, ok bool) {
	if !oblique(art) || len(words) < 2 || len(words) > 4 {
		return nil, false
	}
	for _, w := range words[:len(words)-1] {
		if !NameAdjective(strings.ToLower(w)) && !PlaceAdjective(w, firstName) {
			return nil, false
		}
	}
	genSg := GenitiveSingular(art)
	noun := words[len(words)-1]
	if genSg {
		noun = GenitiveStem(noun)
	}
	out = make([]string, 0, len(words))
	for _, w := range words[:len(words)-1] {
		if !PlaceAdjective(w, firstName) {
			w = AdjectiveNominative(w, noun, genSg)
		}
		out = append(out, w)
	}
	return append(out, noun), true
}
