package langid

import (
	"artikel/internal/shareddata"
	"os"
	"path/filepath"
	"testing"
)

// TestCorpusAccuracy checks detection on the shared news corpora (German,
// English, French Wikinews) when they are present; a user's clone has none.
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
			if got := d.Detect(string(b)); got.Code != c.code {
				wrong++
				t.Logf("%s: detected %s (%.2f)", f, got.Code, got.Confidence)
			}
		}
		t.Logf("%s: %d/%d detected as %s", c.dir, len(files)-wrong, len(files), c.code)
		if wrong > 0 {
			t.Errorf("%s: %d of %d documents misdetected", c.dir, wrong, len(files))
		}
	}
}
