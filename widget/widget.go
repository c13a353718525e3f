// Package widget is the stancemap widget for a backend to run: it holds
// the reader's state (package state), lays the widget out for the state's
// size and question (package layout), and composes the scene a backend
// draws (package compose), with the words the embedding page reads
// (package words). Input goes one way: a backend's intents change the
// state; the state, a layout and a look make the scene. It imports no
// Ebiten, so all of it is tested headless.
package widget

import (
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/state"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/words"
)

// Options choose the widget's starting state and its look.
type Options struct {
	Lang      string // a UI language of widget/i18n (region ignored: "pt-BR" is "pt"); anything else is English
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

// Widget is the interactive map. It is not safe for concurrent use: one
// goroutine (the backend's update loop) drives it.
type Widget struct {
	story *data.Story
	world *geo.World
	th    theme.Theme
	gray  bool

	st     *state.State
	words  *words.Words
	plan   *layout.Planner
	layers *compose.Layers

	lay  *layout.Layout // for the state's size and question; nil after a resize
	said said           // the last announcement worded
}

// New returns a widget showing story on world. A nil story or world gives a
// widget that draws only its background, so a backend never has to check.
func New(story *data.Story, world *geo.World, opt Options) *Widget {
	w := &Widget{story: story, world: world, th: theme.ByName(opt.Theme), gray: opt.Grayscale}
	w.words = words.New(story, world, opt.Lang)
	lg := legend.New(story, world, w.words)
	w.plan = layout.NewPlanner(story, world, w.words, lg)
	w.layers = compose.NewLayers(story, world, w.words, lg)
	w.st = state.New(story, world, state.Options{
		Event: opt.Event, Region: opt.Region, PageTouch: opt.PageTouch,
		TouchHint: i18n.T(w.words.Lang(), "twoFingers"),
	})
	return w
}

// said is an announcement and its words, kept: a backend asks at every
// frame.
type said struct {
	of   state.Announcement
	text string
	ok   bool
}

// layout is the layout at the state's size for its question, laid out
// again when either changed.
func (w *Widget) layout() *layout.Layout {
	width, height, dpr := w.st.Size()
	q := w.st.Question()
	if l := w.lay; l == nil || l.W != width || l.H != height || l.DPR != dpr || l.Question != q {
		w.lay = w.plan.Plan(width, height, dpr, q)
	}
	return w.lay
}

// look is how the widget is drawn.
func (w *Widget) look() compose.Look { return compose.Look{Theme: w.th, Gray: w.gray} }

// frame is what the widget shows now, in lay: the state, as compose reads
// it.
func (w *Widget) frame(lay *layout.Layout) compose.Frame {
	st := w.st
	x, y, touch := st.Pointer()
	return compose.Frame{
		Step: st.Step(), Playing: st.Playing(),
		View: st.View(lay), Region: st.Region(), AtPreset: st.AtPreset(),
		Hover: st.Hovered(), Pinned: st.Pinned(), HoverControl: st.HoverControl(),
		Highlight: st.Highlight(), Focus: st.Focus(),
		PointerX: x, PointerY: y, Touch: touch,
		HoverOnMarker: st.HoverOnMarker(), PinnedOnMarker: st.PinnedOnMarker(),
		Note: st.Notice(), NoteAlpha: st.NoteAlpha(), More: st.More(),
	}
}

// Scene returns what to draw now. Layers whose key did not change since the
// last call are reused as they were, so an idle or hover frame is cheap.
func (w *Widget) Scene() *scene.Scene {
	lay := w.layout()
	return w.layers.Scene(w.look(), w.frame(lay), lay)
}

// MapPose says which map a Scene's map layer shows and where
// (compose.MapPose).
type MapPose = compose.MapPose

// MapPose returns the pose of the map layer Scene returns now.
func (w *Widget) MapPose() MapPose {
	lay := w.layout()
	return w.layers.MapPose(w.look(), w.frame(lay), lay)
}

// keys are the layers' keys now: equal for two moments exactly when they
// draw the same.
func (w *Widget) keys() compose.Keys {
	lay := w.layout()
	return w.layers.Keys(w.look(), w.frame(lay), lay)
}

// Handle applies one input and reports whether anything visible changed, so
// a backend can skip drawing the frame when nothing did.
func (w *Widget) Handle(in Input) bool {
	if in.Kind == Resize {
		// A first size, before anything was laid out, reports no change,
		// as it always has: the backend draws its first frame anyway.
		laid := w.lay != nil
		if !w.st.Resize(in.X, in.Y, in.Factor) {
			return false
		}
		w.lay = nil
		return laid && w.ready()
	}
	if !w.ready() {
		return false
	}
	before := w.keys()
	w.st.Handle(in, w.layout())
	return w.keys() != before
}

func (w *Widget) ready() bool { return w.st.Ready() }

// Resize sets the widget's logical size and the device pixel ratio. The view
// is refitted to the region only when the map area changes.
func (w *Widget) Resize(width, height, dpr float64) {
	if w.st.Resize(width, height, dpr) {
		w.lay = nil
	}
}

// Size returns the logical size set by Resize.
func (w *Widget) Size() (width, height float64) {
	width, height, _ = w.st.Size()
	return width, height
}

// View returns the current map view (in the layout for the current size).
func (w *Widget) View() geo.View { return w.st.View(w.layout()) }

// SetTheme switches between "light" and "dark" (a backend resolving "auto"
// calls it when the reader's preference changes).
func (w *Widget) SetTheme(name string) { w.th = theme.ByName(name) }
