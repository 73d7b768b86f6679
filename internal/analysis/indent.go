package analysis

import "io"

// Indenter is an io.Writer that indents the compact JSON written to it as
// json.Indent(dst, src, prefix, indent) would, as it streams through, so an
// indented document never has to be held whole. The input must be compact
// JSON (as WriteFields and encoding/json produce): whitespace between
// tokens is copied, not removed.
type Indenter struct {
	w              io.Writer
	prefix, indent string
	depth          int
	inString       bool
	escaped        bool
	needIndent     bool
	out            []byte
}

// NewIndenter returns an Indenter writing to w.
func NewIndenter(w io.Writer, prefix, indent string) *Indenter {
	return &Indenter{w: w, prefix: prefix, indent: indent}
}

func (d *Indenter) Write(p []byte) (int, error) {
	out := d.out[:0]
	for _, c := range p {
		if d.inString {
			out = append(out, c)
			switch {
			case d.escaped:
				d.escaped = false
			case c == '\\':
				d.escaped = true
			case c == '"':
				d.inString = false
			}
			continue
		}
		if d.needIndent && c != '}' && c != ']' {
			d.needIndent = false
			d.depth++
			out = d.newline(out)
		}
		switch c {
		case '"':
			d.inString = true
			out = append(out, c)
		case '{', '[':
			// delayed, so that empty objects and arrays stay {} and []
			d.needIndent = true
			out = append(out, c)
		case ',':
			out = append(out, c)
			out = d.newline(out)
		case ':':
			out = append(out, c, ' ')
		case '}', ']':
			if d.needIndent {
				d.needIndent = false
			} else {
				d.depth--
				out = d.newline(out)
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	d.out = out[:0]
	if _, err := d.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (d *Indenter) newline(out []byte) []byte {
	out = append(out, '\n')
	out = append(out, d.prefix...)
	for range d.depth {
		out = append(out, d.indent...)
	}
	return out
}
