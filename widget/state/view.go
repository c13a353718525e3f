package state

import (
	"math"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
)

// mapView is where the map is: a region's preset fitted to the layout's
// map box, until the reader pans or zooms away from it.
type mapView struct {
	region string
	// moved says the reader panned or zoomed away from the preset; view
	// is then where, and else the preset fitted to the map.
	moved bool
	view  geo.View
	fit   fitted
}

// fitted is the region preset last fitted, kept: the view is asked for at
// every input and frame.
type fitted struct {
	region string
	box    layout.Rect
	view   geo.View
	ok     bool
}

// preset shows region's preset again.
func (m *mapView) preset(region string) {
	m.region = region
	m.moved = false
}

// at returns the view in lay's map box.
func (m *mapView) at(lay *layout.Layout) geo.View {
	if m.moved {
		return m.view
	}
	if f := &m.fit; !f.ok || f.region != m.region || f.box != lay.Map {
		*f = fitted{region: m.region, box: lay.Map, view: layout.FitRegion(m.region, lay.Map), ok: true}
	}
	return m.fit.view
}

// set moves the map to v; a move leaves the preset.
func (m *mapView) set(v geo.View, lay *layout.Layout) {
	if v != m.at(lay) {
		m.view = v
		m.moved = true
	}
}

// pan moves the map by (dx, dy) px, as far as clampView lets it.
func (m *mapView) pan(dx, dy float64, lay *layout.Layout) {
	m.set(clampView(m.at(lay).Pan(dx, dy), lay.Map), lay)
}

// zoom scales the view about (x, y), which stays fixed unless the clamp
// has to move the map back into sight.
func (m *mapView) zoom(x, y, f float64, lay *layout.Layout) {
	if !(f > 0) || math.IsInf(f, 0) {
		return
	}
	// Stop at the zoom limits here, about (x, y): clamping the scale
	// afterwards would zoom about the map's centre.
	v := m.at(lay)
	lo, hi := ScaleLimits(lay.Map)
	f = clamp(v.Scale*f, lo, hi) / v.Scale
	m.set(clampView(v.ZoomAt(x, y, f), lay.Map), lay)
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
