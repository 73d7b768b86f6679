package ner

import "strings"

// WordBits returns the lexicon bits the model carries for a word (GazNoun,
// GazVerbAdj, GazFirstName, …), so that other analyzers can tell common
// nouns, verbs and first names apart with the lexicon already loaded.
func (m *Model) WordBits(word string) uint16 {
	return m.lookupGaz(LexKey(strings.ToLower(word)))
}
