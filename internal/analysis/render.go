package analysis

import (
	"fmt"
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

// ParagraphID is the HTML id of paragraph i (an index into Doc.Paragraphs)
// in the text view, for links from a panel to the text.
func (r *Render) ParagraphID(i int) string { return fmt.Sprintf("%s-p%d", r.ID, i) }

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
// Sub-headings inside the panel are <h4>. Ids it writes start with r.ID.
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
	// or a more specific name such as "keyphrase"); it is the value of the
	// layer's checkbox.
	Layer string
	// Label names the layer in the legend; the first highlight of a layer
	// that has one names it (default: Layer).
	Label string
	// Kind is what the stretch is ("quote", "speaker", "entity"), written as
	// data-kind for scripts and tests; default: Layer.
	Kind string
	// Start and End are code-point offsets into the document text, end exclusive.
	Start, End int
	// Class are CSS classes of the page's highlight palette: "hl kp" (marker),
	// "hl q spk-N" (tinted background, N 0-7 or x for grey), "hl sp spk-N"
	// (bold underline), "hl cue spk-N" (dashed underline), "hl ent ent-N"
	// (coloured bar below, N 0-5). The first highlight of a layer gives the
	// legend swatch.
	Class string
	// Title is the tooltip text.
	Title string
	// ID is the anchor of the highlight (starting with Render.ID), for links
	// from the analyzer's panel; the page makes one up when it is empty.
	ID string
}

// Brief is implemented by results that add a column to a document's row in
// the batch overview of the HTML and Markdown reports (e.g. the keyphrase
// and its band). Column is the heading, the same for every document.
type Brief interface {
	Brief(r *Render) (column, value string)
}
