package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadStory(t *testing.T) {
	st, err := loadStory("")
	if err != nil || st.custom || len(st.story.Events) == 0 {
		t.Fatalf("built-in story: %v (custom %v)", err, st != nil && st.custom)
	}
	example := filepath.Join("..", "..", "data", "testdata", "example.json")
	st, err = loadStory(example)
	if err != nil || !st.custom || st.story.ID != "example" {
		t.Fatalf("example story: %v", err)
	}

	// A story the wasm would reject stops the build, naming the file and
	// the problem's JSON path; so does a file that can't be read.
	bad := filepath.Join(t.TempDir(), "bad.json")
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(strings.Replace(string(b), `"2019-02-04"`, `"2019-02-31"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadStory(bad); err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "events[1].date") {
		t.Errorf("bad story: %v", err)
	}
	if _, err := loadStory(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "-story") {
		t.Errorf("missing story: %v", err)
	}
}

// TestServerTimeouts checks that the server lets go of a client that sends
// nothing, sends slowly or idles, while leaving a slow phone time to fetch
// the wasm.
func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.IdleTimeout <= 0 || srv.WriteTimeout <= 0 {
		t.Fatalf("timeouts: header %v, read %v, write %v, idle %v; want all set",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
	// 12 MB (the wasm uncompressed) at 100 KB/s.
	if srv.WriteTimeout < 2*time.Minute {
		t.Errorf("WriteTimeout %v: a slow phone needs two minutes for an uncompressed wasm", srv.WriteTimeout)
	}
}
