package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/stancemap/stancemap/export"
)

// target is where an export goes: a file, standard output, or a folder
// (a file per step and language).
type target struct {
	path   string // the file or folder; "" for standard output
	dir    bool
	format export.Format
}

// resolveTarget reads -o and -format. A file's format is -format, or its
// extension's; standard output (-o -) needs -format; a folder (-o DIR/, or
// a folder that exists) takes -format, PNG by default. many says whether
// more than one file is asked for (-event all, -lang all), which only a
// folder can hold.
func resolveTarget(out, format string, many bool) (target, error) {
	var named export.Format
	if format != "" {
		f, err := export.ParseFormat(format)
		if err != nil {
			return target{}, fmt.Errorf("-format: %w", err)
		}
		named = f
	}
	switch {
	case out == "":
		return target{}, errors.New("no output: give -o FILE, -o DIR/, or -o - with -format for standard output")
	case isDir(out):
		if named == "" {
			named = export.PNG
		}
		return target{path: out, dir: true, format: named}, nil
	case many:
		return target{}, fmt.Errorf("-o %s: -event all and -lang all write a file per step and language; give a folder, -o DIR/", out)
	case out == "-" && named == "":
		return target{}, fmt.Errorf("-o - writes to standard output: say in what with -format %s", export.FormatNames())
	case out == "-":
		return target{format: named}, nil
	}
	ext, err := export.FormatOf(out)
	switch {
	case err != nil && named == "":
		return target{}, err
	case err == nil && named != "" && ext != named:
		return target{}, fmt.Errorf("-format %s, but -o %s names %s: give one, or make them agree", named, out, filepath.Ext(out))
	case named == "":
		named = ext
	}
	return target{path: out, format: named}, nil
}

// isDir says whether -o names a folder: it ends with a slash, or is one.
func isDir(out string) bool {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	fi, err := os.Stat(out)
	return err == nil && fi.IsDir()
}

// write writes the job to the target: a file atomically; standard output
// in one piece once the export is whole, so a failure writes nothing
// there either. A binary format is not written to a terminal, where it
// would only scramble the screen.
func (t target) write(job export.Job, stdout io.Writer) error {
	if t.path != "" {
		return export.WriteFile(t.path, func(w io.Writer) error { return export.Write(w, t.format, job) })
	}
	if f, ok := stdout.(*os.File); ok && t.format.Binary() && isTerminal(f) {
		return fmt.Errorf("not writing %s to a terminal: redirect it to a file (> map.%s) or a pipe", t.format, t.format)
	}
	var b bytes.Buffer
	if err := export.Write(&b, t.format, job); err != nil {
		return err
	}
	if _, err := b.WriteTo(stdout); err != nil {
		return fmt.Errorf("standard output: %w", err)
	}
	return nil
}

// isTerminal reports whether f is a terminal: a character device other
// than the null device (os.ModeCharDevice alone would count /dev/null,
// and golang.org/x/term is not worth a dependency for this).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
