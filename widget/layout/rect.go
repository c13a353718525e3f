package layout

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

// Rect is an axis-aligned rectangle in logical px.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether (x, y) lies in r (its right and bottom edges
// excluded).
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Overlaps reports whether r and o share some area.
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

// Inside reports whether r lies within o, to a hundredth of a px.
func (r Rect) Inside(o Rect) bool {
	const eps = 0.01
	return r.X >= o.X-eps && r.Y >= o.Y-eps && r.X+r.W <= o.X+o.W+eps && r.Y+r.H <= o.Y+o.H+eps
}

// ScreenBound is a projected bound on screen in view v.
func ScreenBound(b orb.Bound, v geo.View) Rect {
	x0, y0 := v.ToScreen(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := v.ToScreen(orb.Point{b.Max[0], b.Min[1]})
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// FitRegion is the view that shows region id (an unknown id is the world)
// in the map box m, with a margin of 4 px.
func FitRegion(id string, m Rect) geo.View {
	r, ok := geo.RegionByID(id)
	if !ok {
		r, _ = geo.RegionByID("world")
	}
	return geo.Fit(r.Projected(), m.X, m.Y, m.W, m.H, 4)
}

// naturalMapHeight is the height the world preset takes at a width.
func naturalMapHeight(width float64) float64 {
	r, _ := geo.RegionByID("world")
	b := r.Projected()
	return math.Max(0, width-8)*(b.Max[1]-b.Min[1])/(b.Max[0]-b.Min[0]) + 8
}

func round(v float64) float64 { return math.Round(v) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
