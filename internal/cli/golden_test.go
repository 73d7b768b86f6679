package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var samplePath = filepath.Join("..", "..", "testdata", "sample", "reaim-gipfel.txt")

// TestSampleGolden compares the full JSON report of the bundled sample with
// the reviewed golden file. Regenerate with UPDATE_GOLDEN=1 and read the diff.
func TestSampleGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"analyze", "--format", "json", samplePath}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden := filepath.Join("..", "..", "testdata", "golden", "reaim-gipfel.json")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("report differs from %s; rerun with UPDATE_GOLDEN=1 and review the diff", golden)
	}
}

// TestSampleFacts checks what a reader of the sample would check by eye.
func TestSampleFacts(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"analyze", "--format", "json", "--analyzers", "none", samplePath}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var doc struct {
		Language struct {
			Code string `json:"code"`
		} `json:"language"`
		Paragraphs []struct {
			Kind string `json:"kind"`
		} `json:"paragraphs"`
		Sentences []struct {
			Paragraph int    `json:"paragraph"`
			Text      string `json:"text"`
		} `json:"sentences"`
		Dateline *struct {
			Place, Date, Source string
		} `json:"dateline"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Language.Code != "de" {
		t.Errorf("language %q, want de", doc.Language.Code)
	}
	kinds := map[string]int{}
	for _, p := range doc.Paragraphs {
		kinds[p.Kind]++
	}
	if len(doc.Paragraphs) != 24 || kinds["title"] != 1 || kinds["heading"] != 7 || kinds["body"] != 16 {
		t.Errorf("paragraphs %d %v, want 24: 1 title, 7 headings, 16 body", len(doc.Paragraphs), kinds)
	}
	prose := 0
	for _, s := range doc.Sentences {
		if strings.HasSuffix(s.Text, "05.") || strings.HasSuffix(s.Text, " 4.") || strings.HasSuffix(s.Text, " u.") || strings.HasSuffix(s.Text, " z.") {
			t.Errorf("sentence ends after an ordinal or abbreviation: %q", s.Text)
		}
		if doc.Paragraphs[s.Paragraph].Kind == "body" {
			prose++
		}
	}
	// The article has 71 sentences of body text, plus its 8 title and heading lines.
	if prose != 71 || len(doc.Sentences) != 79 {
		t.Errorf("%d sentences (%d in body text), want 79 (71)", len(doc.Sentences), prose)
	}
	if d := doc.Dateline; d == nil || d.Place != "A Coruña, Spanien" || d.Date != "2026-02-05" || d.Source != "Berlin Morgen Zeitschrift" {
		t.Errorf("dateline = %+v", doc.Dateline)
	}
}
