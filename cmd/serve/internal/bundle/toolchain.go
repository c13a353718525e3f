package bundle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/stancemap/stancemap/cmd/serve/internal/kagepatch"
)

// Toolchain is the go command used to build the wasm: the same Go that
// runs this program, so `go run ./cmd/serve` needs nothing else.
type Toolchain struct {
	Go string // path of the go command
}

// FindToolchain returns the go command of the running toolchain: $GOROOT
// (set by `go run`), else the GOROOT this program was built with, else
// the go on PATH.
func FindToolchain() (Toolchain, error) {
	for _, root := range []string{os.Getenv("GOROOT"), runtime.GOROOT()} {
		if root == "" {
			continue
		}
		p := filepath.Join(root, "bin", "go")
		if runtime.GOOS == "windows" {
			p += ".exe"
		}
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return Toolchain{Go: p}, nil
		}
	}
	p, err := exec.LookPath("go")
	if err != nil {
		return Toolchain{}, fmt.Errorf("no Go toolchain found (GOROOT unset and no go on PATH): %w", err)
	}
	return Toolchain{Go: p}, nil
}

// env runs `go env NAME` in dir.
func (t Toolchain) env(dir, name string) (string, error) {
	cmd := exec.Command(t.Go, "env", name)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w: %s", name, err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(out)), nil
}

// ModuleRoot returns the folder of the go.mod that governs dir.
func (t Toolchain) ModuleRoot(dir string) (string, error) {
	gomod, err := t.env(dir, "GOMOD")
	if err != nil {
		return "", err
	}
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("%s is not inside a Go module; run this from the stancemap repository", dir)
	}
	return filepath.Dir(gomod), nil
}

// WasmModFile is the module file the wasm is built with, in the module's
// root: go.mod's requirements and the wasm's own replacements.
const WasmModFile = "go.wasm.mod"

// BuildWasm compiles the package pkg (a path from root, "./wasm" for the
// widget) of the module at root for GOOS=js GOARCH=wasm, without cgo,
// stripped, and returns the binary.
// replace gives files of the module (by path from root) other contents for
// this build only, through go build -overlay (embedded files included).
// The compiler's messages go to stderr.
func (t Toolchain) BuildWasm(root, pkg string, stderr *os.File, replace map[string][]byte) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "stancemap-wasm-")
	if err != nil {
		return nil, fmt.Errorf("build wasm: %w", err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "stancemap.wasm")
	var args []string
	if len(replace) > 0 {
		overlay := struct{ Replace map[string]string }{map[string]string{}}
		i := 0
		for rel, data := range replace {
			// An overlay for a path that is no file would silently build
			// the module as it is.
			target := filepath.Join(root, filepath.FromSlash(rel))
			if _, err := os.Stat(target); err != nil {
				return nil, fmt.Errorf("build wasm: cannot replace %s: %w", rel, err)
			}
			name := filepath.Join(tmp, fmt.Sprintf("replace%d%s", i, filepath.Ext(rel)))
			i++
			if err := os.WriteFile(name, data, 0o644); err != nil {
				return nil, fmt.Errorf("build wasm: %w", err)
			}
			overlay.Replace[target] = name
		}
		js, err := json.Marshal(overlay)
		if err != nil {
			return nil, fmt.Errorf("build wasm: %w", err)
		}
		name := filepath.Join(tmp, "overlay.json")
		if err := os.WriteFile(name, js, 0o644); err != nil {
			return nil, fmt.Errorf("build wasm: %w", err)
		}
		args = append(args, "-overlay", name)
	}
	// go.wasm.mod is go.mod with the replacements only the browser build
	// wants (see it), so that go.mod itself has none; kagepatch adds
	// Ebiten's copy with the shaders compiled ahead.
	patched, err := kagepatch.Prepare(t.Go, root, WasmModFile, stderr)
	if err != nil {
		return nil, fmt.Errorf("build wasm: %w", err)
	}
	defer patched.Close()
	args = append([]string{"build", "-modfile=" + patched.ModFile, "-trimpath", "-ldflags=-s -w", "-o", out}, args...)
	cmd := exec.Command(t.Go, append(args, pkg)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	cmd.Stdout = stderr
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("build wasm (GOOS=js GOARCH=wasm go build %s): %w", pkg, err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("build wasm: %w", err)
	}
	return b, nil
}

// WasmExec returns the toolchain's wasm_exec.js, the JavaScript half of
// Go's js/wasm port; it must match the compiler that built the wasm.
func (t Toolchain) WasmExec() ([]byte, error) {
	goroot, err := t.env("", "GOROOT")
	if err != nil {
		return nil, err
	}
	// lib/wasm since Go 1.24; misc/wasm before.
	for _, dir := range []string{"lib", "misc"} {
		b, err := os.ReadFile(filepath.Join(goroot, dir, "wasm", "wasm_exec.js"))
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("wasm_exec.js: %w", err)
		}
	}
	return nil, fmt.Errorf("wasm_exec.js not found under %s/lib/wasm or %s/misc/wasm", goroot, goroot)
}

// Locate finds the running toolchain and the module that holds the
// working directory, and reads the matching wasm_exec.js: the Sources of a
// bundle but for the wasm, which the toolchain then builds (BuildWasm).
func Locate() (Toolchain, Sources, error) {
	tc, err := FindToolchain()
	if err != nil {
		return Toolchain{}, Sources{}, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return Toolchain{}, Sources{}, err
	}
	root, err := tc.ModuleRoot(wd)
	if err != nil {
		return Toolchain{}, Sources{}, err
	}
	exec, err := tc.WasmExec()
	if err != nil {
		return Toolchain{}, Sources{}, err
	}
	return tc, Sources{Root: root, WasmExec: exec}, nil
}

// Compile locates the toolchain and the module (Locate) and builds its
// wasm (replace as in BuildWasm): the Sources of a bundle, to which the
// caller adds the generated files and the pages' inserts. The compiler's
// messages go to stderr.
func Compile(stderr *os.File, replace map[string][]byte) (Sources, error) {
	tc, src, err := Locate()
	if err != nil {
		return Sources{}, err
	}
	if src.Wasm, err = tc.BuildWasm(src.Root, "./wasm", stderr, replace); err != nil {
		return Sources{}, err
	}
	return src, nil
}
