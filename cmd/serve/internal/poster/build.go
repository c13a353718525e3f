package poster

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"image/png"
	"math"
	"runtime"
	"strings"
	"sync"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/words"
	"golang.org/x/sync/errgroup"
)

// The height table covers frame widths from tableFrom to tableTo px in
// steps of tableStep; the page interpolates between entries.
const (
	tableFrom = 240
	tableTo   = 1600
	tableStep = 40
)

// File is one generated poster.
type File struct {
	Name string
	Data []byte
}

// Set is everything Build makes: the posters and the manifest.
type Set struct {
	Files    []File
	Manifest Manifest
}

// Manifest is what the embed page needs to show the right poster at the
// right height before the wasm runs. It is inlined into embed.html.
type Manifest struct {
	Events  []EventRef          `json:"events"`
	Default int                 `json:"default"` // the step shown without event=
	Lang    string              `json:"lang"`    // the story's language
	Langs   []string            `json:"langs"`
	Widths  []int               `json:"widths"` // poster reference widths
	Themes  []string            `json:"themes"`
	From    int                 `json:"from"`          // height table: first width,
	Step    int                 `json:"step"`          // its step,
	Heights map[string][]int    `json:"heights"`       // and heights by language
	Alt     map[string][]string `json:"alt,omitempty"` // text alternative by language and step (see AltScript)
	Title   map[string]string   `json:"title"`         // the story's title by language
	Dir     string              `json:"dir"`           // the posters' folder, Dir/ and a hash of the set
	Names   map[int]string      `json:"names"`         // a poster's name by scale, with {dir}, {event}, {lang}, {theme} and {width} to fill
	// Data are the names of the poster script's data files (see
	// TipsFile, IDFile), with {dir} and {lang} or {width} to fill.
	Data map[string]string `json:"data"`
	// Story is the data= URL of the story the posters show, for a preview
	// that serves its story that way: embed.html shows posters with
	// data= only when it names this story.
	Story string `json:"story,omitempty"`
}

// EventRef names a step the way the URL may: by id or by date.
type EventRef struct {
	ID   string `json:"id"`
	Date string `json:"date"`
}

// Heights are the logical heights posters are drawn at: the widget's
// preferred height, by language and reference width.
type Heights map[heightKey]float64

type heightKey struct {
	lang  string
	width int
}

// For is the height a poster in lang at width is drawn at.
func (h Heights) For(lang string, width int) float64 { return h[heightKey{lang, width}] }

// Plan makes the manifest of story's posters without drawing them —
// everything the embed page needs before a poster exists — and the
// heights they are drawn at. Its Dir is left empty: Build names it by a
// hash of the posters, OnDemand by a hash of the story.
func Plan(story *data.Story, world *geo.World) (Manifest, Heights, error) {
	if story == nil || world == nil || len(story.Events) == 0 {
		return Manifest{}, nil, fmt.Errorf("poster: no story or world")
	}
	m := Manifest{
		Default: len(story.Events) - 1, Lang: story.Lang, Langs: story.Langs,
		Widths: Widths, Themes: Themes, From: tableFrom, Step: tableStep,
		Heights: map[string][]int{}, Alt: map[string][]string{}, Title: map[string]string{},
		Names: map[int]string{}, Data: map[string]string{"tips": tipsPattern, "ids": idsPattern, "alt": altPattern, "heights": heightsPattern},
	}
	for _, scale := range Scales {
		m.Names[scale] = pattern(scale)
	}
	for _, e := range story.Events {
		m.Events = append(m.Events, EventRef{ID: e.ID, Date: e.Date.Format("2006-01-02")})
	}
	var jobs []heightKey
	for _, lang := range story.Langs {
		m.Title[lang] = story.Title.In(lang, story.Lang)
		m.Heights[lang] = make([]int, (tableTo-tableFrom)/tableStep+1)
		for w := tableFrom; w <= tableTo; w += tableStep {
			jobs = append(jobs, heightKey{lang, w})
		}
		for _, w := range Widths {
			if !onGrid(w) {
				jobs = append(jobs, heightKey{lang, w})
			}
		}
		alt := make([]string, len(story.Events))
		say := words.New(story, world, lang)
		for i := range story.Events {
			alt[i] = say.TextAlternative(i)
		}
		m.Alt[lang] = alt
	}
	var mu sync.Mutex
	heights := Heights{}
	_ = parallel(len(jobs), func(i int) error {
		j := jobs[i]
		h := layout.PreferredHeight(story, world, float64(j.width), j.lang)
		mu.Lock()
		heights[j] = h
		mu.Unlock()
		return nil
	})
	for j, h := range heights {
		if onGrid(j.width) {
			m.Heights[j.lang][(j.width-tableFrom)/tableStep] = int(h)
		}
	}
	return m, heights, nil
}

// Build renders every poster of story (each event × language × theme ×
// reference width × scale) and the manifest, using all CPUs. level is the
// PNGs' zlib level (see Render).
func Build(story *data.Story, world *geo.World, level png.CompressionLevel) (*Set, error) {
	m, heights, err := Plan(story, world)
	if err != nil {
		return nil, err
	}
	var variants []Variant
	for i := range story.Events {
		for _, lang := range story.Langs {
			for _, th := range Themes {
				for _, w := range Widths {
					variants = append(variants, Variant{Event: i, Lang: lang, Theme: th, Width: w})
				}
			}
		}
	}
	files := make([]File, 2*len(variants))
	err = parallel(len(variants), func(i int) error {
		v := variants[i]
		x1, x2, err := Render(story, world, v, heights.For(v.Lang, v.Width), level)
		if err != nil {
			return err
		}
		id := story.Events[v.Event].ID
		files[2*i] = File{Name: Name(".", id, v.Lang, v.Theme, v.Width, 1), Data: x1}
		files[2*i+1] = File{Name: Name(".", id, v.Lang, v.Theme, v.Width, 2), Data: x2}
		return nil
	})
	if err != nil {
		return nil, err
	}
	more, err := dataFiles(story, world, heights, m, ".")
	if err != nil {
		return nil, err
	}
	files = append(files, more...)
	// The folder is named by a hash of every file's name and bytes.
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%d\x00", f.Name, len(f.Data))
		h.Write(f.Data)
	}
	m.Dir = Dir + "/" + hex.EncodeToString(h.Sum(nil)[:8])
	for i := range files {
		files[i].Name = m.Dir + "/" + strings.TrimPrefix(files[i].Name, "./")
	}
	return &Set{Files: files, Manifest: m}, nil
}

// onGrid reports whether the height table has an entry for width.
func onGrid(width int) bool {
	return width >= tableFrom && width <= tableTo && (width-tableFrom)%tableStep == 0
}

// parallel runs f(0…n-1) on GOMAXPROCS goroutines and returns the first error.
func parallel(n int, f func(i int) error) error {
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range n {
		g.Go(func() error { return f(i) })
	}
	return g.Wait()
}

// Script is the manifest without its text alternatives, as a <script>
// element setting window.STANCEMAP_POSTERS, for the head of embed.html.
// The alternatives, which are most of its size (every country on each
// side, for each step and language), follow the poster in AltScript, so
// the page asks for the poster before parsing them.
func (m Manifest) Script() (string, error) {
	m.Alt = nil
	return scriptSetting("STANCEMAP_POSTERS", m)
}

// AltScript is the text alternatives of the story's language, by step, as
// a <script> element setting window.STANCEMAP_ALT to {lang: [...]}. The
// other languages' are data files (AltData), which the page fetches for
// a reader of one: inlined, they were 17 KB of every reader's page.
func (m Manifest) AltScript() (string, error) {
	return scriptSetting("STANCEMAP_ALT", map[string][]string{m.Lang: m.Alt[m.Lang]})
}

// scriptSetting is a <script> element setting window[name] to v as JSON.
// "<" is escaped so story text can't close the element.
func scriptSetting(name string, v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("poster manifest: %w", err)
	}
	s := strings.ReplaceAll(string(b), "<", `\u003c`)
	return "<script>window." + name + "=" + s + ";</script>", nil
}

// Noscript is the poster for readers without JavaScript: the default step
// in the story's language, as a <picture> that picks the reference width
// nearest the frame's and the reader's colour scheme with media queries,
// and 1× or 2× with srcset. (With JavaScript the page's inline script
// builds the same element for the URL's parameters.)
func (m Manifest) Noscript() string {
	ev := m.Events[m.Default]
	set := func(theme string, width int) string {
		return html.EscapeString(Name(m.Dir, ev.ID, m.Lang, theme, width, 1)) + " 1x, " +
			html.EscapeString(Name(m.Dir, ev.ID, m.Lang, theme, width, 2)) + " 2x"
	}
	var b strings.Builder
	b.WriteString("<noscript><picture>")
	for _, theme := range []string{"dark", "light"} {
		for i, w := range m.Widths {
			var media []string
			if theme == "dark" {
				media = append(media, "(prefers-color-scheme: dark)")
			}
			if i < len(m.Widths)-1 {
				// The nearest width on a log scale, as the page's script picks.
				media = append(media, fmt.Sprintf("(max-width: %dpx)", int(math.Sqrt(float64(w*m.Widths[i+1])))))
			}
			if len(media) == 0 {
				continue // the <img> below
			}
			b.WriteString(`<source media="` + strings.Join(media, " and ") + `" srcset="` + set(theme, w) + `">`)
		}
	}
	last := m.Widths[len(m.Widths)-1]
	b.WriteString(`<img class="poster-img" src="` + html.EscapeString(Name(m.Dir, ev.ID, m.Lang, "light", last, 1)) +
		`" srcset="` + set("light", last) + `" alt="` + html.EscapeString(m.Alt[m.Lang][m.Default]) + `">`)
	b.WriteString("</picture></noscript>")
	return b.String()
}

// TitleElement is the embed page's <title>: the story's title in its own
// language (the page's script switches it for lang=).
func (m Manifest) TitleElement() string {
	return "<title>" + html.EscapeString(m.Title[m.Lang]+" — stancemap") + "</title>"
}

// OGImage is the poster for link previews (og:image): the default step in
// the story's language, light theme, widest layout, at 1×.
func (m Manifest) OGImage() string {
	ev := m.Events[m.Default]
	return Name(m.Dir, ev.ID, m.Lang, "light", m.Widths[len(m.Widths)-1], 1)
}
