package report

import (
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
	opts Options
}

func (j *jsonlWriter) Write(r *analysis.Report) error {
	b, err := MarshalDocument(r, j.opts)
	if err != nil {
		return err
	}
	_, err = j.w.Write(append(b, '\n'))
	return err
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
// {"documents": [...]}. It holds back the first document until it knows
// which, and streams everything after that.
type jsonWriter struct {
	w       io.Writer
	opts    Options
	first   []byte
	n       int
	summary *corpus.Summary
}

func (j *jsonWriter) WriteSummary(s *corpus.Summary) error {
	j.summary = s
	return nil
}

func (j *jsonWriter) Write(r *analysis.Report) error {
	b, err := MarshalDocument(r, j.opts)
	if err != nil {
		return err
	}
	j.n++
	switch j.n {
	case 1:
		j.first = b
		return nil
	case 2:
		if _, err := io.WriteString(j.w, "{\n  \"documents\": [\n"); err != nil {
			return err
		}
		if err := j.item(j.first, false); err != nil {
			return err
		}
		j.first = nil
	}
	return j.item(b, true)
}

func (j *jsonWriter) item(b []byte, comma bool) error {
	var buf bytes.Buffer
	if comma {
		buf.WriteString(",\n")
	}
	buf.WriteString("    ")
	if err := json.Indent(&buf, b, "    ", "  "); err != nil {
		return err
	}
	_, err := j.w.Write(buf.Bytes())
	return err
}

func (j *jsonWriter) Close() error {
	if j.n == 1 && j.summary == nil {
		var buf bytes.Buffer
		if err := json.Indent(&buf, j.first, "", "  "); err != nil {
			return err
		}
		buf.WriteByte('\n')
		_, err := j.w.Write(buf.Bytes())
		return err
	}
	var buf bytes.Buffer
	switch j.n {
	case 0:
		buf.WriteString("{\n  \"documents\": []")
	case 1:
		if _, err := io.WriteString(j.w, "{\n  \"documents\": [\n"); err != nil {
			return err
		}
		if err := j.item(j.first, false); err != nil {
			return err
		}
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
	_, err := j.w.Write(buf.Bytes())
	return err
}
