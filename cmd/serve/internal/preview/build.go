package preview

import (
	"fmt"
	"os"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
)

// MaxQuality caps the brotli quality of a preview's bundle: the preview is
// read on this machine, where quality 11 would only delay the first map by
// half a minute; at 3 or less, gzip's best level, not brotli, sets the time (1.7 s for the wasm).
const MaxQuality = 3

// BuildBundle returns a Build that compiles the ordinary wasm (the built-in
// story; the preview's comes by data=) with the running Go toolchain in
// the module that holds the working directory, and assembles the embed's
// files at brotli quality min(quality, MaxQuality). The compiler's
// messages go to stderr.
func BuildBundle(quality int) func(map[string]string) (*bundle.Bundle, error) {
	return func(inserts map[string]string) (*bundle.Bundle, error) {
		start := time.Now()
		src, err := bundle.Compile(os.Stderr, nil)
		if err != nil {
			return nil, err
		}
		src.Inserts = inserts
		b, err := bundle.Assemble(src, min(quality, MaxQuality))
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "preview: built %s (%.1f MB) and its embed in %s\n", bundle.WasmName(src.Wasm), float64(len(src.Wasm))/1e6, time.Since(start).Round(10*time.Millisecond))
		return b, nil
	}
}
