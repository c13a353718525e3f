package bundle

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteDir writes the bundle as a static site into dir: every file, and
// beside it NAME.br and NAME.gz where precompressed forms exist, for a web
// server that serves precompressed siblings.
//
// The files are written into a fresh folder next to dir that then takes
// dir's place, so a reader never sees half a bundle. An existing dir is
// replaced only if it is empty or holds an earlier bundle (it has
// embed.html and a stancemap wasm); anything else is left alone with an
// error, so a typo can't delete someone's folder.
func (b *Bundle) WriteDir(dir string) error {
	dir = filepath.Clean(dir)
	if err := replaceable(dir); err != nil {
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	defer os.RemoveAll(tmp) // gone after the rename; cleans up on failure
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	for _, name := range b.Names() {
		f := b.files[name]
		if err := writeFile(tmp, name, f.Data); err != nil {
			return err
		}
		if f.Br != nil {
			if err := writeFile(tmp, name+".br", f.Br); err != nil {
				return err
			}
		}
		if f.Gz != nil {
			if err := writeFile(tmp, name+".gz", f.Gz); err != nil {
				return err
			}
		}
	}
	return swapDir(tmp, dir)
}

// replaceable reports an error unless dir is missing, empty, or an
// earlier bundle.
func replaceable(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	hasWasm, hasPage := false, false
	for _, e := range entries {
		hasWasm = hasWasm || isWasmName(e.Name()) || e.Name() == "stancemap.wasm" // older bundles' name
		hasPage = hasPage || e.Name() == "embed.html"
	}
	if !hasWasm || !hasPage {
		return fmt.Errorf("bundle: %s is not empty and holds no earlier bundle (it lacks embed.html or a stancemap wasm); not replacing it", dir)
	}
	return nil
}

func writeFile(root, name string, data []byte) error {
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	return nil
}

// swapDir moves tmp to dir, moving an existing dir aside first and
// removing it once the new one is in place.
func swapDir(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("bundle: %w", err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			_ = os.Rename(old, dir) // put the earlier bundle back
		}
		return fmt.Errorf("bundle: %w", err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("bundle: removing the earlier bundle: %w", err)
		}
	}
	return nil
}
