package quotes

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"artikel/internal/document"
)

// paragraphsOf splits like the segmenter: one paragraph per non-empty line.
func paragraphsOf(text string) []document.Paragraph {
	var ps []document.Paragraph
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				ps = append(ps, document.Paragraph{Start: int32(start), End: int32(i)})
			}
			start = i + 1
		}
	}
	return ps
}

func FuzzPairMarks(f *testing.F) {
	for _, s := range []string{
		"Er sagte: „Das ist „gut“ so.“", "„offen\n„weiter“", "»a ›b‹ c« «d»", "\"a\" \"b", "“x” ‚y‘ „z",
		"„„„„“", "«»«»", "\"\"\"", "Text ohne Zeichen", "„a\nb“",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		paras := paragraphsOf(text)
		pairs := pairMarks(text, paras)
		prev := -1
		for _, p := range pairs {
			if !(p.OpenStart < p.OpenEnd && p.OpenEnd <= p.CloseStart && p.CloseStart < p.CloseEnd && p.CloseEnd <= len(text)) {
				t.Fatalf("bad pair %+v in %q", p, text)
			}
			if p.OpenStart < prev {
				t.Fatalf("pairs overlap or are out of order: %+v in %q", pairs, text)
			}
			prev = p.CloseEnd
			o, _ := utf8.DecodeRuneInString(text[p.OpenStart:])
			c, _ := utf8.DecodeRuneInString(text[p.CloseStart:])
			if !closes(o, c) {
				t.Fatalf("%q does not close %q in %q", c, o, text)
			}
			// a quotation crosses a line break only into a paragraph that reopens it
			inner := text[p.OpenEnd:p.CloseStart]
			for i := strings.IndexByte(inner, '\n'); i >= 0; i = strings.IndexByte(inner, '\n') {
				rest := strings.TrimLeft(inner[i+1:], "\n")
				r, _ := utf8.DecodeRuneInString(rest)
				if !isMark(r) {
					t.Fatalf("quotation %q runs into a paragraph without reopening it", text[p.OpenStart:p.CloseEnd])
				}
				inner = rest
			}
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Der Minister sagte: „Wir kommen.“ Er betonte, das sei gut.", "de")
	f.Add("„a“, so b. Laut c d e f. X zufolge g h i. Nach Angaben von j k l m.", "de")
	f.Add("“Yes,” he said.", "en")
	// source names and antecedents (name.go)
	f.Add("Die Ärztin Dr. Eva Roth, die forscht, warnt. Nach ihren Berechnungen sei es so. Nach Angaben des Roten Kreuzes "+
		"sind es mehr. Laut dem neuen Bericht vom 3. Mai steigt sie. Einer Meldung von X zufolge ist es so. Er sagte, es sei gut.", "de")
	f.Add("Nach Angaben seines . Nach eigenen Angaben des , vom. Laut dem Nach Polizeiangaben-", "de")
	// clause edges at the end of the text (indirect.go)
	f.Add("Der Bericht kam. Danach", "de")
	f.Add("Dem Appell der Feuerwehr,", "de")
	f.Add("Denn", "de")
	f.Add("Die Bahn hat angekündigt", "de")
	f.Add("Er sagte, sie sei da und fügte", "de")
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		if lang != "en" {
			lang = "de"
		}
		d := document.New("f", text, lang)
		res := Analyze(d)
		n := utf8.RuneCountInString(text)
		for _, q := range res.Quotes {
			if q.Start < 0 || q.Start > q.End || q.End > n {
				t.Fatalf("bad span %+v", q)
			}
			if q.Speaker != nil && (q.Speaker.Start < 0 || q.Speaker.End > n || q.Speaker.Start >= q.Speaker.End) {
				t.Fatalf("bad speaker %+v", q.Speaker)
			}
			if q.Type != "direct" && q.Type != "indirect" {
				t.Fatalf("bad type %q", q.Type)
			}
		}
	})
}

// adversarial builds n bytes of text that stresses one part of the analyzer.
func adversarial(kind string, n int) string {
	unit := map[string]string{
		"marks":   "„a „b ‚c »d «e \"f “g ",
		"cues":    "sagte teilte erklärte laut zufolge nach Angaben ",
		"clauses": "Er sagte, dass sie sagte, er habe gesagt, so der Minister, wie er mitteilte, ",
		"prose":   "Der Minister sagte: „Wir kommen morgen.“ Laut Polizei wurden drei Menschen verletzt. ",
		// one "sentence" of quotations without a full stop: a step that reads the
		// sentence once per quotation is quadratic here
		"quoted": "Er sagte: „a“ ",
	}[kind]
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(unit)
		if kind == "prose" && b.Len()%2000 < len(unit) {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// allocated is the number of bytes Analyze allocates on d: unlike time it
// does not depend on the machine's load, and every step that builds a
// structure per quote candidate shows in it.
func allocated(d *document.Document) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Analyze(d)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLinearMemory checks that four times the text allocates about four
// times as much (bound x6): a quadratic structure would show x16. Time is
// checked by BenchmarkLinearity, not by a timed test.
func TestLinearMemory(t *testing.T) {
	for _, kind := range []string{"marks", "cues", "clauses", "prose", "quoted"} {
		small := document.New("s", adversarial(kind, 100_000), "de")
		large := document.New("l", adversarial(kind, 400_000), "de")
		as, al := allocated(small), allocated(large)
		if as < 64<<10 {
			as = 64 << 10
		}
		if ratio := float64(al) / float64(as); ratio > 6 {
			t.Errorf("%s: 4x input allocated %.1fx the bytes (%d vs %d)", kind, ratio, al, as)
		}
	}
}

// BenchmarkLinearity reports the time per input byte for 100 KB and 400 KB
// of each adversarial text; the two figures should be about equal.
func BenchmarkLinearity(b *testing.B) {
	for _, kind := range []string{"marks", "cues", "clauses", "prose", "quoted"} {
		for _, n := range []int{100_000, 400_000} {
			d := document.New("b", adversarial(kind, n), "de")
			b.Run(fmt.Sprintf("%s/%dKB", kind, n/1000), func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				b.ReportAllocs()
				for b.Loop() {
					Analyze(d)
				}
			})
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	d := document.New("b", adversarial("prose", 100_000), "de")
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		Analyze(d)
	}
}
