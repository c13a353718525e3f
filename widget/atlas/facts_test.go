package atlas

import (
	"testing"

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
