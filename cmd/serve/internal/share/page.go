package share

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"net/url"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
)

// PageDir is the bundle folder of the share pages, one per step and
// language: PageDir/EVENT-ID.LANG.html. A static host serves one
// embed.html whatever its query asks for, so a link to a step that must
// preview as that step (a link shared on a social network) names its own
// page: the step's card in the head, and a meta refresh and a plain link
// that send the reader on to the embed at that step.
const PageDir = "share"

func pageName(st Step) string { return PageDir + "/" + st.ID + "." + st.Lang + ".html" }

// pageMeta names the share pages in the embed page, as a URL with
// {event} and {lang} in place of the step's id and language: the Link
// control (loader.js, linkURL) hands out that URL when the page has it.
const pageMeta = "stancemap:share"

// pageStyle is the share page's whole stylesheet, allowed by its hash.
const pageStyle = `body{margin:16px auto;max-width:700px;padding:0 16px;font:16px/1.4 system-ui,sans-serif}img{max-width:100%;height:auto;display:block}`

// Page is the share page of step st (the bundle's URL must be known: a
// card's URLs must be absolute for the crawlers that read it). Its
// canonical link and og:url are the page itself, not the embed: Facebook
// reads the card again at og:url, and the static embed.html there would
// give the default step's. It runs no script (its policy allows none):
// a meta refresh sends the reader on to embed.html?event=ID&lang=LANG,
// and the page shows the step's headline, summary and poster with a plain
// link there for a browser that does not follow the refresh. Every text
// of the story is HTML-escaped.
func (s *Site) Page(st Step) []byte {
	self := s.base + pageName(st)
	target := s.base + "embed.html?" + url.Values{"event": {st.ID}, "lang": {st.Lang}}.Encode()
	title := s.headline(st) + " — " + s.title(st)
	p := s.pagePoster(st)
	sum := sha256.Sum256([]byte(pageStyle))
	policy := "default-src 'none'; img-src 'self' data:; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
		"'; base-uri 'none'; form-action 'none'"
	esc := html.EscapeString
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=\"" + esc(st.Lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + policy + `">` + "\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	b.WriteString(`<link rel="icon" href="data:,">` + "\n") // no request for /favicon.ico
	b.WriteString("<title>" + esc(title) + "</title>\n")
	b.WriteString(s.Card(s.base, st, self, s.base+s.answerName(st)) + "\n")
	b.WriteString(`<meta http-equiv="refresh" content="0; url=` + esc(target) + `">` + "\n")
	b.WriteString("<style>" + pageStyle + "</style>\n</head>\n<body>\n<main>\n")
	b.WriteString("<h1>" + esc(title) + "</h1>\n")
	b.WriteString("<p>" + esc(s.summary(st)) + "</p>\n")
	b.WriteString(`<p><a href="` + esc(target) + `"><img src="` + esc(s.base+p.Name) + `" width="` + strconv.Itoa(p.Width) +
		`" height="` + strconv.Itoa(p.Height) + `" alt="` + esc(s.imageAlt(st)) + `"></a></p>` + "\n")
	b.WriteString(`<p><a href="` + esc(target) + `">` + esc(s.headline(st)) + "</a></p>\n")
	b.WriteString("</main>\n</body>\n</html>\n")
	return []byte(b.String())
}

// pagePoster is the share page's image: the widest poster at most an
// article column wide.
func (s *Site) pagePoster(st Step) Poster {
	w := s.m.Widths[0]
	for _, x := range s.m.Widths {
		if x <= EmbedWidth {
			w = x
		}
	}
	return s.poster(st, w)
}

// Pages are the share pages, one per step and language; none when the
// bundle's URL is not known.
func (s *Site) Pages() []*bundle.File {
	if s.base == "" {
		return nil
	}
	var files []*bundle.File
	for _, e := range s.m.Events {
		for _, lang := range s.m.Langs {
			st := s.StepFor(e.ID, lang)
			files = append(files, &bundle.File{Name: pageName(st), Data: s.Page(st)})
		}
	}
	return files
}

// pageTemplate is the embed page's element naming the share pages for the
// Link control; "" when the bundle has none.
func (s *Site) pageTemplate() string {
	if s.base == "" {
		return ""
	}
	return `<meta name="` + pageMeta + `" content="` + html.EscapeString(s.base+PageDir+"/{event}.{lang}.html") + `">`
}
