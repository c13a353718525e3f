package geo

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestRegions(t *testing.T) {
	want := []string{"world", "americas", "south-america-caribbean", "europe"}
	rs := Regions()
	if len(rs) != len(want) {
		t.Fatalf("%d regions, want %d", len(rs), len(want))
	}
	for i, id := range want {
		if rs[i].ID != id {
			t.Errorf("region %d is %q, want %q", i, rs[i].ID, id)
		}
		r, ok := RegionByID(id)
		if !ok || r.ID != id {
			t.Errorf("RegionByID(%q) = %v, %v", id, r, ok)
		}
	}
	if _, ok := RegionByID("mars"); ok {
		t.Error("RegionByID found an unknown id")
	}
	rs[0].ID = "changed"
	if Regions()[0].ID != "world" {
		t.Error("Regions returned the shared slice")
	}
}

func TestRegionContainsPlaces(t *testing.T) {
	cases := []struct {
		region string
		places []orb.Point
	}{
		{"world", []orb.Point{{-179, 65}, {178, -17}, {-68, -55}, {25, 80}}},
		{"americas", []orb.Point{{-150, 61} /* Anchorage */, {-68, -55} /* Cape Horn */, {-59.6, 13.1} /* Barbados */}},
		{"south-america-caribbean", []orb.Point{{-82.4, 23.1} /* Havana */, {-66.9, 10.5} /* Caracas */, {-68, -55}, {-77.3, 25} /* Nassau */}},
		{"europe", []orb.Point{{-21.9, 64.1} /* Reykjavik */, {37.6, 55.8} /* Moscow */, {14.5, 35.9} /* Valletta */, {25.8, 71.1} /* Nordkapp */}},
	}
	for _, c := range cases {
		r, _ := RegionByID(c.region)
		pb := r.Projected()
		for _, p := range c.places {
			if !r.Bound.Contains(p) {
				t.Errorf("%s: %v outside the lon/lat box", c.region, p)
			}
			if !pb.Contains(EqualEarth(p)) {
				t.Errorf("%s: %v outside the projected bound", c.region, p)
			}
		}
	}
}

func TestRegionProjectedCoversCurvedEdges(t *testing.T) {
	// Europe's widest projected x is on its southern edge, not at a corner
	// of the north: the bound must hold the whole sampled outline.
	r, _ := RegionByID("europe")
	pb := r.Projected()
	for lat := r.Bound.Min[1]; lat <= r.Bound.Max[1]; lat += 0.25 {
		for _, lon := range []float64{r.Bound.Min[0], r.Bound.Max[0]} {
			if p := EqualEarth(orb.Point{lon, lat}); !pb.Pad(1e-9).Contains(p) {
				t.Fatalf("edge point %v,%v outside %v", lon, lat, pb)
			}
		}
	}
}

func TestRegionProjectedPresetsMatchSampling(t *testing.T) {
	// The presets' bounds are computed once; they must be what sampling the
	// box gives, and a box that is no preset is still sampled.
	for _, r := range Regions() {
		if got, want := r.Projected(), projectBound(r.Bound); got != want {
			t.Errorf("%s: cached %v, sampled %v", r.ID, got, want)
		}
	}
	other := Region{ID: "caribbean", Bound: orb.Bound{Min: orb.Point{-90, 8}, Max: orb.Point{-58, 27}}}
	pb := other.Projected()
	if !pb.Contains(EqualEarth(orb.Point{-66.9, 10.5})) || pb.Contains(EqualEarth(orb.Point{-100, 10})) {
		t.Errorf("a box that is no preset: projected bound %v", pb)
	}
}
