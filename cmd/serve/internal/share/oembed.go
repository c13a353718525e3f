package share

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
)

// Response is an oEmbed 1.0 answer of type "rich" (oembed.com, section
// 2.3.4): the embed code, the space it needs, and the step's poster as the
// thumbnail.
type Response struct {
	Version         string `json:"version"`
	Type            string `json:"type"`
	Title           string `json:"title"`
	ProviderName    string `json:"provider_name"`
	ProviderURL     string `json:"provider_url"`
	HTML            string `json:"html"`
	Width           int    `json:"width"`
	Height          int    `json:"height"`
	ThumbnailURL    string `json:"thumbnail_url"`
	ThumbnailWidth  int    `json:"thumbnail_width"`
	ThumbnailHeight int    `json:"thumbnail_height"`
}

// OEmbedDir is the bundle folder of the static oEmbed answers, one per
// step and language: OEmbedDir/EVENT-ID.json in the story's language,
// OEmbedDir/EVENT-ID.LANG.json in the others.
const OEmbedDir = "oembed"

// answerName is the static oEmbed answer's name for step st.
func (s *Site) answerName(st Step) string {
	if st.Lang == s.story.Lang {
		return OEmbedDir + "/" + st.ID + ".json"
	}
	return OEmbedDir + "/" + st.ID + "." + st.Lang + ".json"
}

// Answer is the oEmbed answer for the embed of step st under base (an
// absolute folder URL), keeping q's region, theme and country. The frame is
// EmbedWidth px wide, or maxWidth when smaller (0: no limit); when its
// height passes maxHeight (0: no limit), the widest width down to 240 px
// whose height fits is used, as oEmbed asks a provider to keep within both.
// The thumbnail is the widest poster that fits both as well (the narrowest
// when none does).
func (s *Site) Answer(base string, st Step, q url.Values, maxWidth, maxHeight int) Response {
	width := EmbedWidth
	if maxWidth > 0 && maxWidth < width {
		width = maxWidth
	}
	height := s.FrameHeight(st.Lang, width)
	for w := width - 20; maxHeight > 0 && height > maxHeight && w >= 240; w -= 20 {
		if h := s.FrameHeight(st.Lang, w); h <= maxHeight {
			width, height = w, h
		}
	}
	thumb := s.poster(st, s.m.Widths[0])
	for _, w := range s.m.Widths[1:] {
		if p := s.poster(st, w); (maxWidth == 0 || p.Width <= maxWidth) && (maxHeight == 0 || p.Height <= maxHeight) {
			thumb = p
		}
	}
	title := s.headline(st) + " — " + s.title(st)
	src := EmbedURL(base, st, s.story.Lang, q)
	h := strconv.Itoa(height)
	code := `<iframe src="` + html.EscapeString(src) + `" data-stancemap title="` + html.EscapeString(s.title(st)) +
		`" loading="lazy" style="width:100%;border:0;height:` + h + `px" height="` + h +
		`" allow="fullscreen; clipboard-write"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(base+"stancemap-embed.js") + `" async></script>`
	provider := base
	if u, err := url.Parse(base); err == nil {
		provider = u.Host
	}
	return Response{
		Version: "1.0", Type: "rich", Title: title, ProviderName: provider, ProviderURL: base,
		HTML: code, Width: width, Height: height,
		ThumbnailURL: base + thumb.Name, ThumbnailWidth: thumb.Width, ThumbnailHeight: thumb.Height,
	}
}

// Files are what a host that cannot run cmd/serve needs to be read as
// cmd/serve is: the static oEmbed answers, one per step and language
// (answerName), and the share pages (Pages). None when the bundle's URL is
// not known, since an answer's HTML must name the embed absolutely and a
// card's image is not followed by every crawler otherwise.
func (s *Site) Files() ([]*bundle.File, error) {
	if s.base == "" {
		return nil, nil
	}
	var files []*bundle.File
	for _, e := range s.m.Events {
		for _, lang := range s.m.Langs {
			st := s.StepFor(e.ID, lang)
			b, err := json.Marshal(s.Answer(s.base, st, nil, 0, 0))
			if err != nil {
				return nil, fmt.Errorf("share: %w", err)
			}
			files = append(files, &bundle.File{Name: s.answerName(st), Data: b})
		}
	}
	return append(files, s.Pages()...), nil
}

// embedQuery checks that raw is the URL of this bundle's embed page under
// base (same host, the folder's embed.html) and returns its query. A URL
// with data= names another story, whose posters and title the bundle does
// not have: no answer.
func embedQuery(base, raw string) (url.Values, error) {
	b, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || !u.IsAbs() {
		return nil, fmt.Errorf("url %q is not an absolute URL", raw)
	}
	if !strings.EqualFold(u.Host, b.Host) || u.Path != b.Path+"embed.html" {
		return nil, fmt.Errorf("url %q is not this site's embed page, %sembed.html", raw, base)
	}
	q := u.Query()
	if q.Has("data") {
		return nil, fmt.Errorf("url %q shows a story from data=, which this site has no still image of", raw)
	}
	return q, nil
}
