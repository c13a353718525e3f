package geom

import (
	"math"

	"github.com/stancemap/stancemap/widget/scene"
)

// Tolerance is the largest gap, in device px, between an arc and the
// polygon that stands in for it.
const Tolerance = 0.2

// arcSteps returns how many chords follow an arc of angle a and radius rDev
// (device px) within Tolerance.
func arcSteps(a, rDev float64) int {
	if rDev <= Tolerance {
		return max(2, int(math.Ceil(a/(math.Pi/2))))
	}
	step := 2 * math.Acos(1-Tolerance/rDev)
	return max(2, int(math.Ceil(a/step)))
}

// Circle appends a polygon for the circle at c with radius r (in c's units);
// rDev is the radius in device px, which sets the number of sides.
func Circle(dst []scene.Point, c scene.Point, r, rDev float64) []scene.Point {
	n := max(arcSteps(2*math.Pi, rDev), 8)
	for i := 0; i < n; i++ {
		a := 2 * math.Pi * float64(i) / float64(n)
		dst = append(dst, scene.Point{X: c.X + r*math.Cos(a), Y: c.Y + r*math.Sin(a)})
	}
	return dst
}

// RoundedRect returns a clockwise ring for the rectangle with corner radius
// rad (clamped to half the shorter side), in logical px; scale (device px
// per logical px) sets the smoothness of the corners.
func RoundedRect(x, y, w, h, rad, scale float64) []scene.Point {
	rad = math.Max(0, math.Min(rad, math.Min(w, h)/2))
	if rad == 0 {
		return []scene.Point{{X: x, Y: y}, {X: x + w, Y: y}, {X: x + w, Y: y + h}, {X: x, Y: y + h}}
	}
	n := arcSteps(math.Pi/2, rad*scale)
	var ring []scene.Point
	corners := []struct{ cx, cy, a0 float64 }{
		{x + w - rad, y + rad, -math.Pi / 2},
		{x + w - rad, y + h - rad, 0},
		{x + rad, y + h - rad, math.Pi / 2},
		{x + rad, y + rad, math.Pi},
	}
	for _, c := range corners {
		for i := 0; i <= n; i++ {
			a := c.a0 + math.Pi/2*float64(i)/float64(n)
			ring = append(ring, scene.Point{X: c.cx + rad*math.Cos(a), Y: c.cy + rad*math.Sin(a)})
		}
	}
	return ring
}
