package bundle

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestToolchain(t *testing.T) {
	tc, err := FindToolchain()
	if err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err := tc.ModuleRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil || !strings.HasPrefix(wd, root) {
		t.Errorf("ModuleRoot(%s) = %s, which is not the enclosing module", wd, root)
	}
	if _, err := tc.ModuleRoot(t.TempDir()); err == nil {
		t.Error("ModuleRoot outside any module did not fail")
	}
	js, err := tc.WasmExec()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js, []byte("Go = class")) {
		t.Error("wasm_exec.js does not define Go")
	}
}

func TestBuildWasmRefusesAMissingReplacement(t *testing.T) {
	// Replacing a path that is no file would build the module unchanged;
	// BuildWasm says so instead, before running the compiler.
	tc, err := FindToolchain()
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	root, err := tc.ModuleRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tc.BuildWasm(root, "./wasm", os.Stderr, map[string][]byte{"data/no-such-story.json": []byte("{}")})
	if err == nil || !strings.Contains(err.Error(), "data/no-such-story.json") {
		t.Errorf("BuildWasm with a missing replacement: %v", err)
	}
}
