//go:build ignore

// gen writes the lexicon files from FrequencyWords lists: the first 50,000
// entries of each CODE_50k.txt, letters only, sorted byte-wise so that the
// detector can binary-search them in place.
//
//	go run gen.go DIR   (DIR holds content/2018 of FrequencyWords)
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

const size = 50000

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen.go DIR")
		os.Exit(2)
	}
	for _, code := range []string{"de", "en", "fr", "es", "it", "nl", "pl", "pt", "ca"} {
		f, err := os.Open(filepath.Join(os.Args[1], code, code+"_50k.txt"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var words []string
		sc := bufio.NewScanner(f)
		for n := 0; n < size && sc.Scan(); n++ {
			w, _, _ := strings.Cut(sc.Text(), " ")
			w = strings.ToLower(w)
			if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
				words = append(words, w)
			}
		}
		f.Close()
		slices.Sort(words)
		words = slices.Compact(words)
		if err := os.WriteFile(code+".txt", []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
