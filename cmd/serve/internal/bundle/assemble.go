package bundle

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"
)

// Sources are the inputs of a bundle.
type Sources struct {
	Root string // module root: index.html and the web assets in wasm/web/
	Wasm []byte // the compiled widget
	// WasmName, when set, is the name the pages give the wasm instead of
	// WasmName(Wasm), and Wasm may be empty: the bundle then has the
	// pages without the wasm, which its caller serves under that name
	// once it is built (a server that answers before the compiler ends).
	WasmName string
	// WasmBytes, when Wasm is empty, is the wasm's brotli size if known
	// (a server that built it after the first pages), for the data-saver
	// button's "(2.4 MB)".
	WasmBytes int
	WasmExec  []byte // the matching wasm_exec.js
	// Generated are made at build time (the posters), compressed at a
	// brotli quality of at most GeneratedQuality: there are many of them and
	// each is small.
	Generated []*File
	// Inserts fill the pages' markers: every "<!--stancemap:KEY-->" in
	// embed.html and index.html is replaced by Inserts[KEY] (the poster
	// manifest, the noscript poster, og:image). A marker without an insert
	// is an error.
	Inserts map[string]string
	// AllowData are the origins, besides the embed's own, whose stories
	// embed.html?data= may show (serve -allow-data), as ParseOrigin gives
	// them.
	AllowData []string
	// Serve, when set, answers requests before the bundle's files do
	// (next), for what a static file cannot be: the oEmbed endpoint, and
	// the pages with each request's own social card.
	Serve func(b *Bundle, next http.Handler) http.Handler
}

// GeneratedQuality caps the brotli quality of generated files: quality 5
// is within 15 % of 11 on a poster at a fortieth of the time.
const GeneratedQuality = 5

// WebDir is where the embed page, loader and other static assets live,
// relative to the module root.
const WebDir = "wasm/web"

// Assemble gathers the bundle: index.html (the demo article), every file
// under wasm/web/ (same relative names), wasm_exec.js and the wasm under
// its WasmName (or src.WasmName), each precompressed at the given brotli
// quality. The pages'
// "<!--stancemap:wasm-->" marker becomes a script setting
// window.STANCEMAP_WASM to that name, window.STANCEMAP_DATA to the
// data= policy (AllowData and the story size limit) and
// window.STANCEMAP_EMBED to the rules by which the page's scripts read
// their URL and talk to the host (embedcfg.PageRules); their
// "<!--stancemap:csp-->" marker, which each must have before its first
// script, becomes their Content-Security-Policy.
func Assemble(src Sources, brotliQuality int) (*Bundle, error) {
	wasmName := src.WasmName
	if wasmName == "" {
		if len(src.Wasm) == 0 {
			return nil, fmt.Errorf("bundle: no wasm")
		}
		wasmName = WasmName(src.Wasm)
	} else if !isWasmName(wasmName) {
		return nil, fmt.Errorf("bundle: %q is not a wasm's name", wasmName)
	}
	if len(src.WasmExec) == 0 {
		return nil, fmt.Errorf("bundle: no wasm_exec.js")
	}
	b := New()
	b.serve = src.Serve
	index, err := os.ReadFile(filepath.Join(src.Root, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("bundle: demo article: %w", err)
	}
	files := []*File{
		{Name: "index.html", Data: index},
		{Name: "wasm_exec.js", Data: src.WasmExec},
	}
	// The data-saver button says how much the live map costs to fetch:
	// the wasm's brotli size, known when the wasm is (not while serve
	// still builds it).
	size := ""
	if src.WasmBytes > 0 {
		size = "window.STANCEMAP_WASM_BYTES=" + strconv.Itoa(src.WasmBytes) + ";"
	}
	if len(src.Wasm) > 0 {
		wasm := &File{Name: wasmName, Data: src.Wasm}
		if err := Precompress(wasm, brotliQuality); err != nil {
			return nil, fmt.Errorf("bundle: %w", err)
		}
		n := len(wasm.Data)
		if wasm.Br != nil {
			n = len(wasm.Br)
		}
		size = "window.STANCEMAP_WASM_BYTES=" + strconv.Itoa(n) + ";"
		if err := b.Add(wasm); err != nil {
			return nil, err
		}
	}
	web := filepath.Join(src.Root, filepath.FromSlash(WebDir))
	err = filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(web, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(rel, ".js") {
			data = blankLineComments(data)
		}
		files = append(files, &File{Name: filepath.ToSlash(rel), Data: data})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bundle: web assets: %w", err)
	}
	// The embed page learns the wasm's name from its "wasm" marker.
	inserts := map[string]string{}
	for k, v := range src.Inserts {
		inserts[k] = v
	}
	for _, own := range []string{"wasm", "csp"} {
		if _, ok := inserts[own]; ok {
			return nil, fmt.Errorf("bundle: the %q marker is the bundle's own", own)
		}
	}
	policy, err := dataScript(src.AllowData)
	if err != nil {
		return nil, err
	}
	rules, err := rulesScript()
	if err != nil {
		return nil, err
	}
	inserts["wasm"] = `<script>window.STANCEMAP_WASM="` + wasmName + `";` + size + policy + rules + `</script>`
	inserts["csp"] = cspMarker // filled once the page's scripts are in place
	for _, f := range files {
		if f.Name == "embed.html" || f.Name == "index.html" {
			if f.Data, err = fillMarkers(f.Data, inserts); err != nil {
				return nil, err
			}
			if f.Data, err = addPolicy(f.Name, f.Data, src.AllowData); err != nil {
				return nil, err
			}
		}
		if err := Precompress(f, brotliQuality); err != nil {
			return nil, fmt.Errorf("bundle: %w", err)
		}
		if err := b.Add(f); err != nil {
			return nil, err
		}
	}
	if err := precompressAll(src.Generated, min(brotliQuality, GeneratedQuality)); err != nil {
		return nil, err
	}
	for _, f := range src.Generated {
		if b.File(f.Name) != nil {
			return nil, fmt.Errorf("bundle: generated %s would replace a source file", f.Name)
		}
		if err := b.Add(f); err != nil {
			return nil, err
		}
	}
	for _, need := range []string{"embed.html", "loader.js"} {
		if b.File(need) == nil {
			return nil, fmt.Errorf("bundle: %s/%s is missing", WebDir, need)
		}
	}
	return b, nil
}

// blankLineComments empties the lines of our own scripts that are only a
// // comment, keeping every other line, and the line numbers, as they are:
// the comments are for the repository's readers, and a reader's browser
// fetched ~7 KB of brotli of them. (wasm_exec.js, Go's, is not one of these
// files: it keeps its licence.)
func blankLineComments(js []byte) []byte {
	lines := bytes.SplitAfter(js, []byte("\n"))
	out := make([]byte, 0, len(js))
	for _, l := range lines {
		if bytes.HasPrefix(bytes.TrimLeft(l, " \t"), []byte("//")) {
			if bytes.HasSuffix(l, []byte("\n")) {
				out = append(out, '\n')
			}
			continue
		}
		out = append(out, l...)
	}
	return out
}

var marker = regexp.MustCompile(`<!--stancemap:([a-z]+)-->`)

// fillMarkers replaces each marker in page by its insert.
func fillMarkers(page []byte, inserts map[string]string) ([]byte, error) {
	var missing []string
	out := marker.ReplaceAllFunc(page, func(m []byte) []byte {
		key := string(marker.FindSubmatch(m)[1])
		s, ok := inserts[key]
		if !ok {
			missing = append(missing, key)
		}
		return []byte(s)
	})
	if len(missing) > 0 {
		return nil, fmt.Errorf("bundle: embed.html has markers with nothing to put there: %q", missing)
	}
	return bytes.Clone(out), nil
}

const cspMarker = "<!--stancemap:csp-->"

// addPolicy replaces page's csp marker by its Content-Security-Policy,
// which covers the scripts after it: the marker must come before the
// first.
func addPolicy(name string, page []byte, connect []string) ([]byte, error) {
	at := bytes.Index(page, []byte(cspMarker))
	switch {
	case at < 0:
		return nil, fmt.Errorf("bundle: %s has no %s marker for its Content-Security-Policy", name, cspMarker)
	case bytes.Count(page, []byte(cspMarker)) > 1:
		return nil, fmt.Errorf("bundle: %s has more than one %s marker", name, cspMarker)
	case bytes.Contains(bytes.ToLower(page[:at]), []byte("<script")):
		return nil, fmt.Errorf("bundle: %s has a script before its %s marker, which the policy would not cover", name, cspMarker)
	}
	meta, err := contentSecurityPolicy(page, connect)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return bytes.Replace(page, []byte(cspMarker), []byte(meta), 1), nil
}

// precompressAll precompresses files on every CPU.
func precompressAll(files []*File, quality int) error {
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, f := range files {
		g.Go(func() error {
			if err := Precompress(f, quality); err != nil {
				return fmt.Errorf("bundle: %w", err)
			}
			return nil
		})
	}
	return g.Wait()
}
