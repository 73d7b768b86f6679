package langid

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pemistahl/lingua-go"

	"artikel/internal/shareddata"
)

// TestCorpusAccuracy checks detection on the shared news corpora (German,
// English, French Wikinews) when they are present; a user's clone has none.
// Every article, and the first 200 characters of every article (a short
// text: the check against the language's lexicon has less to go on), must
// keep its language and stay reliable.
func TestCorpusAccuracy(t *testing.T) {
	root := shareddata.Require(t, "data")
	d := detector(t)
	for _, c := range []struct{ dir, code string }{
		{"news-de", "de"}, {"news-multi/en", "en"}, {"news-multi/fr", "fr"},
	} {
		files, _ := filepath.Glob(filepath.Join(root, c.dir, "*.txt"))
		wrong := 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range []string{string(b), prefix(string(b), SampleRunes)} {
				if got := d.Detect(text); got.Code != c.code || !got.Reliable {
					wrong++
					t.Logf("%s (%d bytes): detected %s (%.2f, reliable %v)", f, len(text), got.Code, got.Confidence, got.Reliable)
				}
			}
		}
		t.Logf("%s: %d/%d texts detected as %s, reliably", c.dir, 2*len(files)-wrong, 2*len(files), c.code)
		if wrong > 0 {
			t.Errorf("%s: %d of %d texts misdetected or unreliable", c.dir, wrong, 2*len(files))
		}
	}
}

// TestSentenceFalseAlarms: single German sentences (GermEval 2014 dev and
// test, when the shared data is present) say less than an article, so the
// check of lingua's pick may doubt a few of them; it must stay rare.
func TestSentenceFalseAlarms(t *testing.T) {
	root := shareddata.Require(t, "data/germeval2014")
	d := detector(t)
	sentences, doubted := 0, 0
	for _, name := range []string{"NER-de-dev.tsv", "NER-de-test.tsv"} {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		var words []string
		for line := range strings.Lines(string(b) + "\n") {
			line = strings.TrimRight(line, "\r\n")
			if strings.HasPrefix(line, "#") {
				continue
			}
			if line != "" {
				if f := strings.Split(line, "\t"); len(f) > 1 {
					words = append(words, f[1])
				}
				continue
			}
			if len(words) == 0 {
				continue
			}
			s := strings.Join(words, " ")
			words = words[:0]
			sentences++
			if got := d.Detect(s); got.Code == "de" && !got.Reliable && foreign(Sample(s, SampleRunes), lingua.German) {
				doubted++
			}
		}
	}
	rate := float64(doubted) / float64(sentences)
	t.Logf("%d of %d German sentences doubted by the check of the pick (%.2f %%)", doubted, sentences, 100*rate)
	if sentences < 7000 || rate > 0.005 {
		t.Errorf("%d of %d sentences doubted, want at most 0.5 %% of 7,000 or more", doubted, sentences)
	}
}
