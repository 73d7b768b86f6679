package analysis

import (
	"strings"
	"testing"
)

func names(as []*Analyzer) string {
	var s []string
	for _, a := range as {
		s = append(s, a.Name)
	}
	return strings.Join(s, ",")
}

func TestOrderRunsRequirementsFirst(t *testing.T) {
	ents := &Analyzer{Name: "entities"}
	quotes := &Analyzer{Name: "quotes", Requires: []*Analyzer{ents}}
	stats := &Analyzer{Name: "stats"}
	for _, tc := range []struct {
		sel  []*Analyzer
		want string
	}{
		{[]*Analyzer{quotes}, "entities,quotes"},
		{[]*Analyzer{stats, quotes, ents}, "stats,entities,quotes"},
		{[]*Analyzer{ents, quotes}, "entities,quotes"},
		{nil, ""},
	} {
		got, err := Order(tc.sel)
		if err != nil || names(got) != tc.want {
			t.Errorf("Order(%s) = %s, %v; want %s", names(tc.sel), names(got), err, tc.want)
		}
	}
}

func TestOrderRejectsCyclesAndDuplicateNames(t *testing.T) {
	a := &Analyzer{Name: "a"}
	b := &Analyzer{Name: "b", Requires: []*Analyzer{a}}
	a.Requires = []*Analyzer{b}
	if _, err := Order([]*Analyzer{a}); err == nil || !strings.Contains(err.Error(), "a -> b -> a") {
		t.Errorf("cycle: err = %v", err)
	}
	if _, err := Order([]*Analyzer{{Name: "x"}, {Name: "x"}}); err == nil {
		t.Error("duplicate names accepted")
	}
}
