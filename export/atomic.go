// Package export writes the map to files for print and social posts: it
// picks the format from the file name, draws the scene with the matching
// backend (PNG, SVG, PDF, animated GIF) or writes the data as CSV, and
// replaces the target file atomically so a failed export never leaves a
// half-written or clobbered file behind. It is for native programs.
package export

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile calls write with a temporary file in path's directory, then
// syncs it and renames it over path. If anything fails, the temporary file
// is removed and an existing file at path is left as it was.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if base == "" {
		return fmt.Errorf("export: %q names a directory, not a file", path)
	}
	if dir == "" {
		dir = "."
	}
	if fi, statErr := os.Stat(path); statErr == nil && fi.IsDir() {
		return fmt.Errorf("export: %s is a directory", path)
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: cannot write in %s: %w", dir, unwrapPath(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	// CreateTemp makes the file 0600; an export is an ordinary document.
	if err = os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("export: %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the temporary file's name from an error, which would
// only confuse the reader.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
