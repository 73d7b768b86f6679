package analysis

import (
	"io"

	"artikel/internal/document"
)

// Render is what a result needs to show itself: the document, how many items
// ranked lists show, and the terminal's abilities. Colour and width are
// passed here, never set as package globals.
type Render struct {
	Doc    *document.Document
	Report *Report
	// Top is how many items ranked lists show.
	Top int
	// Color allows ANSI colours in text output.
	Color bool
	// Width is the terminal width for wrapping long lines; 0 means no wrapping.
	Width int
	// ID is a prefix that makes HTML ids unique across documents in one page.
	ID string
}

// A result type implements the interfaces below for each format it has a
// section in. A result without one is shown as "done" in that format; its
// JSON form (encoding/json of the value) is always written.

// TextWriter is implemented by results that have a section in the terminal report.
// The section starts with its own heading line.
type TextWriter interface {
	WriteText(w io.Writer, r *Render) error
}

// HTMLWriter is implemented by results that have a panel in the HTML report.
// It writes one HTML fragment (escaped by the implementation, e.g. with
// html/template), without its heading: the page adds "<h3>Name</h3>".
type HTMLWriter interface {
	WriteHTML(w io.Writer, r *Render) error
}

// MarkdownWriter is implemented by results that have a section in the
// Markdown report. It writes Markdown without the section heading.
type MarkdownWriter interface {
	WriteMarkdown(w io.Writer, r *Render) error
}

// Highlighter is implemented by results that mark stretches of the text in
// the HTML report's document view. Each highlight belongs to a layer that
// readers switch on and off.
type Highlighter interface {
	Highlights(r *Render) []Highlight
}

// Highlight marks a stretch of the document in the HTML text view.
type Highlight struct {
	// Layer groups highlights readers toggle together (the analyzer's name,
	// or a more specific name such as "keyphrase").
	Layer string
	// Start and End are code-point offsets into the document text, end exclusive.
	Start, End int
	// Class is the CSS class ("hl-keyphrase", "hl-quote", "ent-PER").
	Class string
	// Title is the tooltip text.
	Title string
}
