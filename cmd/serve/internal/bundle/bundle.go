// Package bundle assembles the files of the stancemap web embed — the demo
// article, the embed page, the loader, wasm_exec.js and the wasm — keeps
// precompressed brotli and gzip forms of them, serves them over HTTP with
// content-encoding negotiation, and writes them out as a static bundle.
package bundle

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime"
	"net/http"
	"path"
	"sort"
	"strings"
)

// WasmName is the file name of the compiled widget in the bundle:
// "stancemap-" and 16 hexadecimal digits of its SHA-256, then ".wasm". The
// name changes whenever the wasm does, so a host can let browsers keep it
// for a year without asking again (see Immutable), which is what lets
// Chromium reuse the code it compiled: it recompiles a wasm whose response
// was revalidated, even when the answer was 304 Not Modified.
func WasmName(wasm []byte) string {
	sum := sha256.Sum256(wasm)
	return "stancemap-" + hex.EncodeToString(sum[:8]) + ".wasm"
}

// RunWasmName is a name of the WasmName form for a wasm not built yet: 16
// random hexadecimal digits in place of its hash. A server that names the
// wasm in its pages before the compiler ends (see Sources.WasmName) uses
// it; a name new to each run is never one a browser keeps an older wasm
// under. The price: after a restart, Chromium compiles the wasm again.
func RunWasmName() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return "stancemap-" + hex.EncodeToString(b[:]) + ".wasm"
}

// isWasmName reports whether name has the form of a WasmName.
func isWasmName(name string) bool {
	h, ok := strings.CutPrefix(name, "stancemap-")
	h, ok2 := strings.CutSuffix(h, ".wasm")
	return ok && ok2 && isHash(h)
}

// isHash reports whether s is 16 lower-case hexadecimal digits.
func isHash(s string) bool {
	if len(s) != 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Immutable reports whether name is content-addressed, so that its content
// never changes under that name: a WasmName, or a file in a folder named by
// 16 hexadecimal digits of a hash (the posters' folder, posters/HASH/).
func Immutable(name string) bool {
	if isWasmName(name) {
		return true
	}
	dirs := strings.Split(name, "/")
	for _, d := range dirs[:len(dirs)-1] {
		if isHash(d) {
			return true
		}
	}
	return false
}

// File is one file of the bundle with its precompressed forms. Br and Gz
// are nil when compression would not make the file smaller.
type File struct {
	Name string // slash-separated path inside the bundle, e.g. "embed.html"
	Data []byte
	Br   []byte
	Gz   []byte
}

// ContentType returns the media type the file is served with.
func (f *File) ContentType() string {
	switch path.Ext(f.Name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".wasm":
		return "application/wasm"
	case ".svg":
		return "image/svg+xml"
	case ".json":
		return "application/json"
	case ".css":
		return "text/css; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(f.Name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// encoded returns the body for a content coding ("br", "gzip" or
// "identity") and whether the file has it.
func (f *File) encoded(coding string) ([]byte, bool) {
	switch coding {
	case "br":
		return f.Br, f.Br != nil
	case "gzip":
		return f.Gz, f.Gz != nil
	case "identity":
		return f.Data, true
	}
	return nil, false
}

// Bundle is a set of files addressed by name.
type Bundle struct {
	files map[string]*File
	serve func(b *Bundle, next http.Handler) http.Handler // Sources.Serve
}

// New returns an empty bundle.
func New() *Bundle { return &Bundle{files: map[string]*File{}} }

// Add puts f into the bundle, replacing a file of the same name. The name
// must be a clean relative slash path.
func (b *Bundle) Add(f *File) error {
	if !validName(f.Name) {
		return fmt.Errorf("bundle: invalid file name %q", f.Name)
	}
	b.files[f.Name] = f
	return nil
}

// File returns the named file, or nil.
func (b *Bundle) File(name string) *File { return b.files[name] }

// Wasm returns the bundle's compiled widget (the file with a WasmName), or
// nil.
func (b *Bundle) Wasm() *File {
	for name, f := range b.files {
		if isWasmName(name) {
			return f
		}
	}
	return nil
}

// Names returns the names of all files, sorted.
func (b *Bundle) Names() []string {
	names := make([]string, 0, len(b.files))
	for n := range b.files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func validName(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") {
		return false
	}
	if path.Clean(name) != name || name == "." || strings.HasPrefix(name, "../") || name == ".." {
		return false
	}
	// Reserve the precompressed siblings so a file can't shadow one.
	return !strings.HasSuffix(name, ".br") && !strings.HasSuffix(name, ".gz")
}
