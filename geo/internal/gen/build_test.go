package main

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestSplitPolygonAtAntimeridian(t *testing.T) {
	// A box from 170°E to 170°W, as TopoJSON joins it: longitudes jump.
	p := orb.Polygon{{{170, 60}, {-170, 60}, {-170, 70}, {170, 70}, {170, 60}}}
	mp := splitPolygon(p)
	if len(mp) != 2 {
		t.Fatalf("%d pieces, want 2: %v", len(mp), mp)
	}
	var west, east bool
	for _, piece := range mp {
		b := piece.Bound()
		if b.Min[0] < -180 || b.Max[0] > 180 {
			t.Errorf("piece outside ±180: %v", b)
		}
		east = east || (b.Min[0] == 170 && b.Max[0] == 180)
		west = west || (b.Min[0] == -180 && b.Max[0] == -170)
		if a := math.Abs(planar.Area(piece[0])); math.Abs(a-100) > 1e-9 {
			t.Errorf("piece area %v, want 100", a)
		}
	}
	if !west || !east {
		t.Errorf("pieces %v", mp)
	}
	// A polygon that does not cross comes back as it was.
	q := orb.Polygon{{{10, 10}, {20, 10}, {20, 20}, {10, 10}}}
	if got := splitPolygon(q); len(got) != 1 || !got[0].Equal(q) {
		t.Errorf("plain polygon changed: %v", got)
	}
}

func TestSplitPolygonAroundThePole(t *testing.T) {
	// A ring around the South Pole, like Antarctica's, crossing 180° once.
	var r orb.Ring
	for lon := -180.0; lon <= 180; lon += 30 {
		r = append(r, orb.Point{lon, -70})
	}
	mp := splitPolygon(orb.Polygon{r})
	if len(mp) != 1 {
		t.Fatalf("%d pieces", len(mp))
	}
	b := mp[0].Bound()
	if b.Min[1] != -90 || b.Max[1] != -70 || b.Min[0] != -180 || b.Max[0] != 180 {
		t.Errorf("polar piece bound %v", b)
	}
}

func TestSimplifyArcKeepsEnds(t *testing.T) {
	var a orb.LineString
	for i := 0; i <= 100; i++ {
		x := float64(i) / 10
		a = append(a, orb.Point{x, 0.001 * math.Sin(x)})
	}
	s := simplifyArc(a, 0.01)
	if s[0] != a[0] || s[len(s)-1] != a[len(a)-1] {
		t.Error("endpoints moved")
	}
	if len(s) >= len(a)/4 {
		t.Errorf("kept %d of %d points", len(s), len(a))
	}
	if got := simplifyArc(a, 0); len(got) != len(a) {
		t.Error("tolerance 0 dropped points")
	}
}

func TestSimplifyTopologyProtectsSmallIslands(t *testing.T) {
	// A tiny island as one closed arc: simplified at a large tolerance it
	// would collapse; the ring check keeps it.
	var island orb.LineString
	for i := 0; i <= 12; i++ {
		a := float64(i) / 12 * 2 * math.Pi
		island = append(island, orb.Point{14.4 + 0.1*math.Cos(a), 35.9 + 0.1*math.Sin(a)})
	}
	island[12] = island[0]
	topo := &topology{arcs: []orb.LineString{island}, features: []feature{{code: "MLT", polygons: [][][]int{{{0}}}}}}
	arcs := simplifyTopology(topo, 0.05, nil)
	if !ringKept(ring(topo.arcs, []int{0}), ring(arcs, []int{0})) {
		t.Errorf("island collapsed to %v", arcs[0])
	}
}

func TestLabelPointInsideAC(t *testing.T) {
	// A C shape whose centroid is in the gap.
	c := orb.Polygon{{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}, {0, 0}}}
	centroid, _ := planar.CentroidArea(c)
	if planar.PolygonContains(c, centroid) {
		t.Fatal("fixture: centroid should be outside")
	}
	p := labelPoint(c, 0.01)
	if !planar.PolygonContains(c, p) {
		t.Errorf("label point %v outside", p)
	}
}

func TestSnapRing(t *testing.T) {
	if snapRing(orb.Ring{{0, 0}, {0.0001, 0}, {0.0001, 0.0001}, {0, 0}}) != nil {
		t.Error("a ring below the grid survived")
	}
	r := snapRing(orb.Ring{{0, 0}, {1, 0}, {1, 0}, {1, 1}, {0, 0}})
	if len(r) != 4 || r[0] != r[len(r)-1] {
		t.Errorf("snapRing = %v", r)
	}
}

func TestOverrides(t *testing.T) {
	seen := map[string]bool{}
	for _, o := range overrides {
		if seen[o.code] {
			t.Errorf("%s overridden twice", o.code)
		}
		seen[o.code] = true
		if o.reason == "" || len(o.names) == 0 {
			t.Errorf("%s: override without reason or names", o.code)
		}
	}
}
