package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/corpus"
)

// Formats lists the output formats.
var Formats = []string{"text", "json", "jsonl", "github", "html", "markdown", "sarif", "junit", "codeclimate"}

// Writer renders reports one by one as they arrive, in input order.
type Writer interface {
	Write(r *analysis.Report) error
	// Close finishes the output (closing brackets, summaries).
	Close() error
}

// SummaryWriter is a Writer that can render a corpus summary; WriteSummary
// is called once, after the last Write and before Close.
type SummaryWriter interface {
	WriteSummary(s *corpus.Summary) error
}

// NewWriter returns the writer for a format name.
func NewWriter(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case "text", "":
		return &textWriter{w: w, opts: opts}, nil
	case "json":
		return &jsonWriter{w: w, opts: opts}, nil
	case "jsonl":
		return &jsonlWriter{w: w, opts: opts}, nil
	case "github":
		return &githubWriter{w: w, opts: opts}, nil
	case "html":
		return newHTMLWriter(w, opts), nil
	case "markdown":
		return newMarkdownWriter(w, opts), nil
	case "sarif":
		return newSARIFWriter(w, opts), nil
	case "junit":
		return newJUnitWriter(w, opts), nil
	case "codeclimate":
		return newCodeClimateWriter(w, opts), nil
	}
	return nil, fmt.Errorf("unknown format %q: use one of %s", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct {
	w    io.Writer
	bw   *bufio.Writer
	opts Options
}

// Write streams the document's line; the buffer is flushed at its end, so
// every line written is a whole document.
func (j *jsonlWriter) Write(r *analysis.Report) error {
	if j.bw == nil {
		j.bw = bufio.NewWriterSize(j.w, 64<<10)
	}
	if err := WriteDocument(j.bw, r, j.opts); err != nil {
		return err
	}
	j.bw.WriteByte('\n')
	return j.bw.Flush()
}

func (j *jsonlWriter) WriteSummary(s *corpus.Summary) error {
	b, err := marshal(s)
	if err != nil {
		return err
	}
	_, err = j.w.Write(append(b, '\n'))
	return err
}

func (j *jsonlWriter) Close() error { return nil }

// jsonWriter prints one document as the object itself and several as
// {"documents": [...]}. It holds back the first report (not its JSON, many
// times larger) until it knows which, and streams everything after that,
// indenting as it goes.
type jsonWriter struct {
	w       io.Writer
	bw      *bufio.Writer
	opts    Options
	first   *analysis.Report
	n       int
	summary *corpus.Summary
}

func (j *jsonWriter) WriteSummary(s *corpus.Summary) error {
	j.summary = s
	return nil
}

func (j *jsonWriter) Write(r *analysis.Report) error {
	if j.bw == nil {
		j.bw = bufio.NewWriterSize(j.w, 64<<10)
	}
	j.n++
	switch j.n {
	case 1:
		j.first = r
		return nil
	case 2:
		j.bw.WriteString("{\n  \"documents\": [\n")
		if err := j.item(j.first, false); err != nil {
			return err
		}
		j.first = nil
	}
	return j.item(r, true)
}

// item writes one document of the "documents" array and flushes it.
func (j *jsonWriter) item(r *analysis.Report, comma bool) error {
	if comma {
		j.bw.WriteString(",\n")
	}
	j.bw.WriteString("    ")
	if err := j.indented(r, "    "); err != nil {
		return err
	}
	return j.bw.Flush()
}

// indented streams r's JSON indented with prefix, as json.Indent would.
func (j *jsonWriter) indented(r *analysis.Report, prefix string) error {
	return WriteDocument(analysis.NewIndenter(j.bw, prefix, "  "), r, j.opts)
}

func (j *jsonWriter) Close() error {
	if j.bw == nil {
		j.bw = bufio.NewWriterSize(j.w, 64<<10)
	}
	if j.n == 1 && j.summary == nil {
		if err := j.indented(j.first, ""); err != nil {
			return err
		}
		j.first = nil
		j.bw.WriteByte('\n')
		return j.bw.Flush()
	}
	var buf bytes.Buffer
	switch j.n {
	case 0:
		buf.WriteString("{\n  \"documents\": []")
	case 1:
		j.bw.WriteString("{\n  \"documents\": [\n")
		if err := j.item(j.first, false); err != nil {
			return err
		}
		j.first = nil
		buf.WriteString("\n  ]")
	default:
		buf.WriteString("\n  ]")
	}
	if j.summary != nil {
		b, err := marshal(j.summary)
		if err != nil {
			return err
		}
		buf.WriteString(",\n  \"summary\": ")
		if err := json.Indent(&buf, b, "  ", "  "); err != nil {
			return err
		}
	}
	buf.WriteString("\n}\n")
	j.bw.Write(buf.Bytes())
	return j.bw.Flush()
}
