package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/input"
	"artikel/internal/langid"
	"artikel/internal/segment"
)

// Config says how documents are analyzed.
type Config struct {
	Analyzers []*analysis.Analyzer
	Options   analysis.Options
	// Lang fixes the language; "" means detect it with Detector.
	Lang     string
	Detector *langid.Detector
	// Jobs is the number of documents analyzed at once (default: CPUs).
	Jobs int
	// ParallelAnalyzers runs the analyzers of one document side by side
	// where their requirements allow: for a single article, whose time is
	// otherwise one core's; a batch already keeps the cores busy. A document
	// over parallelMaxBytes is analyzed one analyzer at a time all the same.
	ParallelAnalyzers bool

	planOnce sync.Once
	runOrder []*analysis.Analyzer
	position map[*analysis.Analyzer]int // index in runOrder
	isShown  map[*analysis.Analyzer]bool
}

// plan computes once the run order (requirements first) and which analyzers
// the user selected; Select has already rejected requirement cycles.
func (c *Config) plan() {
	c.planOnce.Do(func() {
		order, err := analysis.Order(c.Analyzers)
		if err != nil {
			order = c.Analyzers
		}
		c.runOrder = order
		c.position = make(map[*analysis.Analyzer]int, len(order))
		for i, a := range order {
			c.position[a] = i
		}
		c.isShown = map[*analysis.Analyzer]bool{}
		for _, a := range c.Analyzers {
			c.isShown[a] = true
		}
	})
}

func (c *Config) order() []*analysis.Analyzer {
	c.plan()
	return c.runOrder
}

func (c *Config) selected() map[*analysis.Analyzer]bool {
	c.plan()
	return c.isShown
}

// Report is everything known about one document (see analysis.Report).
type Report = analysis.Report

// Message is a document-level warning or error.
type Message = analysis.Message

// AnalyzerResult is one analyzer's outcome on one document.
type AnalyzerResult = analysis.AnalyzerResult

// Prepare starts loading, in the background, the language models and every
// enabled analyzer's resources, so that they load side by side on all cores
// while the first document is read. Each resource loads once however often
// Prepare is called.
func (c *Config) Prepare() {
	if c.Lang == "" && c.Detector != nil {
		go c.Detector.WarmUp()
	}
	for _, a := range c.order() {
		if a.Prepare != nil {
			go a.Prepare()
		}
	}
}

// Analyze runs one document through the pipeline. It never panics: a panic
// inside an analyzer becomes that analyzer's error.
func (c *Config) Analyze(src input.Source) *Report {
	rep := &Report{Source: src, Warnings: []Message{}, Errors: []Message{}, Findings: []analysis.Finding{}}
	for _, w := range src.Warnings {
		rep.AddWarning("encoding", w)
	}
	if src.Err == nil && len(src.Text) > segment.MaxText {
		src.Err = fmt.Errorf("larger than %d bytes, the most one document can hold: split it", segment.MaxText)
	}
	if src.Err != nil {
		rep.AddError("input", src.Err.Error())
		rep.Language = langid.Result{Code: langid.Undetermined, Name: "undetermined", Alternatives: []langid.Alternative{}}
		return rep
	}
	switch {
	case c.Lang != "":
		rep.Language = langid.Given(c.Lang)
	case c.Detector != nil:
		rep.Language = c.Detector.Detect(src.Text)
		if !rep.Language.Reliable && len(src.Text) > 0 {
			rep.AddWarning("language_uncertain", fmt.Sprintf("language uncertain (best guess %s, confidence %.2f): pass --lang to fix it", rep.Language.Code, rep.Language.Confidence))
		}
	default:
		rep.Language = langid.Result{Code: langid.Undetermined, Name: "undetermined", Alternatives: []langid.Alternative{}}
	}
	lang := rep.Language.Code
	if lang == langid.Undetermined {
		lang = ""
	}
	doc := document.New(src.ID, src.Text, lang)
	doc.Path = src.Path
	rep.Doc = doc

	selected := c.selected()
	for _, o := range c.runAll(doc) {
		a := o.res.Analyzer
		if !selected[a] {
			// Run only for the analyzers that require it: its findings
			// and result stay out of the report.
			continue
		}
		rep.Findings = append(rep.Findings, o.findings...)
		if o.res.Err != nil {
			rep.AddError("analyzer", fmt.Sprintf("%s: %v", a.Name, o.res.Err))
		}
		rep.Results = append(rep.Results, o.res)
	}
	return rep
}

// outcome is what one analyzer produced on one document.
type outcome struct {
	res      AnalyzerResult
	findings []analysis.Finding
}

// parallelMaxBytes is the largest document whose analyzers run side by
// side. Each analyzer's working memory grows with the text (on a text of
// one-letter lines 10 to 20 bytes per byte), so on a large document side by
// side they would hold it all at once, several times the memory budget,
// where one at a time holds one analyzer's.
const parallelMaxBytes = 1 << 20

// runAll runs every analyzer of the plan on doc and returns the outcomes in
// run order. With ParallelAnalyzers, analyzers that do not depend on each
// other run at the same time (each starts when its requirements are done);
// findings and results are gathered in run order either way, so the report
// is the same.
func (c *Config) runAll(doc *document.Document) []outcome {
	order := c.order()
	index := c.position
	out := make([]outcome, len(order))
	run := func(i int) {
		a := order[i]
		results := make(map[*analysis.Analyzer]any, len(a.Requires))
		for _, r := range a.Requires {
			if v := out[index[r]].res.Value; v != nil {
				results[r] = v
			}
		}
		o := &out[i]
		o.res = runAnalyzer(analysis.NewPass(a, doc, c.Options, results, func(f analysis.Finding) { o.findings = append(o.findings, f) }))
	}
	if !c.ParallelAnalyzers || len(order) < 2 || len(doc.Text) > parallelMaxBytes {
		for i := range order {
			run(i)
		}
		return out
	}
	done := make([]chan struct{}, len(order))
	for i := range done {
		done[i] = make(chan struct{})
	}
	for i, a := range order {
		go func() {
			defer close(done[i])
			for _, r := range a.Requires {
				<-done[index[r]]
			}
			run(i)
		}()
	}
	for _, d := range done {
		<-d
	}
	return out
}

func runAnalyzer(pass *analysis.Pass) (res AnalyzerResult) {
	a := pass.Analyzer
	res.Analyzer = a
	if !a.Supports(pass.Doc.Lang) {
		lang := pass.Doc.Lang
		if lang == "" {
			lang = "an undetermined language"
		}
		res.Skipped = fmt.Sprintf("no resources for %s (supports %v)", lang, a.Languages)
		return res
	}
	defer func() {
		if p := recover(); p != nil {
			res.Value = nil
			res.Err = fmt.Errorf("internal error, please report it: %v", p)
		}
	}()
	v, err := a.Run(pass)
	if reason, ok := analysis.IsSkip(err); ok {
		res.Skipped = reason
		return res
	}
	res.Value, res.Err = v, err
	return res
}

// Run analyzes every source on c.Jobs workers and calls emit with each report
// in input order. At most 8×Jobs documents are held at once, and more than
// 2×Jobs only while their text is small (see window), so memory is bounded by
// the jobs, not by the size of the input. It stops early when
// ctx is cancelled (after emitting the documents already finished in order)
// or when emit returns an error.
func (c *Config) Run(ctx context.Context, sources iter.Seq[input.Source], emit func(*Report) error) error {
	c.Prepare()
	jobs := c.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	// Each document gets a one-slot channel; the queue keeps them in input
	// order and its capacity bounds how far workers run ahead of the writer.
	queue := make(chan *job, 8*jobs)
	// The reader stays up to Jobs documents ahead of the workers, so that a
	// worker that finishes one starts the next at once instead of waiting
	// for it to be read; the window counts these documents too.
	work := make(chan *job, jobs)
	ahead := newWindow(2*jobs, smallInFlight)
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	mem := newMemLimit()
	defer mem.restore()
	// Long-lived workers: a goroutine per document grew its stack from
	// the minimum again for every document (1 % of the CPU time).
	for range jobs {
		go func() {
			for j := range work {
				if runCtx.Err() != nil {
					// Cancelled before it started: nothing to write.
					j.slot <- nil
					continue
				}
				j.slot <- c.Analyze(j.src)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(work)
		for src := range sources {
			if !ahead.enter(runCtx, len(src.Text)) {
				return
			}
			mem.add(len(src.Text))
			j := &job{src: src, slot: make(chan *Report, 1)}
			select {
			case queue <- j:
			case <-runCtx.Done():
				return
			}
			// Every job in the queue gets its slot filled: the writer
			// waits for them in order, also when cancelled.
			work <- j
		}
	}()
	var err error
	emitOne := func(j *job) {
		rep := <-j.slot
		if err == nil && rep != nil {
			if err = emit(rep); err != nil {
				cancel()
			}
		}
		mem.add(-len(j.src.Text))
		ahead.leave(len(j.src.Text))
	}
	for {
		select {
		case j, ok := <-queue:
			if !ok {
				if err == nil {
					err = ctx.Err()
				}
				return err
			}
			emitOne(j)
		case <-runCtx.Done():
			// Cancelled: flush the documents already started, in order, but
			// do not wait for more input (a stalled stdin must not hold up
			// Ctrl-C or SIGTERM).
			for {
				select {
				case j, ok := <-queue:
					if !ok {
						return cmp.Or(err, ctx.Err())
					}
					emitOne(j)
				default:
					return cmp.Or(err, ctx.Err())
				}
			}
		}
	}
}

// job is one document for a worker and the slot its report goes to (nil
// when the run was cancelled before the document started).
type job struct {
	src  input.Source // its text counts in the window until written
	slot chan *Report
}

// window bounds the documents started but not yet written. Writing is in
// input order, so the writer waits for the oldest document; with room for
// only 2×Jobs, one long article among short ones left a worker idle until it
// was written (on the 998 news-de articles with 2 jobs the reader waited
// 80 ms for room). The window lets the workers run further ahead over short
// documents: more than min documents only while their text together stays
// within maxBytes, so that a run of large documents holds no more than
// before.
type window struct {
	min, maxBytes int
	mu            sync.Mutex
	count, bytes  int
	freed         chan struct{} // one waiter: the reader
}

func newWindow(min, maxBytes int) *window {
	return &window{min: min, maxBytes: maxBytes, freed: make(chan struct{}, 1)}
}

// enter waits for room for a document of n bytes; false when ctx is done.
func (w *window) enter(ctx context.Context, n int) bool {
	for {
		w.mu.Lock()
		if w.count < w.min || w.bytes+n <= w.maxBytes {
			w.count++
			w.bytes += n
			w.mu.Unlock()
			return true
		}
		w.mu.Unlock()
		select {
		case <-w.freed:
		case <-ctx.Done():
			return false
		}
	}
}

// leave gives back the room of a written document of n bytes.
func (w *window) leave(n int) {
	w.mu.Lock()
	w.count--
	w.bytes -= n
	w.mu.Unlock()
	select {
	case w.freed <- struct{}{}:
	default:
	}
}
