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
	"unicode/utf16"
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
	// SkipPaths are files never read from a folder walk, such as the
	// report being written into it. They are compared after resolving
	// symbolic links, so any spelling of the same file matches; they need
	// not exist yet.
	SkipPaths []string
	// OnSkip, when set, hears of every file or folder a folder walk leaves
	// out on purpose (hidden, excluded, not matching --include, a folder
	// already walked through a link, a SkipPaths entry) and why.
	OnSkip func(path, reason string)
}

// DefaultInclude are the file patterns read from folders.
var DefaultInclude = []string{"*.txt", "*.md"}

// DefaultMaxBytes is the default document size limit.
const DefaultMaxBytes = 10 << 20

// Files yields one Source per file: "-" is stdin, a folder contributes every
// matching file below it in path order, and a file named directly is read
// whatever its name. Symbolic links named on the command line are followed.
// Inside folders, links to files and to folders are followed too, but each
// real folder is walked once, so a link loop cannot occur; hidden files and
// folders (names starting with ".") are skipped. A subfolder or link that
// cannot be read yields a Source with Err, like an unreadable file.
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
			for _, it := range walk(p, opts) {
				src := Source{ID: it.path, Path: it.path, Err: it.err}
				if it.err == nil {
					src = readFile(it.path, opts)
				}
				if !yield(src) {
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

// walkItem is a file found in a folder, or a folder or link that could not
// be read.
type walkItem struct {
	path string
	err  error
}

// walker lists the files of one folder tree in lexical path order.
type walker struct {
	opts    Options
	include []string
	// visited holds the real path of every folder entered, so a link back
	// to a folder already walked (a loop, or a second way in) is skipped.
	visited map[string]bool
	skip    map[string]bool
	items   []walkItem
}

// walk lists the files of a folder to analyze (see Files for the rules).
func walk(root string, opts Options) []walkItem {
	w := &walker{opts: opts, include: opts.Include, visited: map[string]bool{}, skip: map[string]bool{}}
	if len(w.include) == 0 {
		w.include = DefaultInclude
	}
	for _, p := range opts.SkipPaths {
		if rp := realPath(p); rp != "" {
			w.skip[rp] = true
		}
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return []walkItem{{root, statError(err)}}
	}
	w.dir(root, absPath(real))
	return w.items
}

func (w *walker) skipped(path, reason string) {
	if w.opts.OnSkip != nil {
		w.opts.OnSkip(path, reason)
	}
}

// dir walks the folder path, whose symlink-free absolute path is real.
func (w *walker) dir(path, real string) {
	w.visited[real] = true
	entries, err := readDir(path)
	if err != nil {
		w.items = append(w.items, walkItem{path, folderError(err)})
		// ReadDir returns what it could read before the error.
	}
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(path, name)
		rp := filepath.Join(real, name)
		isDir, isLink := e.IsDir(), e.Type()&fs.ModeSymlink != 0
		if isLink {
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				// A broken link that would have been read is an error,
				// any other is just mentioned.
				if matchAny(w.include, name, p) && !strings.HasPrefix(name, ".") && !matchAny(w.opts.Exclude, name, p) {
					w.items = append(w.items, walkItem{p, fmt.Errorf("broken symbolic link (%v): fix or remove the link", linkError(err))})
				} else {
					w.skipped(p, "broken symbolic link")
				}
				continue
			}
			info, err := os.Stat(target)
			if err != nil {
				w.items = append(w.items, walkItem{p, statError(err)})
				continue
			}
			rp = absPath(target)
			isDir = info.IsDir()
			if !isDir && !info.Mode().IsRegular() {
				w.skipped(p, "not a regular file")
				continue
			}
		}
		switch {
		case strings.HasPrefix(name, "."):
			w.skipped(p, "hidden")
		case isDir:
			switch {
			case matchAny(w.opts.Exclude, name, p):
				w.skipped(p, "excluded")
			case w.visited[rp]:
				w.skipped(p, "folder already read (symbolic link to "+rp+")")
			default:
				w.dir(p, rp)
			}
		case !isLink && !e.Type().IsRegular():
			w.skipped(p, "not a regular file")
		case w.skip[rp]:
			w.skipped(p, "the report being written")
		case !matchAny(w.include, name, p):
			w.skipped(p, "name does not match "+strings.Join(w.include, ", "))
		case matchAny(w.opts.Exclude, name, p):
			w.skipped(p, "excluded")
		default:
			w.items = append(w.items, walkItem{path: p})
		}
	}
}

// readDir is os.ReadDir; tests replace it to fail as an unreadable folder
// does (permissions do not stop root, who runs many CI containers).
var readDir = os.ReadDir

func folderError(err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return errors.New("cannot read folder: permission denied: check the folder's permissions")
	}
	return fmt.Errorf("cannot read folder: %v", linkError(err))
}

// linkError drops the path from a path error (the message names it already).
func linkError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// realPath resolves p to an absolute path without symbolic links; a file
// that does not exist yet resolves through its folder. "" when neither
// resolves.
func realPath(p string) string {
	if rp, err := filepath.EvalSymlinks(p); err == nil {
		return absPath(rp)
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(p))
	if err != nil {
		return ""
	}
	return filepath.Join(absPath(dir), filepath.Base(p))
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// matchAny matches a pattern against the base name, or against the whole
// path when the pattern holds a slash, ignoring case.
func matchAny(patterns []string, name, path string) bool {
	for _, p := range patterns {
		target := name
		if strings.Contains(p, "/") {
			target = filepath.ToSlash(path)
		}
		// Case does not matter: archives hold ARTIKEL.TXT as often as a.txt.
		if ok, _ := filepath.Match(strings.ToLower(p), strings.ToLower(target)); ok {
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
	return JSONLinesFrom(name, r, 1, opts)
}

// JSONLinesFrom is JSONLines for a part of a file that starts at a line
// start: r's first line is line first of the file, and the Sources (line
// numbers, and the names of records without an id) are those JSONLines
// gives for the whole file. A distributed runner reads big files in parts.
func JSONLinesFrom(name string, r io.Reader, first int, opts Options) iter.Seq[Source] {
	return func(yield func(Source) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for line := max(first, 1); ; line++ {
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

// record holds the fields of a JSON Lines record that parseLine reads.
type record map[string]json.RawMessage

// unmarshalRecord reads a record with encoding/json.
func unmarshalRecord(b []byte) (record, error) {
	var rec map[string]json.RawMessage
	err := json.Unmarshal(b, &rec)
	return rec, err
}

// scanRecord reads a record of the usual shape, an object whose keys have no
// escapes and whose values are strings, numbers, true, false or null, in
// one pass over the line, with what unmarshalRecord would return: an
// article's text was scanned twice by encoding/json. Anything else (nested
// values, escaped keys, invalid JSON) makes it give up (false), and
// unmarshalRecord reads the line, or says what is wrong with it.
func scanRecord(b []byte) (record, bool) {
	rec := record{}
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return rec, skipSpace(b, i+1) == len(b)
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return nil, false
		}
		end, escaped := scanString(b, i)
		if end < 0 || escaped {
			return nil, false
		}
		key := string(b[i+1 : end-1])
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return nil, false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return nil, false
		}
		start := i
		switch c := b[i]; {
		case c == '"':
			if end, _ = scanString(b, i); end < 0 {
				return nil, false
			}
		case c == '-' || '0' <= c && c <= '9' || c == 't' || c == 'f' || c == 'n':
			end = i
			for end < len(b) && b[end] != ',' && b[end] != '}' && !isSpace(b[end]) {
				end++
			}
			if !json.Valid(b[i:end]) {
				return nil, false
			}
		default:
			return nil, false
		}
		rec[key] = json.RawMessage(b[start:end])
		i = skipSpace(b, end)
		if i >= len(b) {
			return nil, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return rec, skipSpace(b, i+1) == len(b)
		default:
			return nil, false
		}
	}
}

// scanString returns the end of the JSON string starting at b[i] (just
// past its closing quote) and whether it holds escapes, or -1 when it is
// not a valid JSON string.
func scanString(b []byte, i int) (int, bool) {
	escaped := false
	for i++; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			return i + 1, escaped
		case c < 0x20:
			return -1, false
		case c == '\\':
			escaped = true
			if i+1 >= len(b) {
				return -1, false
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				if _, ok := hex4(b[i+2:]); !ok {
					return -1, false
				}
				i += 5
			default:
				return -1, false
			}
		}
	}
	return -1, false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// jsonString decodes raw, a JSON string of a record scanRecord or
// json.Unmarshal has read (so valid JSON, and valid UTF-8 here), as
// encoding/json decodes it, in one pass: json.Unmarshal would scan an
// article's text twice more. Anything unexpected is left to encoding/json.
func jsonString(raw []byte) (string, error) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return unmarshalString(raw)
	}
	body := raw[1 : len(raw)-1]
	i := bytes.IndexByte(body, '\\')
	if i < 0 {
		return string(body), nil
	}
	var b strings.Builder
	b.Grow(len(body))
	for i >= 0 {
		b.Write(body[:i])
		if i+1 >= len(body) {
			return unmarshalString(raw)
		}
		c := body[i+1]
		body = body[i+2:]
		switch c {
		case '"', '\\', '/':
			b.WriteByte(c)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(body)
			if !ok {
				return unmarshalString(raw)
			}
			body = body[4:]
			if utf16.IsSurrogate(r) {
				// A pair makes one rune; a lone half is U+FFFD, and what
				// follows it is read on its own.
				r2, ok := rune(-1), false
				if len(body) >= 6 && body[0] == '\\' && body[1] == 'u' {
					r2, ok = hex4(body[2:])
				}
				if d := utf16.DecodeRune(r, r2); ok && d != utf8.RuneError {
					r = d
					body = body[6:]
				} else {
					r = utf8.RuneError
				}
			}
			b.WriteRune(r)
		default:
			return unmarshalString(raw)
		}
		i = bytes.IndexByte(body, '\\')
	}
	b.Write(body)
	return b.String(), nil
}

// hex4 reads the four hex digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

func unmarshalString(raw []byte) (string, error) {
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}

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
	rec, ok := scanRecord(b)
	if !ok {
		var err error
		if rec, err = unmarshalRecord(b); err != nil {
			// The id may still be readable before the point of the error.
			src.setID(prefixID(b))
			src.Err = fmt.Errorf("invalid JSON (%v): %s", jsonError(err), recordShape)
			return src
		}
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
	if k := jsonKind(raw); k != "string" {
		src.Err = fmt.Errorf(`"text" must be a string, got %s: put the article text in a JSON string`, article(k))
		return src
	}
	text, err := jsonString(raw)
	if err != nil {
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
		quiet := opts
		quiet.OnSkip = nil // the walk that reads will report them
		n += len(walk(p, quiet))
	}
	return n
}
