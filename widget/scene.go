package widget

import (
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// MapPose says which map a Scene's map layer shows and where
// (compose.MapPose).
type MapPose = compose.MapPose

// PrintOptions choose what a print or screenshot export shows
// (compose.PrintOptions).
type PrintOptions = compose.PrintOptions

// PrintScene lays out one step as a newspaper graphic (compose.Print).
func PrintScene(story *data.Story, world *geo.World, opt PrintOptions) *scene.Scene {
	return compose.Print(story, world, opt)
}

// Scene returns what to draw now. Layers whose key did not change since the
// last call are reused as they were, so an idle or hover frame is cheap.
func (w *Widget) Scene() *scene.Scene {
	w.layoutNow()
	return w.layers.Scene(w.look(), w.frame(), w.lay)
}

// MapPose returns the pose of the map layer Scene returns now.
func (w *Widget) MapPose() MapPose {
	if w.lay == nil || !w.ready() {
		w.layoutNow()
	}
	return w.layers.MapPose(w.look(), w.frame(), w.lay)
}

// keys are the layers' keys for the current state: equal for two states
// exactly when they draw the same.
func (w *Widget) keys() compose.Keys {
	if w.lay == nil || !w.ready() {
		return compose.Keys{}
	}
	return w.layers.Keys(w.look(), w.frame(), w.lay)
}

// SetTheme switches between "light" and "dark" (a backend resolving "auto"
// calls it when the reader's preference changes).
func (w *Widget) SetTheme(name string) {
	w.th = theme.ByName(name)
}

// look is how the widget is drawn.
func (w *Widget) look() compose.Look { return compose.Look{Theme: w.th, Gray: w.gray} }

// frame is what the widget shows now, for compose.
func (w *Widget) frame() compose.Frame {
	f := compose.Frame{
		Step: w.tl.Current(), Playing: w.tl.Playing(),
		View: w.view, Region: w.region, AtPreset: w.atPreset,
		Hover: w.hover, Pinned: w.pinned, HoverControl: w.hoverCtl, Highlight: w.legendHighlight(),
		PointerX: w.ptr.x, PointerY: w.ptr.y, Touch: w.ptr.touch,
		Note: w.note.msg, NoteAlpha: float64(w.noteLevel()) / fadeSteps,
	}
	if c, ok := w.focused(); ok {
		f.Focus = c.ID
	}
	return f
}

// focused returns the control with keyboard focus.
func (w *Widget) focused() (layout.Control, bool) {
	if w.lay == nil || w.focus < 0 || w.focus >= len(w.lay.Controls) || !w.controlActive(w.lay.Controls[w.focus].ID) {
		return layout.Control{}, false
	}
	return w.lay.Controls[w.focus], true
}
