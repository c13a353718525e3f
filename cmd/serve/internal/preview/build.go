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
		tc, err := bundle.FindToolchain()
		if err != nil {
			return nil, err
		}
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		root, err := tc.ModuleRoot(wd)
		if err != nil {
			return nil, err
		}
		start := time.Now()
		wasm, err := tc.BuildWasm(root, os.Stderr, nil)
		if err != nil {
			return nil, err
		}
		exec, err := tc.WasmExec()
		if err != nil {
			return nil, err
		}
		b, err := bundle.Assemble(bundle.Sources{Root: root, Wasm: wasm, WasmExec: exec, Inserts: inserts}, min(quality, MaxQuality))
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "preview: built %s (%.1f MB) and its embed in %s\n", bundle.WasmName(wasm), float64(len(wasm))/1e6, time.Since(start).Round(10*time.Millisecond))
		return b, nil
	}
}
