// Package widget is the stancemap widget's model and look without a display:
// the state (step, hover, pinned country, view, playback), the input intents
// a backend feeds it, the layout for any size, and a scene.Scene that any
// backend (Ebiten, SVG, PNG, PDF) draws. It imports no Ebiten, so all of it is
// tested headless.
package widget

import (
	"fmt"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/words"
	"math"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/timeline"
)

// Options choose the widget's starting state.
type Options struct {
	Lang      string // "en" | "es" | "ru"; anything else is English
	Theme     string // "light" | "dark"; "auto" is resolved by the backend
	Region    string // a geo region id; "" or unknown is "world"
	Event     int    // the starting step, clamped
	Grayscale bool   // side fills as greys with patterns
	// PageTouch is for a widget inside a scrolling page (the web embed):
	// one finger on the map scrolls the page instead of moving the map,
	// which takes two fingers (a hint says so), and taps still select.
	// Without it one finger drags the map, as in the desktop app.
	PageTouch bool
}

// Cursor is the pointer shape the backend should show.
type Cursor uint8

const (
	CursorDefault Cursor = iota
	CursorPointer        // over something clickable
	CursorGrab           // dragging the map
)

// Notice is something the embedding page may want to know about.
type Notice struct {
	Kind  string // "eventchange" | "countryclick"
	Event int    // the current step
	Code  string // the country, for countryclick
}

// Widget is the interactive map. It is not safe for concurrent use: one
// goroutine (the backend's update loop) drives it.
type Widget struct {
	story *data.Story
	world *geo.World
	lang  string
	th    theme.Theme
	gray  bool

	pageTouch bool // Options.PageTouch

	tl          *timeline.Controller
	region      string
	view        geo.View
	viewOK      bool   // view has been fitted to the current layout
	atPreset    bool   // the view is still the fitted region preset
	startRegion string // the region Reset returns to

	w, h, dpr float64
	lay       *layout.Layout
	plan      *layout.Planner

	hover     string // country under the pointer
	hoverSide string // legend entry under the pointer or focused ("" none)
	hoverCtl  string // control under the pointer
	pinned    string // country whose tooltip stays open
	focus     int    // index into the focus order; -1 none
	ptr       pointer

	notices  []Notice
	announce string
	note     notice // a short message over the map (Notify)

	words  *words.Words
	legend *legend.Legend

	layers *compose.Layers
}

// New returns a widget showing story on world. A nil story or world gives a
// widget that draws only its background, so a backend never has to check.
func New(story *data.Story, world *geo.World, opt Options) *Widget {
	w := &Widget{
		story:     story,
		world:     world,
		lang:      i18n.Normalize(opt.Lang),
		th:        theme.ByName(opt.Theme),
		gray:      opt.Grayscale,
		pageTouch: opt.PageTouch,
		region:    "world",
		focus:     -1,
		w:         640, h: 480, dpr: 1,
	}
	n := 0
	if story != nil {
		n = len(story.Events)
	}
	w.words = words.New(story, world, w.lang)
	w.legend = legend.New(story, world, w.words)
	w.plan = layout.NewPlanner(story, world, w.words, w.legend)
	w.layers = compose.NewLayers(story, world, w.words, w.legend)
	w.tl = timeline.New(n, opt.Event)
	if _, ok := geo.RegionByID(opt.Region); ok {
		w.region = opt.Region
	}
	w.startRegion = w.region
	w.announce = w.words.StepAnnouncement(w.tl.Current())
	return w
}

func (w *Widget) ready() bool { return w.story != nil && w.world != nil && w.tl.Len() > 0 }

// Resize sets the widget's logical size and the device pixel ratio. The view
// is refitted to the region only when the map area changes.
func (w *Widget) Resize(width, height, dpr float64) {
	if !(width > 0) || !(height > 0) {
		return
	}
	if !(dpr > 0) {
		dpr = 1
	}
	if width == w.w && height == w.h && dpr == w.dpr && w.lay != nil {
		return
	}
	w.w, w.h, w.dpr = width, height, dpr
	w.lay = nil
	w.viewOK = false
}

// Size returns the logical size set by Resize.
func (w *Widget) Size() (width, height float64) { return w.w, w.h }

// Event returns the current step.
func (w *Widget) Event() int { return w.tl.Current() }

// SetEvent shows step i (clamped); an eventchange notice follows if it changed.
func (w *Widget) SetEvent(i int) {
	from := w.tl.Current()
	if w.tl.Set(i) {
		w.stepChanged(from)
	}
}

// stepChanged records the notice and the aria-live text for a new step,
// and lays the legend out again where the question changed (its entries
// follow the question; the map keeps its place and view).
func (w *Widget) stepChanged(from int) {
	to := w.tl.Current()
	w.notices = append(w.notices, Notice{Kind: "eventchange", Event: to})
	w.announce = w.words.StepAnnouncement(w.tl.Current())
	if w.lay != nil && w.story != nil && w.story.Events[from].Question != w.story.Events[to].Question {
		focused := w.focusedID()
		w.lay = w.computeLayout()
		w.refocus(focused)
	}
}

// Select pins the tooltip of country code, as a click or tap would; "" unpins.
// Unknown codes are ignored.
func (w *Widget) Select(code string) {
	if code == "" {
		w.pinned = ""
		return
	}
	if w.world == nil || w.world.Country(code) == nil {
		return
	}
	w.pin(code)
}

func (w *Widget) pin(code string) {
	w.pinned = code
	w.announce = w.words.CountryAnnouncement(w.tl.Current(), code)
}

// Pinned returns the country whose tooltip is pinned, or "".
func (w *Widget) Pinned() string { return w.pinned }

// Hovered returns the country under the pointer, or "".
func (w *Widget) Hovered() string { return w.hover }

// SetRegion fits the map to a region preset ("world", "americas", "europe"…).
func (w *Widget) SetRegion(id string) error {
	if _, ok := geo.RegionByID(id); !ok {
		return fmt.Errorf("widget: unknown region %q", id)
	}
	w.region = id
	w.viewOK = false
	return nil
}

// Region returns the last region preset chosen.
func (w *Widget) Region() string { return w.region }

// View returns the current map view (after laying out for the current size).
func (w *Widget) View() geo.View {
	w.layoutNow()
	return w.view
}

// Playing reports whether playback runs.
func (w *Widget) Playing() bool { return w.tl.Playing() }

// Busy reports whether the backend must keep ticking Advance: only while
// playing or while a notice shows (Notify). Idle costs nothing.
func (w *Widget) Busy() bool { return w.tl.Playing() || w.note.left > 0 }

// Advance moves playback and a notice's fade on by dt and reports whether
// a redraw is needed.
func (w *Widget) Advance(dt time.Duration) bool {
	changed := w.advanceNote(dt)
	from := w.tl.Current()
	if w.tl.Advance(dt) {
		w.stepChanged(from)
		return true
	}
	return changed
}

// Notices returns and forgets the notices since the last call.
func (w *Widget) Notices() []Notice {
	n := w.notices
	w.notices = nil
	return n
}

// Announcement is the latest text for an aria-live region: the step's
// headline and counts after a step change, a country's stance after a pin.
func (w *Widget) Announcement() string { return w.announce }

// Cursor returns the pointer shape for the current pointer position.
func (w *Widget) Cursor() Cursor {
	switch {
	case w.ptr.down && w.ptr.target == targetMap && w.ptr.dragging:
		return CursorGrab
	case w.hoverCtl != "" || w.hover != "":
		return CursorPointer
	}
	return CursorDefault
}

// layoutNow makes sure the layout and view match the current size.
func (w *Widget) layoutNow() {
	if w.lay == nil {
		w.lay = w.computeLayout()
	}
	if !w.viewOK {
		w.view = w.fitRegion(w.region)
		w.viewOK = true
		w.atPreset = true
	}
}

// computeLayout lays the widget out at its size for the current step's
// question.
func (w *Widget) computeLayout() *layout.Layout {
	q := ""
	if w.ready() {
		q = w.story.Events[w.tl.Current()].Question
	}
	return w.plan.Plan(w.w, w.h, w.dpr, q)
}

// fitRegion returns the view showing region id in the map rectangle.
func (w *Widget) fitRegion(id string) geo.View { return layout.FitRegion(id, w.lay.Map) }

// scaleLimits are the zoom limits for the current map rectangle: from the
// whole world fitted down to a tenth of it, to 40 times the world fit.
func (w *Widget) scaleLimits() (lo, hi float64) {
	r, _ := geo.RegionByID("world")
	m := w.lay.Map
	fit := geo.Fit(r.Projected(), m.X, m.Y, m.W, m.H, 4).Scale
	return fit * 0.9, fit * 40
}

// clampView keeps the map findable after a zoom or pan without pulling
// it about more than that needs. Along each axis the world may leave an
// empty margin no wider than the margin of the fitted world view, or than
// the room the world leaves when it is smaller than the map: so the world
// never leaves the map, and zooming in about a point on the world never has
// to move it (each margin only shrinks). geo.View.Clamp instead pins the
// map's edges to the world's once the world is larger than the map, which
// moved the point under the pointer when zooming near an edge.
func (w *Widget) clampView(v geo.View) geo.View {
	lo, hi := w.scaleLimits()
	r, _ := geo.RegionByID("world")
	world := r.Projected()
	m := w.lay.Map
	if !(v.Scale > 0) || math.IsInf(v.Scale, 0) || math.IsNaN(v.Center[0]) || math.IsNaN(v.Center[1]) {
		v = w.fitRegion("world")
	}
	if v.Scale < lo || v.Scale > hi {
		v.Scale = clamp(v.Scale, lo, hi)
	}
	fit := geo.Fit(world, m.X, m.Y, m.W, m.H, 4)
	b := layout.ScreenBound(world, v)
	fb := layout.ScreenBound(world, fit)
	dx := keepMargins(b.X-m.X, m.W-b.W, (m.W-fb.W)/2)
	dy := keepMargins(b.Y-m.Y, m.H-b.H, (m.H-fb.H)/2)
	return v.Pan(dx, dy)
}

// keepMargins returns how far to move the world along one axis so both
// margins stay within what clampView allows: lead is the margin before the
// world (negative when the world reaches past the map), slack the map's
// length less the world's, fitMargin the fitted view's margin.
func keepMargins(lead, slack, fitMargin float64) float64 {
	most := math.Max(math.Max(fitMargin, 0), slack)
	trail := slack - lead
	switch {
	case lead > most:
		return most - lead
	case trail > most:
		return trail - most
	}
	return 0
}

// TextAlternative describes the current step for readers who cannot see the
// map (words.Words.TextAlternative).
func (w *Widget) TextAlternative() string { return w.words.TextAlternative(w.tl.Current()) }

// FindCountry returns the codes of countries whose name matches query
// (words.Words.FindCountry), for an embedding page's search box; pass the
// pick to Select.
func (w *Widget) FindCountry(query string) []string { return w.words.FindCountry(query) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
