package compose

import (
	"math"

	"github.com/stancemap/stancemap/geo"
)

// MapPose says which map a Scene's map layer shows and where. Two map
// layers with the same base are the same drawing seen through another
// view: moved by a pan (Offset), or scaled and moved by a zoom (Transform).
// While the view moves, a backend may show the older one moved so, and
// draw the new one when it stops. The stand-in is close, not exact: a pan
// brings countries in at the edges, and a zoom scales line widths and
// leaves the small-state markers where they were.
type MapPose struct {
	base mapBase
	View geo.View // the view the layer is drawn for
}

// mapBase is everything the map layer depends on but the view's centre
// and scale: the map's key with the view's box alone.
type mapBase struct {
	frameKey
	X, Y, W, H float64
}

// Offset is how far, in logical px, the map of pose p must move to show the
// map of pose to; ok is false when the two differ by more than a pan.
func (p MapPose) Offset(to MapPose) (dx, dy float64, ok bool) {
	a, b := p.View, to.View
	if p.base == (mapBase{}) || p.base != to.base || a.Scale != b.Scale || a.X != b.X || a.Y != b.Y || a.W != b.W || a.H != b.H {
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

// Transform is how the map of pose p must be scaled by s about the screen's
// origin and then moved by (dx, dy) logical px to show the map of pose to:
// a point at (x, y) in one is at (s·x + dx, s·y + dy) in the other. ok is
// false when the two differ by more than the view.
func (p MapPose) Transform(to MapPose) (s, dx, dy float64, ok bool) {
	a, b := p.View, to.View
	if p.base == (mapBase{}) || p.base != to.base || a.X != b.X || a.Y != b.Y || a.W != b.W || a.H != b.H || !(a.Scale > 0) || !(b.Scale > 0) {
		return 0, 0, 0, false
	}
	// With cx, cy the rectangle's centre: x = cx + (px - Cx)·S, so
	// x' = cx + (px - C'x)·S' = s·x + cx·(1-s) + (Cx - C'x)·S'.
	s = b.Scale / a.Scale
	cx, cy := a.X+a.W/2, a.Y+a.H/2
	dx = cx*(1-s) + (a.Center[0]-b.Center[0])*b.Scale
	dy = cy*(1-s) + (b.Center[1]-a.Center[1])*b.Scale
	for _, v := range []float64{s, dx, dy} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, 0, 0, false
		}
	}
	return s, dx, dy, true
}
