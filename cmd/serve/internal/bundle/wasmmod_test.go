package bundle

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// modLines is a module file's directives, one a line, without comments,
// blank lines and replace directives.
func modLines(t *testing.T, path string) (lines, replaces []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if i := strings.Index(l, "//"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		switch {
		case l == "":
		case strings.HasPrefix(l, "replace "):
			replaces = append(replaces, l)
		default:
			lines = append(lines, l)
		}
	}
	return lines, replaces
}

// TestWasmModFile checks that go.mod has no replace directive (go install
// refuses a module with one) and that go.wasm.mod, which the wasm is built
// with, is go.mod plus replacements: the same module, Go version and
// requirements, so that a dependency updated in one is updated in both.
func TestWasmModFile(t *testing.T) {
	root := filepath.Join("..", "..", "..", "..")
	mod, modRepl := modLines(t, filepath.Join(root, "go.mod"))
	wasm, wasmRepl := modLines(t, filepath.Join(root, WasmModFile))
	if len(modRepl) > 0 {
		t.Errorf("go.mod has replace directives, which go install refuses: %q", modRepl)
	}
	if len(wasmRepl) == 0 {
		t.Errorf("%s replaces nothing: build the wasm with go.mod instead", WasmModFile)
	}
	if strings.Join(mod, "\n") != strings.Join(wasm, "\n") {
		t.Errorf("%s and go.mod differ beyond replace directives:\n%s\n---\n%s", WasmModFile, strings.Join(wasm, "\n"), strings.Join(mod, "\n"))
	}
}
