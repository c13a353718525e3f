// Command gensub writes the browser's cut of the Go fonts
// (widget/glyph/gofont/regular.sub and bold.sub): the glyphs of
// glyph.GoSubsetRanges in glyph's subset format, after a header line.
// Run by go generate in widget/glyph.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancemap/stancemap/widget/glyph"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

func main() {
	for _, f := range []struct {
		name string
		ttf  []byte
	}{{"regular.sub", goregular.TTF}, {"bold.sub", gobold.TTF}} {
		b, err := glyph.GoSubset(f.ttf)
		if err == nil {
			err = write(filepath.Join("gofont", f.name), b)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "gensub: %s: %v\n", f.name, err)
			os.Exit(1)
		}
	}
}

// write replaces path with b whole or not at all.
func write(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
