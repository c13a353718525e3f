package floor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWrite builds the probes into a folder twice (the second time over
// the first) and checks the page, its script and the two wasm files: the
// widget's probe links the widget's packages, so it is megabytes larger
// than Ebiten's alone.
func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "floor")
	for i := 0; i < 2; i++ {
		if err := Write(dir, 1, os.Stderr); err != nil {
			t.Fatalf("write %d: %v", i+1, err)
		}
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if p := string(read("index.html")); !strings.Contains(p, `src="wasm_exec.js" defer`) || !strings.Contains(p, `src="loader-ebiten.js" defer`) || !strings.Contains(p, `src="floor.js" defer`) {
		t.Errorf("index.html does not load its scripts:\n%s", p)
	}
	js := string(read("floor.js"))
	for _, want := range []string{"'ebiten.wasm'", "'widget.wasm'", "floorLevel", "no probe", "L.glCanvas()", "L.handOver(canvas)"} {
		if !strings.Contains(js, want) {
			t.Errorf("floor.js lacks %s", want)
		}
	}
	if !strings.Contains(string(read("loader-ebiten.js")), "L.glCanvas = glCanvas") {
		t.Error("loader-ebiten.js is not the embed's")
	}
	if !strings.Contains(string(read("wasm_exec.js")), "class Go") && !strings.Contains(string(read("wasm_exec.js")), "Go = class") {
		t.Error("wasm_exec.js is not Go's")
	}
	eb, wd := read("ebiten.wasm"), read("widget.wasm")
	for name, w := range map[string][]byte{"ebiten.wasm": eb, "widget.wasm": wd} {
		if len(w) < 8 || string(w[:4]) != "\x00asm" {
			t.Errorf("%s is not WebAssembly", name)
		}
		if _, err := os.Stat(filepath.Join(dir, name+".br")); err != nil {
			t.Errorf("%s has no brotli sibling: %v", name, err)
		}
	}
	if len(wd) < len(eb)+1<<20 {
		t.Errorf("widget.wasm %d bytes, ebiten.wasm %d: the widget's packages are not linked", len(wd), len(eb))
	}
}
