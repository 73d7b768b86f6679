package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"artikel/internal/pipeline"
)

// Formats lists the output formats.
var Formats = []string{"text", "json", "jsonl"}

// Writer renders reports one by one as they arrive, in input order.
type Writer interface {
	Write(r *pipeline.Report) error
	// Close finishes the output (closing brackets, summaries).
	Close() error
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
	}
	return nil, fmt.Errorf("unknown format %q: use one of %s", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct {
	w    io.Writer
	opts Options
}

func (j *jsonlWriter) Write(r *pipeline.Report) error {
	b, err := MarshalDocument(r, j.opts)
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
	w     io.Writer
	opts  Options
	first []byte
	n     int
}

func (j *jsonWriter) Write(r *pipeline.Report) error {
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
	switch j.n {
	case 0:
		_, err := io.WriteString(j.w, "{\n  \"documents\": []\n}\n")
		return err
	case 1:
		var buf bytes.Buffer
		if err := json.Indent(&buf, j.first, "", "  "); err != nil {
			return err
		}
		buf.WriteByte('\n')
		_, err := j.w.Write(buf.Bytes())
		return err
	}
	_, err := io.WriteString(j.w, "\n  ]\n}\n")
	return err
}
