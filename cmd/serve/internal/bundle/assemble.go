package bundle

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Sources are the inputs of a bundle.
type Sources struct {
	Root     string // module root: index.html and the web assets in wasm/web/
	Wasm     []byte // the compiled widget
	WasmExec []byte // the matching wasm_exec.js
}

// WebDir is where the embed page, loader and other static assets live,
// relative to the module root.
const WebDir = "wasm/web"

// Assemble gathers the bundle: index.html (the demo article), every file
// under wasm/web/ (same relative names), wasm_exec.js and stancemap.wasm,
// each precompressed at the given brotli quality.
func Assemble(src Sources, brotliQuality int) (*Bundle, error) {
	if len(src.Wasm) == 0 {
		return nil, fmt.Errorf("bundle: no wasm")
	}
	if len(src.WasmExec) == 0 {
		return nil, fmt.Errorf("bundle: no wasm_exec.js")
	}
	b := New()
	index, err := os.ReadFile(filepath.Join(src.Root, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("bundle: demo article: %w", err)
	}
	files := []*File{
		{Name: "index.html", Data: index},
		{Name: "wasm_exec.js", Data: src.WasmExec},
		{Name: WasmName, Data: src.Wasm},
	}
	web := filepath.Join(src.Root, filepath.FromSlash(WebDir))
	err = filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(web, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, &File{Name: filepath.ToSlash(rel), Data: data})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bundle: web assets: %w", err)
	}
	for _, f := range files {
		if err := Precompress(f, brotliQuality); err != nil {
			return nil, fmt.Errorf("bundle: %w", err)
		}
		if err := b.Add(f); err != nil {
			return nil, err
		}
	}
	for _, need := range []string{"embed.html", "loader.js"} {
		if b.File(need) == nil {
			return nil, fmt.Errorf("bundle: %s/%s is missing", WebDir, need)
		}
	}
	return b, nil
}
