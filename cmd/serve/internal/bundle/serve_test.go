package bundle

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

func TestHandler(t *testing.T) {
	b := fakeBundle(t)
	srv := httptest.NewServer(b.Handler())
	defer srv.Close()
	// The default transport would ask for gzip and decode it itself.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}

	tests := []struct {
		name, method, path, accept string
		status                     int
		file                       string // expected decoded body
		encoding, contentType      string
	}{
		{"article at root", "GET", "/", "gzip, deflate, br", 200, "index.html", "br", "text/html; charset=utf-8"},
		{"wasm br", "GET", "/" + fakeWasmName, "gzip, deflate, br, zstd", 200, fakeWasmName, "br", "application/wasm"},
		{"wasm gzip", "GET", "/" + fakeWasmName, "gzip", 200, fakeWasmName, "gzip", "application/wasm"},
		{"wasm identity", "GET", "/" + fakeWasmName, "", 200, fakeWasmName, "", "application/wasm"},
		{"wasm head", "HEAD", "/" + fakeWasmName, "br", 200, fakeWasmName, "br", "application/wasm"},
		{"tiny file stays plain", "GET", "/tiny.js", "br", 200, "tiny.js", "", "text/javascript; charset=utf-8"},
		{"nested file", "GET", "/posters/event-1.svg", "gzip", 200, "posters/event-1.svg", "gzip", "image/svg+xml"},
		{"missing", "GET", "/nope.js", "br", 404, "", "", ""},
		{"sibling is not a file", "GET", "/" + fakeWasmName + ".br", "br", 404, "", "", ""},
		{"traversal", "GET", "/../go.mod", "", 404, "", "", ""},
		{"post refused", "POST", "/", "", 405, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			// Every answer, an error's too, forbids guessing its type.
			// The bundle is public, and a sandboxed frame (an opaque
			// origin) fetches the wasm across origins.
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("Access-Control-Allow-Origin = %q, want *", got)
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
			if tt.status != 200 {
				return
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type %q, want %q", got, tt.contentType)
			}
			if got := resp.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding", got)
			}
			f := b.File(tt.file)
			sent, _ := f.encoded(map[string]string{"": "identity", "br": "br", "gzip": "gzip"}[tt.encoding])
			if got := resp.Header.Get("Content-Length"); got != strconv.Itoa(len(sent)) {
				t.Errorf("Content-Length %q, want %d", got, len(sent))
			}
			if tt.method == "HEAD" {
				if len(body) != 0 {
					t.Errorf("HEAD sent %d body bytes", len(body))
				}
				return
			}
			switch tt.encoding {
			case "br":
				body = unbrotli(t, body)
			case "gzip":
				body = gunzip(t, body)
			}
			if !bytes.Equal(body, f.Data) {
				t.Errorf("decoded body differs from %s (%d vs %d bytes)", tt.file, len(body), len(f.Data))
			}
		})
	}
}

// TestHandlerCaching checks the Cache-Control of each kind of file: the
// content-addressed wasm and posters are kept for a year, unasked;
// everything else is revalidated, so a page never names a file that is gone.
func TestHandlerCaching(t *testing.T) {
	b := fakeBundle(t)
	if err := b.Add(&File{Name: "posters/0123456789abcdef/event-1.en.light.360.png", Data: []byte("png")}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(b.Handler())
	defer srv.Close()
	for path, want := range map[string]string{
		"/" + fakeWasmName:     "public, max-age=31536000, immutable",
		"/":                    "no-cache",
		"/embed.html":          "no-cache",
		"/tiny.js":             "no-cache",
		"/posters/event-1.svg": "no-cache",
		"/posters/0123456789abcdef/event-1.en.light.360.png": "public, max-age=31536000, immutable",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Cache-Control"); resp.StatusCode != 200 || got != want {
			t.Errorf("GET %s: status %d, Cache-Control %q; want 200, %q", path, resp.StatusCode, got, want)
		}
	}
}

func TestHandlerETag(t *testing.T) {
	srv := httptest.NewServer(fakeBundle(t).Handler())
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	get := func(accept, ifNoneMatch string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+"/"+fakeWasmName, nil)
		req.Header.Set("Accept-Encoding", accept)
		if ifNoneMatch != "" {
			req.Header.Set("If-None-Match", ifNoneMatch)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	br := get("br", "")
	gz := get("gzip", "")
	if br.Header.Get("ETag") == "" || br.Header.Get("ETag") == gz.Header.Get("ETag") {
		t.Fatalf("want distinct ETags per coding, got %q and %q", br.Header.Get("ETag"), gz.Header.Get("ETag"))
	}
	if resp := get("br", br.Header.Get("ETag")); resp.StatusCode != http.StatusNotModified {
		t.Errorf("matching If-None-Match: status %d, want 304", resp.StatusCode)
	}
	if resp := get("gzip", br.Header.Get("ETag")); resp.StatusCode != http.StatusOK {
		t.Errorf("If-None-Match of another coding: status %d, want 200", resp.StatusCode)
	}
}
