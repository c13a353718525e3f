package bundle

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ManifestName is the file in a bundle's folder that lists every file
// WriteDir wrote there, one slash path a line: the only files a later
// WriteDir may replace or remove.
const ManifestName = ".stancemap-bundle"

// WriteDir writes the bundle as a static site into dir: every file, and
// beside it NAME.br and NAME.gz where precompressed forms exist, for a web
// server that serves precompressed siblings.
//
// It never deletes what it did not write. A host's own files in the folder
// (robots.txt, _headers, .htaccess) stay; of an earlier bundle's files,
// those listed in its ManifestName that this bundle does not have are
// removed. A dir that is a symlink is written through, so the link stays.
// A non-empty dir that holds no earlier bundle (embed.html and a stancemap
// wasm) is left alone with an error, so a typo can't overwrite someone's
// folder.
//
// Each file is written to a temporary name and renamed, and in an order
// that keeps the folder usable while it changes: the content-addressed
// files first (the wasm, posters/HASH/), which no page of the earlier
// bundle names, then the scripts, then the pages that name them; the
// earlier bundle's leftovers go last. The list of written files is updated
// before the first file is written, so an interrupted run leaves nothing
// that the next one does not know it wrote.
func (b *Bundle) WriteDir(dir string) error {
	dir, err := resolveDir(filepath.Clean(dir))
	if err != nil {
		return err
	}
	earlier, err := writtenBefore(dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	var names []string
	bodies := map[string][]byte{}
	for _, name := range b.writeOrder() {
		f := b.files[name]
		for suffix, body := range map[string][]byte{"": f.Data, ".br": f.Br, ".gz": f.Gz} {
			if body != nil || suffix == "" {
				names = append(names, name+suffix)
				bodies[name+suffix] = body
			}
		}
	}
	if err := writeManifest(dir, union(earlier, names)); err != nil {
		return err
	}
	for _, name := range names {
		if err := writeFile(dir, name, bodies[name]); err != nil {
			return err
		}
	}
	for _, name := range earlier {
		if _, ok := bodies[name]; !ok {
			if err := removeWritten(dir, name); err != nil {
				return err
			}
		}
	}
	return writeManifest(dir, names)
}

// resolveDir follows dir to the folder it names when it is a symlink.
func resolveDir(dir string) (string, error) {
	fi, err := os.Lstat(dir)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return dir, nil // missing, or a folder (or a file: MkdirAll says so)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", fmt.Errorf("bundle: %s is a link to nothing: %w", dir, err)
	}
	return real, nil
}

// writeOrder is the bundle's names in the order WriteDir writes them:
// content-addressed files, other files, then the pages.
func (b *Bundle) writeOrder() []string {
	rank := func(name string) int {
		switch {
		case Immutable(name):
			return 0
		case path.Ext(name) == ".html":
			return 2
		}
		return 1
	}
	names := b.Names()
	slices.SortStableFunc(names, func(x, y string) int { return rank(x) - rank(y) })
	return names
}

// writtenBefore returns the files an earlier WriteDir listed in dir, or an
// error when dir is neither missing, empty nor an earlier bundle. A bundle
// written before the list existed lists nothing: its files are replaced
// where this bundle has the same names, and none is removed.
func writtenBefore(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	list, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err == nil {
		return parseManifest(list), nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	hasWasm, hasPage := false, false
	for _, e := range entries {
		hasWasm = hasWasm || isWasmName(e.Name()) || e.Name() == "stancemap.wasm" // older bundles' name
		hasPage = hasPage || e.Name() == "embed.html"
	}
	if !hasWasm || !hasPage {
		return nil, fmt.Errorf("bundle: %s is not empty and holds no earlier bundle (it lacks embed.html or a stancemap wasm); not writing into it", dir)
	}
	return nil, nil
}

// parseManifest reads a list of written files, keeping only names that
// stay inside the folder: the list is a file anyone with access could edit.
func parseManifest(b []byte) []string {
	var names []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		name := sc.Text()
		if strings.HasPrefix(name, "#") || !validName(strings.TrimSuffix(strings.TrimSuffix(name, ".br"), ".gz")) || name == ManifestName {
			continue
		}
		names = append(names, name)
	}
	return names
}

// writeManifest writes the list of written files.
func writeManifest(dir string, names []string) error {
	var b bytes.Buffer
	b.WriteString("# Files cmd/serve -out wrote here. It replaces or removes only these when it writes\n")
	b.WriteString("# a new bundle; every other file in this folder is left as it is.\n")
	for _, n := range names {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return writeFile(dir, ManifestName, b.Bytes())
}

func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// writeFile writes data to the slash path name under root, through a
// temporary file renamed into place: a reader sees the old file or the
// new one.
func writeFile(root, name string, data []byte) error {
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".*.tmp")
	if err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("bundle: %s: %w", name, err)
	}
	return nil
}

// removeWritten removes a file an earlier bundle wrote, and the folders
// it leaves empty up to root.
func removeWritten(root, name string) error {
	p := filepath.Join(root, filepath.FromSlash(name))
	if fi, err := os.Lstat(p); err == nil && fi.IsDir() {
		return nil // a host made it a folder: theirs now
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("bundle: removing the earlier bundle's %s: %w", name, err)
	}
	for d := filepath.Dir(p); d != root && strings.HasPrefix(d, root+string(filepath.Separator)); d = filepath.Dir(d) {
		if os.Remove(d) != nil { // not empty: a host's file, or more of ours
			break
		}
	}
	return nil
}
