package input

import "io"

// Read reads one plain-text document from r the way Files reads a file:
// the --max-bytes limit, the decoding of Decode and its warning. Runners
// that open files themselves (a distributed pipeline reading object
// storage) use it so their documents match the CLI's.
func Read(path string, r io.Reader, opts Options) Source {
	return readOne(path, r, opts)
}
