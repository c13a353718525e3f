package preview

import (
	_ "embed"
	"net/http"
	"strconv"
	"strings"
	"time"
)

//go:embed preview.js
var previewJS []byte

// Handler serves the preview: "/" is the preview page, story.json the
// story as last read, posters/… drawn on demand, _preview/… the page's
// scripts and its reload events, embed.html (with data=story.json added
// when it has no data=) and the rest of the embed from the bundle, once
// it is built. Everything but the wasm is sent with no-store: it changes
// with the story.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /_preview/wait", s.wait)
	mux.HandleFunc("GET /_preview/preview.js", func(w http.ResponseWriter, r *http.Request) {
		send(w, "text/javascript; charset=utf-8", previewJS)
	})
	mux.HandleFunc("GET /_preview/manifest.js", func(w http.ResponseWriter, r *http.Request) {
		if v := s.planned(r); v != nil {
			send(w, "text/javascript; charset=utf-8", orNull("STANCEMAP_POSTERS", v.manifest))
		}
	})
	mux.HandleFunc("GET /_preview/alt.js", func(w http.ResponseWriter, r *http.Request) {
		if v := s.planned(r); v != nil {
			send(w, "text/javascript; charset=utf-8", orNull("STANCEMAP_ALT", v.alt))
		}
	})
	mux.HandleFunc("GET /"+StoryURL, func(w http.ResponseWriter, r *http.Request) {
		v, _ := s.current()
		if v.json == nil {
			http.Error(w, "the story cannot be read: see the preview page", http.StatusServiceUnavailable)
			return
		}
		send(w, "application/json", v.json)
	})
	mux.HandleFunc("GET /posters/", s.poster)
	mux.HandleFunc("GET /embed.html", func(w http.ResponseWriter, r *http.Request) {
		if !r.URL.Query().Has("data") {
			// The embed shows the story under preview however it is opened.
			q := r.URL.Query()
			q.Set("data", StoryURL)
			http.Redirect(w, r, "/embed.html?"+q.Encode(), http.StatusFound)
			return
		}
		s.fromBundle(w, r)
	})
	mux.HandleFunc("/", s.fromBundle)
	return mux
}

// send writes b, never to be cached.
func send(w http.ResponseWriter, contentType string, b []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

// orNull is b, or a script setting window[name] to null when the story
// does not load (the embed page then shows no poster).
func orNull(name string, b []byte) []byte {
	if b == nil {
		return []byte("window." + name + "=null;\n")
	}
	return b
}

// poster draws (or finds) a poster of the current story.
func (s *Server) poster(w http.ResponseWriter, r *http.Request) {
	v := s.planned(r)
	if v == nil {
		return
	}
	if v.posters == nil {
		http.NotFound(w, r)
		return
	}
	b, ok, err := v.posters.File(strings.TrimPrefix(r.URL.Path, "/"))
	switch {
	case !ok:
		http.NotFound(w, r) // a poster of an older version, or no poster
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	default:
		send(w, "image/png", b)
	}
}

// fromBundle serves the embed's files, waiting for the bundle's build.
func (s *Server) fromBundle(w http.ResponseWriter, r *http.Request) {
	select {
	case <-s.ready:
	case <-r.Context().Done():
		return
	}
	if s.buildErr != nil {
		http.Error(w, "the embed could not be built: "+s.buildErr.Error(), http.StatusServiceUnavailable)
		return
	}
	// The bundle's own caching headers stand: the wasm is named by its
	// hash; the rest are revalidated.
	s.bundle.Handler().ServeHTTP(w, r)
}

// wait answers a page made from version ?v= once the story is newer
// (200, "reload"), or after 25 s with 204 (the page then asks again). A
// page asks with fetch rather than listening to server-sent events: its
// reload then aborts no request, which browsers would log as failed.
func (s *Server) wait(w http.ResponseWriter, r *http.Request) {
	seen := r.URL.Query().Get("v")
	timeout := time.NewTimer(25 * time.Second)
	defer timeout.Stop()
	for {
		v, changed := s.current()
		if s.versionID(v) != seen {
			send(w, "text/plain; charset=utf-8", []byte("reload\n"))
			return
		}
		select {
		case <-changed:
		case <-r.Context().Done():
			return
		case <-timeout.C:
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
}
