// Package pipeline runs documents through language detection, segmentation
// and the enabled analyzers, in parallel but with results in input order.
package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/entities"
	"artikel/internal/keywords"
	"artikel/internal/quotes"
	"artikel/internal/readability"
	"artikel/internal/stats"
)

// Registry lists every analyzer in the order they run; an analyzer that uses
// another's result comes after it.
func Registry() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		stats.Analyzer,
		keywords.Analyzer,
		entities.Analyzer,
		quotes.Analyzer,
		readability.Analyzer,
	}
}

// Select resolves a --analyzers value: "" or "all" is every analyzer, "none"
// is none (segmentation only), otherwise a comma-separated list of names.
// The result keeps registry order.
func Select(spec string) ([]*analysis.Analyzer, error) {
	all := Registry()
	spec = strings.TrimSpace(spec)
	switch spec {
	case "", "all":
		return all, nil
	case "none":
		return []*analysis.Analyzer{}, nil
	}
	want := map[string]bool{}
	for _, name := range strings.Split(spec, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !slices.ContainsFunc(all, func(a *analysis.Analyzer) bool { return a.Name == name }) {
			return nil, fmt.Errorf("unknown analyzer %q: run `artikel analyzers` to list them", name)
		}
		want[name] = true
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if want[a.Name] {
			out = append(out, a)
		}
	}
	return out, nil
}
