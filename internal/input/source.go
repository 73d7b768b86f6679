package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Source is one document to analyze, or the reason it could not be read.
type Source struct {
	// ID identifies the document in the output: the path for files, "-" for
	// stdin, the "id" value for JSON Lines.
	ID string
	// RawID is the JSON Lines "id" exactly as given, so it is echoed unchanged.
	RawID json.RawMessage
	// Path is the file the document came from ("-" for stdin).
	Path string
	// Line is the JSON Lines line number (1-based), 0 otherwise.
	Line int
	// Text is the decoded text.
	Text string
	// Warnings are problems that did not stop the document from being read.
	Warnings []string
	// Err is set when the document could not be read; Text is then empty.
	Err error
}

// Where names the document for messages: path, and line for JSON Lines.
func (s Source) Where() string {
	if s.Line > 0 {
		name := s.Path
		if name == "-" {
			name = "stdin"
		}
		return fmt.Sprintf("%s:%d", name, s.Line)
	}
	if s.Path == "-" {
		return "stdin"
	}
	return s.Path
}

// Options control how inputs are read.
type Options struct {
	// MaxBytes is the largest document accepted; larger ones are errors. 0 = no limit.
	MaxBytes int64
	// Include are glob patterns a file name in a folder must match (default *.txt, *.md).
	Include []string
	// Exclude are glob patterns of file names and folder names to skip.
	Exclude []string
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// DefaultInclude are the file patterns read from folders.
var DefaultInclude = []string{"*.txt", "*.md"}

// DefaultMaxBytes is the default document size limit.
const DefaultMaxBytes = 10 << 20

// Files yields one Source per file: "-" is stdin, a folder contributes every
// matching file below it in path order (hidden folders skipped, symbolic links
// to folders not followed), and a file named directly is read whatever its name.
func Files(paths []string, opts Options) iter.Seq[Source] {
	return func(yield func(Source) bool) {
		for _, p := range paths {
			if p == "-" {
				if !yield(readOne("-", opts.Stdin, opts)) {
					return
				}
				continue
			}
			info, err := os.Stat(p)
			if err != nil {
				if !yield(Source{ID: p, Path: p, Err: statError(err)}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !yield(readFile(p, opts)) {
					return
				}
				continue
			}
			files, err := walk(p, opts)
			if err != nil {
				if !yield(Source{ID: p, Path: p, Err: err}) {
					return
				}
			}
			for _, f := range files {
				if !yield(readFile(f, opts)) {
					return
				}
			}
		}
	}
}

func statError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no such file or folder: check the path")
	}
	if errors.Is(err, fs.ErrPermission) {
		return errors.New("permission denied: check the file's permissions")
	}
	return err
}

// walk lists the files of a folder to analyze. filepath.WalkDir visits entries
// in lexical order and does not follow symbolic links, so the order is stable
// and link loops cannot occur.
func walk(root string, opts Options) ([]string, error) {
	include := opts.Include
	if len(include) == 0 {
		include = DefaultInclude
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return statError(err)
			}
			// An unreadable subfolder is skipped rather than ending the batch.
			return fs.SkipDir
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || matchAny(opts.Exclude, name, path)) {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || strings.HasPrefix(name, ".") {
			return nil
		}
		if matchAny(include, name, path) && !matchAny(opts.Exclude, name, path) {
			files = append(files, path)
		}
		return nil
	})
	return files, err
}

// matchAny matches a pattern against the base name, or against the whole
// path when the pattern holds a slash.
func matchAny(patterns []string, name, path string) bool {
	for _, p := range patterns {
		target := name
		if strings.Contains(p, "/") {
			target = filepath.ToSlash(path)
		}
		if ok, _ := filepath.Match(p, target); ok {
			return true
		}
	}
	return false
}

func readFile(path string, opts Options) Source {
	f, err := os.Open(path)
	if err != nil {
		return Source{ID: path, Path: path, Err: statError(err)}
	}
	defer f.Close()
	return readOne(path, f, opts)
}

func readOne(path string, r io.Reader, opts Options) Source {
	src := Source{ID: path, Path: path}
	if r == nil {
		src.Err = errors.New("no standard input")
		return src
	}
	if opts.MaxBytes > 0 {
		r = io.LimitReader(r, opts.MaxBytes+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		src.Err = fmt.Errorf("cannot read: %v", err)
		return src
	}
	if opts.MaxBytes > 0 && int64(len(b)) > opts.MaxBytes {
		src.Err = fmt.Errorf("larger than --max-bytes %d: split the document or raise the limit", opts.MaxBytes)
		return src
	}
	text, warn, err := Decode(b)
	if err != nil {
		src.Err = err
		return src
	}
	src.Text = text
	if warn != "" {
		src.Warnings = append(src.Warnings, warn)
	}
	return src
}

// JSONLines yields one Source per non-blank line of r, each a JSON object
// {"id": ..., "text": ...}. It reads one line at a time and streams past a
// line longer than the limit instead of buffering it, so memory stays bounded
// by the limit. Every odd line (not JSON, not an object, a "text" that is not
// a string, too long) becomes one Source with Err, and the lines after it are
// still read. An empty stream yields nothing.
//
// The id is kept exactly as written (RawID: a number keeps its digits, null
// stays null); a record without "id" gets RawID null, and its Line tells it
// apart. ID is the id as text for messages, or path:line when there is none.
// A byte-order mark at the start, CRLF line ends and a last line without a
// line end are accepted; blank lines are skipped.
func JSONLines(name string, r io.Reader, opts Options) iter.Seq[Source] {
	return func(yield func(Source) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for line := 1; ; line++ {
			b, tooLong, err := readLine(br, opts.MaxBytes)
			if line == 1 {
				b = bytes.TrimPrefix(b, utf8BOM)
			}
			if len(bytes.TrimSpace(b)) > 0 || tooLong {
				if !yield(parseLine(name, line, b, tooLong, opts)) {
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					src := Source{Path: name, Line: line, RawID: nullID}
					src.ID = src.Where()
					src.Err = fmt.Errorf("cannot read: %v", err)
					yield(src)
				}
				return
			}
		}
	}
}

var (
	utf8BOM = []byte{0xEF, 0xBB, 0xBF}
	nullID  = json.RawMessage("null")
)

// keepPrefix is how much of an over-long line is kept to find its id.
const keepPrefix = 4 << 10

// readLine reads one line without its end; past the limit it keeps only the
// line's first bytes (to find the id) and discards the rest as it reads.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			// A JSON line holds escapes, so allow some slack over the text limit.
			if max > 0 && int64(len(line)) > 2*max+1024 {
				tooLong = true
				line = line[:min(len(line), keepPrefix):min(len(line), keepPrefix)]
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

const recordShape = `each line must be an object like {"id": "a1", "text": "…"}`

func parseLine(name string, line int, b []byte, tooLong bool, opts Options) Source {
	src := Source{Path: name, Line: line, RawID: nullID}
	src.ID = src.Where()
	if tooLong {
		src.setID(prefixID(b))
		src.Err = fmt.Errorf("line longer than the --max-bytes limit (%d): split the document or raise the limit", opts.MaxBytes)
		return src
	}
	if !utf8.Valid(b) {
		n := invalidBytes(b)
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		src.Warnings = append(src.Warnings, fmt.Sprintf("line holds %d byte(s) that are not UTF-8, replaced with U+FFFD: write JSON Lines as UTF-8", n))
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		kind := "not JSON"
		if json.Valid(b) {
			kind = "a JSON " + jsonKind(b)
		}
		src.Err = fmt.Errorf("line is %s, not an object: %s", kind, recordShape)
		return src
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(b, &rec); err != nil {
		// The id may still be readable before the point of the error.
		src.setID(prefixID(b))
		src.Err = fmt.Errorf("invalid JSON (%v): %s", jsonError(err), recordShape)
		return src
	}
	if id, ok := rec["id"]; ok {
		src.setID(id)
		if k := jsonKind(id); k != "string" && k != "number" && k != "null" {
			src.Err = fmt.Errorf(`"id" must be a string or a number, got %s: give each record an id like "a1" or 7`, article(k))
			return src
		}
	}
	raw, ok := rec["text"]
	if !ok {
		src.Err = fmt.Errorf(`missing "text" field: %s`, recordShape)
		return src
	}
	var text string
	if k := jsonKind(raw); k != "string" {
		src.Err = fmt.Errorf(`"text" must be a string, got %s: put the article text in a JSON string`, article(k))
		return src
	}
	if err := json.Unmarshal(raw, &text); err != nil {
		src.Err = fmt.Errorf(`"text" is not a valid JSON string (%v)`, jsonError(err))
		return src
	}
	if opts.MaxBytes > 0 && int64(len(text)) > opts.MaxBytes {
		src.Err = fmt.Errorf("text larger than --max-bytes %d: split the document or raise the limit", opts.MaxBytes)
		return src
	}
	if strings.IndexByte(text, 0) >= 0 {
		src.Err = ErrBinary
		return src
	}
	src.Text = text
	return src
}

// setID records id as given; ID becomes its text for messages unless it is
// null, when path:line stays the name.
func (s *Source) setID(id json.RawMessage) {
	id = bytes.TrimSpace(id)
	if len(id) == 0 {
		return
	}
	s.RawID = append(json.RawMessage(nil), id...)
	switch jsonKind(id) {
	case "null":
	case "string":
		var str string
		if json.Unmarshal(id, &str) == nil && str != "" {
			s.ID = str
		}
	default:
		s.ID = string(id)
	}
}

// prefixID finds the top-level "id" of a record whose end is missing or
// broken by reading tokens until the id's value or the first error. It
// returns nil when the id cannot be found; only strings and numbers count.
func prefixID(b []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		if key == "id" {
			var v json.RawMessage
			if dec.Decode(&v) != nil {
				return nil
			}
			if k := jsonKind(v); k == "string" || k == "number" || k == "null" {
				return v
			}
			return nil
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return nil
		}
	}
	return nil
}

// jsonKind names the type of a valid JSON value by its first byte.
func jsonKind(v []byte) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func article(kind string) string {
	switch kind {
	case "null", "nothing":
		return kind
	case "array", "object":
		return "an " + kind
	}
	return "a " + kind
}

// jsonError drops the Go type names from a decoding error.
func jsonError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	}
	return err.Error()
}

// invalidBytes counts the bytes of b that are not part of a valid UTF-8
// sequence.
func invalidBytes(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

// Count returns how many documents Files would yield for paths, without
// reading them; it lets a progress bar show an ETA.
func Count(paths []string, opts Options) int {
	n := 0
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			n++
			continue
		}
		files, _ := walk(p, opts)
		n += len(files)
	}
	return n
}
