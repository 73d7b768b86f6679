package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyParagraphs sets paragraph kinds and the document-level byline and
// dateline.
func classifyParagraphs(text string, res *Result) {
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
		case res.Byline == nil && (i < 6 || i == len(ps)-1) && bylineAuthors(p) != nil:
			ps[i].Kind = KindByline
			res.Byline = &Byline{Start: int(ps[i].Start), End: int(ps[i].End), Text: p, Authors: bylineAuthors(p)}
		case isHeadingLike(p, i == 0):
			if i == 0 {
				ps[i].Kind = KindTitle
			} else {
				ps[i].Kind = KindHeading
			}
		case isQuoteParagraph(p):
			ps[i].Kind = KindQuote
		}
	}
	questionHeadings(text, ps)
	findDateline(text, res)
}

// questionHeadings turns question subheadings ("Wann lohnt sich der Wechsel?") into headings:
// in a text that has other subheadings, a short line ending in '?' that is followed by a longer
// body paragraph is one more. Without other headings a short question is left as body text, as
// news articles ask rhetorical questions in paragraphs of their own.
func questionHeadings(text string, ps []Paragraph) {
	has := false
	for _, p := range ps {
		if p.Kind == KindHeading {
			has = true
			break
		}
	}
	if !has {
		return
	}
	for i := 1; i+1 < len(ps); i++ {
		if ps[i].Kind != KindBody || ps[i+1].Kind != KindBody {
			continue
		}
		p := strings.TrimSpace(text[ps[i].Start:ps[i].End])
		if !strings.HasSuffix(p, "?") || !isHeadingLike(strings.TrimSuffix(p, "?"), false) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(p); isQuote(r) || !unicode.IsUpper(r) {
			continue
		}
		// The line before must have ended: a hard-wrapped question ("… den Eingriff in die
		// Bürgerrechte und" / "Privatsphäre auf?") is the tail of a paragraph, not a heading.
		prev := strings.TrimRightFunc(text[ps[i-1].Start:ps[i-1].End], unicode.IsSpace)
		// A heading follows text, not another heading-like line.
		if k := ps[i-1].Kind; k != KindBody && k != KindQuote && k != KindListItem {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(prev); !strings.ContainsRune(".!?:;“”\"»«)", last) {
			continue
		}
		// One sentence only, and shorter than what it heads.
		if strings.ContainsAny(strings.TrimSuffix(p, "?"), ".!?") || int(ps[i+1].End-ps[i+1].Start) <= len(p) {
			continue
		}
		ps[i].Kind = KindHeading
	}
}

// findDateline looks for a dateline in the first paragraph after the
// title, headings and byline: either the whole paragraph (kind dateline)
// or the opening of its first sentence, which keeps it.
func findDateline(text string, res *Result) {
	cfg := &cfgDE
	for i := range res.Paragraphs {
		if i > 6 {
			return
		}
		p := &res.Paragraphs[i]
		switch p.Kind {
		case KindTitle, KindHeading, KindByline:
			if p.Kind != KindByline {
				// a short "BERLIN (dpa)" line looks like a heading
				if dl, whole := parseDateline(text, int(p.Start), int(p.End), cfg); dl != nil && whole {
					p.Kind = KindDateline
					res.Dateline = dl
					return
				}
			}
			continue
		}
		if p.Kind != KindBody && p.Kind != KindQuote {
			return
		}
		dl, whole := parseDateline(text, int(p.Start), int(p.End), cfg)
		if dl == nil {
			return
		}
		if whole {
			p.Kind = KindDateline
		} else if s := firstSentenceOf(res, i); s < 0 || int(res.Sentences[s].End) < dl.End {
			return // the dateline must lie inside the first sentence
		}
		res.Dateline = dl
		return
	}
}

func firstSentenceOf(res *Result, p int) int {
	pi := int32(p)
	for k, s := range res.Sentences {
		if s.Paragraph == pi {
			return k
		}
		if s.Paragraph > pi {
			break
		}
	}
	return -1
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
func leadingEnum(p string) (int, int, bool) {
	if len(p) > 10 {
		p = p[:10]
	}
	i := strings.IndexAny(p, " \t")
	if i <= 0 {
		return 0, 0, false
	}
	return parseEnum(p[:i])
}

// isHeadingLike reports a short line without closing sentence punctuation
// (a title may end with '?' or '!': "Kommt der Streik?").
func isHeadingLike(p string, title bool) bool {
	// headlines run longer than subheadings ("Fußball-Wettskandal:
	// Außergerichtliche Einigung zwischen dem DFB und …", 16 words)
	maxWords, maxRunes := 12, 100
	if title {
		maxWords, maxRunes = 20, 160
	}
	if len(p) > 4*maxRunes || utf8.RuneCountInString(p) > maxRunes {
		return false
	}
	words := 0
	in := false
	lastWord := 0
	for i, r := range p {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			words++
			lastWord = i
		}
	}
	if words > maxWords {
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
	if title && (r == '?' || r == '!') {
		return true // "Kommt der Streik?"
	}
	if title && r == '.' && e == len(p) && lastWord < e-1 {
		// "… bei Papst Benedikt XVI.", "… gegen Andrej H.": the period
		// belongs to a numeral or an initial
		switch wordShape(p[lastWord : e-1]) {
		case shapeRoman, shapeLetter:
			return isUpperASCIIStart(p[lastWord:])
		}
	}
	return !(isTerm(r) || r == ':' || r == ',' || r == ';')
}

func isUpperASCIIStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// closingFor maps an opening quotation mark to its closing partners.
func closingFor(r rune) string {
	switch r {
	case '„':
		return "“”"
	case '“':
		return "”"
	case '»':
		return "«"
	case '«':
		return "»"
	case '"':
		return "\""
	case '‚':
		return "‘’"
	}
	return ""
}

// isQuoteParagraph reports a paragraph that is one quotation with at most
// its attribution: „…“, „…“, sagte X. / X sagte: „…“
func isQuoteParagraph(p string) bool {
	// cheap checks first, most paragraphs fail them: a closing mark near
	// the end, the opening mark first or after a short "X sagte:"
	end := p
	if len(end) > 160 {
		end = end[len(end)-160:]
	}
	if strings.IndexByte(end, '"') < 0 && !strings.Contains(end, "“") && !strings.Contains(end, "”") &&
		!strings.Contains(end, "«") && !strings.Contains(end, "»") && !strings.Contains(end, "‘") {
		return false
	}
	head := p
	if len(head) > 160 {
		head = head[:160]
	}
	q := strings.IndexFunc(head, func(r rune) bool { return closingFor(r) != "" })
	if q < 0 {
		return false
	}
	prefix := strings.TrimSpace(p[:q])
	if prefix != "" {
		prefix = strings.TrimLeft(prefix, "-–— ")
	}
	if prefix != "" && (!strings.HasSuffix(prefix, ":") || len(strings.Fields(prefix)) > 8) {
		return false
	}
	open, sz := utf8.DecodeRuneInString(p[q:])
	cl := closingFor(open)
	body := p[q+sz:]
	// the closing mark must be near the end
	tail := 0
	if len(body) > 160 {
		tail = len(body) - 160
	}
	k := strings.LastIndexAny(body[tail:], cl)
	if k < 0 {
		return false
	}
	k += tail
	_, csz := utf8.DecodeRuneInString(body[k:])
	suffix := strings.TrimSpace(body[k+csz:])
	if strings.ContainsAny(suffix, "„“”»«\"") {
		return false
	}
	if firstOf(body, cl) != k {
		return false // several quotations
	}
	if !strings.Contains(strings.TrimSpace(body[:k]), " ") {
		return false // a single quoted word
	}
	switch {
	case suffix == "" || suffix == "." || suffix == "!" || suffix == "?":
		return true
	case prefix != "":
		return false
	case suffix[0] == ',' && len(strings.Fields(suffix)) <= 10 && strings.HasSuffix(suffix, "."):
		return true
	}
	return false
}

// bylineAuthors parses "Von Anna Schmidt", "Von Anna Schmidt und Jonas
// Weber", "By Jane Doe and John Roe" and returns the names, or nil.
func bylineAuthors(p string) []string {
	var rest string
	for _, pre := range []string{"Von ", "VON ", "By ", "BY ", "Autor: ", "Autorin: ", "Autoren: ", "Text: ", "Von: ", "By: "} {
		if strings.HasPrefix(p, pre) {
			rest = p[len(pre):]
			break
		}
	}
	if rest == "" {
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

// splitAuthors splits "A, B und C" / "A and B" into names. A last
// comma part of one word is a place or an agency ("…, Berlin", "…, dpa").
func splitAuthors(s string) []string {
	s = strings.TrimRight(s, " .,")
	parts := strings.Split(s, ",")
	if n := len(parts); n > 1 && (len(strings.Fields(parts[n-1])) == 1 || hasAcronym(parts[n-1])) {
		parts = parts[:n-1] // "…, ARD-Studio Südamerika"
	}
	var out []string
	for _, a := range parts {
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

// hasAcronym reports two capitals in a row in s ("ARD-Studio").
func hasAcronym(s string) bool {
	prev := false
	for _, r := range s {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

// firstOf is strings.IndexAny for a few non-ASCII runes, using the fast
// substring search for each instead of decoding every rune of s.
func firstOf(s, runes string) int {
	best := -1
	for _, r := range runes {
		if k := strings.IndexRune(s, r); k >= 0 && (best < 0 || k < best) {
			best = k
			s = s[:k] // an earlier match must lie before this one
		}
	}
	return best
}
