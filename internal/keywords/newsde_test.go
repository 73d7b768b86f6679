package keywords

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"artikel/internal/document"
	"artikel/internal/shareddata"
)

// TestNewsDEStuffingFalsePositives measures the keyword_stuffing rule on 998 real German news
// articles, none of which is spam: at most 1 % may be flagged. `make eval` runs it with -v for the
// count line.
func TestNewsDEStuffingFalsePositives(t *testing.T) {
	files := shareddata.Glob(t, "data/news-de", "*.txt")
	flagged := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(document.New(filepath.Base(f), string(b), "de"), "de", Options{})
		for _, w := range r.Warnings {
			if w.Code == "keyword_stuffing" {
				flagged++
				t.Logf("%s: %s", filepath.Base(f), w.Message)
			}
		}
	}
	// Printed (not logged) so `make eval` shows one clean line.
	fmt.Printf("keyword_stuffing: %d of %d flagged (%.1f %%)\n", flagged, len(files), 100*float64(flagged)/float64(len(files)))
	if float64(flagged) > 0.01*float64(len(files)) {
		t.Errorf("keyword_stuffing flags %d of %d real articles, more than 1 %%", flagged, len(files))
	}
}
