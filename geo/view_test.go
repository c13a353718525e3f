package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestFit(t *testing.T) {
	cases := []struct {
		name       string
		b          orb.Bound
		x, y, w, h float64
		pad        float64
		scale      float64
	}{
		{"wide bound in square", orb.Bound{Min: orb.Point{-2, -1}, Max: orb.Point{2, 1}}, 0, 0, 400, 400, 0, 100},
		{"tall bound", orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{1, 4}}, 10, 20, 400, 400, 0, 100},
		{"padding", orb.Bound{Min: orb.Point{-2, -1}, Max: orb.Point{2, 1}}, 0, 0, 420, 420, 10, 100},
		{"point bound", orb.Bound{Min: orb.Point{3, 3}, Max: orb.Point{3, 3}}, 0, 0, 100, 100, 0, 1},
	}
	for _, c := range cases {
		v := Fit(c.b, c.x, c.y, c.w, c.h, c.pad)
		if !near(v.Scale, c.scale) {
			t.Errorf("%s: scale %v, want %v", c.name, v.Scale, c.scale)
		}
		cx, cy := v.ToScreen(c.b.Center())
		if !near(cx, c.x+c.w/2) || !near(cy, c.y+c.h/2) {
			t.Errorf("%s: centre on screen at %v,%v", c.name, cx, cy)
		}
		// The bound lies inside the padded rectangle.
		x0, y0 := v.ToScreen(orb.Point{c.b.Min[0], c.b.Max[1]})
		x1, y1 := v.ToScreen(orb.Point{c.b.Max[0], c.b.Min[1]})
		if x0 < c.x+c.pad-1e-9 || y0 < c.y+c.pad-1e-9 || x1 > c.x+c.w-c.pad+1e-9 || y1 > c.y+c.h-c.pad+1e-9 {
			t.Errorf("%s: bound on screen %v,%v-%v,%v outside", c.name, x0, y0, x1, y1)
		}
	}
}

func TestViewRoundTripAndFlip(t *testing.T) {
	v := View{X: 10, Y: 5, W: 300, H: 200, Scale: 50, Center: orb.Point{1, 0.5}}
	x, y := v.ToScreen(orb.Point{1, 1.5})
	if !near(x, 160) || !near(y, 55) { // north is up: higher y projected, smaller y on screen
		t.Fatalf("ToScreen = %v,%v", x, y)
	}
	for _, p := range []orb.Point{{0, 0}, {-2.5, 1.2}, {2.7, -1.3}} {
		q := v.FromScreen(v.ToScreen(p))
		if !near(p[0], q[0]) || !near(p[1], q[1]) {
			t.Errorf("round trip %v -> %v", p, q)
		}
	}
}

func TestZoomAtKeepsPointFixed(t *testing.T) {
	v := View{X: 0, Y: 0, W: 800, H: 400, Scale: 100, Center: orb.Point{0, 0}}
	for _, f := range []float64{2, 0.5, 1.1} {
		under := v.FromScreen(123, 321)
		z := v.ZoomAt(123, 321, f)
		if !near(z.Scale, v.Scale*f) {
			t.Errorf("factor %v: scale %v", f, z.Scale)
		}
		x, y := z.ToScreen(under)
		if !near(x, 123) || !near(y, 321) {
			t.Errorf("factor %v: point moved to %v,%v", f, x, y)
		}
	}
	for _, bad := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if z := v.ZoomAt(1, 1, bad); z != v {
			t.Errorf("factor %v changed the view", bad)
		}
	}
}

func TestPan(t *testing.T) {
	v := View{W: 800, H: 400, Scale: 100}
	p := orb.Point{0.3, -0.2}
	x, y := v.ToScreen(p)
	w := v.Pan(40, -15)
	x2, y2 := w.ToScreen(p)
	if !near(x2-x, 40) || !near(y2-y, -15) {
		t.Fatalf("pan moved the point by %v,%v", x2-x, y2-y)
	}
}

func TestClamp(t *testing.T) {
	world := orb.Bound{Min: orb.Point{-2.7, -1.3}, Max: orb.Point{2.7, 1.3}}
	fit := Fit(world, 0, 0, 1000, 500, 0)
	cases := []struct {
		name string
		v    View
		ok   func(View) bool
	}{
		{"far off to the east at fit scale", fit.Pan(-1e6, 0), func(v View) bool {
			// the whole world stays visible
			x0, _ := v.ToScreen(world.Min)
			x1, _ := v.ToScreen(world.Max)
			return x0 >= -1e-9 && x1 <= 1000+1e-9
		}},
		{"zoomed in and dragged past the north edge", fit.ZoomAt(500, 250, 8).Pan(0, 1e6), func(v View) bool {
			_, ytop := v.ToScreen(world.Max)
			return near(ytop, 0)
		}},
		{"scale too small", View{W: 1000, H: 500, Scale: 1}, func(v View) bool { return near(v.Scale, fit.Scale) }},
		{"scale too large", View{W: 1000, H: 500, Scale: 1e9}, func(v View) bool { return near(v.Scale, fit.Scale*20) }},
		{"NaN scale and centre", View{W: 1000, H: 500, Scale: math.NaN(), Center: orb.Point{math.NaN(), 0}}, func(v View) bool {
			return near(v.Scale, fit.Scale) && !math.IsNaN(v.Center[0])
		}},
	}
	for _, c := range cases {
		got := c.v.Clamp(world, fit.Scale, fit.Scale*20)
		if !c.ok(got) {
			t.Errorf("%s: clamped to %+v", c.name, got)
		}
	}
}

func BenchmarkViewToScreen(b *testing.B) {
	v := View{W: 800, H: 400, Scale: 100}
	var x, y float64
	for i := 0; i < b.N; i++ {
		x, y = v.ToScreen(orb.Point{0.1, 0.2})
	}
	_, _ = x, y
}
