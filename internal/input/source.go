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
	"strconv"
	"strings"
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

// jsonLine is one JSON Lines input record.
type jsonLine struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// JSONLines yields one Source per non-empty line of r, each a JSON object
// {"id": ..., "text": ...}. It reads one line at a time, so memory stays
// bounded by the longest line, and a malformed line becomes that line's error
// without stopping the rest.
func JSONLines(name string, r io.Reader, opts Options) iter.Seq[Source] {
	return func(yield func(Source) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for line := 1; ; line++ {
			b, tooLong, err := readLine(br, opts.MaxBytes)
			if len(bytes.TrimSpace(b)) > 0 || tooLong {
				if !yield(parseLine(name, line, b, tooLong, opts)) {
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					yield(Source{ID: strconv.Itoa(line), Path: name, Line: line, Err: fmt.Errorf("cannot read: %v", err)})
				}
				return
			}
		}
	}
}

// readLine reads one line without its end; past max bytes it discards the
// rest of the line and reports it as too long instead of buffering it.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			// A JSON line holds escapes, so allow some slack over the text limit.
			if max > 0 && int64(len(line)) > 2*max+1024 {
				tooLong, line = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

func parseLine(name string, line int, b []byte, tooLong bool, opts Options) Source {
	src := Source{ID: strconv.Itoa(line), Path: name, Line: line}
	if tooLong {
		src.Err = fmt.Errorf("line longer than the --max-bytes limit (%d): split the document or raise the limit", opts.MaxBytes)
		return src
	}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	var rec jsonLine
	if err := json.Unmarshal(b, &rec); err != nil {
		src.Err = fmt.Errorf("invalid JSON (%v): each line must be an object like {\"id\": \"a1\", \"text\": \"…\"}", err)
		return src
	}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		src.RawID = rec.ID
		var s string
		if json.Unmarshal(rec.ID, &s) == nil {
			src.ID = s
		} else {
			src.ID = string(rec.ID)
		}
	}
	if rec.Text == nil {
		src.Err = errors.New(`missing "text" field: each line must be an object like {"id": "a1", "text": "…"}`)
		return src
	}
	if opts.MaxBytes > 0 && int64(len(*rec.Text)) > opts.MaxBytes {
		src.Err = fmt.Errorf("text larger than --max-bytes %d: split the document or raise the limit", opts.MaxBytes)
		return src
	}
	if strings.IndexByte(*rec.Text, 0) >= 0 {
		src.Err = ErrBinary
		return src
	}
	src.Text = *rec.Text
	return src
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
