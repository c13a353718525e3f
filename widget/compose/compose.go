// Package compose draws the widget as a scene.Scene for any backend: the
// map, the chrome (caption, legend, buttons, slider) and the overlay
// (highlights, tooltip, notice), each a function of a Frame (what the
// widget shows now, as the state says), a layout.Layout (where things go)
// and a Look (theme, greys); and the print page, from its options alone.
// Each layer of the interactive widget has a small comparable key, so
// Layers keeps the last of each and builds again only the layers whose key
// changed: a hover frame builds the overlay alone.
package compose

import (
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/words"
)

// Look is how the widget is drawn, apart from what it shows.
type Look struct {
	Theme theme.Theme
	Gray  bool // side fills as greys with patterns
}

// Frame is what the widget shows at one moment: the state's answer, as
// plain values, so that compose reads no state of its own and a poster can
// say what it shows without a widget.
type Frame struct {
	Step     int
	Playing  bool
	View     geo.View // the map's view, in the layout's map box
	Region   string   // the region preset last chosen
	AtPreset bool     // the view is still that preset: its button shows as chosen

	Hover        string // the country under the pointer
	Pinned       string // the country whose tooltip stays open
	HoverControl string // the control under the pointer
	Highlight    string // the legend entry whose countries are highlighted
	Focus        string // the control with keyboard focus, "" none

	PointerX, PointerY float64 // where the hovered country's tooltip points
	// HoverOnMarker and PinnedOnMarker say the pointer found the hovered
	// or pinned country by its small-state marker: where that marker
	// stands for several states, the tooltip lists them all.
	HoverOnMarker, PinnedOnMarker bool
	Touch                         bool // the last press was a touch: no keyboard hints

	More bool // the whole caption is open over the map (layout.Details)

	Note      string  // a short message over the map
	NoteAlpha float64 // its opacity as it fades, 0 when gone
}

// source is what every drawing of one story in one language reads.
type source struct {
	story  *data.Story
	world  *geo.World
	words  *words.Words
	legend *legend.Legend
	lang   string
	dates  []time.Time
}

func newSource(story *data.Story, world *geo.World, w *words.Words, lg *legend.Legend) source {
	s := source{story: story, world: world, words: w, legend: lg, lang: w.Lang()}
	if story == nil {
		return s
	}
	for _, e := range story.Events {
		s.dates = append(s.dates, e.Date)
	}
	return s
}

// ready reports whether there is a story with steps on a world to draw.
func (s *source) ready() bool {
	return s.story != nil && s.world != nil && len(s.story.Events) > 0
}

// painter draws one frame: the source in a look, with its palette, as the
// frame says, in a layout (nil for print, which places its own).
type painter struct {
	*source
	th      theme.Theme
	gray    bool
	pal     palette
	f       Frame
	l       *layout.Layout
	paths   map[string]countryPath // the map layer's screen paths, for the overlay
	markers []geo.Marker           // the map layer's small-state markers, for the overlay
	ctl     *controlsCache         // the buttons on the map, kept between frames
}

// focused returns the control with keyboard focus.
func (p *painter) focused() (layout.Control, bool) {
	if p.f.Focus == "" || p.l == nil {
		return layout.Control{}, false
	}
	return p.l.Control(p.f.Focus)
}

// isOnMap reports whether control id is drawn on the map.
func (p *painter) isOnMap(id string) bool {
	if id == "" || p.l == nil {
		return false
	}
	c, ok := p.l.Control(id)
	return ok && c.OnMap
}

// controlsCache keeps the buttons drawn on the map, reused while their key
// holds: a hover frame only appends them.
type controlsCache struct {
	key   controlsKey
	items []scene.Item
}
