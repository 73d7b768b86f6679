// Package report renders analysis reports: JSON, JSON Lines and a compact
// terminal text report.
package report

import (
	"io"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

// Options control what goes into a rendered document.
type Options struct {
	// Tokens includes every word token with its offsets.
	Tokens bool
	// Gates adds the "gate_failures" list (--fail-on was given).
	Gates bool
	// Top is how many items ranked lists show in text, HTML and Markdown.
	Top int
	// Color allows ANSI colours in the text report.
	Color bool
	// Width is the terminal width the text report wraps long lines to (0: no wrapping).
	Width int
	// Version is artikel's version, named in SARIF output ("" or "dev": unknown).
	Version string
}

type paragraphJSON struct {
	Index int    `json:"index"`
	Kind  string `json:"kind"`
	document.Span
}

type sentenceJSON struct {
	Index     int `json:"index"`
	Paragraph int `json:"paragraph"`
	document.Span
}

type tokenJSON struct {
	Sentence int    `json:"sentence"`
	Kind     string `json:"kind"`
	document.Span
}

type datelineJSON struct {
	document.Span
	Place  string `json:"place"`
	Date   string `json:"date"`
	Source string `json:"source"`
}

type bylineJSON struct {
	document.Span
	Authors []string `json:"authors"`
}

type skippedJSON struct {
	Skipped bool   `json:"skipped"`
	Reason  string `json:"reason"`
}

type errorJSON struct {
	Error string `json:"error"`
}

// field is one key of the output object; the order of fields is fixed.
type field = analysis.Field

func fld(key string, value any) field { return field{Key: key, Value: value} }

// DocumentFields lists a document's JSON fields in their documented order,
// as typed values: gates evaluate field paths on them without encoding.
func DocumentFields(r *analysis.Report, opts Options) []analysis.Field {
	return documentFields(r, opts, false)
}

// DocumentField is one of a document's JSON fields, for reading one value
// (a gate): paragraphs, sentences and tokens come as an analysis.Seq whose
// items are made only when asked for, instead of every field being built.
func DocumentField(r *analysis.Report, key string, opts Options) (any, bool) {
	for _, f := range documentFields(r, opts, true) {
		if f.Key == key {
			return f.Value, true
		}
	}
	return nil, false
}

// documentFields lists a document's output fields in their documented order.
// With lazy, paragraphs, sentences and tokens are made one at a time as they
// are written (a text of short lines has a paragraph every two bytes, and
// their JSON form built whole took 60 bytes per byte of text).
func documentFields(r *analysis.Report, opts Options, lazy bool) []field {
	var id any = r.Source.ID
	if len(r.Source.RawID) > 0 {
		id = r.Source.RawID
	}
	fs := []field{fld("id", id)}
	if r.Source.Path != "" && r.Source.Path != "-" {
		fs = append(fs, fld("path", r.Source.Path))
	}
	if r.Source.Line > 0 {
		fs = append(fs, fld("line", r.Source.Line))
	}
	fs = append(fs, fld("language", r.Language))
	d := r.Doc
	if d == nil {
		fs = append(fs,
			fld("title", nil), fld("dateline", nil), fld("byline", nil),
			fld("paragraphs", []paragraphJSON{}), fld("sentences", []sentenceJSON{}))
	} else {
		var ps, ss, ts any
		if lazy {
			ps = analysis.Seq{Len: len(d.Paragraphs), At: func(i int) any { return paragraph(d, i) }}
			ss = analysis.Seq{Len: len(d.Sentences), At: func(i int) any { return sentence(d, i) }}
			ts = analysis.Seq{Len: len(d.Tokens), At: func(i int) any { return token(d, i) }}
		} else {
			ps, ss, ts = paragraphs(d), sentences(d), tokens(d)
		}
		fs = append(fs, fld("title", title(d)), fld("dateline", dateline(d)), fld("byline", byline(d)),
			fld("paragraphs", ps), fld("sentences", ss))
		if opts.Tokens {
			fs = append(fs, fld("tokens", ts))
		}
	}
	for _, res := range r.Results {
		switch {
		case res.Skipped != "":
			fs = append(fs, fld(res.Name(), skippedJSON{true, res.Skipped}))
		case res.Err != nil:
			fs = append(fs, fld(res.Name(), errorJSON{res.Err.Error()}))
		default:
			fs = append(fs, fld(res.Name(), res.Value))
		}
	}
	findings := r.Findings
	if findings == nil {
		findings = []analysis.Finding{}
	}
	fs = append(fs, fld("warnings", r.Warnings), fld("errors", r.Errors), fld("findings", findings))
	if opts.Gates {
		failures := r.Failures
		if failures == nil {
			failures = []analysis.Message{}
		}
		fs = append(fs, fld("gate_failures", failures))
	}
	return fs
}

// MarshalDocument encodes one document as compact JSON with fields in a fixed order.
func MarshalDocument(r *analysis.Report, opts Options) ([]byte, error) {
	return analysis.EncodeFields(documentFields(r, opts, true))
}

// WriteDocument writes what MarshalDocument returns to w as it is encoded,
// without holding the document's JSON (on a large document many times the
// size of its text).
func WriteDocument(w io.Writer, r *analysis.Report, opts Options) error {
	return analysis.WriteFields(w, documentFields(r, opts, true))
}

// marshal encodes without escaping <, > and & so article text stays readable.
func marshal(v any) ([]byte, error) { return analysis.EncodeJSON(v) }

func title(d *document.Document) *document.Span {
	for _, p := range d.Paragraphs {
		if p.Kind == document.KindTitle {
			s := d.Span(int(p.Start), int(p.End))
			return &s
		}
	}
	return nil
}

func dateline(d *document.Document) *datelineJSON {
	if d.Dateline == nil {
		return nil
	}
	dl := d.Dateline
	return &datelineJSON{Span: d.Span(dl.Start, dl.End), Place: dl.Place, Date: dl.Date, Source: dl.Source}
}

func byline(d *document.Document) *bylineJSON {
	if d.Byline == nil {
		return nil
	}
	authors := d.Byline.Authors
	if authors == nil {
		authors = []string{}
	}
	return &bylineJSON{Span: d.Span(d.Byline.Start, d.Byline.End), Authors: authors}
}

func paragraphs(d *document.Document) []paragraphJSON {
	out := make([]paragraphJSON, len(d.Paragraphs))
	for i := range out {
		out[i] = paragraph(d, i)
	}
	return out
}

func paragraph(d *document.Document, i int) paragraphJSON {
	p := d.Paragraphs[i]
	return paragraphJSON{Index: i, Kind: p.Kind.String(), Span: d.Span(int(p.Start), int(p.End))}
}

func sentences(d *document.Document) []sentenceJSON {
	out := make([]sentenceJSON, len(d.Sentences))
	for i := range out {
		out[i] = sentence(d, i)
	}
	return out
}

func sentence(d *document.Document, i int) sentenceJSON {
	s := d.Sentences[i]
	return sentenceJSON{Index: i, Paragraph: int(s.Paragraph), Span: d.Span(int(s.Start), int(s.End))}
}

func tokens(d *document.Document) []tokenJSON {
	out := make([]tokenJSON, len(d.Tokens))
	for i := range out {
		out[i] = token(d, i)
	}
	return out
}

func token(d *document.Document, i int) tokenJSON {
	t := d.Tokens[i]
	return tokenJSON{Sentence: int(t.Sentence), Kind: t.Kind.String(), Span: d.Span(int(t.Start), int(t.End))}
}
