// Package kagepatch prepares the copy of Ebiten that the browser build
// uses instead of the module itself: the same code, but with every Kage
// shader the widget can use compiled when the wasm is built rather than in
// the reader's browser, and without text/template, the GLSL writer or the
// image dump.
//
// Why: Ebiten compiles its built-in shaders (and ours, widget/ebitenui's
// *.kage) from Kage source when the program starts, with go/parser and
// its own compiler, code V8 compiles lazily on the page's main thread
// during a first visit; and its built-in shaders' template keeps
// text/template in the binary, whose methods-by-name reflection makes Go's
// linker keep every exported method of the program. Together they were
// 4.2 MB of the 13.3 MB wasm and 0.57 MB of its 2.40 MB brotli. The image
// dump, a debugging aid, zipped PNGs in a browser: 0.3 MB raw and 70 KB
// brotli more. The GLSL writer, with the regexp package it uses once, was
// 0.6 MB and 107 KB, for GLSL that is the same at every start.
//
// How: the module, as the go command downloaded it, is copied into the
// user's cache (once per Ebiten version, Go version and set of shaders),
// stancemap's files in _ebiten are added to it, stancemapgen (one of them)
// runs natively there to compile the shaders with Ebiten's own compiler
// and write them as tables (each program's shell, what the driver reads
// of it once its GLSL is written: see stancemap_wire.go; its GLSL; the
// built-in sources), and then Ebiten's
// files are edited (edits): graphics/shader.go and
// graphicscommand/image_js.go are left out of js builds (stancemap_js.go
// looks the programs up instead; the dump reports an error), the OpenGL
// driver's shader.go imports stancemapglsl, which looks the GLSL up, under
// glsl's name, and builtinshader's template is parsed by stancemapParse,
// which returns the sources that text/template made at build time; and
// two tables of keyboard codes in internal/ui become literals of strings
// (tables), which shrinks the package's init from 66 KB of wasm that V8
// optimised at every first visit to 8.5 KB; and the command queue's
// vertex and index buffers grow by doubling instead of append's quarter,
// which copied them about four times over in a first frame; and a
// texture is its image's own size, not the next powers of two; and the
// goroutine that suspends audio when the page is hidden starts its 100 ms
// ticker only once audio hooks are set. Each edit
// checks that the text it replaces is there once, so a new Ebiten version
// fails the build with a message instead of building something else. go.mod is not
// touched: the replacement is in a module file made for the build, beside
// go.wasm.mod's own replacements.
package kagepatch

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Module is the module this package patches.
const Module = "github.com/hajimehoshi/ebiten/v2"

//go:embed all:_ebiten
var files embed.FS

// edit replaces old by new in one file of the module.
type edit struct {
	path, old, new string
}

var edits = []edit{
	{"internal/graphics/shader.go", "// Copyright", "//go:build !js\n\n// Copyright"},
	{"internal/graphicscommand/image_js.go", "// Copyright", "//go:build !js\n\n// Copyright"},
	{"internal/graphicsdriver/opengl/shader.go", "\t\"github.com/hajimehoshi/ebiten/v2/internal/shaderir/glsl\"\n", "\tglsl \"github.com/hajimehoshi/ebiten/v2/internal/stancemapglsl\"\n"},
	{"internal/builtinshader/shader.go", "\t\"text/template\"\n", ""},
	{"internal/builtinshader/shader.go", "template.Must(template.New(\"tmpl\").Parse(", "stancemapParse(("},
	{"internal/ui/keys_js.go", "\t\"syscall/js\"\n", ""}, // its only use is the table below
	// The command queue's buffers start at a first frame's size and grow
	// by doubling (stancemap_grow.go).
	{"internal/graphicscommand/commandqueue.go", "\tq.vertices = append(q.vertices, vertices...)\n", "\tq.vertices = append(stancemapGrow(q.vertices, len(vertices), stancemapFirstVertices), vertices...)\n"},
	{"internal/graphicscommand/commandqueue.go", "\tq.indices = append(q.indices, indices...)\n", "\tq.indices = append(stancemapGrow(q.indices, len(indices), stancemapFirstIndices), indices...)\n"},
	// An image's texture is its own size, not the next power of two each
	// way: WebGL 2 takes any size, and the widget's layers, scratch, id
	// and fade images are the screen's (1170×1608 px took a 2048×2048
	// texture, 2.2 times the memory, every pixel cleared when first drawn).
	// The atlas's pages are powers of two already.
	{"internal/graphics/math.go", "\tr := 1\n\tfor r < x {\n\t\tr <<= 1\n\t}\n\treturn r\n", "\treturn x\n"},
	// The audio goroutine's ticker starts with the first audio hooks
	// (hook/stancemap_audio.go): the widget has no audio.
	{"internal/hook/hook.go", "\tonSuspendAudio = f\n", "\tonSuspendAudio = f\n\tstancemapAudioSet()\n"},
	{"internal/hook/hook.go", "\tonResumeAudio = f\n", "\tonResumeAudio = f\n\tstancemapAudioSet()\n"},
	{"internal/ui/ui_js.go", "\t\tconst interval = 100 * time.Millisecond\n", "\t\tselect {\n\t\tcase <-hook.AudioHooked():\n\t\tcase <-reqStopAudioCh:\n\t\t\treturn\n\t\t}\n\t\tconst interval = 100 * time.Millisecond\n"},
}

// tables are map literals of Ebiten's whose values are all
// js.ValueOf("…"), rewritten as literals of strings passed through
// stancemapValues (see _ebiten/internal/ui/stancemap_values_js.go).
var tables = []struct{ path, name string }{
	{"internal/ui/keys_js.go", "uiKeyToJSCode"},
	{"internal/ui/input_js.go", "uiKeyToJSKey"},
}

// tableEntry is one line of such a table.
var tableEntry = regexp.MustCompile(`^\t(\w+):\s+js\.ValueOf\(("(?:[^"\\]|\\.)*")\),$`)

// rewriteTable rewrites the table name in src (see tables), checking that
// it is there once and that every line of it is an entry.
func rewriteTable(src []byte, name string) ([]byte, error) {
	head := "\nvar " + name + " = map[Key]js.Value{\n"
	if n := strings.Count(string(src), head); n != 1 {
		return nil, fmt.Errorf("has the table %s %d times, not once", name, n)
	}
	start := strings.Index(string(src), head) + len(head)
	end := strings.Index(string(src[start:]), "\n}\n")
	if end < 0 {
		return nil, fmt.Errorf("the table %s does not end", name)
	}
	var out strings.Builder
	out.Write(src[:start-len(head)])
	out.WriteString("\nvar " + name + " = stancemapValues(map[Key]string{\n")
	lines := strings.Split(string(src[start:start+end]), "\n")
	for i, l := range lines {
		m := tableEntry.FindStringSubmatch(l)
		if m == nil {
			return nil, fmt.Errorf("line %d of the table %s is not an entry: %q", i+1, name, l)
		}
		fmt.Fprintf(&out, "\t%s: %s,\n", m[1], m[2])
	}
	out.WriteString("})\n")
	out.Write(src[start+end+len("\n}\n"):])
	return []byte(out.String()), nil
}

// Result is a prepared copy.
type Result struct {
	Dir     string // the patched module
	ModFile string // go.wasm.mod plus the replacement, in a temporary folder
	tmp     string
}

// Close removes the module file, and the copy when it could not be kept
// in the user's cache.
func (r *Result) Close() error { return os.RemoveAll(r.tmp) }

// Prepare makes (or finds in the cache) the patched copy of Ebiten for the
// module at root, and a module file that is root's wasmMod plus a
// replacement by it. goCmd is the go command; progress lines go to log.
func Prepare(goCmd, root, wasmMod string, log io.Writer) (*Result, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	mod, err := download(goCmd, root, wasmMod)
	if err != nil {
		return nil, err
	}
	kage, err := kageFiles(root)
	if err != nil {
		return nil, err
	}
	gover, err := goOutput(goCmd, root, nil, "env", "GOVERSION")
	if err != nil {
		return nil, err
	}
	key, err := cacheKey(mod.Version, strings.TrimSpace(gover), kage)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "stancemap-mod-")
	if err != nil {
		return nil, err
	}
	name := mod.Version + "-" + key
	dir := filepath.Join(tmp, name) // when the user's cache cannot be written
	if cache, err := os.UserCacheDir(); err == nil {
		if parent := filepath.Join(cache, "stancemap", "ebiten-wasm"); writable(parent) {
			dir = filepath.Join(parent, name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, doneFile)); err != nil {
		fmt.Fprintf(log, "compiling Ebiten's shaders for the wasm into %s\n", dir)
		if err := build(goCmd, mod.Dir, dir, kage); err != nil {
			os.RemoveAll(tmp)
			return nil, fmt.Errorf("patch %s@%s for the wasm: %w", Module, mod.Version, err)
		}
	}
	trim(dir, time.Now())
	r := &Result{Dir: dir, ModFile: filepath.Join(tmp, "go.wasm.mod"), tmp: tmp}
	src, err := os.ReadFile(filepath.Join(root, wasmMod))
	if err == nil {
		src = append(src, fmt.Sprintf("\n// Added for the build by cmd/serve/internal/kagepatch.\nreplace %s => %q\n", Module, dir)...)
		err = os.WriteFile(r.ModFile, src, 0o644)
	}
	if err == nil {
		var sum []byte
		sum, err = os.ReadFile(filepath.Join(root, strings.TrimSuffix(wasmMod, ".mod")+".sum"))
		if err == nil {
			err = os.WriteFile(strings.TrimSuffix(r.ModFile, ".mod")+".sum", sum, 0o644)
		}
	}
	if err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// doneFile marks a finished copy; its time is the copy's last use.
const doneFile = ".stancemap-done"

// unused is how long a copy is kept after its last use (as Go keeps its
// build cache's entries).
const unused = 5 * 24 * time.Hour

// trim marks dir used at now and removes the other copies beside it that
// were not used for a while, and work folders left by builds that died.
func trim(dir string, now time.Time) {
	os.Chtimes(filepath.Join(dir, doneFile), now, now)
	parent := filepath.Dir(dir)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := filepath.Join(parent, e.Name())
		if !e.IsDir() || p == dir {
			continue
		}
		st, err := os.Stat(filepath.Join(p, doneFile))
		if err != nil {
			st, err = os.Stat(p) // a work folder: its own time
		}
		if err == nil && now.Sub(st.ModTime()) > unused {
			os.RemoveAll(p)
		}
	}
}

// writable makes the folder dir if need be and reports whether a file
// can be made in it.
func writable(dir string) bool {
	if os.MkdirAll(dir, 0o755) != nil {
		return false
	}
	f, err := os.CreateTemp(dir, ".probe-")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

type module struct {
	Dir, Version, Error string
}

// download asks the go command for Ebiten's module as go.wasm.mod requires
// it (downloading it if need be) and returns its folder and version.
func download(goCmd, root, wasmMod string) (module, error) {
	out, err := goOutput(goCmd, root, nil, "mod", "download", "-modfile="+wasmMod, "-json", Module)
	var m module
	if jerr := json.Unmarshal([]byte(out), &m); jerr != nil || m.Error != "" || m.Dir == "" {
		if m.Error != "" {
			return m, fmt.Errorf("go mod download %s: %s", Module, m.Error)
		}
		if err == nil {
			err = fmt.Errorf("no folder in %q", out)
		}
		return m, fmt.Errorf("go mod download %s: %w", Module, err)
	}
	return m, nil
}

// kageFiles lists the module's own Kage shaders (*.kage), sorted.
func kageFiles(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_") || d.Name() == "node_modules" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".kage") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// cacheKey names a copy by everything that goes into it.
func cacheKey(version, gover string, kage []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", version, gover)
	for _, e := range edits {
		fmt.Fprintf(h, "%q %q %q\n", e.path, e.old, e.new)
	}
	for _, t := range tables {
		fmt.Fprintf(h, "table %q %q\n", t.path, t.name)
	}
	err := fs.WalkDir(files, "_ebiten", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		fmt.Fprintf(h, "%s %d\n", p, len(b))
		h.Write(b)
		return err
	})
	for _, k := range kage {
		b, rerr := os.ReadFile(k)
		if rerr != nil {
			return "", rerr
		}
		fmt.Fprintf(h, "kage %d\n", len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], err
}

// build makes the patched copy at dir from the module at src.
func build(goCmd, src, dir string, kage []string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	work, err := os.MkdirTemp(filepath.Dir(dir), ".tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if err := copyModule(src, work); err != nil {
		return err
	}
	err = fs.WalkDir(files, "_ebiten", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		to := filepath.Join(work, filepath.FromSlash(strings.TrimPrefix(p, "_ebiten/")))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		return os.WriteFile(to, b, 0o644)
	})
	if err != nil {
		return err
	}
	// Compile the shaders with Ebiten as it is, before the edits.
	args := []string{"run", "-tags", "stancemapgen", "./internal/stancemapgen",
		filepath.Join(work, "internal", "builtinshader", "stancemap_sources.go"),
		filepath.Join(work, "internal", "graphics", "stancemap_programs.go"),
		filepath.Join(work, "internal", "stancemapglsl", "stancemap_glsl.go")}
	env := []string{"GOOS=", "GOARCH=", "GOFLAGS=-mod=mod", "GOWORK=off", "CGO_ENABLED=0"}
	if out, err := goOutput(goCmd, work, env, append(args, kage...)...); err != nil {
		return fmt.Errorf("compiling the shaders: %w\n%s", err, out)
	}
	if err := applyEdits(work, edits); err != nil {
		return err
	}
	for _, t := range tables {
		p := filepath.Join(work, filepath.FromSlash(t.path))
		b, err := os.ReadFile(p)
		if err == nil {
			b, err = rewriteTable(b, t.name)
		}
		if err == nil {
			err = os.WriteFile(p, b, 0o644)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", t.path, err)
		}
	}
	if err := os.WriteFile(filepath.Join(work, doneFile), nil, 0o644); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, doneFile)); err != nil {
		os.RemoveAll(dir) // a copy left unfinished, if any
	}
	// Another build may have made the same copy meanwhile: either is good.
	if err := os.Rename(work, dir); err != nil {
		if _, serr := os.Stat(filepath.Join(dir, doneFile)); serr == nil {
			return nil
		}
		return err
	}
	return nil
}

// applyEdits makes each edit in the module at dir, in order, after
// checking that its text is there exactly once.
func applyEdits(dir string, es []edit) error {
	for _, e := range es {
		p := filepath.Join(dir, filepath.FromSlash(e.path))
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if n := bytes.Count(b, []byte(e.old)); n != 1 {
			return fmt.Errorf("%s has %q %d times, not once: this Ebiten is not the one the patch was written for", e.path, e.old, n)
		}
		if err := os.WriteFile(p, bytes.Replace(b, []byte(e.old), []byte(e.new), 1), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyModule copies the module's files, but its examples, writable.
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel == "examples" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
}

// goOutput runs the go command in dir with extra environment and returns
// its standard output; its standard error is in the error.
func goOutput(goCmd, dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command(goCmd, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) || stderr.Len() > 0 {
			return string(out), fmt.Errorf("go %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
		}
		return string(out), fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return string(out), nil
}
