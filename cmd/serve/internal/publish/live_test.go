package publish

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
)

const root = "../../../.."

var example = filepath.Join(root, "data", "testdata", "example.json")

// syncBuffer is a log written from the background.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A live server on an empty cache answers the embed page and the poster it
// names having drawn that poster alone, while the wasm is still being
// built; the wasm's request waits for the build; then every poster is
// drawn in the background, with progress, and kept, so that the next
// start draws none.
func TestLiveAnswersBeforeDrawing(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	st, err := LoadStory(example)
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	wasm := []byte("\x00asm a fake widget")
	build := func() ([]byte, error) { <-release; return wasm, nil }
	var log syncBuffer
	src := bundle.Sources{Root: root, WasmExec: []byte("// wasm_exec")}
	l, err := startLive(st, Options{Quality: 1}, src, build, &log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(l)
	defer srv.Close()
	ondem := l.posters.(*poster.OnDemand)
	total := len(ondem.Names())

	page := get(t, srv.URL+"/embed.html", "text/html; charset=utf-8")
	name := posterOf(t, page)
	png := get(t, srv.URL+"/"+name, "image/png")
	if drawn := ondem.Drawn(); drawn != 2 {
		t.Errorf("%d of %d posters drawn before the first poster answered; want it alone at both scales", drawn, total)
	}

	// The poster's data files are sent compressed, as -out's bundle has them.
	for _, n := range ondem.Names() {
		if !strings.HasSuffix(n, ".json") {
			continue
		}
		req, _ := http.NewRequest("GET", srv.URL+"/"+n, nil)
		req.Header.Set("Accept-Encoding", "br")
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(brotli.NewReader(resp.Body))
		resp.Body.Close()
		want, _, _ := ondem.File(n)
		if resp.Header.Get("Content-Encoding") != "br" || err != nil || !bytes.Equal(body, want) {
			t.Errorf("%s: sent as %q (%v), %d bytes decoded, want %d", n, resp.Header.Get("Content-Encoding"), err, len(body), len(want))
		}
	}

	wasmName := regexp.MustCompile(`STANCEMAP_WASM="(stancemap-[0-9a-f]{16}\.wasm)"`).FindStringSubmatch(page)
	if wasmName == nil {
		t.Fatalf("the page names no wasm")
	}
	got := make(chan string, 1)
	go func() { got <- get(t, srv.URL+"/"+wasmName[1], "application/wasm") }()
	select {
	case <-got:
		t.Fatal("the wasm answered before it was built")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if b := <-got; b != string(wasm) {
		t.Errorf("the wasm: %q", b)
	}

	select {
	case err := <-l.Done():
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Minute):
		t.Fatalf("not done:\n%s", log.String())
	}
	if drawn := ondem.Drawn(); drawn != total {
		t.Errorf("%d of %d posters drawn", drawn, total)
	}
	out := log.String()
	for _, want := range []string{"posters drawn when asked for", "drawing the posters: " + strconv.Itoa(total) + "/" + strconv.Itoa(total), "ready:"} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %q:\n%s", want, out)
		}
	}

	// The next start takes every poster from the cache, under the same names.
	var log2 syncBuffer
	l2, err := startLive(st, Options{Quality: 1}, src, func() ([]byte, error) { return wasm, nil }, &log2)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := l2.posters.(setFiles); !ok {
		t.Fatalf("the second start does not take the posters from the cache:\n%s", log2.String())
	}
	srv2 := httptest.NewServer(l2)
	defer srv2.Close()
	if posterOf(t, get(t, srv2.URL+"/embed.html", "text/html; charset=utf-8")) != name {
		t.Error("the second start names the poster otherwise")
	}
	if get(t, srv2.URL+"/"+name, "image/png") != png {
		t.Error("the cached poster differs")
	}
	if err := <-l2.Done(); err != nil {
		t.Fatal(err)
	}
}

// -out's bundle holds every poster: the posters are drawn before it is
// written.
func TestBundleHasEveryPoster(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	st, err := LoadStory(example)
	if err != nil {
		t.Fatal(err)
	}
	src := bundle.Sources{Root: root, Wasm: []byte("\x00asm"), WasmExec: []byte("// wasm_exec")}
	if err := addPosters(&src, level(1), "", st); err != nil {
		t.Fatal(err)
	}
	b, err := bundle.Assemble(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := b.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	var m poster.Manifest
	embed := string(b.File("embed.html").Data)
	_, rest, _ := strings.Cut(embed, "<script>window.STANCEMAP_POSTERS=")
	manifest, _, _ := strings.Cut(rest, ";</script>")
	if err := json.Unmarshal([]byte(manifest), &m); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range m.Events {
		for _, lang := range m.Langs {
			for _, th := range m.Themes {
				for _, w := range m.Widths {
					for _, scale := range poster.Scales {
						name := poster.Name(m.Dir, e.ID, lang, th, w, scale)
						if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
							t.Errorf("-out lacks %s", name)
						}
						n++
					}
				}
			}
		}
	}
	if want := len(st.story.Events) * len(st.story.Langs) * len(poster.Themes) * len(poster.Widths) * len(poster.Scales); n != want || n == 0 {
		t.Errorf("%d posters named, want %d", n, want)
	}
}

// get fetches url, wanting 200 and the content type.
func get(t *testing.T, url, contentType string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Error(err)
		return ""
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != contentType {
		t.Errorf("%s: %s, %s", url, res.Status, res.Header.Get("Content-Type"))
	}
	return string(b)
}

// posterOf is the poster the embed page shows first: the default step in
// the story's language, light, at 700 px, 1×.
func posterOf(t *testing.T, page string) string {
	t.Helper()
	_, rest, _ := strings.Cut(page, "<script>window.STANCEMAP_POSTERS=")
	manifest, _, _ := strings.Cut(rest, ";</script>")
	var m poster.Manifest
	if err := json.Unmarshal([]byte(manifest), &m); err != nil || len(m.Events) == 0 {
		t.Fatalf("the page's manifest: %v", err)
	}
	return poster.Name(m.Dir, m.Events[m.Default].ID, m.Lang, "light", 700, 1)
}
