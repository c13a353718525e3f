package export

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWasmLeavesOutPrint checks that the wasm build imports none of the
// print exporter: not this package, not the PDF writer and its library,
// not the print raster and PNG encoder (the browser draws the PNG download
// from the SVG; see wasm/save.go). They carry no build constraint, as no
// build for the browser makes them. (golang.org/x/image/vector, the print
// raster's rasteriser, is in the wasm as the screen's glyph rasteriser:
// widget/ebitenui/glyphs.go.)
func TestWasmLeavesOutPrint(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	cmd := exec.Command(goTool, "list", "-modfile=../go.wasm.mod", "-deps", "../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	banned := map[string]bool{
		"github.com/stancemap/stancemap/export": true, "github.com/stancemap/stancemap/widget/pdfout": true,
		"codeberg.org/go-pdf/fpdf": true, "github.com/stancemap/stancemap/widget/rasterout": true,
		"image/png": true,
	}
	for _, pkg := range strings.Fields(string(out)) {
		if banned[pkg] {
			t.Errorf("the wasm build imports %s", pkg)
		}
	}
}

// TestPrintLeavesOutState checks that printing, mapshot and the posters draw
// a still through layout and compose alone: none of them enters the
// interactive widget or the reader's state, so a still cannot depend on
// what a reader did, and a change to input handling cannot move a print.
func TestPrintLeavesOutState(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	for _, dir := range []string{".", "../cmd/mapshot", "../cmd/serve/internal/poster"} {
		out, err := exec.Command(goTool, "list", "-deps", dir).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", dir, err)
		}
		for _, pkg := range strings.Fields(string(out)) {
			if pkg == "github.com/stancemap/stancemap/widget" || pkg == "github.com/stancemap/stancemap/widget/state" {
				t.Errorf("%s imports %s", dir, pkg)
			}
		}
	}
}
