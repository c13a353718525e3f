package share

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
)

// Handler serves, before the bundle's files (next): the oEmbed endpoint,
// /oembed?url=…&maxwidth=…&maxheight=…, and the embed page and the demo
// article with the requested step's card (embed.html?event=…&lang=…): the
// canonical link and the discovery link name that URL, and every URL is
// absolute, under -base-url or the request's own host. Everything else is
// next's.
func (s *Site) Handler(b *bundle.Bundle, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		base := s.requestBase(r)
		switch {
		case name == "oembed":
			s.serveOEmbed(w, r, base)
		case base != "" && (name == "embed.html" || name == "" || name == "index.html"):
			page := b.File("embed.html")
			card := ""
			if name == "embed.html" {
				st := s.stepOf(r.URL.RawQuery)
				canonical := EmbedURL(base, st, s.story.Lang, r.URL.Query())
				card = s.Card(base, st, canonical, base+"oembed?"+url.Values{"url": {canonical}, "format": {"json"}}.Encode())
			} else {
				page = b.File("index.html")
				card = s.Card(base, s.StepFor("", ""), base, "")
			}
			if page == nil {
				next.ServeHTTP(w, r)
				return
			}
			serveHTML(w, r, withCard(page.Data, card))
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// hostShape is a Host header that may go into a URL in a page: a name or
// an address and a port, nothing that could leave an attribute.
var hostShape = regexp.MustCompile(`^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$`)

// requestBase is the bundle's URL: -base-url, or the host the request
// named; "" when that is not a host.
func (s *Site) requestBase(r *http.Request) string {
	if s.base != "" {
		return s.base
	}
	if !hostShape.MatchString(r.Host) {
		return ""
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + "/"
}

// withCard replaces page's card block by card (a page without one is
// returned as it is).
func withCard(page []byte, card string) []byte {
	i := bytes.Index(page, []byte(cardStart))
	j := bytes.Index(page, []byte(cardEnd))
	if i < 0 || j < i {
		return page
	}
	return bytes.Join([][]byte{page[:i], []byte(card), page[j+len(cardEnd):]}, nil)
}

// serveHTML sends a page made for this request: gzip-compressed when the
// client takes it, revalidated every time.
func serveHTML(w http.ResponseWriter, r *http.Request, body []byte) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept-Encoding")
	if bundle.Negotiate(r.Header.Get("Accept-Encoding"), func(c string) bool { return c == "gzip" || c == "identity" }) == "gzip" {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, _ = zw.Write(body)
		_ = zw.Close()
		body = buf.Bytes()
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// serveOEmbed answers /oembed as oEmbed 1.0 asks: JSON only (format=xml
// is 501 Not Implemented), 404 for a URL that is not this site's embed.
func (s *Site) serveOEmbed(w http.ResponseWriter, r *http.Request, base string) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	q := r.URL.Query()
	if f := q.Get("format"); f != "" && f != "json" {
		http.Error(w, "only format=json is implemented", http.StatusNotImplemented)
		return
	}
	if !q.Has("url") || base == "" {
		http.Error(w, "give url=, the embed page's URL", http.StatusBadRequest)
		return
	}
	var max [2]int
	for i, k := range []string{"maxwidth", "maxheight"} {
		if v := q.Get(k); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 || n > 100000 {
				http.Error(w, k+" must be a positive number of pixels", http.StatusBadRequest)
				return
			}
			max[i] = n
		}
	}
	eq, err := embedQuery(base, q.Get("url"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	st := s.stepOf(eq.Encode())
	body, err := json.Marshal(s.Answer(base, st, eq, max[0], max[1]))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
