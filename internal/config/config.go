// Package config reads .artikel.yaml, which holds the same settings as the
// flags of `artikel analyze` so that a repository of articles can pin them.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileName is the configuration file looked for upward from the working directory.
const FileName = ".artikel.yaml"

// Entry is one setting of a configuration file: its key as written, the
// line it is on, and its value(s) in the string form flags accept.
type Entry struct {
	Key    string
	Line   int
	Values []string
	// List is true when the value was written as a YAML list.
	List bool
}

// File is the content of a configuration file, in file order.
type File struct {
	Path    string
	Entries []Entry
}

// FlagName is the flag a configuration key sets: fail_on sets --fail-on.
func FlagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

// Key is the configuration key of a flag: --fail-on is fail_on.
func Key(flag string) string { return strings.ReplaceAll(flag, "-", "_") }

// Find looks for FileName in dir and its parents; "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads a configuration file: a YAML mapping of keys to a scalar or a
// list of scalars. Whether a key is known is checked by the command that
// applies it, against its flags.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read config: %v", err)
	}
	f := &File{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %s (see `artikel config --help` for the format)", path, plainYAMLError(err))
	}
	if len(doc.Content) == 0 {
		return f, nil // an empty file is an empty configuration
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: line %d: the file must hold settings as \"key: value\" lines", path, root.Line)
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		e := Entry{Key: k.Value, Line: k.Line}
		if prev, ok := seen[e.Key]; ok {
			return nil, fmt.Errorf("%s: line %d: setting `%s` is given twice (first on line %d)", path, k.Line, e.Key, prev)
		}
		seen[e.Key] = k.Line
		switch v.Kind {
		case yaml.ScalarNode:
			e.Values = []string{v.Value}
		case yaml.SequenceNode:
			e.List = true
			e.Values = []string{}
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode {
					return nil, fmt.Errorf("%s: line %d: setting `%s` must be a list of plain values", path, item.Line, e.Key)
				}
				e.Values = append(e.Values, item.Value)
			}
		default:
			return nil, fmt.Errorf("%s: line %d: setting `%s` must be a value or a list of values, not a nested mapping", path, v.Line, e.Key)
		}
		f.Entries = append(f.Entries, e)
	}
	return f, nil
}

// plainYAMLError drops the Go package prefix from a YAML syntax error.
func plainYAMLError(err error) string {
	return strings.TrimPrefix(err.Error(), "yaml: ")
}
