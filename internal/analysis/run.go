package analysis

import "artikel/internal/document"

// Run runs a on doc after the analyzers it requires, and returns its result
// and findings. Tests and tools use it to run one analyzer the way the
// pipeline does; a requirement that fails leaves its result missing.
func Run(a *Analyzer, doc *document.Document, opts Options) (any, []Finding, error) {
	order, err := Order([]*Analyzer{a})
	if err != nil {
		return nil, nil, err
	}
	results := map[*Analyzer]any{}
	var findings []Finding
	for _, x := range order {
		report := func(f Finding) { findings = append(findings, f) }
		if x != a {
			report = nil
		}
		v, err := x.Run(NewPass(x, doc, opts, results, report))
		if x == a {
			return v, findings, err
		}
		if err == nil && v != nil {
			results[x] = v
		}
	}
	return nil, findings, nil
}
