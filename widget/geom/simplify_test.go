package geom

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/scene"
)

func TestSimplify(t *testing.T) {
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

	var tb Simplifier
	const tol = 0.5
	got := tb.Simplify(scene.Path{square, speck}, true, tol)
	if len(got) != 1 {
		t.Fatalf("got %d rings, want 1 (the speck goes)", len(got))
	}
	if want := []scene.Point{{X: 0, Y: 0}, {X: 4, Y: 0}, {X: 4, Y: 4}, {X: 0, Y: 4}}; len(got[0]) != 4 || !hasPoint(got[0], want[0]) || !hasPoint(got[0], want[1]) || !hasPoint(got[0], want[2]) || !hasPoint(got[0], want[3]) {
		t.Errorf("the square simplified to %v, want its four corners", got[0])
	}
	if got := tb.Simplify(scene.Path{speck}, true, tol); len(got) != 0 {
		t.Errorf("a path of specks simplified to %d rings, want none", len(got))
	}
	// An open line keeps both ends, even where they meet.
	line := []scene.Point{{X: 0, Y: 0}, {X: 1, Y: 0.1}, {X: 2, Y: 0}, {X: 2, Y: 2}, {X: 0, Y: 0}}
	got = tb.Simplify(scene.Path{line}, false, tol)
	if len(got) != 1 || len(got[0]) != 4 || got[0][0] != line[0] || got[0][3] != line[4] {
		t.Errorf("the open line simplified to %v, want its ends and two corners", got)
	}
}

// TestSimplifyStaysWithinTolerance draws random wiggly rings and lines:
// every point kept is an original one, in order, and every point left out
// lies within the tolerance of the simplified ring.
func TestSimplifyStaysWithinTolerance(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var tb Simplifier
	for trial := 0; trial < 200; trial++ {
		closed := trial%2 == 0
		n := 3 + rng.IntN(400)
		var ring []scene.Point
		for i := 0; i < n; i++ {
			a := float64(i) / float64(n) * 2 * math.Pi
			r := 20 + 3*math.Sin(a*float64(1+rng.IntN(9))) + rng.Float64()*0.8
			ring = append(ring, scene.Point{X: r * math.Cos(a), Y: r * math.Sin(a)})
		}
		tol := 0.05 + rng.Float64()
		got := tb.Simplify(scene.Path{ring}, closed, tol)
		if len(got) != 1 {
			t.Fatalf("trial %d: %d rings, want 1", trial, len(got))
		}
		out := got[0]
		j := 0
		for _, q := range out {
			for j < len(ring) && ring[j] != q {
				j++
			}
			if j == len(ring) {
				t.Fatalf("trial %d: %v is not an original point, or out of order", trial, q)
			}
		}
		check := out
		if closed {
			check = append(append([]scene.Point(nil), out...), out[0])
		}
		for _, q := range ring {
			if d := distToRing(q, check); d > tol+1e-9 {
				t.Fatalf("trial %d (closed %v): %v is %.3f from the simplified ring, more than %.3f", trial, closed, q, d, tol)
			}
		}
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

// BenchmarkSimplifyMap is the simplification of every map shape at the
// demo embed's size, drawn at twice the size (to 0.3 device px, the
// screen's tolerance): the part of a map redraw that buys the vertices it
// saves.
func BenchmarkSimplifyMap(b *testing.B) {
	world, err := geo.Load()
	if err != nil {
		b.Fatal(err)
	}
	story, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: world.Known})
	if err != nil {
		b.Fatal(err)
	}
	ev, err := story.FindEvent("2019-01-23")
	if err != nil {
		b.Fatal(err)
	}
	wd := widget.New(story, world, widget.Options{Lang: "en", Theme: "light", Event: ev})
	wd.Resize(704, 616, 1)
	sc := wd.Scene()
	var tb Simplifier
	for b.Loop() {
		for _, it := range sc.Layers[0].Items {
			if s, ok := it.(*scene.Shape); ok {
				tb.Simplify(s.Path, s.Closed, 0.3) // at scale 1 a logical px is a device px
			}
		}
	}
}
