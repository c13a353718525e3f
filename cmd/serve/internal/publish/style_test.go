package publish

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/style/styletest"
)

func TestUseStyle(t *testing.T) {
	styletest.Restore(t)
	dir := styletest.Folder(t, map[string]string{
		"style.json": `{"sides": {"guaido": "#1b9e77"}, "fonts": {"regular": "mono.ttf", "licence": "LICENCE"}, "credit": "The Daily"}`,
		"bad.json":   `{"sides": {"guaido": "teal"}}`,
	})
	st, err := LoadStory("")
	if err != nil {
		t.Fatal(err)
	}
	if st.replacements() != nil {
		t.Error("a plain build replaces files")
	}
	if err := st.UseStyle(filepath.Join(dir, "bad.json"), os.Stderr); err == nil || !strings.Contains(err.Error(), "bad.json: sides.guaido") {
		t.Errorf("bad style: %v", err)
	}
	var log bytes.Buffer
	if err := st.UseStyle(filepath.Join(dir, "style.json"), &log); err != nil {
		t.Fatal(err)
	}
	if st.story.Side("guaido").Color != "#1b9e77" || glyph.InstalledFamily() != "Go Mono" {
		t.Error("the story's colours or the process's font are not the style's")
	}
	src := st.replacements()[wasmStyleFile]
	if src == nil {
		t.Fatal("no wasm/style.go for the build")
	}
	f, err := parser.ParseFile(token.NewFileSet(), "style.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("generated source: %v", err)
	}
	if f.Name.Name != "main" || !bytes.HasPrefix(src, []byte("//go:build js && wasm")) || !bytes.Contains(src, []byte("Code generated")) {
		t.Error("generated source is not the wasm's package main, or does not say it is generated")
	}
	for _, want := range []string{`"regular.smg"`, `"style.json"`, `"LICENCE"`, "style.LoadBaked", "func styleStory("} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("generated source lacks %s", want)
		}
	}
	if len(src) > 400_000 {
		t.Errorf("generated source is %d bytes: the font was not cut to the story", len(src))
	}
	// The generated file must build in the wasm's place.
	if testing.Short() {
		return
	}
	tc, s, err := bundle.Locate()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tc.BuildWasm(s.Root, "./wasm", os.Stderr, st.replacements()); err != nil {
		t.Fatal(err)
	}
}
