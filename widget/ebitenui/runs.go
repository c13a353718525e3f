package ebitenui

import (
	"math"

	"github.com/stancemap/stancemap/widget/scene"
)

// run is a polyline to stroke; closed runs join their ends.
type run struct {
	pts    []scene.Point
	closed bool
}

// runs splits a ring into the polylines to stroke: the "on" parts of a dash
// pattern, and pieces of at most maxPts points (sharing their end points).
func runs(ring []scene.Point, closed bool, dash []float64, maxPts int) []run {
	var out []run
	if !validDash(dash) {
		if len(ring) <= maxPts {
			return []run{{pts: ring, closed: closed}}
		}
		pts := ring
		if closed {
			pts = append(append([]scene.Point(nil), ring...), ring[0])
		}
		for i := 0; i < len(pts)-1; i += maxPts - 1 {
			out = append(out, run{pts: pts[i:min(i+maxPts, len(pts))]})
		}
		return out
	}
	pts := ring
	if closed {
		pts = append(append([]scene.Point(nil), ring...), ring[0])
	}
	di, left, on := 0, dash[0], true // dash index, length left in it, drawing or not
	var cur []scene.Point
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		seg := math.Hypot(b.X-a.X, b.Y-a.Y)
		pos := 0.0
		if on && cur == nil {
			cur = []scene.Point{a}
		}
		for seg-pos > left {
			pos += left
			t := pos / seg
			q := scene.Point{X: a.X + (b.X-a.X)*t, Y: a.Y + (b.Y-a.Y)*t}
			if on {
				out = append(out, run{pts: append(cur, q)})
				cur = nil
			} else {
				cur = []scene.Point{q}
			}
			on = !on
			di = (di + 1) % len(dash)
			left = dash[di]
		}
		left -= seg - pos
		if on {
			cur = append(cur, b)
			if len(cur) >= maxPts {
				out = append(out, run{pts: cur})
				cur = []scene.Point{b}
			}
		}
	}
	if on && len(cur) > 1 {
		out = append(out, run{pts: cur})
	}
	return out
}

// validDash reports whether dash alternates positive lengths; anything
// else draws solid, as SVG does.
func validDash(dash []float64) bool {
	if len(dash) == 0 {
		return false
	}
	sum := 0.0
	for _, d := range dash {
		if !(d >= 0) || math.IsInf(d, 0) {
			return false
		}
		sum += d
	}
	return sum > 0
}
