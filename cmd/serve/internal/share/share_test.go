package share

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
)

var (
	loadOnce sync.Once
	story    *data.Story
	world    *geo.World
	loadErr  error
)

// site is the built-in story's site at base, with a manifest like the one
// poster.Build writes (its posters are not drawn).
func site(t *testing.T, base string) *Site {
	t.Helper()
	loadOnce.Do(func() {
		if world, loadErr = geo.Load(); loadErr == nil {
			story, loadErr = datatest.Default()
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return siteOf(t, story, base)
}

// siteOf is st's site at base, with a manifest like the one poster.Build
// writes.
func siteOf(t *testing.T, st *data.Story, base string) *Site {
	t.Helper()
	m := poster.Manifest{Default: len(st.Events) - 1, Lang: st.Lang, Langs: st.Langs, Widths: poster.Widths, Dir: "posters/0123456789abcdef"}
	for _, e := range st.Events {
		m.Events = append(m.Events, poster.EventRef{ID: e.ID, Date: e.Date.Format("2006-01-02")})
	}
	s, err := New(st, world, m, base)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// meta reads a page's <meta property|name=KEY content=…> values and its
// links by rel.
func meta(page string) map[string]string {
	out := map[string]string{}
	for _, m := range regexp.MustCompile(`<meta (?:property|name)="([^"]+)" content="([^"]*)">`).FindAllStringSubmatch(page, -1) {
		out[m[1]] = htmlUnescape(m[2])
	}
	for _, m := range regexp.MustCompile(`<link rel="([^"]+)"(?: type="[^"]+")? href="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		out["link:"+m[1]] = htmlUnescape(m[2])
	}
	return out
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">").Replace(s)
}

func TestCard(t *testing.T) {
	s := site(t, "https://example.org/maps/")
	st := s.StepFor("2019-01-23", "ES")
	if st.ID != "guaido-claim" || st.Lang != "es" {
		t.Fatalf("step %+v", st)
	}
	card := s.Card(s.base, st, "https://example.org/maps/embed.html?event=guaido-claim&lang=es", "https://example.org/maps/oembed/guaido-claim.json")
	got := meta(card)
	p := s.poster(st, 1280)
	want := map[string]string{
		"og:type":         "website",
		"og:title":        "Guaidó se declara presidente encargado — Guaidó o Maduro: qué gobiernos apoyaron a quién",
		"og:url":          "https://example.org/maps/embed.html?event=guaido-claim&lang=es",
		"og:image":        "https://example.org/maps/posters/0123456789abcdef/guaido-claim.es.light.1280.png",
		"og:image:type":   "image/png",
		"og:image:width":  "1280",
		"og:image:height": itoa(p.Height),
		"twitter:card":    "summary_large_image",
		"link:canonical":  "https://example.org/maps/embed.html?event=guaido-claim&lang=es",
		"link:alternate":  "https://example.org/maps/oembed/guaido-claim.json",
		"og:image:alt":    "Guaidó o Maduro: qué gobiernos apoyaron a quién: Guaidó se declara presidente encargado (2019-01-23)",
		"og:description":  got["og:description"],
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if !strings.HasPrefix(got["og:description"], "En un mitin en Caracas") || len(got["og:description"]) > 300 {
		t.Errorf("og:description = %q", got["og:description"])
	}
	if p.Height < 500 || p.Height > 1500 {
		t.Errorf("the 1280 px poster is %d px tall", p.Height)
	}
	if !strings.HasPrefix(card, cardStart) || !strings.HasSuffix(card, cardEnd) {
		t.Error("the card is not delimited")
	}
	if strings.Contains(s.Card("", st, "x", ""), "json+oembed") {
		t.Error("a discovery link without an answer")
	}

	// The bundle's pages: the default step; without a base URL, relative
	// links and no discovery (there are no static answers to find).
	in := site(t, "").Inserts()
	if m := meta(in["card"]); m["og:image"] != "posters/0123456789abcdef/a-year-on.en.light.1280.png" || m["link:canonical"] != "embed.html" || m["link:alternate"] != "" {
		t.Errorf("embed.html's card without a base URL: %q", m)
	}
	if m := meta(in["articlecard"]); m["link:canonical"] != "./" || m["og:url"] != "./" {
		t.Errorf("the article's card: %q", m)
	}
	if in["heading"] != "Guaidó or Maduro: which governments backed whom" {
		t.Errorf("heading %q", in["heading"])
	}
	if m := meta(s.Inserts()["card"]); m["link:alternate"] != "https://example.org/maps/oembed/a-year-on.json" ||
		m["stancemap:share"] != "https://example.org/maps/share/{event}.{lang}.html" {
		t.Errorf("discovery and share pages with a base URL: %q", m)
	}
	if _, ok := meta(in["card"])["stancemap:share"]; ok {
		t.Error("share pages named without a base URL, which has none")
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestPosterSize checks the size the card and the thumbnails claim against
// a poster drawn as the bundle draws it.
func TestPosterSize(t *testing.T) {
	if testing.Short() {
		t.Skip("draws a poster")
	}
	s := site(t, "")
	st := s.StepFor("inauguration-2019", "ru")
	for _, w := range []int{360, 1280} {
		x1, _, err := poster.Render(story, world, poster.Variant{Event: st.Index, Lang: st.Lang, Theme: "light", Width: w}, s.height(st.Lang, w), png.DefaultCompression)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(x1))
		if err != nil {
			t.Fatal(err)
		}
		if p := s.poster(st, w); p.Width != cfg.Width || p.Height != cfg.Height {
			t.Errorf("poster at %d px: said %d×%d, drawn %d×%d", w, p.Width, p.Height, cfg.Width, cfg.Height)
		}
	}
}

// checkAnswer checks r against oEmbed 1.0's rules for a rich answer and
// against the limits asked for.
func checkAnswer(t *testing.T, r Response, maxWidth, maxHeight int) {
	t.Helper()
	if r.Version != "1.0" || r.Type != "rich" || r.HTML == "" || r.Width <= 0 || r.Height <= 0 || r.Title == "" || r.ProviderName == "" {
		t.Errorf("not a complete rich answer: %+v", r)
	}
	if r.ThumbnailURL == "" || r.ThumbnailWidth <= 0 || r.ThumbnailHeight <= 0 {
		t.Errorf("a thumbnail needs its size: %+v", r)
	}
	if maxWidth > 0 && (r.Width > maxWidth || r.ThumbnailWidth > maxWidth) {
		t.Errorf("past maxwidth %d: %d, thumbnail %d", maxWidth, r.Width, r.ThumbnailWidth)
	}
	if maxHeight > 0 && (r.Height > maxHeight || r.ThumbnailHeight > maxHeight) {
		t.Errorf("past maxheight %d: %d, thumbnail %d", maxHeight, r.Height, r.ThumbnailHeight)
	}
}

func TestAnswer(t *testing.T) {
	s := site(t, "https://example.org/maps/")
	st := s.StepFor("guaido-claim", "")
	r := s.Answer("https://example.org/maps/", st, url.Values{"region": {"europe"}, "id": {"x"}}, 0, 0)
	checkAnswer(t, r, 0, 0)
	if r.Width != EmbedWidth || r.Height != s.FrameHeight("en", EmbedWidth) || r.ProviderName != "example.org" {
		t.Errorf("%+v", r)
	}
	wantHTML := `<iframe src="https://example.org/maps/embed.html?event=guaido-claim&amp;region=europe" data-stancemap ` +
		`title="Guaidó or Maduro: which governments backed whom" loading="lazy" style="width:100%;border:0;height:` + itoa(r.Height) +
		`px" height="` + itoa(r.Height) + `" allow="fullscreen; clipboard-write"></iframe>` + "\n" +
		`<script src="https://example.org/maps/stancemap-embed.js" async></script>`
	if r.HTML != wantHTML {
		t.Errorf("html\n%s\nwant\n%s", r.HTML, wantHTML)
	}
	if r.ThumbnailURL != "https://example.org/maps/posters/0123456789abcdef/guaido-claim.en.light.1280.png" {
		t.Errorf("thumbnail %s", r.ThumbnailURL)
	}
	for _, lim := range [][2]int{{400, 0}, {0, 700}, {1000, 0}, {200, 200}} {
		r := s.Answer("https://example.org/maps/", st, nil, lim[0], lim[1])
		if lim != [2]int{200, 200} { // nothing fits 200 px of height: the best it can
			checkAnswer(t, r, lim[0], lim[1])
		}
		if lim[0] > 0 && r.Width > lim[0] {
			t.Errorf("maxwidth %d: width %d", lim[0], r.Width)
		}
	}
}

func TestFiles(t *testing.T) {
	if files, err := site(t, "").Files(); err != nil || len(files) != 0 {
		t.Errorf("without a base URL: %d files, %v", len(files), err)
	}
	files, err := site(t, "https://example.org/maps/").Files()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]byte{}
	for _, f := range files {
		byName[f.Name] = f.Data
	}
	// An answer and a share page for each step and language.
	if n := len(story.Events) * len(story.Langs) * 2; len(files) != n || len(byName) != n {
		t.Fatalf("%d files (%d names), want %d", len(files), len(byName), n)
	}
	for name, want := range map[string]string{
		"oembed/guaido-claim.json":    "embed.html?event=guaido-claim\"",
		"oembed/guaido-claim.es.json": "embed.html?event=guaido-claim&amp;lang=es\"",
	} {
		var r Response
		if err := json.Unmarshal(byName[name], &r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkAnswer(t, r, 0, 0)
		if !strings.Contains(r.HTML, want) {
			t.Errorf("%s: html %s", name, r.HTML)
		}
	}
	if byName["share/guaido-claim.ru.html"] == nil {
		t.Error("no share page for guaido-claim in Russian")
	}
}

func TestHandler(t *testing.T) {
	s := site(t, "")
	b := bundle.New()
	page := "<head><title>t</title>" + s.Inserts()["card"] + "</head><body>map</body>"
	for _, f := range []*bundle.File{{Name: "embed.html", Data: []byte(page)}, {Name: "index.html", Data: []byte("<head>" + s.Inserts()["articlecard"] + "</head>")}} {
		if err := b.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "file:"+r.URL.Path) })
	h := s.Handler(b, next)
	get := func(target, host, accept string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", target, nil)
		req.Host = host
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w
	}
	embed := "http://maps.test:8080/embed.html?event=2019-01-23&lang=es&region=europe&id=x"
	w := get("/oembed?format=json&maxwidth=600&url="+url.QueryEscape(embed), "maps.test:8080", "")
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/json; charset=utf-8" || w.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("oembed: %d %q %s", w.Code, w.Header(), w.Body)
	}
	var r Response
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, r, 600, 0)
	if !strings.Contains(r.HTML, `src="http://maps.test:8080/embed.html?event=guaido-claim&amp;lang=es&amp;region=europe"`) || r.Width != 600 {
		t.Errorf("answer %+v", r)
	}
	for _, c := range []struct {
		target string
		status int
	}{
		{"/oembed?format=xml&url=" + url.QueryEscape(embed), 501},
		{"/oembed", 400},
		{"/oembed?maxwidth=wide&url=" + url.QueryEscape(embed), 400},
		{"/oembed?url=" + url.QueryEscape("http://elsewhere.test/embed.html"), 404},
		{"/oembed?url=" + url.QueryEscape("http://maps.test:8080/index.html"), 404},
		{"/oembed?url=" + url.QueryEscape("http://maps.test:8080/embed.html?data=x.json"), 404},
		{"/oembed?url=embed.html", 404},
	} {
		if w := get(c.target, "maps.test:8080", ""); w.Code != c.status {
			t.Errorf("%s: %d, want %d (%s)", c.target, w.Code, c.status, w.Body)
		}
	}

	// The embed page with the requested step's card, gzipped when asked.
	w = get("/embed.html?event=2019-01-23&lang=es&region=europe", "maps.test:8080", "gzip, br")
	if w.Code != 200 || w.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("embed.html: %d %q", w.Code, w.Header())
	}
	zr, err := gzip.NewReader(w.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(zr)
	m := meta(string(body))
	canonical := "http://maps.test:8080/embed.html?event=guaido-claim&lang=es&region=europe"
	if m["link:canonical"] != canonical || m["og:url"] != canonical ||
		m["og:image"] != "http://maps.test:8080/posters/0123456789abcdef/guaido-claim.es.light.1280.png" ||
		m["link:alternate"] != "http://maps.test:8080/oembed?format=json&url="+url.QueryEscape(canonical) {
		t.Errorf("card %q", m)
	}
	if strings.Count(string(body), "og:title") != 1 || !strings.HasSuffix(string(body), "</head><body>map</body>") {
		t.Errorf("page %s", body)
	}
	if m := meta(get("/", "maps.test:8080", "").Body.String()); m["og:url"] != "http://maps.test:8080/" || !strings.Contains(m["og:image"], "a-year-on.en") {
		t.Errorf("article card %q", m)
	}
	// A Host that is not a host name is never written into a page.
	if w := get("/embed.html", `x"><script>`, ""); w.Body.String() != "file:/embed.html" {
		t.Errorf("a bad Host: %s", w.Body)
	}
	if w := get("/loader.js", "maps.test", ""); w.Body.String() != "file:/loader.js" {
		t.Errorf("other files: %s", w.Body)
	}
}
