package atlas

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

func TestEnclosed(t *testing.T) {
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	f := Of(world)
	for _, code := range []string{"VAT", "SMR", "LSO"} {
		if !f.Enclosed(code) {
			t.Errorf("%s is not marked as inside a larger country", code)
		}
	}
	for _, code := range []string{"BRA", "RUS", "CAN", "CHN", "ATA"} {
		if f.Enclosed(code) {
			t.Errorf("%s is marked as inside a larger country", code)
		}
	}
	if Of(world) != f {
		t.Error("the facts of the same world were worked out again")
	}
	if c := world.Country("BRA"); len(f.RingSizes(c)) != len(c.Projected) {
		t.Errorf("Brazil has %d polygons, %d ring sizes", len(c.Projected), len(f.RingSizes(c)))
	}
	if !Hidden("ATA") || Hidden("BRA") {
		t.Error("only Antarctica is left off the map")
	}
}

// RingSize is orb's bound of the ring, its larger side, without orb's
// calls: on every ring of the atlas and on rings of one and no points.
func TestRingSizeMatchesOrbBound(t *testing.T) {
	w, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	size := func(r orb.Ring) float64 {
		b := r.Bound()
		return math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
	}
	rings := []orb.Ring{nil, {{3, 4}}, {{1, 1}, {1, 1}}}
	for _, c := range w.Countries {
		for _, p := range c.Projected {
			rings = append(rings, p...)
		}
	}
	for i, r := range rings {
		if got, want := RingSize(r), size(r); got != want {
			t.Fatalf("ring %d (%d points): RingSize %v, orb's bound %v", i, len(r), got, want)
		}
	}
	if len(rings) < 300 {
		t.Fatalf("only %d rings: the atlas did not load its countries", len(rings))
	}
}
