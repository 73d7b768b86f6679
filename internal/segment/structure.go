package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyParagraphs sets paragraph kinds and the document-level byline and
// dateline.
func classifyParagraphs(text string, lines []line, res *Result) {
	ps := res.Paragraphs
	enum := make([]bool, len(ps))
	for i, p := range ps {
		_, _, enum[i] = leadingEnum(text[p.Start:p.End])
	}
	for i := range ps {
		p := text[ps[i].Start:ps[i].End]
		switch {
		case isBulletItem(p):
			ps[i].Kind = KindListItem
		case enum[i] && ((i > 0 && enum[i-1]) || (i+1 < len(ps) && enum[i+1])):
			ps[i].Kind = KindListItem
		case res.Byline == nil && bylineAuthors(p) != nil:
			ps[i].Kind = KindByline
			res.Byline = &Byline{Start: ps[i].Start, End: ps[i].End, Text: p, Authors: bylineAuthors(p)}
		case isHeadingLike(p):
			if i == 0 {
				ps[i].Kind = KindTitle
			} else {
				ps[i].Kind = KindHeading
			}
		}
	}
}

// isBulletItem reports a paragraph opened by a bullet and a space
// ("- ", "• ", "* ") or a glued bullet ("•Text").
func isBulletItem(p string) bool {
	r, sz := utf8.DecodeRuneInString(p)
	if isBullet(r) {
		return true
	}
	if r == '-' || r == '*' || r == '–' || r == '+' {
		n, _ := utf8.DecodeRuneInString(p[sz:])
		return n == ' ' || n == '\t' || n == 0xA0
	}
	return false
}

// leadingEnum reports a paragraph opened by an enumerator ("1. ", "2) ", "a) ").
func leadingEnum(p string) (int, string, bool) {
	i := strings.IndexAny(p, " \t")
	if i <= 0 {
		return 0, "", false
	}
	return parseEnum(p[:i])
}

// isHeadingLike reports a short line without closing sentence punctuation.
func isHeadingLike(p string) bool {
	if len(p) > 300 || utf8.RuneCountInString(p) > 100 {
		return false
	}
	words := 0
	in := false
	for _, r := range p {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			words++
		}
	}
	if words > 12 {
		return false
	}
	e := len(p)
	for e > 0 {
		r, sz := utf8.DecodeLastRuneInString(p[:e])
		if !isQuote(r) && r != ')' {
			break
		}
		e -= sz
	}
	r, _ := utf8.DecodeLastRuneInString(p[:e])
	return !(isTerm(r) || r == ':' || r == ',' || r == ';')
}

// bylineAuthors parses "Von Anna Schmidt", "Von Anna Schmidt und Jonas
// Weber", "By Jane Doe and John Roe" and returns the names, or nil.
func bylineAuthors(p string) []string {
	var rest string
	switch {
	case strings.HasPrefix(p, "Von "):
		rest = p[4:]
	case strings.HasPrefix(p, "By "), strings.HasPrefix(p, "BY "), strings.HasPrefix(p, "VON "):
		rest = p[3:]
		if p[0] == 'V' {
			rest = p[4:]
		}
	default:
		return nil
	}
	if utf8.RuneCountInString(p) > 120 {
		return nil
	}
	// cut a trailing ", dpa" / "(Reuters)" style agency note
	if k := strings.IndexAny(rest, "(|"); k > 0 {
		rest = strings.TrimSpace(rest[:k])
	}
	var names []string
	for _, part := range splitAuthors(rest) {
		f := strings.Fields(part)
		if len(f) == 0 || len(f) > 4 {
			return nil
		}
		for _, w := range f {
			r := firstRune(w)
			if !unicode.IsUpper(r) && w != "von" && w != "van" && w != "de" && w != "zu" && w != "der" {
				return nil
			}
			for _, c := range w {
				if !unicode.IsLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’' {
					return nil
				}
			}
		}
		if len(f) < 2 {
			return nil
		}
		names = append(names, strings.Join(f, " "))
	}
	if len(names) == 0 {
		return nil
	}
	return names
}

// splitAuthors splits "A, B und C" / "A and B" into names.
func splitAuthors(s string) []string {
	s = strings.TrimRight(s, " .,")
	var out []string
	for _, a := range strings.Split(s, ",") {
		for _, b := range splitWord(a, []string{" und ", " and ", " & "}) {
			if b = strings.TrimSpace(b); b != "" {
				out = append(out, b)
			}
		}
	}
	return out
}

func splitWord(s string, seps []string) []string {
	out := []string{s}
	for _, sep := range seps {
		var next []string
		for _, x := range out {
			next = append(next, strings.Split(x, sep)...)
		}
		out = next
	}
	return out
}
