package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
)

// Handler serves the bundle: "/" is index.html, "/NAME" is the file NAME.
// Each response carries the content coding Negotiate picks from the
// request, Vary: Accept-Encoding, an exact Content-Length and an ETag per
// coding; If-None-Match is answered with 304. Range requests are not
// supported (no Accept-Ranges): every file is sent whole. Every answer
// says X-Content-Type-Options: nosniff, so a browser takes each file for
// its declared type only (a story served as text is not run as a script),
// and Access-Control-Allow-Origin: *: the bundle is public, and an embed
// in a sandboxed frame (WordPress adds sandbox="allow-scripts" to a
// provider's iframe) has an opaque origin, so its fetch of the wasm is a
// cross-origin request. Sources.Serve, when set, answers first.
func (b *Bundle) Handler() http.Handler {
	if b.serve != nil {
		return b.serve(b, b.fileHandler())
	}
	return b.fileHandler()
}

// fileHandler serves the bundle's files.
func (b *Bundle) fileHandler() http.Handler {
	handlers := map[string]http.Handler{}
	for name, f := range b.files {
		handlers[name] = f.Handler()
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed(w, r) {
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "" {
			name = "index.html"
		}
		h := handlers[name]
		if h == nil {
			h = http.NotFoundHandler()
		}
		h.ServeHTTP(w, r)
	})
}

// Handler serves f whatever the request's path, as a bundle does (see
// Bundle.Handler): for a file made after the bundle, such as a poster
// drawn when asked for or a wasm still being built when the server
// started.
func (f *File) Handler() http.Handler {
	etags := map[string]string{}
	for _, c := range preference {
		if body, ok := f.encoded(c); ok {
			sum := sha256.Sum256(body)
			etags[c] = `"` + hex.EncodeToString(sum[:8]) + "-" + c + `"`
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed(w, r) {
			return
		}
		coding := Negotiate(r.Header.Get("Accept-Encoding"), func(c string) bool {
			_, ok := f.encoded(c)
			return ok
		})
		body, _ := f.encoded(coding)
		h := w.Header()
		h.Set("Content-Type", f.ContentType())
		h.Set("Vary", "Accept-Encoding")
		// The wasm's name changes with its content: browsers keep it, and
		// Chromium its compiled code, without asking again. Everything
		// else is revalidated (cheap, with the ETag), so a page always
		// names the current wasm.
		if Immutable(f.Name) {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		h.Set("ETag", etags[coding])
		if coding != "identity" {
			h.Set("Content-Encoding", coding)
		}
		if etagMatch(r.Header.Get("If-None-Match"), h.Get("ETag")) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		// Set by hand: http.ServeContent omits it when Content-Encoding is set.
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			_, _ = w.Write(body)
		}
	})
}

// allowed sets the headers every answer has and answers a request that is
// no GET or HEAD with 405, reporting whether to go on.
func allowed(w http.ResponseWriter, r *http.Request) bool {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return false
	}
	return true
}

// etagMatch reports whether an If-None-Match header lists etag (or "*").
func etagMatch(ifNoneMatch, etag string) bool {
	for _, t := range strings.Split(ifNoneMatch, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || (t != "" && t == etag) {
			return true
		}
	}
	return false
}
