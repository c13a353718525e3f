package compose

import "github.com/stancemap/stancemap/geo"

// frameKey is what every layer depends on: the size, the look and the step.
type frameKey struct {
	W, H, DPR float64
	Theme     string
	Gray      bool
	Step      int
}

// mapKey is what the map layer depends on.
type mapKey struct {
	frameKey
	View geo.View
}

// shapesKey is what the map's country shapes and borders depend on: the
// size and the view, not the step or the look.
type shapesKey struct {
	W, H, DPR float64
	View      geo.View
}

// chromeKey is what the chrome depends on besides the frame.
type chromeKey struct {
	frameKey
	Focus                           string
	Playing                         bool
	HoverControl, Highlight, Region string
	AtPreset                        bool
	More                            bool
}

// overlayKey is what the overlay depends on: the map's view, what is
// hovered, pinned and highlighted, the buttons on the map, the tooltip's
// target and the notice.
type overlayKey struct {
	frameKey
	View                          geo.View
	Hover, Pinned, Highlight, Tip string
	HoverOnMarker, PinnedOnMarker bool
	TipX, TipY                    float64
	Region                        string
	AtPreset                      bool
	HoverOnMap, FocusOnMap, Note  string
	NoteAlpha                     float64
	More                          bool
}

// controlsKey is what the buttons on the map depend on.
type controlsKey struct {
	W, H, DPR                   float64
	Theme, HoverControl, Region string
	AtPreset                    bool
	Focus                       string // the focused control, when it is on the map
}

// Keys are the three layers' keys for one frame: a value that is equal
// for two frames exactly when they draw the same, so a backend may skip a
// frame whose keys did not change.
type Keys struct {
	m mapKey
	c chromeKey
	o overlayKey
}
