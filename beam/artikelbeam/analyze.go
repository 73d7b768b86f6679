package artikelbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
	"artikel/internal/input"
	"artikel/internal/langid"
	"artikel/internal/pipeline"
	"artikel/internal/report"
)

// configs holds one analysis configuration per settings in this worker
// process: the language models and the entity model load once per worker,
// whatever the number of DoFn instances and bundles.
var (
	configMu sync.Mutex
	configs  = map[string]*pipeline.Config{}
)

// sharedConfig builds the pipeline configuration exactly as `artikel
// analyze` does for the same flags.
func sharedConfig(s Settings) (*pipeline.Config, error) {
	key, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	configMu.Lock()
	defer configMu.Unlock()
	if cfg := configs[string(key)]; cfg != nil {
		return cfg, nil
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	analyzers, _ := pipeline.Select(s.Analyzers)
	// Every setting has a value, its default unless given, as with the CLI's flags.
	values := map[string]string{}
	for _, a := range pipeline.Registry() {
		for _, set := range a.Settings {
			v, ok := s.Values[set.Name]
			if !ok {
				v = set.Default
			}
			values[set.Name] = v
		}
	}
	cfg := &pipeline.Config{
		Analyzers: analyzers,
		Options:   analysis.Options{Top: s.Top, Settings: values},
		Jobs:      1,
	}
	if s.Lang != "" {
		codes, _ := langid.ParseCodes([]string{s.Lang})
		cfg.Lang = codes[0]
	} else {
		det, err := langid.New(s.Languages)
		if err != nil {
			return nil, fmt.Errorf("--languages: %v", err)
		}
		cfg.Detector = det
	}
	// Start loading every model on all cores now, in the worker's set-up,
	// rather than on the first document.
	cfg.Prepare()
	configs[string(key)] = cfg
	return cfg, nil
}

// splitFn cuts a JSON Lines file into pieces of about ChunkBytes that start
// at line starts, each with the number of its first line, so that pieces of
// one file are analyzed on different workers and still report the line
// numbers the CLI reports. It reads the file once, streaming.
type splitFn struct {
	ChunkBytes int64
}

func (fn *splitFn) ProcessElement(ctx context.Context, m fileio.FileMetadata, emit func(piece)) error {
	fs, err := filesystem.New(ctx, m.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, m.Path)
	if err != nil {
		return fmt.Errorf("%s: cannot open: %v", m.Path, err)
	}
	defer rc.Close()
	if err := splitPieces(rc, m.Path, fn.ChunkBytes, emit); err != nil {
		return fmt.Errorf("%s: cannot read: %v", m.Path, err)
	}
	return nil
}

// splitPieces cuts the JSON Lines data of r into pieces of at least chunk
// bytes (the last may be shorter) that end at line ends.
func splitPieces(r io.Reader, path string, chunk int64, emit func(piece)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	cur := piece{Path: path, FirstLine: 1}
	var pos int64
	line := 1
	for {
		b, err := br.ReadSlice('\n')
		pos += int64(len(b))
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return err
		}
		if err == nil {
			line++
		}
		if pos-cur.Start >= chunk || (err == io.EOF && pos > cur.Start) {
			cur.End = pos
			emit(cur)
			cur = piece{Path: path, Start: pos, FirstLine: line}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// analyzeFn reads the documents of a piece and analyzes each: the JSON line
// goes to the first output, a dead letter for a document that could not be
// read to the second, and the bundle's part of the corpus summary, as
// corpus.Builder state, to the third when the bundle finishes.
type analyzeFn struct {
	Settings Settings

	cfg  *pipeline.Config
	part *corpus.Builder

	documents, deadLetters beam.Counter
}

func (fn *analyzeFn) Setup() error {
	cfg, err := sharedConfig(fn.Settings)
	if err != nil {
		return err
	}
	fn.cfg = cfg
	fn.documents = beam.NewCounter("artikel", "documents")
	fn.deadLetters = beam.NewCounter("artikel", "dead_letters")
	return nil
}

func (fn *analyzeFn) StartBundle(_ context.Context, _, _, _ func(string)) {
	fn.part = nil
}

func (fn *analyzeFn) ProcessElement(ctx context.Context, p piece, emitDoc, emitDead, _ func(string)) error {
	opts := input.Options{MaxBytes: fn.Settings.MaxBytes}
	handle := func(src input.Source) error {
		r := fn.cfg.Analyze(src)
		if fn.part == nil {
			fn.part = corpus.NewBuilder(fn.Settings.Top, fn.cfg.Analyzers)
		}
		fn.part.Add(r)
		fn.documents.Inc(ctx, 1)
		if src.Err != nil {
			fn.deadLetters.Inc(ctx, 1)
			b, err := deadLetter(src)
			if err != nil {
				return err
			}
			emitDead(string(b))
			return nil
		}
		b, err := report.MarshalDocument(r, report.Options{Tokens: fn.Settings.Tokens, Top: fn.Settings.Top})
		if err != nil {
			return fmt.Errorf("%s: %v", src.Where(), err)
		}
		emitDoc(string(b))
		return nil
	}

	fs, err := filesystem.New(ctx, p.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, p.Path)
	if p.Text {
		// As in the CLI, a file that cannot be opened is that document's
		// error, not the run's.
		if err != nil {
			return handle(input.Source{ID: p.Path, Path: p.Path, Err: fmt.Errorf("cannot open: %v", err)})
		}
		defer rc.Close()
		return handle(input.Read(p.Path, rc, opts))
	}
	// A JSON Lines file listed a moment ago is expected to be readable: an
	// I/O error fails the bundle, which the runner retries, rather than
	// turning the rest of the piece into one error record.
	if err != nil {
		return fmt.Errorf("%s: cannot open: %v", p.Path, err)
	}
	defer rc.Close()
	if err := skip(rc, p.Start); err != nil {
		return fmt.Errorf("%s: cannot read: %v", p.Path, err)
	}
	er := &errReader{r: io.LimitReader(rc, p.End-p.Start)}
	for src := range pieceSources(er, p, opts) {
		if er.err != nil {
			break
		}
		if err := handle(src); err != nil {
			return err
		}
	}
	if er.err != nil {
		return fmt.Errorf("%s: cannot read: %v", p.Path, er.err)
	}
	return nil
}

// pieceSources yields the documents of a JSON Lines piece read from r, with
// the line numbers and ids the CLI gives them reading the whole file.
func pieceSources(r io.Reader, p piece, opts input.Options) iter.Seq[input.Source] {
	return input.JSONLinesFrom(p.Path, r, p.FirstLine, opts)
}

func (fn *analyzeFn) FinishBundle(_ context.Context, _, _, emitPart func(string)) error {
	if fn.part == nil {
		return nil
	}
	b, err := json.Marshal(fn.part)
	if err != nil {
		return err
	}
	fn.part = nil
	emitPart(string(b))
	return nil
}

// skip positions r at offset n, seeking when the filesystem allows it.
func skip(r io.Reader, n int64) error {
	if n == 0 {
		return nil
	}
	if s, ok := r.(io.Seeker); ok {
		_, err := s.Seek(n, io.SeekStart)
		return err
	}
	_, err := io.CopyN(io.Discard, r, n)
	return err
}

// errReader remembers a read error other than the end of the data.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		e.err = err
	}
	return n, err
}

// deadLetterJSON is one record that could not be read: where it is and why.
type deadLetterJSON struct {
	ID    any    `json:"id"`
	Path  string `json:"path"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

func deadLetter(src input.Source) ([]byte, error) {
	var id any = src.ID
	if len(src.RawID) > 0 {
		id = src.RawID
	}
	return json.Marshal(deadLetterJSON{ID: id, Path: src.Path, Line: src.Line, Error: src.Err.Error()})
}
