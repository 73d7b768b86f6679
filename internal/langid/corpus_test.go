package langid

import (
	"artikel/internal/shareddata"
	"os"
	"path/filepath"
	"testing"
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
