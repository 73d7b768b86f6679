package entities

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"artikel/internal/document"
)

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// englishModel loads prose's English model once; building a prose document
// without UsingModel would reload it for every document.
func englishModel() *prose.Model {
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
		if err == nil {
			proseModel = doc.Model
		}
	})
	return proseModel
}

// proseTypes maps prose's labels to ours.
var proseTypes = map[string]string{"PERSON": PER, "GPE": LOC, "LOC": LOC, "FAC": LOC, "ORG": ORG}

// englishMentions runs prose's entity extraction sentence by sentence and
// finds each entity's offsets in the sentence, since prose reports only the
// text.
func englishMentions(d *document.Document) ([]Mention, error) {
	model := englishModel()
	mentions := []Mention{}
	for si, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model))
		if err != nil {
			return nil, err
		}
		cursor := 0
		for _, e := range pd.Entities() {
			i := strings.Index(text[cursor:], e.Text)
			if i < 0 {
				continue
			}
			start := s.Start + cursor + i
			end := start + len(e.Text)
			cursor += i + len(e.Text)
			typ, ok := proseTypes[e.Label]
			if !ok {
				typ = MISC
			}
			mentions = append(mentions, NewMention(d, start, end, typ, "name", si))
		}
	}
	return mentions, nil
}
