package corpus

import (
	"encoding/json"
	"testing"
)

func doc(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSummary(t *testing.T) {
	b := NewBuilder(2)
	b.Add("a", doc(t, `{"language":{"code":"de"},"paragraphs":[{}],"stats":{"words":100},
		"keywords":{"keyphrase":{"phrase":"KI Abkommen"},"warnings":[{"code":"keyword_stuffing","message":"x"}]},
		"entities":{"entities":[{"canonical":"China","type":"LOC","count":3},{"canonical":"USA","type":"LOC","count":1}]},
		"quotes":{"speakers":[{"name":"Ruben Brekelmans","quotes":[0,1]}]},"errors":[]}`))
	b.Add("b", doc(t, `{"language":{"code":"de"},"paragraphs":[{}],"stats":{"words":50},
		"keywords":{"keyphrase":{"phrase":"Bahnstreik"},"warnings":[]},
		"entities":{"entities":[{"canonical":"China","type":"LOC","count":1},{"canonical":"GDL","type":"ORG","count":4}]},
		"quotes":{"speakers":[{"name":"Ruben Brekelmans","quotes":[0]}]},"errors":[]}`))
	b.Add("c", doc(t, `{"language":{"code":"und"},"paragraphs":[],"errors":[{"code":"input","message":"binary"}]}`))
	b.AddGateFailure("a", "stuffing: x")
	s := b.Summary()
	if s.Documents != 3 || s.Failed != 1 || s.Words != 150 {
		t.Errorf("documents %d failed %d words %d", s.Documents, s.Failed, s.Words)
	}
	if len(s.Languages) != 1 || s.Languages[0] != (Count{Name: "de", Documents: 2}) {
		t.Errorf("languages = %+v (a failed document has no language)", s.Languages)
	}
	if len(s.Entities) != 2 || s.Entities[0] != (EntityCount{Canonical: "China", Type: "LOC", Documents: 2, Mentions: 4}) || s.Entities[1].Canonical != "GDL" {
		t.Errorf("entities = %+v (top 2, by documents then mentions)", s.Entities)
	}
	if len(s.Speakers) != 1 || s.Speakers[0] != (Count{Name: "Ruben Brekelmans", Documents: 2, Total: 3}) {
		t.Errorf("speakers = %+v", s.Speakers)
	}
	if len(s.Stuffing) != 1 || s.Stuffing[0] != "a" || len(s.Errors) != 1 || len(s.GateFailures) != 1 {
		t.Errorf("stuffing %v errors %v gates %v", s.Stuffing, s.Errors, s.GateFailures)
	}
	if len(s.Keyphrases) != 2 || s.Keyphrases[0].Name != "Bahnstreik" {
		t.Errorf("keyphrases = %+v (ties sorted by name)", s.Keyphrases)
	}
}
