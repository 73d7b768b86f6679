package analysis

import (
	"fmt"
	"strings"
)

// Order returns the analyzers to run for the selected ones: every analyzer
// they require, transitively, before the analyzers that require it, and
// otherwise in the order given. It fails on a requirement cycle, naming it,
// and on two analyzers with the same name (like go/analysis's Validate).
func Order(selected []*Analyzer) ([]*Analyzer, error) {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[*Analyzer]int{}
	names := map[string]*Analyzer{}
	var out []*Analyzer
	var path []string
	var visit func(a *Analyzer) error
	visit = func(a *Analyzer) error {
		if other, ok := names[a.Name]; ok && other != a {
			return fmt.Errorf("two analyzers are named %q", a.Name)
		}
		names[a.Name] = a
		switch state[a] {
		case done:
			return nil
		case visiting:
			return fmt.Errorf("analyzers require each other: %s -> %s", strings.Join(path, " -> "), a.Name)
		}
		state[a] = visiting
		path = append(path, a.Name)
		for _, r := range a.Requires {
			if err := visit(r); err != nil {
				return err
			}
		}
		path = path[:len(path)-1]
		state[a] = done
		out = append(out, a)
		return nil
	}
	for _, a := range selected {
		if err := visit(a); err != nil {
			return nil, err
		}
	}
	return out, nil
}
