package artikelbeam

import (
	"cmp"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/pipeline"
)

// summaryFn combines the bundles' parts of the corpus summary. Its
// accumulator is a corpus.Builder, the CLI's, so the figures are the CLI's;
// only the order of the lists of document ids differs, since runners merge
// in any order: ExtractOutput sorts them by id (see sortLists).
type summaryFn struct {
	Settings Settings
}

// summaryAcc is the accumulator: a builder and what is needed to rebuild it
// on another worker (the analyzers its tallies belong to).
type summaryAcc struct {
	Analyzers string
	Top       int
	b         *corpus.Builder
}

func newAcc(s Settings) (*summaryAcc, error) {
	analyzers, err := pipeline.Select(s.Analyzers)
	if err != nil {
		return nil, err
	}
	return &summaryAcc{Analyzers: s.Analyzers, Top: s.Top, b: corpus.NewBuilder(s.Top, analyzers)}, nil
}

func (fn *summaryFn) CreateAccumulator() (*summaryAcc, error) { return newAcc(fn.Settings) }

func (fn *summaryFn) AddInput(a *summaryAcc, part string) (*summaryAcc, error) {
	o, err := newAcc(fn.Settings)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(part), o.b); err != nil {
		return nil, fmt.Errorf("summary part: %v", err)
	}
	a.b.Merge(o.b)
	return a, nil
}

func (fn *summaryFn) MergeAccumulators(a, o *summaryAcc) *summaryAcc {
	a.b.Merge(o.b)
	return a
}

// ExtractOutput writes the summary object the CLI writes as the last line
// of `--format jsonl`, with a line end.
func (fn *summaryFn) ExtractOutput(a *summaryAcc) (string, error) {
	s := a.b.Summary()
	sortLists(s)
	b, err := analysis.EncodeJSON(s)
	if err != nil {
		return "", err
	}
	return string(b) + "\n", nil
}

// sortLists puts the summary's lists of documents (errors, gate failures,
// and analyzers' lists of document ids such as keywords' stuffing) in id
// order. The CLI lists them in input order, which a distributed run does not
// have; for a folder of files, id order is path order, the CLI's.
func sortLists(s *corpus.Summary) {
	byID := func(x, y corpus.DocMessage) int {
		return cmp.Or(cmp.Compare(x.ID, y.ID), cmp.Compare(x.Message, y.Message))
	}
	slices.SortStableFunc(s.Errors, byID)
	slices.SortStableFunc(s.GateFailures, byID)
	for _, p := range s.Parts {
		for _, f := range p.Fields {
			if ids, ok := f.Value.([]string); ok {
				slices.Sort(ids)
			}
		}
	}
}

func encodeAcc(a *summaryAcc) ([]byte, error) {
	return json.Marshal(struct {
		Analyzers string          `json:"analyzers"`
		Top       int             `json:"top"`
		State     *corpus.Builder `json:"state"`
	}{a.Analyzers, a.Top, a.b})
}

func decodeAcc(data []byte) (*summaryAcc, error) {
	var head struct {
		Analyzers string          `json:"analyzers"`
		Top       int             `json:"top"`
		State     json.RawMessage `json:"state"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, err
	}
	a, err := newAcc(Settings{Analyzers: head.Analyzers, Top: head.Top})
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(head.State, a.b); err != nil {
		return nil, err
	}
	return a, nil
}

func init() {
	beam.RegisterCoder(reflect.TypeOf((*summaryAcc)(nil)), encodeAcc, decodeAcc)
}
