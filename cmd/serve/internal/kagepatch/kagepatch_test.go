package kagepatch

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func goCmd(t *testing.T) string {
	t.Helper()
	p := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("no go command at %s: %v", p, err)
	}
	return p
}

// userCache points os.UserCacheDir at dir for the test, keeping the go
// command's own caches and GOPATH where they are (they default to folders
// under the same variables).
func userCache(t *testing.T, dir string) {
	t.Helper()
	out, err := exec.Command(goCmd(t), "env", "GOMODCACHE", "GOCACHE", "GOPATH", "GOENV").Output()
	if err != nil {
		t.Fatal(err)
	}
	vals := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i, k := range []string{"GOMODCACHE", "GOCACHE", "GOPATH", "GOENV"} {
		t.Setenv(k, vals[i])
	}
	t.Setenv("XDG_CACHE_HOME", dir)
	t.Setenv("HOME", dir) // os.UserCacheDir elsewhere than Linux
}

// TestPrepare makes the patched copy in a fresh cache and checks what it
// holds: the tables of sources, programs and GLSL (with our regions shader
// among them), the edits, a module file that replaces Ebiten by the copy,
// and what the wasm built with it leaves out.
func TestPrepare(t *testing.T) {
	userCache(t, t.TempDir())
	var log strings.Builder
	root := filepath.Join("..", "..", "..", "..")
	r, err := Prepare(goCmd(t), root, "go.wasm.mod", &log)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !strings.Contains(log.String(), "compiling Ebiten's shaders") {
		t.Errorf("no progress line for a fresh copy: %q", log.String())
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(r.Dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if s := read("internal/stancemapglsl/stancemap_glsl.go"); strings.Count(s, "#version 300 es") < 2 || strings.Count(s, "\n\t[16]uint8{") != 15 {
		t.Errorf("the GLSL table does not hold 15 programs' GLSL ES 3.00:\n%.400s", s)
	}
	progs := read("internal/graphics/stancemap_programs.go")
	if !strings.HasPrefix(progs, "// Code generated") || !strings.Contains(progs, "// regions.kage") {
		t.Errorf("the programs' table has no header or no regions.kage:\n%.400s", progs)
	}
	// 12 built-in variants, the screen and clear shaders and ours.
	if n := strings.Count(progs, "\n\t[16]uint8{"); n != 15 {
		t.Errorf("%d programs in the table, want 15", n)
	}
	if s := read("internal/builtinshader/stancemap_sources.go"); strings.Count(s, "//kage:unit pixels") != 12 {
		t.Errorf("the sources' table does not hold 12 sources")
	}
	if s := read("internal/builtinshader/shader.go"); strings.Contains(s, "text/template") || !strings.Contains(s, "stancemapParse((") {
		t.Errorf("builtinshader/shader.go is not edited")
	}
	for _, f := range []string{"internal/ui/keys_js.go", "internal/ui/input_js.go"} {
		if s := read(f); !strings.Contains(s, "= stancemapValues(map[Key]string{\n") || strings.Contains(s, "map[Key]js.Value{") {
			t.Errorf("%s's table of keys is not rewritten", f)
		}
	}
	if s := read("internal/ui/ui_js.go"); !strings.Contains(s, "case <-hook.AudioHooked():\n") {
		t.Errorf("ui_js.go's audio goroutine does not wait for audio hooks")
	}
	if s := read("internal/hook/hook.go"); strings.Count(s, "\tstancemapAudioSet()\n") != 2 {
		t.Errorf("hook.go's two audio setters do not both mark the hooks set")
	}
	if s := read("internal/graphics/shader.go"); !strings.HasPrefix(s, "//go:build !js\n") {
		t.Errorf("graphics/shader.go is not left out of js builds")
	}
	mod, err := os.ReadFile(r.ModFile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mod), "replace "+Module+" => "+strconv.Quote(r.Dir)+"\n") {
		t.Errorf("the module file does not replace Ebiten by the copy:\n%s", mod)
	}
	if _, err := os.Stat(strings.TrimSuffix(r.ModFile, ".mod") + ".sum"); err != nil {
		t.Errorf("no go.sum beside the module file: %v", err)
	}

	// The wasm built with it has neither Kage's compiler nor text/template.
	cmd := exec.Command(goCmd(t), "list", "-modfile="+r.ModFile, "-deps", "./wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, Module+"/internal/graphics") {
		t.Errorf("the wasm does not use Ebiten's graphics package: %q", deps)
	}
	for _, gone := range []string{"text/template", "go/parser", "archive/zip", Module + "/internal/shader"} {
		if slices.Contains(deps, gone) {
			t.Errorf("the patched wasm still imports %s", gone)
		}
	}
	// regexp stays imported (by the GLSL writer's package, whose type the
	// driver names) but none of its code may be reachable but its init;
	// the linker's dependency dump says what it keeps.
	cmd = exec.Command(goCmd(t), "build", "-modfile="+r.ModFile, "-ldflags=-dumpdep", "-o", os.DevNull, "./wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err = cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%.2000s", err, out)
	}
	kept := map[string]bool{}
	for _, l := range strings.Split(string(out), "\n") {
		if _, to, ok := strings.Cut(l, " -> "); ok {
			kept[to] = true
		}
	}
	if !kept[Module+"/internal/stancemapglsl.programs"] {
		t.Errorf("the linker does not keep stancemapglsl's table: is the dump's format other than \"from -> to\"?")
	}
	// The programs come as shells (stancemap_wire.go): no go/constant
	// values to read, so none of math/big's arithmetic.
	for _, gone := range []string{"regexp.MustCompile", "regexp/syntax.Parse", Module + "/internal/shaderir/glsl.Compile",
		"go/constant.MakeFromLiteral", "math/big.nat.scan", "math/big.(*Float).scan"} {
		if kept[gone] {
			t.Errorf("the patched wasm keeps %s", gone)
		}
	}
	// Nor what single calls of the widget's own once kept (the notes'
	// "Three calls that linked whole packages"): fmt's scanner, 142 KB,
	// and image/draw's conversions, 105 KB.
	for _, gone := range []string{"fmt.(*ss).doScanf", "image/draw.DrawMask"} {
		if kept[gone] {
			t.Errorf("the wasm keeps %s again: a call of ours links it", gone)
		}
	}

	// A second Prepare finds the copy.
	log.Reset()
	r2, err := Prepare(goCmd(t), root, "go.wasm.mod", &log)
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if r2.Dir != r.Dir || log.Len() != 0 {
		t.Errorf("the second Prepare made another copy (%s, %q)", r2.Dir, log.String())
	}
}

// TestPrepareWithoutCache builds the copy in a temporary folder when the
// user's cache cannot be written, and Close removes it.
func TestPrepareWithoutCache(t *testing.T) {
	blocked := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocked, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	userCache(t, blocked) // a file: no folder can be made in it
	var log strings.Builder
	r, err := Prepare(goCmd(t), filepath.Join("..", "..", "..", ".."), "go.wasm.mod", &log)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(r.Dir, blocked) {
		t.Errorf("the copy is in the unwritable cache: %s", r.Dir)
	}
	if _, err := os.Stat(filepath.Join(r.Dir, "internal", "graphics", "stancemap_programs.go")); err != nil {
		t.Errorf("the copy has no programs' table: %v", err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(r.Dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Close left the temporary copy: %v", err)
	}
}

// TestEditsCheckTheirText refuses a file that lacks an edit's text (another
// Ebiten), naming the file, and changes nothing after it.
func TestEditsCheckTheirText(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/x.go", "// Copyright\npackage a\n")
	write("b/y.go", "package b\n")
	err := applyEdits(dir, []edit{
		{"a/x.go", "// Copyright", "//go:build !js\n\n// Copyright"},
		{"b/y.go", "text/template", ""},
		{"a/x.go", "package a", "package c"},
	})
	if err == nil || !strings.Contains(err.Error(), "b/y.go") || !strings.Contains(err.Error(), "0 times") {
		t.Fatalf("applyEdits with a missing text: %v", err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "a", "x.go"))
	if string(b) != "//go:build !js\n\n// Copyright\npackage a\n" {
		t.Errorf("a/x.go after the failed edits:\n%s", b)
	}
	if err := applyEdits(dir, []edit{{"a/x.go", "//", "#"}}); err == nil || !strings.Contains(err.Error(), "2 times") {
		t.Errorf("applyEdits with a text found twice: %v", err)
	}
}

// TestTrim keeps the copy in use and recent ones, and removes copies and
// work folders unused for longer than unused.
func TestTrim(t *testing.T) {
	parent := t.TempDir()
	now := time.Now()
	mk := func(name string, done bool, age time.Duration) string {
		p := filepath.Join(parent, name)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		at := now.Add(-age)
		if done {
			if err := os.WriteFile(filepath.Join(p, doneFile), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(filepath.Join(p, doneFile), at, at)
		}
		os.Chtimes(p, at, at)
		return p
	}
	inUse := mk("v1-inuse", true, 30*24*time.Hour)
	recent := mk("v1-recent", true, time.Hour)
	old := mk("v1-old", true, 6*24*time.Hour)
	deadWork := mk(".tmp-1", false, 6*24*time.Hour)
	newWork := mk(".tmp-2", false, time.Minute)
	trim(inUse, now)
	for p, keep := range map[string]bool{inUse: true, recent: true, old: false, deadWork: false, newWork: true} {
		_, err := os.Stat(p)
		if kept := err == nil; kept != keep {
			t.Errorf("%s kept %v, want %v", filepath.Base(p), kept, keep)
		}
	}
	if st, err := os.Stat(filepath.Join(inUse, doneFile)); err != nil || now.Sub(st.ModTime()) > time.Minute {
		t.Errorf("the copy in use is not marked used now: %v", err)
	}
}

// TestRewriteTable rewrites a table of js.ValueOf entries as strings, and
// refuses a table with a line of another kind or no such table.
func TestRewriteTable(t *testing.T) {
	src := "package ui\n\nvar codes = map[Key]js.Value{\n\tKeyA:     js.ValueOf(\"KeyA\"),\n\tKeyQuote: js.ValueOf(\"\\\"\"),\n}\n\nfunc f() {}\n"
	got, err := rewriteTable([]byte(src), "codes")
	if err != nil {
		t.Fatal(err)
	}
	want := "package ui\n\nvar codes = stancemapValues(map[Key]string{\n\tKeyA: \"KeyA\",\n\tKeyQuote: \"\\\"\",\n})\n\nfunc f() {}\n"
	if string(got) != want {
		t.Errorf("rewritten:\n%s\nwant:\n%s", got, want)
	}
	bad := strings.Replace(src, "\tKeyA:", "\t// a comment\n\tKeyA:", 1)
	if _, err := rewriteTable([]byte(bad), "codes"); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a table with a comment line: %v", err)
	}
	if _, err := rewriteTable([]byte(src), "keys"); err == nil || !strings.Contains(err.Error(), "0 times") {
		t.Errorf("a missing table: %v", err)
	}
}
