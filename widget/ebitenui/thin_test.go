package ebitenui

import (
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

func TestThin(t *testing.T) {
	// A ring of 0.1-px steps along a square of side 4, closed by repeating
	// its first point, and a ring a third of a pixel across.
	var square []scene.Point
	for _, side := range [][4]float64{{0, 0, 1, 0}, {4, 0, 0, 1}, {4, 4, -1, 0}, {0, 4, 0, -1}} {
		for i := 0; i < 40; i++ {
			square = append(square, scene.Point{X: side[0] + side[2]*float64(i)/10, Y: side[1] + side[3]*float64(i)/10})
		}
	}
	square = append(square, square[0])
	speck := []scene.Point{{X: 10, Y: 10}, {X: 10.3, Y: 10}, {X: 10.3, Y: 10.3}, {X: 10, Y: 10}}

	var tb thinBuf
	const tol = 0.5
	got := tb.thin(scene.Path{square, speck}, tol)
	if len(got) != 1 {
		t.Fatalf("got %d rings, want 1 (the speck goes)", len(got))
	}
	ring := got[0]
	if ring[0] != square[0] || ring[len(ring)-1] != square[len(square)-1] {
		t.Errorf("the ring's ends moved: %v … %v", ring[0], ring[len(ring)-1])
	}
	if len(ring) > len(square)/4 || len(ring) < 8 {
		t.Errorf("%d points kept of %d, want about one in five", len(ring), len(square))
	}
	for _, c := range []scene.Point{{X: 4, Y: 0}, {X: 4, Y: 4}, {X: 0, Y: 4}} {
		if !hasPoint(ring, c) {
			t.Errorf("corner %v was thinned out", c)
		}
	}
	// Every point kept is an original one, and every original one lies
	// within tol of the thinned ring.
	for _, q := range ring {
		if !hasPoint(square, q) {
			t.Errorf("point %v is not on the original ring", q)
		}
	}
	for _, q := range square {
		if d := distToRing(q, ring); d > tol {
			t.Errorf("point %v is %.2f from the thinned ring, more than %v", q, d, tol)
		}
	}
	if got := tb.thin(scene.Path{speck}, tol); len(got) != 0 {
		t.Errorf("a path of specks thinned to %d rings, want none", len(got))
	}
}

func hasPoint(ring []scene.Point, q scene.Point) bool {
	for _, p := range ring {
		if math.Abs(p.X-q.X) < 1e-9 && math.Abs(p.Y-q.Y) < 1e-9 {
			return true
		}
	}
	return false
}

func distToRing(q scene.Point, ring []scene.Point) float64 {
	best := math.Inf(1)
	for i := 0; i+1 < len(ring); i++ {
		a, b := ring[i], ring[i+1]
		dx, dy := b.X-a.X, b.Y-a.Y
		u := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			u = math.Max(0, math.Min(1, ((q.X-a.X)*dx+(q.Y-a.Y)*dy)/l))
		}
		best = math.Min(best, math.Hypot(q.X-a.X-u*dx, q.Y-a.Y-u*dy))
	}
	return best
}

// Thinning the map at a phone's width leaves out a good share of its
// vertices (the reason for it) without changing the draw calls.
func TestMapThinningSavesVertices(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 700, 560, 1)
	sc := wd.Scene()
	draw := func(tol float64) (calls, vertices int) {
		p := newPainter()
		p.tol = tol
		p.layer(ebiten.NewImage(700, 560), &sc.Layers[0], 1)
		return p.Calls, p.Vertices
	}
	c0, v0 := draw(0)
	c1, v1 := draw(mapThinning)
	t.Logf("map at 700 px: %d calls, %d vertices; thinned: %d calls, %d vertices", c0, v0, c1, v1)
	if v1 > v0*3/4 {
		t.Errorf("thinning kept %d of %d vertices, want at most three quarters", v1, v0)
	}
	if c1 > c0 {
		t.Errorf("thinning added draw calls: %d, was %d", c1, c0)
	}
}
