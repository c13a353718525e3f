package geom

import (
	"math"

	"github.com/stancemap/stancemap/widget/scene"
)

// ValidDash reports whether dash (alternating on and off lengths) can be
// walked: some lengths, none negative or infinite, and a total over a
// thousandth of a unit so the walk advances. Anything else draws solid, as
// SVG does.
func ValidDash(dash []float64) bool {
	if len(dash) == 0 {
		return false
	}
	total := 0.0
	for _, d := range dash {
		if !(d >= 0) || math.IsInf(d, 0) {
			return false
		}
		total += d
	}
	return total > 1e-3
}

// Dash cuts the polyline pts into the "on" pieces of dash, which must be
// valid (see ValidDash). An odd pattern repeats with on and off swapped, as
// in SVG. Each piece is a new slice.
func Dash(pts []scene.Point, dash []float64) [][]scene.Point {
	if len(pts) == 0 {
		return nil
	}
	var out [][]scene.Point
	k, left, on := 0, dash[0], true // dash index, length left in it, drawing or not
	cur := []scene.Point{pts[0]}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		seg := math.Hypot(b.X-a.X, b.Y-a.Y)
		t := 0.0
		for seg-t > left {
			t += left
			u := t / seg
			p := scene.Point{X: a.X + (b.X-a.X)*u, Y: a.Y + (b.Y-a.Y)*u}
			if on {
				out = append(out, append(cur, p))
			}
			cur = []scene.Point{p}
			on = !on
			k = (k + 1) % len(dash)
			left = dash[k]
		}
		left -= seg - t
		if on {
			cur = append(cur, b)
		}
	}
	if on && len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// Run is a polyline to stroke; a closed run joins its ends.
type Run struct {
	Pts    []scene.Point
	Closed bool
}

// Runs splits a ring into the polylines to stroke: the "on" parts of a
// dash pattern (solid when it is not valid), in pieces of at most maxPts
// points (at least 2) that share their end points. A solid ring that fits
// comes back whole, closed as given; anything cut is open, with a closed
// ring's closing segment included.
func Runs(ring []scene.Point, closed bool, dash []float64, maxPts int) []Run {
	dashed := ValidDash(dash)
	if !dashed && len(ring) <= maxPts {
		return []Run{{Pts: ring, Closed: closed}}
	}
	pts := ring
	if closed {
		pts = append(append([]scene.Point(nil), ring...), ring[0])
	}
	if !dashed {
		return split(nil, pts, maxPts)
	}
	var out []Run
	for _, piece := range Dash(pts, dash) {
		out = split(out, piece, maxPts)
	}
	return out
}

// split appends pts as open runs of at most maxPts points sharing ends.
func split(dst []Run, pts []scene.Point, maxPts int) []Run {
	for i := 0; i < len(pts)-1; i += maxPts - 1 {
		dst = append(dst, Run{Pts: pts[i:min(i+maxPts, len(pts))]})
	}
	return dst
}
