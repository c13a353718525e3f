package share

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/data"
)

// writeBundle assembles s's bundle as serve -out writes it (a fake wasm,
// no posters drawn) into a temporary folder and returns the folder.
func writeBundle(t *testing.T, s *Site) string {
	t.Helper()
	files, err := s.Files()
	if err != nil {
		t.Fatal(err)
	}
	inserts := map[string]string{"manifest": "", "alt": "", "noscript": "", "title": "<title>t</title>"}
	for k, v := range s.Inserts() {
		inserts[k] = v
	}
	src := bundle.Sources{Root: filepath.Join("..", "..", "..", ".."), Wasm: []byte("\x00asm"), WasmExec: []byte("// wasm_exec"),
		Generated: files, Inserts: inserts}
	b, err := bundle.Assemble(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "dist")
	if err := b.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

var (
	refreshTag = regexp.MustCompile(`<meta http-equiv="refresh" content="0; url=([^"]+)">`)
	linkTag    = regexp.MustCompile(`<a href="([^"]+)">`)
)

// TestPages reads every share page of a -out bundle from disk: each carries
// its step's card (title, poster, canonical and og:url naming the page
// itself, the discovery link of an answer the bundle holds) and sends the
// reader on to the embed at that step and language.
func TestPages(t *testing.T) {
	const base = "https://example.org/maps/"
	s := site(t, base)
	dir := writeBundle(t, s)
	embed, err := os.ReadFile(filepath.Join(dir, "embed.html"))
	if err != nil {
		t.Fatal(err)
	}
	template := meta(string(embed))["stancemap:share"]
	if template != base+"share/{event}.{lang}.html" {
		t.Fatalf("embed.html names the share pages %q", template)
	}
	n := 0
	for _, e := range story.Events {
		for _, lang := range story.Langs {
			n++
			st := s.StepFor(e.ID, lang)
			self := strings.NewReplacer("{event}", e.ID, "{lang}", lang).Replace(template)
			b, err := os.ReadFile(filepath.Join(dir, "share", e.ID+"."+lang+".html"))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			m := meta(page)
			want := map[string]string{
				"og:title":       s.headline(st) + " — " + s.title(st),
				"og:image":       base + "posters/0123456789abcdef/" + e.ID + "." + lang + ".light.1280.png",
				"og:url":         self,
				"link:canonical": self,
				"twitter:card":   "summary_large_image",
			}
			for k, v := range want {
				if m[k] != v {
					t.Errorf("%s %s: %s = %q, want %q", e.ID, lang, k, m[k], v)
				}
			}
			if m["og:image:width"] != "1280" || m["og:image:height"] == "" {
				t.Errorf("%s %s: the image's size %q×%q", e.ID, lang, m["og:image:width"], m["og:image:height"])
			}
			answer := strings.TrimPrefix(m["link:alternate"], base)
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(answer))); err != nil || !strings.HasPrefix(answer, "oembed/"+e.ID) {
				t.Errorf("%s %s: discovery names %q: %v", e.ID, lang, m["link:alternate"], err)
			}
			if !strings.Contains(page, `<html lang="`+lang+`">`) || !strings.Contains(page, "<title>"+htmlEscape(want["og:title"])+"</title>") {
				t.Errorf("%s %s: the page's language or title", e.ID, lang)
			}
			checkRedirect(t, s, page, base, st)
		}
	}
	if n < 2*3 {
		t.Errorf("only %d pages", n)
	}
}

// checkRedirect checks that page's meta refresh and its links all lead to
// the embed at st.
func checkRedirect(t *testing.T, s *Site, page, base string, st Step) {
	t.Helper()
	r := refreshTag.FindStringSubmatch(page)
	if r == nil {
		t.Fatalf("%s %s: no meta refresh", st.ID, st.Lang)
	}
	targets := []string{htmlUnescape(r[1])}
	for _, a := range linkTag.FindAllStringSubmatch(page, -1) {
		targets = append(targets, htmlUnescape(a[1]))
	}
	if len(targets) < 2 {
		t.Errorf("%s %s: no plain link", st.ID, st.Lang)
	}
	for _, target := range targets {
		u, err := url.Parse(target)
		if err != nil || !strings.HasPrefix(target, base+"embed.html?") {
			t.Errorf("%s %s: sends the reader to %q", st.ID, st.Lang, target)
			continue
		}
		if got := s.stepOf(u.RawQuery); got != st || u.Query().Get("lang") != st.Lang {
			t.Errorf("%s %s: %q opens %+v", st.ID, st.Lang, target, got)
		}
	}
	// No script runs there, nor could one: the policy allows none.
	if strings.Contains(strings.ToLower(page), "<script") || !strings.Contains(page, "default-src 'none'") || strings.Contains(page, "script-src") {
		t.Errorf("%s %s: a script, or a policy that allows one", st.ID, st.Lang)
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

// TestPageHostile gives the story a title and a headline that try to leave
// the page's elements and attributes: every one stays text.
func TestPageHostile(t *testing.T) {
	site(t, "") // loads the world
	const hostile = `"><script>alert(1)</script><meta http-equiv="refresh" content="0; url=https://evil.example/">'`
	example, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "data", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(example)
	for _, field := range []string{`"Who recognised Guaidó? (example)"`, `"Guaidó claims the presidency"`, `"Juan Guaidó declared himself acting president. The US recognised him the same day."`} {
		quoted, _ := json.Marshal(hostile + strings.Trim(field, `"`))
		src = strings.Replace(src, field, string(quoted), 1)
	}
	st, err := data.LoadNamed([]byte(src), "hostile.json", data.Options{KnownCode: world.Known})
	if err != nil {
		t.Fatal(err)
	}
	const base = "https://example.org/"
	s := siteOf(t, st, base)
	step := s.StepFor("claim", "en")
	page := string(s.Page(step))
	if strings.Contains(page, "<script") || strings.Contains(page, "evil.example/\">") || strings.Count(page, `http-equiv="refresh"`) != 1 {
		t.Errorf("the story's text got out of its text:\n%s", page)
	}
	m := meta(page)
	if want := hostile + "Guaidó claims the presidency — " + hostile + "Who recognised Guaidó? (example)"; m["og:title"] != want {
		t.Errorf("og:title %q, want %q", m["og:title"], want)
	}
	checkRedirect(t, s, page, base, step)
}

// TestHandlerKeepsShareName: cmd/serve with -base-url fills embed.html with
// each request's card and keeps the share pages' name, outside the card.
func TestHandlerKeepsShareName(t *testing.T) {
	s := site(t, "https://example.org/maps/")
	b := bundle.New()
	if err := b.Add(&bundle.File{Name: "embed.html", Data: []byte("<head>" + s.Inserts()["card"] + "</head>")}); err != nil {
		t.Fatal(err)
	}
	w := httptestGet(s.Handler(b, nil), "/embed.html?event=2019-01-23&lang=es")
	m := meta(w)
	if m["og:url"] != "https://example.org/maps/embed.html?event=guaido-claim&lang=es" || m["stancemap:share"] != "https://example.org/maps/share/{event}.{lang}.html" {
		t.Errorf("%q", m)
	}
}

// httptestGet is h's answer to a GET of target, as text.
func httptestGet(h http.Handler, target string) string {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	return w.Body.String()
}
