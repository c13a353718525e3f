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
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// WriteFile calls write with a temporary file in path's directory, then
// syncs it and renames it over path. If anything fails, or write panics,
// the temporary file is removed and an existing file at path is left as it
// was. A file it replaces keeps its permissions (a new one is 0644); a
// symlink at path is written through, so the link stays a link.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	if fi, statErr := os.Lstat(path); statErr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return fmt.Errorf("export: %s is a link to nothing: %w", path, unwrapPath(err))
		}
		path = target
	}
	dir, base := filepath.Split(path)
	if base == "" {
		return fmt.Errorf("export: %q names a directory, not a file", path)
	}
	if dir == "" {
		dir = "."
	}
	mode := os.FileMode(0o644) // CreateTemp makes 0600; an export is an ordinary document
	if fi, statErr := os.Stat(path); statErr == nil {
		if fi.IsDir() {
			return fmt.Errorf("export: %s is a directory", path)
		}
		mode = fi.Mode().Perm()
	}
	f, tmp, err := createTemp(dir, base)
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done { // an error, or a panic on its way up
			f.Close()
			removeTemp(tmp)
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
	if err = os.Chmod(tmp, mode); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err = rename(tmp, path); err != nil {
		return fmt.Errorf("export: %s: %w", path, unwrapPath(err))
	}
	done = true
	return nil
}

// temps are the temporary files WriteFile has open, so that a command
// stopped by a signal can remove them (RemoveTemps). The lock also keeps a
// rename and that removal apart.
var temps struct {
	sync.Mutex
	paths   map[string]bool
	stopped bool
}

// createTemp makes and records a temporary file for base in dir.
func createTemp(dir, base string) (*os.File, string, error) {
	temps.Lock()
	defer temps.Unlock()
	if temps.stopped {
		return nil, "", errors.New("export: stopping")
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, "", fmt.Errorf("export: cannot write in %s: %w", dir, unwrapPath(err))
	}
	if temps.paths == nil {
		temps.paths = map[string]bool{}
	}
	temps.paths[f.Name()] = true
	return f, f.Name(), nil
}

// rename moves the finished temporary file into place, unless RemoveTemps
// has run.
func rename(tmp, path string) error {
	temps.Lock()
	defer temps.Unlock()
	if temps.stopped {
		return errors.New("stopping")
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	delete(temps.paths, tmp)
	return nil
}

// removeTemp removes a temporary file and its record.
func removeTemp(tmp string) {
	temps.Lock()
	defer temps.Unlock()
	os.Remove(tmp)
	delete(temps.paths, tmp)
}

// RemoveTemps removes every temporary file WriteFile has open and makes
// every WriteFile from now on fail without touching its target: a command
// calls it when a signal (Ctrl+C, SIGTERM) stops it half-way, then exits.
func RemoveTemps() {
	temps.Lock()
	defer temps.Unlock()
	temps.stopped = true
	for p := range temps.paths {
		os.Remove(p)
		delete(temps.paths, p)
	}
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
