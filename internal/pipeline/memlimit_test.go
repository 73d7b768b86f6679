package pipeline

import (
	"context"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/input"
)

// TestRunMemoryLimit: while a document is in flight the runtime's soft limit
// is the budget for it, and the limit set before the run comes back after.
func TestRunMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // the variable unset (the runtime read it at start-up)
	before := debug.SetMemoryLimit(-1)
	cfg := &Config{Analyzers: []*analysis.Analyzer{}, Lang: "de", Jobs: 1}
	texts := []string{strings.Repeat("Ein Satz. ", 100_000), "Kurz."}
	var seen []int64
	err := cfg.Run(context.Background(), slices.Values([]input.Source{{ID: "a", Text: texts[0]}, {ID: "b", Text: texts[1]}}), func(r *Report) error {
		seen = append(seen, debug.SetMemoryLimit(-1))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// While a is written, b may already be in flight.
	if low, high := memoryBase+memoryPerByte*int64(len(texts[0])), memoryBase+memoryPerByte*int64(len(texts[0])+len(texts[1])); seen[0] < low || seen[0] > high {
		t.Errorf("limit while writing a = %d, want %d…%d", seen[0], low, high)
	}
	if want := memoryBase + memoryPerByte*int64(len(texts[1])); seen[1] != want {
		t.Errorf("limit while writing b = %d, want %d", seen[1], want)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("limit after the run = %d, want %d as before", after, before)
	}
}

func TestRunMemoryLimitLeavesGOMEMLIMIT(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "1GiB")
	before := debug.SetMemoryLimit(-1)
	cfg := &Config{Analyzers: []*analysis.Analyzer{}, Lang: "de", Jobs: 1}
	err := cfg.Run(context.Background(), slices.Values([]input.Source{{ID: "a", Text: "Ein Satz."}}), func(r *Report) error {
		if got := debug.SetMemoryLimit(-1); got != before {
			t.Errorf("limit changed to %d although GOMEMLIMIT is set", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
