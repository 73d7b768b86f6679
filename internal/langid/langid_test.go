package langid

import (
	"artikel/internal/shareddata"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

func detector(t testing.TB) *Detector {
	t.Helper()
	d, err := New(DefaultLanguages)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDetect(t *testing.T) {
	d := detector(t)
	tests := []struct {
		text, code string
		reliable   bool
	}{
		{"Die Gewerkschaft Deutscher Lokomotivführer hat für Donnerstag zu einem Streik aufgerufen. Betroffen sind vor allem Pendler in den Ballungsräumen.", "de", true},
		{"The union called a strike for Thursday, and commuters in the big cities will be hit hardest by the cancellations.", "en", true},
		{"Le syndicat a appelé à la grève jeudi. Les usagers des grandes villes seront les plus touchés.", "fr", true},
		{"12345 67 89", Undetermined, false},
		{"", Undetermined, false},
	}
	for _, tt := range tests {
		got := d.Detect(tt.text)
		if got.Code != tt.code || got.Reliable != tt.reliable {
			t.Errorf("Detect(%.30q) = %s reliable=%v (%.2f), want %s reliable=%v", tt.text, got.Code, got.Reliable, got.Confidence, tt.code, tt.reliable)
		}
		if got.Alternatives == nil {
			t.Errorf("Alternatives must be an empty list, not nil")
		}
	}
	if got := d.Detect(tests[0].text); got.Name != "German" {
		t.Errorf("name = %q, want German", got.Name)
	}
}

func TestNewNeedsTwoLanguages(t *testing.T) {
	if _, err := New([]string{"de"}); err == nil || !strings.Contains(err.Error(), "--lang") {
		t.Errorf("one language: err = %v, want a hint to use --lang", err)
	}
	if _, err := New([]string{"de", "xx"}); err == nil || !strings.Contains(err.Error(), `"xx"`) {
		t.Errorf("unknown code: err = %v", err)
	}
}

func TestSample(t *testing.T) {
	text := strings.Repeat("Wörter über Wörter ", 200)
	s := Sample(text, SampleRunes)
	if n := utf8.RuneCountInString(s); n > SampleRunes || n < SampleRunes/2 {
		t.Errorf("sample has %d code points, want at most %d", n, SampleRunes)
	}
	if strings.HasSuffix(s, "Wö") || !utf8.ValidString(s) {
		t.Errorf("sample cut inside a word: %q", s[len(s)-20:])
	}
	if Sample("kurz", 10) != "kurz" {
		t.Error("short text must be returned whole")
	}
}

// Concurrent detection after WarmUp must give the same answers as serial.
func TestConcurrentDetect(t *testing.T) {
	d := detector(t)
	d.WarmUp()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := d.Detect("Der Bundestag hat am Donnerstag über den Haushalt beraten und ihn mit knapper Mehrheit beschlossen."); got.Code != "de" {
				t.Errorf("got %s", got.Code)
			}
		}()
	}
	wg.Wait()
}

func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	text := strings.Repeat("Der Bundestag hat am Donnerstag über den Haushalt beraten und ihn mit knapper Mehrheit beschlossen. ", 100)
	d.Detect(text)
	b.ResetTimer()
	for b.Loop() {
		d.Detect(text)
	}
}

// BenchmarkDetectNewsDE detects the language of the 998 German news
// articles once per op (the models loaded beforehand), as a German batch
// does. Skipped without the shared data.
func BenchmarkDetectNewsDE(b *testing.B) {
	benchDetect(b, shareddata.Glob(b, "data/news-de", "*.txt"))
}

// BenchmarkDetectCorpus detects the language of news paragraphs in 78
// languages, one after the other, as a batch of mixed articles would.
func BenchmarkDetectCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "paragraphs", "*.txt"))
	benchDetect(b, files)
}

// benchDetect detects the language of every file once per op, after one
// untimed pass that loads the models the files need.
func benchDetect(b *testing.B, files []string) {
	d := detector(b)
	var texts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		d.Detect(string(t))
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			d.Detect(t)
		}
	}
}

// BenchmarkVerify is what checking lingua's pick against the language's
// lexicon and letters adds to the detection of one German document.
func BenchmarkVerify(b *testing.B) {
	text := strings.Repeat("Der Bundestag hat am Donnerstag über den Haushalt beraten und ihn mit knapper Mehrheit beschlossen. ", 100)
	sample := Sample(text, SampleRunes)
	for b.Loop() {
		if foreign(sample, lingua.German) {
			b.Fatal("German read as foreign")
		}
	}
}

func TestLexicon(t *testing.T) {
	x := lexicon("apfel\nbaum\nhaus\nhäufig\nsteuern\n")
	for w, want := range map[string]bool{"apfel": true, "haus": true, "steuern": true, "a": false, "hau": false, "zug": false, "": false} {
		if got := x.has(w); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"häufigen": true, "steuerte": true, "steuer": true, "häufigkeit": false, "baumes": false} {
		if got := x.hasStem(w); got != want {
			t.Errorf("hasStem(%q) = %v, want %v", w, got, want)
		}
	}
	if !lexicons[lingua.German].has("und") || lexicons[lingua.German].has("huet") {
		t.Error("German lexicon: want und, not huet")
	}
}

// A word broken by soft hyphens is counted, not looked up: it is no
// evidence of another language.
func TestSoftHyphen(t *testing.T) {
	f := measure("Wenn es die großen Her\u00adaus\u00adfor\u00adderun\u00adgen unserer Zeit nicht nur nennt, sondern Ant\u00adwor\u00adten for\u00admuliert.", lingua.German)
	if f.unknown != 0 || f.words != 13 {
		t.Errorf("got %+v, want 13 words, none unknown", f)
	}
}

func TestLexiconForms(t *testing.T) {
	x := lexicon("affresco\nbilancio\nrestauro\nriaprire\n")
	it := endings[lingua.Italian]
	for w, want := range map[string]bool{"restauri": true, "affreschi": true, "bilanci": true, "bilanciu": false, "riapre": true, "restaurxyz": false} {
		if got := x.hasForm(w, it); got != want {
			t.Errorf("hasForm(%q) = %v, want %v", w, got, want)
		}
	}
}
