package rasterout

import (
	"math"

	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// Strokes become many small polygons (a quad per segment, joins, caps) that
// are filled together. x/image/vector clamps |winding| to one, so the pieces
// union correctly only if they all turn the same way: emit normalises each.

// roundJoinMin is the stroke width, in device px, from which joins and caps
// are round; thinner strokes get bevel joins, which look the same there.
const roundJoinMin = 2.5

// strokePath appends the stroke outline of a polyline (device px) with half
// width hw, dashed when dash is set.
func strokePath(dst [][]scene.Point, pts []scene.Point, closed bool, hw float64, dash []float64) [][]scene.Point {
	pts = dedupe(pts)
	if len(pts) < 2 {
		return dst
	}
	if closed && pts[0] != pts[len(pts)-1] {
		pts = append(pts[:len(pts):len(pts)], pts[0])
	}
	if geom.ValidDash(dash) {
		for _, piece := range geom.Dash(pts, dash) {
			dst = strokeOpen(dst, piece, false, hw)
		}
		return dst
	}
	return strokeOpen(dst, pts, closed, hw)
}

// strokeOpen strokes a polyline; closed adds a join at the start point.
func strokeOpen(dst [][]scene.Point, pts []scene.Point, closed bool, hw float64) [][]scene.Point {
	round := 2*hw >= roundJoinMin
	var prevN scene.Point
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		n := normal(a, b, hw)
		dst = emit(dst, []scene.Point{add(a, n), add(b, n), sub(b, n), sub(a, n)})
		if i > 1 {
			dst = join(dst, a, prevN, n, hw, round)
		}
		prevN = n
	}
	if closed {
		dst = join(dst, pts[0], prevN, normal(pts[0], pts[1], hw), hw, round)
	} else if round {
		dst = emit(dst, geom.Circle(nil, pts[0], hw, hw))
		dst = emit(dst, geom.Circle(nil, pts[len(pts)-1], hw, hw))
	}
	return dst
}

// join fills the gap at vertex p between segments with normals n1 and n2.
func join(dst [][]scene.Point, p, n1, n2 scene.Point, hw float64, round bool) [][]scene.Point {
	if round {
		return emit(dst, geom.Circle(nil, p, hw, hw))
	}
	dst = emit(dst, []scene.Point{p, add(p, n1), add(p, n2)})
	return emit(dst, []scene.Point{p, sub(p, n1), sub(p, n2)})
}

// emit appends ring, reversed if needed so every ring has positive area.
func emit(dst [][]scene.Point, ring []scene.Point) [][]scene.Point {
	var a float64
	for i := range ring {
		p, q := ring[i], ring[(i+1)%len(ring)]
		a += p.X*q.Y - q.X*p.Y
	}
	if a == 0 {
		return dst
	}
	if a < 0 {
		for i, j := 0, len(ring)-1; i < j; i, j = i+1, j-1 {
			ring[i], ring[j] = ring[j], ring[i]
		}
	}
	return append(dst, ring)
}

func dedupe(pts []scene.Point) []scene.Point {
	out := make([]scene.Point, 0, len(pts))
	for _, p := range pts {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) {
			continue
		}
		if len(out) == 0 || math.Abs(p.X-out[len(out)-1].X)+math.Abs(p.Y-out[len(out)-1].Y) > 1e-6 {
			out = append(out, p)
		}
	}
	return out
}

func normal(a, b scene.Point, hw float64) scene.Point {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	return scene.Point{X: -dy / l * hw, Y: dx / l * hw}
}

func add(a, b scene.Point) scene.Point { return scene.Point{X: a.X + b.X, Y: a.Y + b.Y} }
func sub(a, b scene.Point) scene.Point { return scene.Point{X: a.X - b.X, Y: a.Y - b.Y} }
