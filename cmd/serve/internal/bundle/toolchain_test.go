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
