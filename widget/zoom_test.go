package widget

import (
	"fmt"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/state"
)

// TestZoomAtEdges zooms in, wheel step by wheel step from the fitted world,
// about places at the world's edges (where the old clamp pulled the map
// once the world outgrew the map's box) and checks that the place stays
// under the pointer until the zoom limit, and that the world still reaches
// into the map from every side.
func TestZoomAtEdges(t *testing.T) {
	places := []struct {
		name     string
		lon, lat float64
	}{
		{"north Greenland", -40, 81},
		{"Tierra del Fuego", -68.5, -54},
		{"south New Zealand", 168.5, -46},
		{"west Alaska", -162, 66},
		{"Chukotka", 175, 67},
		{"Svalbard", 17, 78.5},
	}
	for _, size := range [][2]float64{{1280, 720}, {700, 600}, {360, 640}, {1024, 640}} {
		for _, pl := range places {
			name := fmt.Sprintf("%vx%v/%s", size[0], size[1], pl.name)
			w := newTest(t, size[0], size[1], Options{Event: 2})
			p := geo.EqualEarth(orb.Point{pl.lon, pl.lat})
			x, y := w.View().ToScreen(p)
			_, hi := state.ScaleLimits(w.layout().Map)
			for step := 0; step < 40 && w.View().Scale < hi; step++ {
				w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: -120})
				gx, gy := w.View().ToScreen(p)
				if math.Abs(gx-x) > 1e-6 || math.Abs(gy-y) > 1e-6 {
					t.Errorf("%s: wheel step %d moved the point from (%.1f,%.1f) to (%.1f,%.1f)", name, step, x, y, gx, gy)
					break
				}
			}
			if w.View().Scale < hi*(1-1e-9) {
				t.Errorf("%s: never reached the zoom limit", name)
			}
			checkWorldInView(t, name, w)
		}
	}
}

// TestPanCannotLoseTheMap drags the map far in each direction at several
// zooms and checks the world still fills or sits inside the map.
func TestPanCannotLoseTheMap(t *testing.T) {
	for _, zoom := range []float64{0, 300, 900} {
		for _, d := range [][2]float64{{5000, 0}, {-5000, 0}, {0, 5000}, {0, -5000}, {3000, -3000}} {
			w := newTest(t, 1280, 720, Options{Event: 2})
			w.layout()
			m := w.layout().Map
			cx, cy := m.X+m.W/2, m.Y+m.H/2
			w.Handle(Input{Kind: Wheel, X: cx, Y: cy, DY: -zoom})
			w.Handle(Input{Kind: PointerDown, X: cx, Y: cy})
			w.Handle(Input{Kind: PointerMove, X: cx + d[0], Y: cy + d[1]})
			w.Handle(Input{Kind: PointerUp, X: cx + d[0], Y: cy + d[1]})
			checkWorldInView(t, fmt.Sprintf("zoom %v drag %v", zoom, d), w)
		}
	}
}

// checkWorldInView checks clampView's promise: along each axis the empty
// margin beside the world is no wider than the fitted view's margin or the
// room the world leaves.
func checkWorldInView(t *testing.T, name string, w *Widget) {
	t.Helper()
	r, _ := geo.RegionByID("world")
	m := w.layout().Map
	b := layout.ScreenBound(r.Projected(), w.View())
	fb := layout.ScreenBound(r.Projected(), layout.FitRegion("world", w.layout().Map))
	for _, ax := range []struct {
		name                 string
		lead, trail, mapLen  float64
		worldLen, fitMargins float64
	}{
		{"x", b.X - m.X, m.X + m.W - b.X - b.W, m.W, b.W, m.W - fb.W},
		{"y", b.Y - m.Y, m.Y + m.H - b.Y - b.H, m.H, b.H, m.H - fb.H},
	} {
		most := math.Max(ax.fitMargins/2, ax.mapLen-ax.worldLen) + 1e-6
		if ax.lead > most || ax.trail > most {
			t.Errorf("%s: %s margins %.1f and %.1f, allowed %.1f", name, ax.name, ax.lead, ax.trail, most)
		}
	}
}

func TestZoom(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	// Zoom in at the centre first, so the map is larger than its box both
	// ways and the clamp leaves an off-centre zoom alone.
	w.layout()
	m := w.layout().Map
	w.Handle(Input{Kind: Wheel, X: m.X + m.W/2, Y: m.Y + m.H/2, DY: -600})
	x, y := anchorOf(t, w, "NER")
	p := w.View().FromScreen(x, y)
	w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: -300})
	v := w.View()
	if v.Scale <= layout.FitRegion("world", w.layout().Map).Scale*3 {
		t.Fatalf("wheel did not zoom: %v", v.Scale/layout.FitRegion("world", w.layout().Map).Scale)
	}
	if gx, gy := v.ToScreen(p); abs(gx-x) > 1e-6 || abs(gy-y) > 1e-6 {
		t.Errorf("point under the pointer moved to %v,%v from %v,%v", gx, gy, x, y)
	}
	w.Handle(Input{Kind: Pinch, X: x, Y: y, Factor: 1.5})
	if gx, gy := w.View().ToScreen(p); abs(gx-x) > 1e-6 || abs(gy-y) > 1e-6 {
		t.Error("pinch moved the point under the fingers")
	}
	for i := 0; i < 50; i++ {
		w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: -500})
	}
	lo, hi := state.ScaleLimits(w.layout().Map)
	if s := w.View().Scale; s > hi*(1+1e-9) {
		t.Errorf("scale %v over max %v", s, hi)
	}
	for i := 0; i < 80; i++ {
		w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: 500})
	}
	if s := w.View().Scale; s < lo*(1-1e-9) {
		t.Errorf("scale %v under min %v", s, lo)
	}
	// Buttons zoom about the map's centre.
	w.Handle(Input{Kind: KeyPress, Key: KeyZero})
	s0 := w.View().Scale
	zr := ctlRect(t, w, "zoomIn")
	click(w, zr.X+zr.W/2, zr.Y+zr.H/2)
	if s := w.View().Scale; abs(s/s0-1.5) > 1e-9 {
		t.Errorf("zoom button scale ratio %v", s/s0)
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func TestRegionButtonsAndReset(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	for _, id := range []string{"europe", "americas", "world"} {
		r := ctlRect(t, w, "region:"+id)
		click(w, r.X+r.W/2, r.Y+r.H/2)
		if w.Region() != id || w.View() != layout.FitRegion(id, w.layout().Map) {
			t.Errorf("after %s button: region %s view %+v", id, w.Region(), w.View())
		}
	}
	if err := w.SetRegion("mars"); err == nil {
		t.Error("unknown region accepted")
	}
	w.Handle(Input{Kind: Wheel, X: 800, Y: 300, DY: -200})
	r := ctlRect(t, w, "reset")
	click(w, r.X+r.W/2, r.Y+r.H/2)
	if w.View() != layout.FitRegion("world", w.layout().Map) {
		t.Error("reset did not refit the start region")
	}
}
