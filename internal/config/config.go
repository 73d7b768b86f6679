// Package config reads .artikel.yaml, which holds the same settings as the
// flags of `artikel analyze` so that a repository of articles can pin them.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

// FileName is the configuration file looked for upward from the working directory.
const FileName = ".artikel.yaml"

// File is the content of a configuration file. Every key is optional; a key
// that is present sets the flag of the same name unless the flag is given.
type File struct {
	Analyzers []string `yaml:"analyzers"`
	Lang      *string  `yaml:"lang"`
	Languages []string `yaml:"languages"`
	Keyphrase *string  `yaml:"keyphrase"`
	Top       *int     `yaml:"top"`
	Jobs      *int     `yaml:"jobs"`
	Format    *string  `yaml:"format"`
	Include   []string `yaml:"include"`
	Exclude   []string `yaml:"exclude"`
	FailOn    []string `yaml:"fail_on"`
	MaxBytes  *int64   `yaml:"max_bytes"`
}

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

// Load reads and validates a configuration file. Unknown keys are errors, so
// a typo does not silently do nothing.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read config: %v", err)
	}
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	// An empty file (io.EOF) is an empty configuration.
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %v (see `artikel config --help` for the keys)", path, err)
	}
	return &f, nil
}

// Values returns the settings present in the file as flag name → values,
// in the string form pflag's Set accepts.
func (f *File) Values() map[string][]string {
	out := map[string][]string{}
	list := func(name string, v []string) {
		if v != nil {
			out[name] = v
		}
	}
	one := func(name string, v *string) {
		if v != nil {
			out[name] = []string{*v}
		}
	}
	list("analyzers", f.Analyzers)
	one("lang", f.Lang)
	list("languages", f.Languages)
	one("keyphrase", f.Keyphrase)
	if f.Top != nil {
		out["top"] = []string{fmt.Sprint(*f.Top)}
	}
	if f.Jobs != nil {
		out["jobs"] = []string{fmt.Sprint(*f.Jobs)}
	}
	one("format", f.Format)
	list("include", f.Include)
	list("exclude", f.Exclude)
	list("fail-on", f.FailOn)
	if f.MaxBytes != nil {
		out["max-bytes"] = []string{fmt.Sprint(*f.MaxBytes)}
	}
	return out
}
