package preview

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/story/sheets"
)

// fakeBuild assembles the real embed pages around a stand-in wasm: the
// preview's own work is what is tested here, not the compiler's.
func fakeBuild(t *testing.T) func(map[string]string) (*bundle.Bundle, error) {
	root, err := filepath.Abs("../../../..")
	if err != nil {
		t.Fatal(err)
	}
	return func(inserts map[string]string) (*bundle.Bundle, error) {
		return bundle.Assemble(bundle.Sources{Root: root, Wasm: []byte("\x00asm fake"), WasmExec: []byte("// wasm_exec"), Inserts: inserts}, 1)
	}
}

func start(t *testing.T, path string, build func(map[string]string) (*bundle.Bundle, error)) *httptest.Server {
	t.Helper()
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	p, err := Start(ctx, Options{Path: path, World: world, Build: build, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(p.Handler())
	t.Cleanup(srv.Close)
	return srv
}

// get fetches path and returns the status, the body and the Location.
func get(t *testing.T, srv *httptest.Server, path string) (int, string, string) {
	t.Helper()
	c := srv.Client()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := c.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header.Get("Location")
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s lacks %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pageVersion is the version the preview page is made from.
func pageVersion(t *testing.T, srv *httptest.Server) string {
	t.Helper()
	_, page, _ := get(t, srv, "/")
	m := regexp.MustCompile(`data-version="([^"]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no version on the page:\n%s", page)
	}
	return m[1]
}

// awaitReload asks, as a page of version v does, to be told of a newer
// story, makes the change, and waits for the answer.
func awaitReload(t *testing.T, srv *httptest.Server, v string, change func()) {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		resp, err := srv.Client().Get(srv.URL + "/_preview/wait?v=" + v)
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- resp.Status + " " + string(b)
	}()
	time.Sleep(30 * time.Millisecond) // asked before the change, as a page is
	change()
	select {
	case answer := <-got:
		if answer != "200 OK reload\n" {
			t.Fatalf("answer %q", answer)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no reload within 5 s of the change")
	}
}

// A story file: the page, the embed with data=, the posters on demand, and
// a reload once the file changes, to a page listing its problem.
func TestPreviewFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.json")
	copyFile(t, "../../../../data/testdata/example.json", path)
	srv := start(t, path, fakeBuild(t))

	code, page, _ := get(t, srv, "/")
	if code != 200 || !strings.Contains(page, "<h1>Who recognised Guaidó? (example)</h1>") ||
		!strings.Contains(page, `src="embed.html?data=story.json&amp;lang=en"`) || !strings.Contains(page, "version 1, read at") {
		t.Fatalf("page %d:\n%s", code, page)
	}
	if _, page, _ := get(t, srv, "/?lang=es&w=360&event=claim"); !strings.Contains(page, `src="embed.html?data=story.json&amp;event=claim&amp;lang=es"`) ||
		!strings.Contains(page, "width:360px") || !strings.Contains(page, "¿Quién reconoció a Guaidó?") {
		t.Errorf("page in Spanish at 360 px:\n%s", page)
	}
	if code, _, loc := get(t, srv, "/embed.html?lang=es"); code != http.StatusFound || loc != "/embed.html?data=story.json&lang=es" {
		t.Errorf("embed.html without data=: %d to %q", code, loc)
	}
	if code, embed, _ := get(t, srv, "/embed.html?data=story.json"); code != 200 || !strings.Contains(embed, `<script src="_preview/manifest.js"></script>`) {
		t.Errorf("embed.html: %d", code)
	}
	if _, story, _ := get(t, srv, "/story.json"); !strings.Contains(story, `"id": "example"`) {
		t.Errorf("story.json: %s", story)
	}
	_, manifest, _ := get(t, srv, "/_preview/manifest.js")
	dir := regexp.MustCompile(`"dir":"(posters/[0-9a-f]{16})"`).FindStringSubmatch(manifest)
	if dir == nil || !strings.Contains(manifest, `"story":"story.json"`) || !strings.HasPrefix(manifest, "window.STANCEMAP_POSTERS=") {
		t.Fatalf("manifest: %s", manifest)
	}
	if _, alt, _ := get(t, srv, "/_preview/alt.js"); !strings.Contains(alt, "window.STANCEMAP_ALT={") {
		t.Errorf("alt: %s", alt)
	}
	if code, png, _ := get(t, srv, "/"+dir[1]+"/claim.en.light.360.png"); code != 200 || !strings.HasPrefix(png, "\x89PNG") {
		t.Errorf("poster: %d", code)
	}
	if code, _, _ := get(t, srv, "/"+dir[1]+"/claim.en.light.333.png"); code != 404 {
		t.Errorf("a poster at a width there is none of: %d", code)
	}

	v1 := pageVersion(t, srv)
	// Saving without a change reloads nothing.
	quiet := make(chan struct{})
	go func() {
		defer close(quiet)
		if resp, err := srv.Client().Get(srv.URL + "/_preview/wait?v=" + v1); err == nil {
			resp.Body.Close()
		}
	}()
	replaceIn(t, path, `"id": "example"`, `"id": "example"`)
	select {
	case <-quiet:
		t.Error("a save without a change reloaded the page")
	case <-time.After(300 * time.Millisecond):
	}
	awaitReload(t, srv, v1, func() { replaceIn(t, path, `"question": "president", "note"`, `"question": "presidnt", "note"`) })
	_, page, _ = get(t, srv, "/")
	if !strings.Contains(page, "version 2, read at") || !strings.Contains(page, `events[1].question: unknown question &#34;presidnt&#34;`) || strings.Contains(page, "<iframe") {
		t.Errorf("page after a bad edit:\n%s", page)
	}
	if _, manifest, _ := get(t, srv, "/_preview/manifest.js"); manifest != "window.STANCEMAP_POSTERS=null;\n" {
		t.Errorf("manifest of a bad story: %s", manifest)
	}
	if code, _, _ := get(t, srv, "/"+dir[1]+"/claim.en.light.360.png"); code != 404 {
		t.Errorf("an old poster after the change: %d", code)
	}
	// A page of an older version, or of an earlier run of the server,
	// reloads at once.
	awaitReload(t, srv, v1, func() {})
	awaitReload(t, srv, "0.2", func() {})
}

// A folder of sheets: problems name their cell, and saving a sheet
// reloads.
func TestPreviewSheets(t *testing.T) {
	sh, err := sheets.Template()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := sheets.WriteDir(dir, sh, sheets.WriteOptions{Sep: ';'}); err != nil {
		t.Fatal(err)
	}
	srv := start(t, dir, fakeBuild(t))
	if _, page, _ := get(t, srv, "/"); !strings.Contains(page, "How the sheets were read") || !strings.Contains(page, "<iframe") {
		t.Fatalf("page:\n%s", page)
	}
	awaitReload(t, srv, pageVersion(t, srv), func() { replaceIn(t, filepath.Join(dir, "stances.csv"), ";true;", ";maybe;") })
	if _, page, _ := get(t, srv, "/"); !strings.Contains(page, "stances.csv row 2, column uncertain (E): &#34;maybe&#34; is not yes or no") {
		t.Errorf("page after a bad edit:\n%s", page)
	}
	if code, _, _ := get(t, srv, "/story.json"); code != http.StatusServiceUnavailable {
		t.Errorf("story.json of sheets that make no story: %d", code)
	}
}

// The page answers while the embed is still being built; a failed build
// is said where the embed would be.
func TestPreviewBeforeAndWithoutTheEmbed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.json")
	copyFile(t, "../../../../data/testdata/example.json", path)
	release := make(chan struct{})
	srv := start(t, path, func(map[string]string) (*bundle.Bundle, error) {
		<-release
		return nil, errors.New("no Go toolchain")
	})
	if code, _, _ := get(t, srv, "/"); code != 200 {
		t.Errorf("page while building: %d", code)
	}
	close(release)
	if code, body, _ := get(t, srv, "/loader.js"); code != http.StatusServiceUnavailable || !strings.Contains(body, "no Go toolchain") {
		t.Errorf("embed after a failed build: %d %s", code, body)
	}
	world, _ := geo.Load()
	if _, err := Start(context.Background(), Options{Path: filepath.Join(t.TempDir(), "none.json"), World: world, Build: fakeBuild(t)}); err == nil {
		t.Error("a preview of a missing file started")
	}
}
