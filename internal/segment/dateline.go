package segment

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var monthNumber = map[string]int{
	"januar": 1, "jänner": 1, "jan": 1, "january": 1,
	"februar": 2, "feber": 2, "feb": 2, "febr": 2, "february": 2,
	"märz": 3, "mär": 3, "mrz": 3, "march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juni": 6, "jun": 6, "june": 6,
	"juli": 7, "jul": 7, "july": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"dezember": 12, "dez": 12, "december": 12, "dec": 12,
}

var weekdays = map[string]bool{
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonnabend": true, "sonntag": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// placeJoiners are lower-case words allowed inside a place name
// ("Frankfurt am Main", "Rio de Janeiro", "Stratford-upon-Avon").
var placeJoiners = map[string]bool{
	"am": true, "an": true, "der": true, "im": true, "in": true, "ob": true, "bei": true, "vor": true,
	"de": true, "del": true, "la": true, "le": true, "los": true, "las": true, "da": true, "do": true,
	"of": true, "on": true, "upon": true, "sur": true, "sul": true, "di": true, "a.": true, "d.": true,
	"M.": true, "Main": true,
}

// notPlaceStart are capitalised words that open sentences, not place names
// ("Die Regierung (CDU) – …"). "Den Haag", "Des Moines", "La Paz" stay.
var notPlaceStart = map[string]bool{
	"Der": true, "Die": true, "Das": true, "Ein": true, "Eine": true, "Einer": true, "Einem": true,
	"Einen": true, "Am": true, "Im": true, "Er": true, "Sie": true, "Es": true, "Wir": true, "Ich": true,
	"The": true, "He": true, "She": true, "It": true, "We": true, "They": true,
	"Von": true, "By": true, "Auch": true, "Nach": true, "Mit": true, "Bei": true, "Für": true,
	"Mein": true, "Meine": true, "Dein": true, "Deine": true, "Sein": true, "Seine": true, "Ihr": true,
	"Ihre": true, "Unser": true, "Unsere": true, "Kein": true, "Keine": true, "Dieser": true, "Diese": true,
	"Dieses": true, "My": true, "Our": true, "His": true, "Her": true, "Their": true, "This": true,
}

// reportingVerbs may follow "– SOURCE," after a dated opening ("– Berlin
// Morgen Zeitschrift, berichtet …"); without one the name is the subject of
// the sentence ("München, 17. Dezember – Arval, der Leasinganbieter, …").
var reportingVerbs = map[string]bool{
	"berichtet": true, "meldet": true, "schreibt": true, "teilt": true, "informiert": true,
	"berichten": true, "melden": true, "reports": true, "writes": true, "reported": true,
	"berichtete": true, "meldete": true, "schrieb": true, "teilte": true, "berichteten": true,
	"meldeten": true, "wrote": true, "reporting": true,
}

// nameParticles are the lower-case words a paper's name may hold.
var nameParticles = map[string]bool{"der": true, "die": true, "das": true, "des": true, "von": true,
	"für": true, "am": true, "im": true, "und": true, "zu": true, "zum": true, "of": true, "the": true}

// inversionArticles after a reporting verb open its subject: "…, berichtet der Sender".
var inversionArticles = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true,
	"ein": true, "eine": true, "the": true, "a": true}

// sourceArticles may open a paper's name before a reporting verb ("– Die Welt, berichtet …").
var sourceArticles = map[string]bool{"Der": true, "Die": true, "Das": true, "The": true}

// reportedSource reports whether src, followed by a reporting verb, names the source: a short
// name (isSource) that does not open like a sentence, unless with an article before a capitalised
// word (Die Welt, Der Spiegel), or written in lower case as some papers are (taz).
func reportedSource(src string, cfg *config) bool {
	f := strings.Fields(src)
	if len(f) == 0 || !isSource(src) {
		return false
	}
	if len(f) > 1 {
		// Inside a multi-word name only particles are lower case ("Name der Zeitung"); a verb
		// makes it a clause ("Die Polizei sucht Zeugen, berichtet der WDR").
		for _, w := range f[1:] {
			if unicode.IsLower(firstRune(w)) && !nameParticles[w] {
				return false
			}
		}
	}
	first := f[0]
	if cfg.lex.starters[first] || lexDE.starters[first] || lexEN.starters[first] {
		return sourceArticles[first] && len(f) >= 2 && unicode.IsUpper(firstRune(f[1]))
	}
	return true
}

// parseDate reads a date such as "05. Februar 2026", "5. Feb. 2026",
// "05.02.2026", "2026-02-05", "February 5 2026" or "5 February". ok is
// true for any date; iso is set only when the year is known.
func parseDate(s string) (iso string, ok bool) {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return "", false
	}
	if weekdays[strings.ToLower(strings.TrimRight(f[0], ".,"))] {
		f = f[1:]
		if len(f) == 0 {
			return "", true
		}
	}
	day, month, year := 0, 0, 0
	if len(f) == 1 {
		w := strings.TrimRight(f[0], ".")
		if p := strings.Split(w, "-"); len(p) == 3 && len(p[0]) == 4 {
			year, month, day = atoi(p[0]), atoi(p[1]), atoi(p[2])
		} else if p := strings.Split(w, "."); len(p) == 3 {
			day, month, year = atoi(p[0]), atoi(p[1]), atoi(p[2])
			if year > 0 && year < 100 {
				year += 2000
			}
		} else {
			return "", false
		}
		return isoDate(year, month, day)
	}
	for _, w := range f {
		t := strings.TrimRight(w, ".,")
		if m, isM := monthNumber[strings.ToLower(t)]; isM && month == 0 {
			month = m
			continue
		}
		n := atoi(t)
		switch {
		case n >= 1000 && len(t) == 4 && year == 0:
			year = n
		case n >= 1 && n <= 31 && day == 0 && len(t) <= 2:
			day = n
		default:
			return "", false
		}
	}
	if month == 0 || day == 0 {
		return "", false
	}
	if year == 0 {
		return "", true
	}
	return isoDate(year, month, day)
}

func isoDate(y, m, d int) (string, bool) {
	if y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return strconv.Itoa(y) + "-" + two(m) + "-" + two(d), true
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// atoi parses a short run of ASCII digits, or returns -1.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isPlace reports 1-4 words that can form a place name: capitalised words
// (or ALL CAPS), joined by a few lower-case particles, no digits.
func isPlace(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for i, w := range f {
		r := firstRune(w)
		if placeJoiners[w] && i > 0 {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '.' && c != '/' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isSource reports a short agency or paper name: "dpa", "Reuters",
// "AFP/dpa", "dpa-AFX", "Berlin Morgen Zeitschrift".
func isSource(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 40 {
		return false
	}
	f := strings.Fields(s)
	if len(f) > 5 {
		return false
	}
	for _, w := range f {
		for _, c := range w {
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune("-/&.,'’", c) {
				return false
			}
		}
	}
	return unicode.IsLetter(firstRune(s))
}

// dashAt returns the length of a dateline separator (" – ", " — ", " - ",
// " -- ") starting at s[i] == ' ', or 0.
func dashAt(s string, i int) int {
	for _, d := range []string{" – ", " — ", " - ", " -- ", " ‒ "} {
		if strings.HasPrefix(s[i:], d) {
			return len(d)
		}
	}
	return 0
}

// parseDateline reads a news opening at the start of paragraph p (in text
// at offset base): "PLACE[, REGION][, DATE] [(SOURCE)] – …", an optional
// "– SOURCE, …" after a dated opening, or a paragraph that is nothing but
// such a line (whole reports that). It returns nil if there is none.
func parseDateline(text string, ps, pe int, cfg *config) (dl *Dateline, whole bool) {
	p := text[ps:pe]
	limit := len(p)
	if limit > 200 {
		limit = 200
	}
	// the head ends at the first dash, or at the paragraph end
	head, rest := "", ""
	dashEnd := -1
	for i := 0; i < limit; i++ {
		c := p[i]
		if c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' {
			if c == '.' && i > 0 && (isDigitByte(p[i-1]) || i+1 < len(p) && p[i+1] != ' ') {
				continue // "05." or "a.M."
			}
			if c == '.' && isShortAbbrevBefore(p, i) {
				continue // "Frankfurt a. M."
			}
			break
		}
		if c == ' ' {
			if n := dashAt(p, i); n > 0 {
				head, rest = p[:i], p[i+n:]
				dashEnd = i + n
				break
			}
		}
	}
	if dashEnd < 0 {
		if len(p) > 120 {
			return nil, false
		}
		head = p
		whole = true
	}
	dl = &Dateline{}
	h := strings.TrimSpace(head)
	hadParen := false
	if strings.HasSuffix(h, ")") {
		if k := strings.LastIndexByte(h, '('); k > 0 {
			src := strings.TrimSpace(h[k+1 : len(h)-1])
			if !isSource(src) {
				return nil, false
			}
			dl.Source = src
			hadParen = true
			h = strings.TrimSpace(h[:k])
		}
	}
	parts := strings.Split(h, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	// a date at the end: one part, or "February 5, 2026" over two
	dated := false
	if len(parts) >= 3 {
		if iso, ok := parseDate(parts[len(parts)-2] + " " + parts[len(parts)-1]); ok && atoi(parts[len(parts)-1]) >= 1000 {
			dl.Date, dated = iso, true
			parts = parts[:len(parts)-2]
		}
	}
	if !dated && len(parts) >= 2 {
		if iso, ok := parseDate(parts[len(parts)-1]); ok {
			dl.Date, dated = iso, true
			parts = parts[:len(parts)-1]
		}
	}
	if dated && len(parts) > 0 && weekdays[strings.ToLower(strings.TrimRight(parts[len(parts)-1], "."))] {
		parts = parts[:len(parts)-1] // "Monday, May 18, 2015"
	}
	if len(parts) > 3 {
		return nil, false
	}
	for _, pt := range parts {
		if !isPlace(pt) || notPlaceStart[strings.Fields(pt)[0]] {
			return nil, false
		}
	}
	dl.Place = strings.Join(parts, ", ")
	if dl.Place == "" && !(whole && dated) {
		return nil, false
	}
	end := pe
	if !whole {
		end = ps + len(strings.TrimRight(p[:dashEnd], " "))
	}
	if !hadParen && !whole {
		// "…, 05. Februar 2026 – Berlin Morgen Zeitschrift, berichtet …"
		if k := strings.IndexByte(rest, ','); dated && k > 0 && k < 60 {
			src := rest[:k]
			f := strings.Fields(src)
			after := strings.Fields(rest[k+1:])
			// "…, berichtet der WDR" names the source after the verb: the words before are a clause.
			inverted := len(after) > 1 && inversionArticles[after[1]]
			if len(f) >= 1 && len(after) > 0 && reportingVerbs[after[0]] && !inverted && reportedSource(src, cfg) {
				dl.Source = src
				end = ps + dashEnd + k
			}
		}
	}
	// evidence that this is a dateline and not "Angela Merkel – die …"
	switch {
	case hadParen, dated:
	case isAllCaps(dl.Place):
	case !whole && len(strings.Fields(dl.Place)) <= 3 && startsUpper(rest):
	default:
		return nil, false
	}
	if whole && !hadParen && !dated {
		return nil, false
	}
	dl.Start = ps
	dl.End = end
	dl.Text = text[ps:end]
	return dl, whole
}

func startsUpper(s string) bool {
	s = strings.TrimLeftFunc(s, isOpener)
	return unicode.IsUpper(firstRune(s))
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isShortAbbrevBefore reports "a." / "M." (one letter before the period).
func isShortAbbrevBefore(p string, i int) bool {
	return i >= 2 && p[i-2] == ' ' && unicode.IsLetter(rune(p[i-1]))
}
