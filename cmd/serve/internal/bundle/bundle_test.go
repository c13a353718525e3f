package bundle

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/wasm/embedcfg"
)

func TestAddRejectsBadNames(t *testing.T) {
	for _, name := range []string{"", "/abs.js", "../up.js", "a/../b.js", "a//b.js", "x.wasm.br", "x.gz", `a\b.js`, "."} {
		if err := New().Add(&File{Name: name}); err == nil {
			t.Errorf("Add(%q) accepted a bad name", name)
		}
	}
	for _, name := range []string{"index.html", "posters/event-1.svg", "loader.js"} {
		if err := New().Add(&File{Name: name}); err != nil {
			t.Errorf("Add(%q): %v", name, err)
		}
	}
}

func TestPrecompress(t *testing.T) {
	big := bytes.Repeat([]byte("stancemap "), 1000)
	tests := []struct {
		name     string
		file     File
		wantComp bool
	}{
		{"wasm", File{Name: "a.wasm", Data: big}, true},
		{"svg", File{Name: "p.svg", Data: big}, true},
		{"too small", File{Name: "a.js", Data: []byte("var a = 1;")}, false},
		{"png is not recompressed", File{Name: "p.png", Data: big}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.file
			if err := Precompress(&f, 4); err != nil {
				t.Fatal(err)
			}
			if (f.Br != nil) != tt.wantComp || (f.Gz != nil) != tt.wantComp {
				t.Fatalf("compressed forms present = %v/%v, want %v", f.Br != nil, f.Gz != nil, tt.wantComp)
			}
			if tt.wantComp && (!bytes.Equal(unbrotli(t, f.Br), f.Data) || !bytes.Equal(gunzip(t, f.Gz), f.Data)) {
				t.Error("compressed forms do not round-trip")
			}
		})
	}
	if err := Precompress(&File{Name: "a.wasm", Data: big}, 12); err == nil {
		t.Error("quality 12 accepted")
	}
}

func TestContentType(t *testing.T) {
	for name, want := range map[string]string{
		"stancemap.wasm": "application/wasm",
		"index.html":     "text/html; charset=utf-8",
		"loader.js":      "text/javascript; charset=utf-8",
		"p/e.svg":        "image/svg+xml",
		"og.png":         "image/png",
		"blob":           "application/octet-stream",
	} {
		if got := (&File{Name: name}).ContentType(); got != want {
			t.Errorf("ContentType(%s) = %q, want %q", name, got, want)
		}
	}
}

// writeTree creates files (slash names relative to root) with the given content.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAssemble(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"index.html":                 "<!--stancemap:csp--><iframe src=embed.html></iframe>",
		"wasm/web/embed.html":        "<!--stancemap:csp--><!--stancemap:wasm--><script src=loader.js></script>",
		"wasm/web/loader.js":         "window.stancemap = {}",
		"wasm/web/posters/event.svg": "<svg/>",
	})
	wasm := append([]byte("\x00asm"), bytes.Repeat([]byte{1, 2, 3, 4}, 2000)...)
	b, err := Assemble(Sources{Root: root, Wasm: wasm, WasmExec: []byte("// go"), AllowData: []string{"https://data.example"}}, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"embed.html", "index.html", "loader.js", "posters/event.svg", WasmName(wasm), "wasm_exec.js"}
	if got := strings.Join(b.Names(), " "); got != strings.Join(want, " ") {
		t.Errorf("Names() = %s, want %s", got, strings.Join(want, " "))
	}
	if w := b.Wasm(); w == nil || w.Name != WasmName(wasm) || w.Br == nil || w.Gz == nil {
		t.Error("the wasm was not precompressed")
	}
	// The embed page is told the wasm's name and brotli size, which
	// stories data= may show and embedcfg's rules, and gets its policy.
	rules, _ := json.Marshal(embedcfg.PageRules())
	wantPage := `<script>window.STANCEMAP_WASM="` + WasmName(wasm) + `";` +
		`window.STANCEMAP_WASM_BYTES=` + strconv.Itoa(len(b.Wasm().Br)) + `;` +
		`window.STANCEMAP_DATA={"origins":["https://data.example"],"maxBytes":8388608};` +
		`window.STANCEMAP_EMBED=` + string(rules) + `;</script><script src=loader.js></script>`
	if got := string(b.File("embed.html").Data); !strings.HasSuffix(got, wantPage) || !strings.HasPrefix(got, `<meta http-equiv="Content-Security-Policy"`) {
		t.Errorf("embed.html = %s, want the policy, then %s", got, wantPage)
	}
	// The marker is the bundle's to fill, not a caller's.
	if _, err := Assemble(Sources{Root: root, Wasm: wasm, WasmExec: []byte("// go"), Inserts: map[string]string{"wasm": "x"}}, 3); err == nil {
		t.Error("Assemble took a caller's insert for the wasm marker")
	}
}

// TestWasmName checks the content-addressed name: it follows the content,
// and Immutable recognises exactly its form.
func TestWasmName(t *testing.T) {
	a, b := WasmName([]byte("\x00asm one")), WasmName([]byte("\x00asm two"))
	if a == b || a != WasmName([]byte("\x00asm one")) {
		t.Errorf("names %s and %s: want one per content, the same for the same content", a, b)
	}
	if !Immutable(a) || !Immutable(b) {
		t.Errorf("Immutable(%s) or Immutable(%s) is false", a, b)
	}
	for _, name := range []string{"stancemap.wasm", "stancemap-.wasm", "stancemap-0123456789abcdef.wasm.br",
		"stancemap-0123456789ABCDEF.wasm", "stancemap-0123456789abcdeg.wasm", "stancemap-0123456789abcdef0.wasm",
		"posters/stancemap-0123456789abcdef.wasm", "embed.html", "posters/a.en.light.360.png",
		"posters/0123456789abcdef", "posters/0123456789ABCDEF/a.png", "posters/0123456789abcde/a.png"} {
		if Immutable(name) {
			t.Errorf("Immutable(%q) = true", name)
		}
	}
	for _, name := range []string{"stancemap-0123456789abcdef.wasm", "posters/0123456789abcdef/a.en.light.360.png"} {
		if !Immutable(name) {
			t.Errorf("Immutable(%q) = false", name)
		}
	}
}

func TestAssembleErrors(t *testing.T) {
	wasm := []byte("\x00asm")
	full := map[string]string{"index.html": "<!--stancemap:csp-->", "wasm/web/embed.html": "<!--stancemap:csp-->", "wasm/web/loader.js": "x"}
	tests := []struct {
		name    string
		drop    string
		src     func(root string) Sources
		wantErr string
	}{
		{"no wasm", "", func(r string) Sources { return Sources{Root: r, WasmExec: []byte("x")} }, "no wasm"},
		{"no wasm_exec", "", func(r string) Sources { return Sources{Root: r, Wasm: wasm} }, "wasm_exec"},
		{"no article", "index.html", nil, "demo article"},
		{"no loader", "wasm/web/loader.js", nil, "loader.js is missing"},
		{"no policy", "", func(r string) Sources {
			writeTree(t, r, map[string]string{"index.html": "<p>an article</p>"})
			return Sources{Root: r, Wasm: wasm, WasmExec: []byte("x")}
		}, "index.html has no <!--stancemap:csp--> marker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			files := map[string]string{}
			for k, v := range full {
				if k != tt.drop {
					files[k] = v
				}
			}
			writeTree(t, root, files)
			src := Sources{Root: root, Wasm: wasm, WasmExec: []byte("x")}
			if tt.src != nil {
				src = tt.src(root)
			}
			_, err := Assemble(src, 3)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
		})
	}
}
