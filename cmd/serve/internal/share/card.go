package share

import (
	"html"
	"strconv"
	"strings"
)

// The card's block in a page's head, between these comments, is what
// cmd/serve replaces with the requested step's.
const (
	cardStart = "<!-- social card -->"
	cardEnd   = "<!-- /social card -->"
)

// Card is the head block of a page under base (the bundle's URL, "" for
// links relative to the page) that shows step st: Open Graph and
// Twitter tags (the title, the step's headline and summary, its poster
// with its size and a text alternative), a canonical link and, when
// oembed is not "", the oEmbed discovery link. canonical and oembed are
// URLs as they go into the page (relative ones are resolved by crawlers
// against the page's own URL, which some do not do for og:image: hence
// serve -base-url).
func (s *Site) Card(base string, st Step, canonical, oembed string) string {
	p := s.cardPoster(st)
	title := s.headline(st) + " — " + s.title(st)
	var b strings.Builder
	b.WriteString(cardStart + "\n")
	meta := func(attr, key, value string) {
		b.WriteString(`<meta ` + attr + `="` + key + `" content="` + html.EscapeString(value) + `">` + "\n")
	}
	meta("property", "og:type", "website")
	meta("property", "og:title", title)
	meta("property", "og:description", clip(s.summary(st), 300))
	meta("property", "og:url", canonical)
	meta("property", "og:image", base+p.Name)
	meta("property", "og:image:type", "image/png")
	meta("property", "og:image:width", strconv.Itoa(p.Width))
	meta("property", "og:image:height", strconv.Itoa(p.Height))
	meta("property", "og:image:alt", clip(s.imageAlt(st), 420))
	meta("name", "twitter:card", "summary_large_image")
	b.WriteString(`<link rel="canonical" href="` + html.EscapeString(canonical) + `">` + "\n")
	if oembed != "" {
		b.WriteString(`<link rel="alternate" type="application/json+oembed" href="` + html.EscapeString(oembed) +
			`" title="` + html.EscapeString(title) + `">` + "\n")
	}
	b.WriteString(cardEnd)
	return b.String()
}

// imageAlt describes the card's image in a line (the poster's own text
// alternative lists every country): the story's title, the step's
// headline and its date.
func (s *Site) imageAlt(st Step) string {
	return s.title(st) + ": " + s.headline(st) + " (" + s.m.Events[st.Index].Date + ")"
}

// clip shortens s to at most n bytes at a word, with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n-3], ' ')
	if cut < n/2 {
		cut = n - 3
		for cut > 0 && s[cut]&0xc0 == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
	}
	return s[:cut] + "…"
}

// Inserts fill the bundle's pages' markers: "card" in embed.html (the
// default step's card, whose canonical URL is the page itself, and after
// it the name of the share pages when the bundle has them: outside the
// card, which cmd/serve replaces per request),
// "articlecard" in the demo article (the same step, for the article's
// URL) and "heading", the embed page's level-one heading (visually hidden;
// the page's script puts the title in lang='s language).
func (s *Site) Inserts() map[string]string {
	st := s.StepFor("", "")
	oembed := ""
	if s.base != "" {
		oembed = s.base + s.answerName(st)
	}
	card := s.Card(s.base, st, s.base+"embed.html", oembed)
	if t := s.pageTemplate(); t != "" {
		card += "\n" + t
	}
	return map[string]string{
		"card":        card,
		"articlecard": s.Card(s.base, st, s.articleURL(), ""),
		"heading":     html.EscapeString(s.title(st)),
	}
}

// articleURL is the demo article's URL: the bundle's folder.
func (s *Site) articleURL() string {
	if s.base == "" {
		return "./"
	}
	return s.base
}
