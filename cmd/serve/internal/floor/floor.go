// Package floor writes the floor probes of BENCHMARKS.md: a page that
// starts a bare Ebiten program built as the widget's wasm is built (the
// same copy of Ebiten, its shaders compiled ahead, the same flags), so that
// an embed's first visit can be read against what Ebiten itself, the
// widget's code and the widget's own start each cost on the same box, in
// one run with the D3 anchor.
//
// index.html runs, by its probe parameter:
//   - ebiten (the default): Ebiten alone, a screen filled and a rectangle
//     drawn (probe/ebiten);
//   - size: the same game with every package the widget needs linked but
//     not run (probe/widget);
//   - widget: the widget on the built-in story, drawn by the Ebiten
//     backend, bare: no poster, bridge, height search or loader; with
//     level=load, new or layout, its start only up to there (the atlas
//     and the story loaded, the widget made, its first layout), before the
//     game of ebiten.
//
// Each starts Ebiten as the embed does, on the canvas that the embed's
// loader-ebiten.js makes, and sets window.floorState to "live" at the
// animation frame after its first Draw, as the embed sets
// window.stancemap.state.
package floor

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
)

// probes are the packages built, by the wasm file each becomes.
var probes = []struct{ file, pkg string }{
	{"ebiten.wasm", "./cmd/serve/internal/floor/probe/ebiten"},
	{"widget.wasm", "./cmd/serve/internal/floor/probe/widget"},
}

const page = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>stancemap: floor probes</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; overflow: hidden }</style>
<script>
window.stancemapLoader = {};
window.stancemap = { fail: function (e) { window.floorFail(String(e && e.message || e)); } };
</script>
<script src="wasm_exec.js" defer></script>
<script src="loader-ebiten.js" defer></script>
<script src="floor.js" defer></script>
</html>
`

// script starts the probe the page's URL asks for; an unknown one is
// said on the page and in window.floorState.
const script = `(function () {
  'use strict';
  var q = new URLSearchParams(location.search);
  var probe = q.get('probe') || 'ebiten';
  var wasm = { ebiten: 'ebiten.wasm', size: 'widget.wasm', widget: 'widget.wasm' }[probe];
  var fail = window.floorFail = function (msg) {
    window.floorState = 'failed';
    document.body.textContent = msg;
    console.error(msg);
  };
  if (!wasm) {
    fail('floor: probe=' + probe + ' is no probe; want ebiten, size or widget');
    return;
  }
  if (probe === 'widget') window.floorLevel = q.get('level') || 'frame';
  // Ebiten starts as in the embed (loader.js): on the canvas the loader
  // makes, its WebGL context made while the wasm compiles.
  var L = window.stancemapLoader;
  L.hideGamepads();
  var canvas = L.glCanvas();
  if (!canvas) {
    fail('floor: WebGL 2 is not available');
    return;
  }
  var go = new Go();
  WebAssembly.instantiateStreaming(fetch(wasm), go.importObject).then(function (r) {
    var undo = L.handOver(canvas);
    try {
      go.run(r.instance);
    } finally {
      undo();
    }
  }, function (e) { fail('floor: ' + wasm + ': ' + e); });
})();
`

// Write builds the probes with the running toolchain for the module that
// holds the working directory and writes the page, its script, Go's
// wasm_exec.js, the embed's loader-ebiten.js and the two wasm files into
// dir, with brotli (at quality) and gzip siblings, as a bundle is written.
// The compiler's messages go to stderr.
func Write(dir string, quality int, stderr *os.File) error {
	tc, src, err := bundle.Locate()
	if err != nil {
		return err
	}
	loader, err := os.ReadFile(filepath.Join(src.Root, filepath.FromSlash(bundle.WebDir), "loader-ebiten.js"))
	if err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	b := bundle.New()
	files := []*bundle.File{
		{Name: "loader-ebiten.js", Data: loader},
		{Name: "index.html", Data: []byte(page)},
		{Name: "floor.js", Data: []byte(script)},
		{Name: "wasm_exec.js", Data: src.WasmExec},
	}
	for _, p := range probes {
		w, err := tc.BuildWasm(src.Root, p.pkg, stderr, nil)
		if err != nil {
			return fmt.Errorf("floor: %w", err)
		}
		files = append(files, &bundle.File{Name: p.file, Data: w})
	}
	for _, f := range files {
		if err := bundle.Precompress(f, quality); err != nil {
			return fmt.Errorf("floor: %w", err)
		}
		if err := b.Add(f); err != nil {
			return fmt.Errorf("floor: %w", err)
		}
	}
	return b.WriteDir(dir)
}
