package geo

import (
	"math"
	"sort"
)

// MarkerSize is how big small-state markers are drawn, in logical px: R
// for one state, Merged for a marker that stands for several (it carries
// their count, so it needs room for two digits).
type MarkerSize struct {
	R, Merged float64
}

// The radius of a one-state marker on screen follows the map: the map's
// width (or twice its height, whichever is less: the world is about 2:1)
// over markerPerPx, kept between these bounds. At 360 px a 6 px radius
// covered most of Europe and the Caribbean; under 4 px (an 8 px dot) a
// marker is hard to see and to tap.
const (
	minMarkerR  = 4.0
	maxMarkerR  = 6.0
	markerPerPx = 200.0
)

// MarkerSizeFor is the marker size on a map drawn in view v.
func MarkerSizeFor(v View) MarkerSize {
	r := math.Max(minMarkerR, math.Min(maxMarkerR, math.Min(v.W, 2*v.H)/markerPerPx))
	return MarkerSize{R: r, Merged: r + 3}
}

// Marker is a circle drawn for small states (see NeedsMarker): one state,
// or several whose circles would overlap at this scale, merged into one at
// their mean anchor.
type Marker struct {
	X, Y  float64  // centre, screen px
	R     float64  // radius, screen px
	Codes []string // the states it stands for, nearest its centre first
}

// Merged reports whether the marker stands for more than one state.
func (m Marker) Merged() bool { return len(m.Codes) > 1 }

// Has reports whether the marker stands for country code.
func (m Marker) Has(code string) bool {
	for _, c := range m.Codes {
		if c == code {
			return true
		}
	}
	return false
}

// markerGap is the least space, in px, kept between two drawn markers.
const markerGap = 1.0

// Markers returns the markers of view v for the countries that need one at
// its scale and that shown accepts. Markers whose circles would come closer
// than markerGap merge, closest pair first, until none do; the merge
// depends only on the scale, not on where the map is panned, so a marker
// does not split and join as the reader drags. Markers wholly outside the
// view's box are left out.
func (w *World) Markers(v View, size MarkerSize, shown func(code string) bool) []Marker {
	type group struct {
		sx, sy float64 // sum of the members' anchors
		codes  []string
	}
	var gs []group
	for _, c := range w.markers {
		if !c.NeedsMarker(v.Scale) {
			break // sorted by size
		}
		if !shown(c.Code) {
			continue
		}
		x, y := v.ToScreen(c.Anchor)
		gs = append(gs, group{sx: x, sy: y, codes: []string{c.Code}})
	}
	radius := func(g group) float64 {
		if len(g.codes) > 1 {
			return size.Merged
		}
		return size.R
	}
	centre := func(g group) (float64, float64) {
		n := float64(len(g.codes))
		return g.sx / n, g.sy / n
	}
	// Only groups closer than reach along x can overlap; sorting by x
	// keeps the search near each group (4.8 ms to 1.4 ms for every
	// country at 360 px).
	reach := 2*math.Max(size.R, size.Merged) + markerGap
	type at struct {
		x, y float64
		i    int
	}
	xs := make([]at, 0, len(gs))
	for {
		xs = xs[:0]
		for i, g := range gs {
			x, y := centre(g)
			xs = append(xs, at{x, y, i})
		}
		sort.Slice(xs, func(a, b int) bool { return xs[a].x < xs[b].x })
		bi, bj, best := -1, -1, math.Inf(1)
		for a := range xs {
			for b := a + 1; b < len(xs) && xs[b].x-xs[a].x < reach; b++ {
				i, j := xs[a].i, xs[b].i
				// How far the two circles overlap, gap included.
				over := radius(gs[i]) + radius(gs[j]) + markerGap - math.Hypot(xs[a].x-xs[b].x, xs[a].y-xs[b].y)
				if over > 0 && -over < best {
					bi, bj, best = i, j, -over
				}
			}
		}
		if bi < 0 {
			break
		}
		if bj < bi {
			bi, bj = bj, bi
		}
		gs[bi].sx += gs[bj].sx
		gs[bi].sy += gs[bj].sy
		gs[bi].codes = append(gs[bi].codes, gs[bj].codes...)
		gs = append(gs[:bj], gs[bj+1:]...)
	}
	ms := make([]Marker, 0, len(gs))
	for _, g := range gs {
		x, y := centre(g)
		r := radius(g)
		if x+r < v.X || x-r > v.X+v.W || y+r < v.Y || y-r > v.Y+v.H {
			continue
		}
		m := Marker{X: x, Y: y, R: r, Codes: g.codes}
		if m.Merged() {
			sort.Slice(m.Codes, func(i, j int) bool {
				return w.markerDist(v, m, m.Codes[i]) < w.markerDist(v, m, m.Codes[j])
			})
		}
		ms = append(ms, m)
	}
	return ms
}

func (w *World) markerDist(v View, m Marker, code string) float64 {
	x, y := v.ToScreen(w.byCode[code].Anchor)
	return math.Hypot(x-m.X, y-m.Y)
}

// MarkerAt returns the marker under screen point x,y, within slack px of
// its circle, the nearest centre winning; ok is false where none is.
func MarkerAt(ms []Marker, x, y, slack float64) (m Marker, ok bool) {
	best := math.Inf(1)
	for _, c := range ms {
		d := math.Hypot(c.X-x, c.Y-y)
		if d <= c.R+slack && d < best {
			m, ok, best = c, true, d
		}
	}
	return m, ok
}

// Nearest is the member of m whose anchor is nearest screen point x,y.
func (w *World) Nearest(v View, m Marker, x, y float64) string {
	best, code := math.Inf(1), ""
	for _, c := range m.Codes {
		ax, ay := v.ToScreen(w.byCode[c].Anchor)
		if d := math.Hypot(ax-x, ay-y); d < best {
			best, code = d, c
		}
	}
	return code
}
