package ebitenui

import (
	"math"

	"github.com/stancemap/stancemap/widget/scene"
)

// circleRing returns a circle as a ring in logical px, with enough points
// that its edge stays within a small fraction of a device pixel (devR is
// the radius in device px).
func circleRing(c scene.Point, r, devR float64) []scene.Point {
	n := int(math.Ceil(math.Pi / math.Acos(max(0, 1-0.1/max(devR, 0.1)))))
	n = min(max(n, 12), 256)
	n = (n + 3) / 4 * 4 // whole quarters, for rounded corners
	ring := make([]scene.Point, n)
	for i := range ring {
		a := 2 * math.Pi * float64(i) / float64(n)
		ring[i] = scene.Point{X: c.X + r*math.Cos(a), Y: c.Y + r*math.Sin(a)}
	}
	return ring
}

// roundedRect returns a rectangle with corners of radius r (clamped to half
// the shorter side) as a clockwise ring in logical px.
func roundedRect(x, y, w, h, r, scale float64) []scene.Point {
	r = min(max(r, 0), w/2, h/2)
	if r*scale < 0.5 {
		return []scene.Point{{X: x, Y: y}, {X: x + w, Y: y}, {X: x + w, Y: y + h}, {X: x, Y: y + h}}
	}
	arc := circleRing(scene.Point{}, r, r*scale)
	q := len(arc) / 4
	ring := make([]scene.Point, 0, len(arc)+8)
	corners := []struct {
		cx, cy float64
		from   int // first point of the quarter circle, in arc
	}{
		{x + w - r, y + r, 3 * q}, // top right: angles 270°..360°
		{x + w - r, y + h - r, 0}, // bottom right: 0°..90°
		{x + r, y + h - r, q},     // bottom left
		{x + r, y + r, 2 * q},     // top left
	}
	for _, c := range corners {
		for i := 0; i <= q; i++ {
			p := arc[(c.from+i)%len(arc)]
			ring = append(ring, scene.Point{X: c.cx + p.X, Y: c.cy + p.Y})
		}
	}
	return ring
}
