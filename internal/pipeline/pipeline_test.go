package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"artikel/internal/analysis"
	"artikel/internal/input"
)

func sources(n int) func(func(input.Source) bool) {
	return func(yield func(input.Source) bool) {
		for i := 0; i < n; i++ {
			// Uneven sizes make later documents finish before earlier ones.
			text := strings.Repeat("Ein Satz über den Haushalt. ", 1+(n-i)%13*40)
			if !yield(input.Source{ID: fmt.Sprint(i), Text: text}) {
				return
			}
		}
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	for _, jobs := range []int{1, 2, 4} {
		cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: jobs}
		var got []string
		err := cfg.Run(context.Background(), sources(60), func(r *Report) error {
			got = append(got, r.Source.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range got {
			if id != fmt.Sprint(i) {
				t.Fatalf("jobs=%d: document %d came out as %s", jobs, i, id)
			}
		}
		if len(got) != 60 {
			t.Fatalf("jobs=%d: %d documents, want 60", jobs, len(got))
		}
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: 2}
	n := 0
	stop := errors.New("stop")
	err := cfg.Run(context.Background(), sources(50), func(r *Report) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("err = %v after %d documents, want stop after 3", err, n)
	}
}

func TestAnalyzerPanicBecomesError(t *testing.T) {
	boom := &analysis.Analyzer{Name: "boom", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("kaputt") }}
	german := &analysis.Analyzer{Name: "german", Doc: "German only", Languages: []string{"de"}, Run: func(*analysis.Pass) (any, error) { return "ok", nil }}
	cfg := &Config{Analyzers: []*analysis.Analyzer{boom, german}, Lang: "fr"}
	rep := cfg.Analyze(input.Source{ID: "x", Text: "Un texte."})
	if rep.Doc == nil {
		t.Fatal("document lost")
	}
	if rep.Results[0].Err == nil || !strings.Contains(rep.Results[0].Err.Error(), "kaputt") {
		t.Errorf("panic not turned into an error: %+v", rep.Results[0])
	}
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Message, "boom") {
		t.Errorf("document errors = %+v", rep.Errors)
	}
	if !strings.Contains(rep.Results[1].Skipped, "fr") {
		t.Errorf("German-only analyzer on French: skipped = %q", rep.Results[1].Skipped)
	}
}

func TestSelect(t *testing.T) {
	if a, _ := Select("none"); len(a) != 0 {
		t.Errorf("none selected %d analyzers", len(a))
	}
	if a, _ := Select(""); len(a) != len(Registry()) {
		t.Errorf("default should select all")
	}
	if _, err := Select("stats,nope"); err == nil {
		t.Error("unknown analyzer accepted")
	}
}

func optionsWithKeyphrase(k string) analysis.Options {
	return analysis.Options{Settings: map[string]string{"keyphrase": k}, Top: 5}
}

// On Ctrl-C the run stops taking new documents but still emits, in order,
// the ones already finished, and reports the cancellation.
func TestRunCancelFlushesFinished(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cfg := &Config{Analyzers: Registry(), Lang: "de", Jobs: 2}
	var got []string
	err := cfg.Run(ctx, sources(200), func(r *Report) error {
		got = append(got, r.Source.ID)
		if len(got) == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(got) < 5 || len(got) >= 200 {
		t.Fatalf("%d documents emitted, want the finished ones only", len(got))
	}
	for i, id := range got {
		if id != fmt.Sprint(i) {
			t.Fatalf("document %d came out as %s", i, id)
		}
	}
}

// Analyzers run side by side on one document give the same report as run
// one after the other: same results, same findings in the same order.
func TestParallelAnalyzersSameReport(t *testing.T) {
	text, err := os.ReadFile("../../testdata/sample/reaim-gipfel.txt")
	if err != nil {
		t.Fatal(err)
	}
	seq := &Config{Analyzers: Registry(), Lang: "de", Jobs: 1}
	par := &Config{Analyzers: Registry(), Lang: "de", Jobs: 1, ParallelAnalyzers: true}
	// quotes alone: entities runs first, hidden, in both.
	quotesOnly, _ := Select("quotes")
	seqQ := &Config{Analyzers: quotesOnly, Lang: "de", Jobs: 1}
	parQ := &Config{Analyzers: quotesOnly, Lang: "de", Jobs: 1, ParallelAnalyzers: true}
	for _, pair := range [][2]*Config{{seq, par}, {seqQ, parQ}} {
		a := pair[0].Analyze(input.Source{ID: "s", Text: string(text)})
		b := pair[1].Analyze(input.Source{ID: "s", Text: string(text)})
		ja, _ := json.Marshal(struct {
			R []any
			F []analysis.Finding
		}{values(a), a.Findings})
		jb, _ := json.Marshal(struct {
			R []any
			F []analysis.Finding
		}{values(b), b.Findings})
		if string(ja) != string(jb) {
			t.Errorf("parallel analyzers changed the report")
		}
		if len(a.Findings) == 0 && len(pair[0].Analyzers) > 1 {
			t.Error("the sample has findings; the comparison is empty")
		}
	}
}

func values(r *analysis.Report) []any {
	var out []any
	for _, res := range r.Results {
		out = append(out, res.Analyzer.Name, res.Value, res.Skipped)
	}
	return out
}

// The window lets the reader run ahead over short documents but not over long ones, and
// never holds fewer than its minimum.
func TestWindow(t *testing.T) {
	w := newWindow(2, 100)
	ctx := context.Background()
	for _, n := range []int{30, 30, 30} {
		if !w.enter(ctx, n) {
			t.Fatal("enter failed with room left")
		}
	}
	// 90 bytes held: 20 more would pass the byte bound, and the minimum is reached
	entered := make(chan bool)
	go func() { entered <- w.enter(ctx, 20) }()
	select {
	case <-entered:
		t.Fatal("entered past the byte bound")
	case <-time.After(20 * time.Millisecond):
	}
	w.leave(30)
	if !<-entered {
		t.Fatal("not entered after a document was written")
	}
	// large documents: the minimum always gets in
	big := newWindow(2, 100)
	for i := range 2 {
		if !big.enter(ctx, 500) {
			t.Fatalf("large document %d of the minimum 2 did not get in", i+1)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	if big.enter(cctx, 500) {
		t.Error("a third large document entered")
	}
}
