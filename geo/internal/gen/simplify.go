package main

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/stancemap/stancemap/geo"
)

// unwrapArc makes an arc's longitudes continuous: a step of more than 180°
// is taken as a crossing of the antimeridian, so later points shift by 360°.
// Rings joined from such arcs are cut at ±180° by split.
func unwrapArc(a orb.LineString) orb.LineString {
	out := a.Clone()
	shift := 0.0
	for i := 1; i < len(a); i++ {
		d := a[i][0] - a[i-1][0]
		if d > 180 {
			shift -= 360
		} else if d < -180 {
			shift += 360
		}
		out[i][0] = a[i][0] + shift
	}
	return out
}

// simplifyArc keeps the points of a (lon/lat) that Douglas-Peucker keeps at
// tolerance tol measured in Equal Earth units, so the error is the same on
// screen at every latitude. Endpoints always stay: neighbours that share
// the arc still meet. tol <= 0 keeps everything.
func simplifyArc(a orb.LineString, tol float64) orb.LineString {
	if tol <= 0 || len(a) <= 2 {
		return a.Clone()
	}
	p := make([]orb.Point, len(a))
	for i, q := range a {
		p[i] = geo.EqualEarth(q)
	}
	keep := make([]bool, len(a))
	keep[0], keep[len(a)-1] = true, true
	type span struct{ i, j int }
	stack := []span{{0, len(a) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		far, at := -1.0, -1
		for k := s.i + 1; k < s.j; k++ {
			if d := segmentDistance(p[k], p[s.i], p[s.j]); d > far {
				far, at = d, k
			}
		}
		if at >= 0 && far > tol {
			keep[at] = true
			stack = append(stack, span{s.i, at}, span{at, s.j})
		}
	}
	var out orb.LineString
	for i, k := range keep {
		if k {
			out = append(out, a[i])
		}
	}
	return out
}

// segmentDistance is the distance from p to the segment ab (to a when the
// segment is a point, as for a closed island arc).
func segmentDistance(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l2))
	}
	ex, ey := a[0]+t*dx-p[0], a[1]+t*dy-p[1]
	return math.Hypot(ex, ey)
}

// ringKept reports whether a simplified ring still stands for the source
// ring: it keeps at least three distinct corners and most of its area,
// with the same orientation.
func ringKept(src, simp orb.Ring) bool {
	distinct := map[orb.Point]bool{}
	for _, p := range simp {
		distinct[p] = true
	}
	if len(distinct) < 3 {
		return false
	}
	a0 := planar.Area(projectRing(src))
	a1 := planar.Area(projectRing(simp))
	if a0 == 0 {
		return true
	}
	return a1/a0 > 0.6 && a1/a0 < 1.6
}

func projectRing(r orb.Ring) orb.Ring {
	out := make(orb.Ring, len(r))
	for i, p := range r {
		out[i] = geo.EqualEarth(p)
	}
	return out
}

// simplifyTopology simplifies every arc once with tolerance tol, then walks
// the rings: a ring that lost its shape (a small island collapsing, a
// microstate's border flattened) gets its arcs re-simplified at a quarter
// of the tolerance, and after three tries kept whole. Arcs of protected
// features are never simplified. Because arcs, not polygons, are
// simplified, neighbours keep sharing the exact same border.
func simplifyTopology(t *topology, tol float64, protected map[string]bool) []orb.LineString {
	arcTol := make([]float64, len(t.arcs))
	for i := range arcTol {
		arcTol[i] = tol
	}
	for _, f := range t.features {
		if protected[f.code] {
			for _, poly := range f.polygons {
				for _, r := range poly {
					for _, k := range r {
						arcTol[arcIndex(k)] = 0
					}
				}
			}
		}
	}
	src := make([]orb.LineString, len(t.arcs))
	for i, a := range t.arcs {
		src[i] = unwrapArc(a)
	}
	out := make([]orb.LineString, len(src))
	for round := 0; round < 4; round++ {
		for i, a := range src {
			out[i] = simplifyArc(a, arcTol[i])
		}
		changed := false
		for _, f := range t.features {
			for _, poly := range f.polygons {
				for _, r := range poly {
					if ringKept(ring(src, r), ring(out, r)) {
						continue
					}
					for _, k := range r {
						i := arcIndex(k)
						if arcTol[i] > 0 {
							arcTol[i] /= 4
							if round == 2 {
								arcTol[i] = 0
							}
							changed = true
						}
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	return out
}

func arcIndex(k int) int {
	if k < 0 {
		return ^k
	}
	return k
}
