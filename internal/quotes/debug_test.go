package quotes

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"artikel/internal/document"
)

func TestDebugDoc(t *testing.T) {
	id := os.Getenv("QDOC")
	if id == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(sharedQuotes + "/german_news_quotes_2024_wikinews/dev/" + id + ".json")
	var d struct {
		OriginalText string `json:"originalText"`
	}
	json.Unmarshal(raw, &d)
	if strings.HasSuffix(id, ".json") {
		for _, ed := range loadSpkatt(t) {
			if ed.id == id {
				d.OriginalText = ed.text
			}
		}
	}
	doc := document.New(id, d.OriginalText, "de")
	res := Analyze(doc)
	grep := os.Getenv("QGREP")
	for _, s := range doc.Sentences {
		txt := doc.Text[s.Start:s.End]
		if grep != "" && !strings.Contains(txt, grep) {
			continue
		}
		t.Logf("S%d: %s", s.Index, txt)
		for _, q := range res.Quotes {
			if q.Sentence == s.Index {
				b, _ := json.Marshal(q)
				t.Logf("   %s", b)
			}
		}
	}
}
