package geo

import (
	"math"
	"testing"
)

func all(string) bool { return true }

// worldView is the world preset fitted to a w px wide map of the widget's
// proportions.
func worldView(w float64) View {
	r, _ := RegionByID("world")
	return Fit(r.Projected(), 0, 0, w, w/2, 4)
}

func TestMarkerSizeFollowsTheMap(t *testing.T) {
	cases := []struct {
		w      float64
		wantR  float64
		within bool
	}{
		{320, minMarkerR, true},
		{360, minMarkerR, true},
		{1000, 5, true},
		{1920, maxMarkerR, true},
	}
	for _, c := range cases {
		s := MarkerSizeFor(worldView(c.w))
		if s.R != c.wantR {
			t.Errorf("%v px: radius %v, want %v", c.w, s.R, c.wantR)
		}
		if s.Merged <= s.R {
			t.Errorf("%v px: merged radius %v not above %v", c.w, s.Merged, s.R)
		}
	}
}

func TestMarkersNeverOverlap(t *testing.T) {
	w := loadWorld(t)
	for _, width := range []float64{320, 360, 700, 1000, 1280, 1920} {
		v := worldView(width)
		ms := w.Markers(v, MarkerSizeFor(v), all)
		if len(ms) == 0 {
			t.Fatalf("%v px: no markers", width)
		}
		seen := map[string]bool{}
		for i, a := range ms {
			for _, c := range a.Codes {
				if seen[c] {
					t.Errorf("%v px: %s in two markers", width, c)
				}
				seen[c] = true
			}
			for _, b := range ms[i+1:] {
				if d := math.Hypot(a.X-b.X, a.Y-b.Y); d < a.R+b.R {
					t.Errorf("%v px: markers %v and %v overlap (%.1f px apart)", width, a.Codes, b.Codes, d)
				}
			}
		}
	}
}

func TestMarkersSeparateZoomedIn(t *testing.T) {
	w := loadWorld(t)
	for _, c := range []struct {
		region string
		codes  []string
	}{
		{"europe", []string{"MLT", "AND", "LIE", "SMR", "MCO"}},
		{"south-america-caribbean", []string{"LCA", "BRB", "GRD", "VCT", "DMA", "ATG", "KNA"}},
	} {
		shown := func(code string) bool {
			for _, k := range c.codes {
				if k == code {
					return true
				}
			}
			return false
		}
		world := worldView(700)
		merged := 0
		for _, m := range w.Markers(world, MarkerSizeFor(world), shown) {
			if m.Merged() {
				merged++
			}
		}
		if merged == 0 {
			t.Errorf("%s: nothing merged at world view", c.region)
		}
		r, _ := RegionByID(c.region)
		v := Fit(r.Projected(), 0, 0, 700, 350, 4).ZoomAt(350, 175, 4)
		for _, code := range c.codes {
			v := v
			// Centre each state, so it is on the map at 4x.
			x, y := v.ToScreen(w.Country(code).Anchor)
			v = v.Pan(350-x, 175-y)
			for _, m := range w.Markers(v, MarkerSizeFor(v), shown) {
				if m.Has(code) && m.Merged() {
					t.Errorf("%s at 4x: %s still merged with %v", c.region, code, m.Codes)
				}
			}
		}
	}
}

func TestMarkersDoNotChangeWithPan(t *testing.T) {
	w := loadWorld(t)
	v := worldView(360)
	a := w.Markers(v, MarkerSizeFor(v), all)
	b := w.Markers(v.Pan(0.3, 0), MarkerSizeFor(v), all)
	if len(a) != len(b) {
		t.Fatalf("%d markers, %d after a 0.3 px pan", len(a), len(b))
	}
	for i := range a {
		if len(a[i].Codes) != len(b[i].Codes) {
			t.Errorf("marker %d: %v became %v", i, a[i].Codes, b[i].Codes)
		}
	}
}

func TestMarkerAt(t *testing.T) {
	w := loadWorld(t)
	v := worldView(1200)
	ms := w.Markers(v, MarkerSizeFor(v), all)
	for _, code := range []string{"MLT", "LCA", "BRB", "GRD", "SGP", "BHR", "AND"} {
		x, y := v.ToScreen(w.Country(code).Anchor)
		var at Marker
		for _, m := range ms {
			if m.Has(code) {
				at = m
			}
		}
		m, ok := MarkerAt(ms, at.X+0.5, at.Y-0.5, 2)
		if !ok || !m.Has(code) {
			t.Errorf("on the %s marker: %v %v", code, m.Codes, ok)
		}
		if got := w.Nearest(v, at, x, y); got != code {
			t.Errorf("nearest %s's anchor in %v: %s", code, at.Codes, got)
		}
	}
	x, y := v.ToScreen(EqualEarth([2]float64{-47, -10}))
	if m, ok := MarkerAt(ms, x, y, 2); ok {
		t.Errorf("central Brazil hits marker %v", m.Codes)
	}
}

func BenchmarkMarkers(b *testing.B) {
	w := loadWorld(b)
	v := worldView(360)
	s := MarkerSizeFor(v)
	for i := 0; i < b.N; i++ {
		w.Markers(v, s, all)
	}
}
