package bundle

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// fakeWasm is the fake bundle's wasm, under fakeWasmName.
var (
	fakeWasm     = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("fake wasm body "), 400)...)
	fakeWasmName = WasmName(fakeWasm)
)

// fakeBundle is a small bundle with a compressible fake wasm, an HTML page
// and a file too small to compress.
func fakeBundle(t *testing.T) *Bundle {
	t.Helper()
	b := New()
	files := []*File{
		{Name: "index.html", Data: []byte(strings.Repeat("<p>demo article</p>\n", 100))},
		{Name: fakeWasmName, Data: fakeWasm},
		{Name: "embed.html", Data: []byte("<script src=loader.js></script>")},
		{Name: "tiny.js", Data: []byte("1")},
		{Name: "posters/event-1.svg", Data: []byte(strings.Repeat("<path d='M0 0'/>", 80))},
	}
	for _, f := range files {
		if err := Precompress(f, 5); err != nil {
			t.Fatal(err)
		}
		if err := b.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func unbrotli(t *testing.T, b []byte) []byte {
	t.Helper()
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	if err != nil {
		t.Fatalf("brotli decode: %v", err)
	}
	return out
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("gzip decode: %v", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("gzip decode: %v", err)
	}
	return out
}
