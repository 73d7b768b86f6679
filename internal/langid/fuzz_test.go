package langid

import (
	"os"
	"path/filepath"
	"testing"
)

// Detect takes any document: whatever the text, it returns a language code
// (or und) with a confidence between 0 and 1 and a list of alternatives,
// and never panics.
func FuzzDetect(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "paragraphs", "*.txt"))
	for _, p := range files[:min(len(files), 12)] {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("")
	f.Add("\xff\xfe ß ğğ åå Ωμέγα 12345")
	d := detector(f)
	f.Fuzz(func(t *testing.T, text string) {
		got := d.Detect(text)
		if got.Code == "" || got.Confidence < 0 || got.Confidence > 1 || got.Alternatives == nil {
			t.Fatalf("Detect(%q) = %+v", text, got)
		}
		if got.Code == Undetermined && got.Reliable {
			t.Fatalf("Detect(%q): undetermined but reliable", text)
		}
	})
}

// FuzzMeasure: reading any text as any checked language never panics, and
// the counts stay consistent.
func FuzzMeasure(f *testing.F) {
	f.Add("De Gemengerot huet en Dënschdeg den neie Budget ugeholl.")
	f.Add("Her\u00adaus\u00adfor\u00adderung 40-jähriger x\xff\xfe -")
	f.Fuzz(func(t *testing.T, text string) {
		for l := range vocabulary() {
			m := measure(text, l)
			if m.unknown > m.lower || m.lower > m.words || m.missed > m.short || m.known > m.words || m.alien > m.words {
				t.Fatalf("%v: inconsistent counts %+v", l, m)
			}
			foreign(text, l)
		}
	})
}
