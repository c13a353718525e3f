package bundle

import (
	"bytes"
	"strings"
	"testing"
)

func TestAssembleGeneratedAndMarkers(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"index.html":          "<!--stancemap:csp--><iframe src=embed.html></iframe>",
		"wasm/web/embed.html": "<head><!--stancemap:csp--><!--stancemap:manifest--></head><div><!--stancemap:noscript--></div>",
		"wasm/web/loader.js":  "window.stancemap = {}",
	})
	wasm := append([]byte("\x00asm"), bytes.Repeat([]byte{1, 2, 3, 4}, 2000)...)
	poster := &File{Name: "posters/a.en.light.360.svg", Data: []byte(strings.Repeat("<path d='M0 0'/>", 80))}
	src := Sources{
		Root: root, Wasm: wasm, WasmExec: []byte("// go"),
		Generated: []*File{poster},
		Inserts:   map[string]string{"manifest": "<script>M</script>", "noscript": "<noscript>N</noscript>"},
	}
	b, err := Assemble(src, 11)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b.File("embed.html").Data), "<script>M</script></head><div><noscript>N</noscript></div>"; !strings.HasSuffix(got, want) {
		t.Errorf("embed.html = %q, want it to end %q", got, want)
	}
	p := b.File("posters/a.en.light.360.svg")
	if p == nil || p.Br == nil || p.Gz == nil || !bytes.Equal(unbrotli(t, p.Br), p.Data) {
		t.Fatal("the poster is missing or not precompressed")
	}

	delete(src.Inserts, "noscript")
	if _, err := Assemble(src, 3); err == nil || !strings.Contains(err.Error(), "noscript") {
		t.Errorf("a marker without an insert: err = %v", err)
	}
	src.Inserts["noscript"] = ""
	src.Generated = []*File{{Name: "loader.js", Data: []byte("x")}}
	if _, err := Assemble(src, 3); err == nil || !strings.Contains(err.Error(), "replace a source file") {
		t.Errorf("a generated file shadowing a source: err = %v", err)
	}
}
