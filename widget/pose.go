package widget

import (
	"math"

	"github.com/stancemap/stancemap/geo"
)

// MapPose says which map the latest Scene's map layer shows and where. Two
// map layers with the same Base are the same drawing moved by a pan (within
// the map rectangle, up to the countries that a pan brings in at the
// edges): a backend may show the older one shifted by Offset while the
// view moves, and draw the new one when it stops.
type MapPose struct {
	Base uint64   // everything the map layer depends on but the view's centre
	View geo.View // the view the layer is drawn for
}

// MapPose returns the pose of the map layer Scene returns now.
func (w *Widget) MapPose() MapPose {
	if w.lay == nil || !w.ready() {
		w.layoutNow()
	}
	if !w.ready() {
		return MapPose{}
	}
	v := w.view
	h := newHasher("map-pose").f(w.w, w.h, w.dpr).s(w.lang, w.th.Name).b(w.gray).i(w.tl.Current())
	h.f(v.X, v.Y, v.W, v.H, v.Scale)
	return MapPose{Base: h.h, View: v}
}

// Offset is how far, in logical px, the map of pose p must move to show the
// map of pose to; ok is false when the two differ by more than a pan.
func (p MapPose) Offset(to MapPose) (dx, dy float64, ok bool) {
	a, b := p.View, to.View
	if p.Base == 0 || p.Base != to.Base || a.Scale != b.Scale || a.X != b.X || a.Y != b.Y || a.W != b.W || a.H != b.H {
		return 0, 0, false
	}
	// ToScreen: x = X + W/2 + (px - Cx)·S; y = Y + H/2 - (py - Cy)·S.
	dx = (a.Center[0] - b.Center[0]) * a.Scale
	dy = (b.Center[1] - a.Center[1]) * a.Scale
	if math.IsNaN(dx) || math.IsNaN(dy) || math.IsInf(dx, 0) || math.IsInf(dy, 0) {
		return 0, 0, false
	}
	return dx, dy, true
}
