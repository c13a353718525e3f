package geom

import (
	"math"
	"math/rand/v2"
	"slices"
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

// TestFilterMatchesSimplify runs both over every ring of the atlas, in its
// projected units: keeping the points the atlas ranks at least a rank is
// Douglas–Peucker at a tolerance just under that rank's floor, point for
// point, and holds everything Douglas–Peucker keeps at any tolerance in the
// rank's step. Ranks worked out otherwise than Simplifier does (another
// split, another distance, a split's limit not carried down) fail it.
func TestFilterMatchesSimplify(t *testing.T) {
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	var a, b Simplifier
	for _, tol := range []float64{2e-5, 1e-4, 4e-4, 1.7e-3, 7e-3} {
		level := geo.DetailRank(tol)
		floor := geo.DetailFloor(level) * (1 - 1e-9)
		if floor > tol {
			t.Fatalf("rank %d of %g starts at %g, above it", level, tol, floor)
		}
		kept, all, atTol := 0, 0, 0
		for _, c := range world.Countries {
			for i, poly := range c.Projected {
				for j, ring := range poly {
					path := scene.Path{make([]scene.Point, len(ring))}
					for k, q := range ring {
						path[0][k] = scene.Point{X: q[0], Y: q[1]}
					}
					all += len(ring) - 1
					got, ok := a.Filter(path, [][]uint8{c.Detail[i][j]}, true, level)
					if !ok {
						t.Fatalf("%s ring %d.%d: ranks do not cover it", c.Code, i, j)
					}
					want := b.Simplify(path, true, floor)
					if !samePath(got, want) {
						t.Fatalf("%s ring %d.%d at rank %d: filter kept %v points, Simplify at %g %v", c.Code, i, j, level, lens(got), floor, lens(want))
					}
					fine := b.Simplify(path, true, tol)
					for _, r := range fine {
						for _, q := range r {
							if len(got) == 0 || !hasPoint(got[0], q) {
								t.Fatalf("%s ring %d.%d: Simplify at %g keeps %v, the filter at rank %d does not", c.Code, i, j, tol, q, level)
							}
						}
					}
					for _, r := range got {
						kept += len(r)
					}
					for _, r := range fine {
						atTol += len(r)
					}
				}
			}
		}
		t.Logf("tolerance %g: rank %d keeps %d of %d points; Simplify at the tolerance %d", tol, level, kept, all, atTol)
		if kept == all || kept > atTol+atTol/10 {
			t.Errorf("tolerance %g: the filter kept %d points of %d, Simplify %d", tol, kept, all, atTol)
		}
	}
}

// A path the ranks do not cover, or an open one, is left to Simplify.
func TestFilterRefusesRanksThatDoNotFit(t *testing.T) {
	ring := []scene.Point{{X: 0, Y: 0}, {X: 1, Y: 0}, {X: 1, Y: 1}, {X: 0, Y: 0}}
	var tb Simplifier
	for name, ranks := range map[string][][]uint8{
		"none":         nil,
		"a ring short": {{255, 1}},
		"extra ring":   {{255, 1, 255}, {255}},
	} {
		if _, ok := tb.Filter(scene.Path{ring}, ranks, true, 1); ok {
			t.Errorf("%s: Filter took ranks %v for a ring of %d points", name, ranks, len(ring))
		}
	}
	if _, ok := tb.Filter(scene.Path{ring}, [][]uint8{{255, 1, 255, 255}}, false, 1); ok {
		t.Error("Filter took a closed ring's ranks for an open path")
	}
	got, ok := tb.Filter(scene.Path{ring}, [][]uint8{{255, 1, 255}}, true, 2)
	if !ok || len(got) != 0 {
		t.Errorf("a triangle losing a corner: %v %v, want no ring", got, ok)
	}
	got, ok = tb.Filter(scene.Path{ring}, [][]uint8{{255, 3, 255}}, true, 2)
	if !ok || len(got) != 1 || len(got[0]) != 3 {
		t.Errorf("a triangle kept whole: %v %v, want its three corners", got, ok)
	}
}

func samePath(a, b scene.Path) bool {
	return slices.EqualFunc(a, b, func(x, y []scene.Point) bool { return slices.Equal(x, y) })
}

func lens(p scene.Path) []int {
	var n []int
	for _, r := range p {
		n = append(n, len(r))
	}
	return n
}

// BenchmarkSimplifyMap is the simplification of every map shape at the
// demo embed's size (to 0.3 device px, the screen's tolerance), by
// Douglas–Peucker and by the atlas's detail ranks: the part of a map redraw
// that buys the vertices it saves.
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
	// At scale 1 a logical px is a device px.
	b.Run("douglas-peucker", func(b *testing.B) {
		for b.Loop() {
			for _, it := range sc.Layers[0].Items {
				if s, ok := it.(*scene.Shape); ok {
					tb.Simplify(s.Path, s.Closed, 0.3)
				}
			}
		}
	})
	b.Run("ranks", func(b *testing.B) {
		for b.Loop() {
			for _, it := range sc.Layers[0].Items {
				s, ok := it.(*scene.Shape)
				if !ok {
					continue
				}
				if s.Detail == nil { // a marker's, drawn as a shape
					tb.Simplify(s.Path, s.Closed, 0.3)
				} else if _, ok := tb.Filter(s.Path, s.Detail.Ranks, s.Closed, geo.DetailRank(0.3/s.Detail.Scale)); !ok {
					b.Fatalf("%s: the ranks do not fit", s.ID)
				}
			}
		}
	})
}
