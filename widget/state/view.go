package state

import (
	"math"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
)

// fitted is the region preset last fitted, kept: the view is asked for at
// every input and frame.
type fitted struct {
	region string
	box    layout.Rect
	view   geo.View
	ok     bool
}

// View returns the map's view in lay's map box: where the reader panned
// and zoomed to, else the region preset fitted to the box.
func (s *State) View(lay *layout.Layout) geo.View {
	if s.moved {
		return s.view
	}
	if f := &s.fit; !f.ok || f.region != s.region || f.box != lay.Map {
		*f = fitted{region: s.region, box: lay.Map, view: layout.FitRegion(s.region, lay.Map), ok: true}
	}
	return s.fit.view
}

// setView moves the map; the region button no longer shows as chosen.
func (s *State) setView(v geo.View, lay *layout.Layout) {
	if v != s.View(lay) {
		s.view = v
		s.moved = true
	}
}

// zoom scales the view about (x, y), which stays fixed unless the clamp
// has to move the map back into sight.
func (s *State) zoom(x, y, f float64, lay *layout.Layout) {
	if !(f > 0) || math.IsInf(f, 0) {
		return
	}
	// Stop at the zoom limits here, about (x, y): clamping the scale
	// afterwards would zoom about the map's centre.
	v := s.View(lay)
	lo, hi := ScaleLimits(lay.Map)
	f = clamp(v.Scale*f, lo, hi) / v.Scale
	s.setView(clampView(v.ZoomAt(x, y, f), lay.Map), lay)
}

// zoomIfOnMap zooms about (x, y) when it lies on the map.
func (s *State) zoomIfOnMap(x, y, f float64, lay *layout.Layout) {
	if lay.Map.Contains(x, y) {
		s.zoom(x, y, f, lay)
	}
}

// ScaleLimits are the zoom limits for a map box: from the whole world
// fitted down to a tenth of it, to 40 times the world fit.
func ScaleLimits(m layout.Rect) (lo, hi float64) {
	fit := layout.FitRegion("world", m).Scale
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
func clampView(v geo.View, m layout.Rect) geo.View {
	lo, hi := ScaleLimits(m)
	r, _ := geo.RegionByID("world")
	world := r.Projected()
	if !(v.Scale > 0) || math.IsInf(v.Scale, 0) || math.IsNaN(v.Center[0]) || math.IsNaN(v.Center[1]) {
		v = layout.FitRegion("world", m)
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

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
