package artikelbeam

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeShards writes lines to PREFIX-KIND#####-of-#####.jsonl. Each bundle
// streams its lines into a temporary file of its own (no grouping of the
// documents, so nothing holds a shard in memory); once every bundle has
// committed, one step renames the files of the committed bundles to their
// final names and removes those of failed attempts.
func writeShards(s beam.Scope, lines beam.PCollection, prefix, kind, token string) {
	temp := fmt.Sprintf("%s-%stmp-%s-", prefix, kind, token)
	names := beam.ParDo(s, &writeTempFn{Temp: temp}, lines)
	grouped := beam.GroupByKey(s, beam.AddFixedKey(s, names))
	beam.ParDo0(s, &renameFn{Prefix: prefix + "-" + kind, Temp: temp}, grouped)
}

// writeTempFn writes a bundle's lines to a new temporary file and, when the
// bundle finishes, outputs that file's name.
type writeTempFn struct {
	Temp string

	name string
	fs   filesystem.Interface
	wc   io.WriteCloser
	bw   *bufio.Writer
}

func (fn *writeTempFn) ProcessElement(ctx context.Context, line string, _ func(string)) error {
	if fn.bw == nil {
		fs, err := filesystem.New(ctx, fn.Temp)
		if err != nil {
			return err
		}
		b := make([]byte, 8)
		rand.Read(b)
		fn.name = fn.Temp + hex.EncodeToString(b) + ".jsonl"
		wc, err := fs.OpenWrite(ctx, fn.name)
		if err != nil {
			fs.Close()
			return fmt.Errorf("cannot write %s: %v", fn.name, err)
		}
		fn.fs, fn.wc, fn.bw = fs, wc, bufio.NewWriterSize(wc, 1<<20)
	}
	if _, err := fn.bw.WriteString(line); err != nil {
		return err
	}
	return fn.bw.WriteByte('\n')
}

func (fn *writeTempFn) FinishBundle(_ context.Context, emit func(string)) error {
	if fn.bw == nil {
		return nil
	}
	defer func() { fn.fs.Close(); fn.fs, fn.wc, fn.bw = nil, nil, nil }()
	if err := fn.bw.Flush(); err != nil {
		fn.wc.Close()
		return fmt.Errorf("cannot write %s: %v", fn.name, err)
	}
	if err := fn.wc.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %v", fn.name, err)
	}
	emit(fn.name)
	return nil
}

// renameFn gives the committed temporary files their final names, in name
// order, and removes the temporary files of failed bundle attempts.
type renameFn struct {
	Prefix string
	Temp   string
}

func (fn *renameFn) ProcessElement(ctx context.Context, _ int, iter func(*string) bool) error {
	var names []string
	var name string
	for iter(&name) {
		names = append(names, name)
	}
	slices.Sort(names)
	fs, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fs.Close()
	for i, n := range names {
		final := fmt.Sprintf("%s%05d-of-%05d.jsonl", fn.Prefix, i, len(names))
		if err := filesystem.Rename(ctx, fs, n, final); err != nil {
			return fmt.Errorf("cannot rename %s to %s: %v", n, final, err)
		}
	}
	if rm, ok := fs.(filesystem.Remover); ok {
		left, _ := fs.List(ctx, fn.Temp+"*")
		for _, n := range left {
			rm.Remove(ctx, n)
		}
	}
	return nil
}

// writeFileFn writes one string to a file.
type writeFileFn struct {
	Path string
}

func (fn *writeFileFn) ProcessElement(ctx context.Context, s string) error {
	fs, err := filesystem.New(ctx, fn.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, fn.Path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %v", fn.Path, err)
	}
	if _, err := io.WriteString(wc, s); err != nil {
		wc.Close()
		return fmt.Errorf("cannot write %s: %v", fn.Path, err)
	}
	return wc.Close()
}
