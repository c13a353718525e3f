// Package share makes what a newsroom's tools read from the embed rather
// than run: the social card of each step (Open Graph and Twitter tags, a
// canonical link, the step's poster as the image), the oEmbed answer that
// turns a pasted embed URL into the iframe (static JSON per step in the
// bundle, and an /oembed endpoint for a host that runs cmd/serve), a share
// page for each step and language (its card, and a link on to the embed at
// that step, for a static host), and the embed page's heading. Crawlers and
// CMSs run no script, so all of it is HTML and JSON written by the server;
// the bundle's pages carry the default step's, and cmd/serve fills each
// request's page with its own step's.
package share

import (
	"fmt"
	"math"
	"net/url"
	"strings"
	"sync"

	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/wasm/embedcfg"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/start"
)

// BarHeight is the embed page's row of tools under the widget (#bar in
// embed.html, BAR in loader-host.js): a frame is the widget's height plus this.
const BarHeight = 28

// EmbedWidth is the frame width an oEmbed answer assumes when the consumer
// gives no maxwidth: an article column.
const EmbedWidth = 700

// Site is the story's bundle as link previews and oEmbed consumers see it.
type Site struct {
	story *data.Story
	world *geo.World
	m     poster.Manifest
	base  string // the bundle's public URL ("" when not known at build time), ending in "/"

	mu      sync.Mutex
	heights map[sizeKey]float64 // layout.PreferredHeight by language and width
}

type sizeKey struct {
	lang  string
	width int
}

// New describes the bundle of story, whose posters m lists, published at
// baseURL (absolute, ending in "/"; "" when unknown: the pages' links are
// then relative, and the bundle has no static oEmbed answers, whose HTML
// must name the embed absolutely).
func New(story *data.Story, world *geo.World, m poster.Manifest, baseURL string) (*Site, error) {
	if story == nil || world == nil || len(story.Events) == 0 || len(m.Events) != len(story.Events) || len(m.Widths) == 0 {
		return nil, fmt.Errorf("share: the story and its posters' manifest do not match")
	}
	if baseURL != "" {
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || !strings.HasSuffix(u.Path, "/") && u.Path != "" {
			return nil, fmt.Errorf("share: base URL %q: want an absolute http(s) URL of a folder", baseURL)
		}
		if u.Path == "" {
			baseURL += "/"
		}
	}
	return &Site{story: story, world: world, m: m, base: baseURL, heights: map[sizeKey]float64{}}, nil
}

// Step is a step of the story as a link names it, in one language.
type Step struct {
	Index int
	ID    string
	Lang  string
}

// StepFor resolves a link's event= (an id or a date) and lang= (any
// case) as the embed does (start.Resolve): "" or unknown is the default
// step, or the story's language.
func (s *Site) StepFor(event, lang string) Step {
	at, _ := start.Resolve(start.Choices{Event: event, Lang: lang}, s.story, nil)
	return Step{Index: at.Event, ID: s.story.Events[at.Event].ID, Lang: at.Lang}
}

// stepOf is the step a link to the embed page names, its query read as the
// embed reads it (embedcfg.Parse).
func (s *Site) stepOf(rawQuery string) Step {
	cfg, _ := embedcfg.Parse(rawQuery)
	return s.StepFor(cfg.Event, cfg.Lang)
}

// title is the story's title in the step's language.
func (s *Site) title(st Step) string { return s.story.Title.In(st.Lang, s.story.Lang) }

// headline is the step's headline in its language.
func (s *Site) headline(st Step) string {
	return s.story.Events[st.Index].Headline.In(st.Lang, s.story.Lang)
}

// summary is the step's summary in its language, or its headline.
func (s *Site) summary(st Step) string {
	if t := s.story.Events[st.Index].Summary.In(st.Lang, s.story.Lang); t != "" {
		return t
	}
	return s.headline(st)
}

// height is the widget's preferred height at width in lang, cached.
func (s *Site) height(lang string, width int) float64 {
	k := sizeKey{lang, width}
	s.mu.Lock()
	h, ok := s.heights[k]
	s.mu.Unlock()
	if !ok {
		h = layout.PreferredHeight(s.story, s.world, float64(width), lang)
		s.mu.Lock()
		s.heights[k] = h
		s.mu.Unlock()
	}
	return h
}

// FrameHeight is the height of an embed frame width px wide: the widget's
// preferred height and the tools' row, as loader-host.js sizes it.
func (s *Site) FrameHeight(lang string, width int) int {
	return int(math.Ceil(s.height(lang, width) + BarHeight))
}

// Poster is a poster's name in the bundle and its size in px.
type Poster struct {
	Name          string
	Width, Height int
}

// poster is the step's light poster at reference width w, at 1×. Its size
// is the one poster.Render gives the scene at w × the preferred height:
// the 2× image rounded, then halved.
func (s *Site) poster(st Step, w int) Poster {
	h2 := int(math.Round(2 * s.height(st.Lang, w)))
	return Poster{Name: poster.Name(s.m.Dir, st.ID, st.Lang, "light", w, 1), Width: w, Height: h2 / 2}
}

// cardPoster is the poster of a link preview: the widest layout.
func (s *Site) cardPoster(st Step) Poster { return s.poster(st, s.m.Widths[len(s.m.Widths)-1]) }

// EmbedURL is the embed page's URL for the step under base, with the
// other parameters a link keeps (region, theme, country) from q.
func EmbedURL(base string, st Step, storyLang string, q url.Values) string {
	v := url.Values{}
	v.Set("event", st.ID)
	if st.Lang != storyLang {
		v.Set("lang", st.Lang)
	}
	for _, k := range []string{"region", "theme", "country"} {
		if x := q.Get(k); x != "" && len(x) <= 100 {
			v.Set(k, x)
		}
	}
	return base + "embed.html?" + v.Encode()
}
