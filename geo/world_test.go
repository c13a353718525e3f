package geo

import (
	"math"
	"sort"
	"testing"

	"github.com/paulmach/orb"
)

func loadWorld(t testing.TB) *World {
	t.Helper()
	w, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestLoadKeepsEveryCountry(t *testing.T) {
	w := loadWorld(t)
	if w.SourceFeatures == 0 || len(w.Countries) != w.SourceFeatures {
		t.Fatalf("%d countries, the source had %d features", len(w.Countries), w.SourceFeatures)
	}
	if !sort.SliceIsSorted(w.Countries, func(i, j int) bool { return w.Countries[i].Code < w.Countries[j].Code }) {
		t.Error("countries not sorted by code")
	}
	for _, c := range w.Countries {
		if len(c.Projected) == 0 || c.Area <= 0 {
			t.Errorf("%s: %d polygons, area %g", c.Code, len(c.Projected), c.Area)
		}
		if !c.Bound.Contains(c.Anchor) {
			t.Errorf("%s: anchor %v outside its bound", c.Code, c.Anchor)
		}
		if w.Country(c.Code) != c || !w.Known(c.Code) {
			t.Errorf("%s: not found by code", c.Code)
		}
	}
	smallest := []string{"MLT", "AND", "LCA", "BRB", "GRD", "SGP", "BHR", "VAT", "MCO", "SMR", "LIE", "TUV", "NRU", "KNA", "VCT", "ATG", "DMA", "XKX", "ATA"}
	for _, code := range smallest {
		c := w.Country(code)
		if c == nil {
			t.Errorf("%s missing", code)
			continue
		}
		if len(c.Projected[0][0]) < 4 {
			t.Errorf("%s: outer ring of %d points", code, len(c.Projected[0][0]))
		}
	}
	if w.Known("XXX") || w.Country("") != nil {
		t.Error("unknown codes found")
	}
	b := w.Bound()
	// x reaches ±2.65 (land at ±180° lies at high or mid latitudes); y runs
	// from the South Pole (Antarctica) to northern Greenland.
	if b.Min[0] > -2.6 || b.Max[0] < 2.6 || b.Max[1] < 1.25 || b.Min[1] > -1.317 {
		t.Errorf("world bound %v", b)
	}
}

func TestShapesStayInsideTheAntimeridian(t *testing.T) {
	w := loadWorld(t)
	pole := EqualEarth(orb.Point{0, 90})[1]
	const grid = 0x1p-16 // the asset's, in projected units
	for _, c := range w.Countries {
		for _, p := range c.Projected {
			for _, r := range p {
				for i, q := range r {
					// Inside the map's outline: its inverse within ±180°
					// (up to the grid: 0.002° of longitude at the poles)
					// and no further than the poles.
					ll := EqualEarthInverse(q)
					if math.Abs(ll[0]) > 180+0.005 || math.Abs(q[1]) > pole+grid {
						t.Fatalf("%s: point %v (%v) outside the map", c.Code, q, ll)
					}
					// No edge spans half the world. (Antarctica's ring
					// runs along the pole line, which is a real edge of
					// the projected map.)
					if i > 0 && math.Abs(q[0]-r[i-1][0]) > 2.7 && !(math.Abs(q[1]) > pole-grid && q[1] == r[i-1][1]) {
						t.Fatalf("%s: edge %v -> %v crosses the map", c.Code, r[i-1], q)
					}
				}
			}
		}
	}
}

func TestAnchorsInsideTheirCountry(t *testing.T) {
	w := loadWorld(t)
	// The anchor is in the country's largest polygon, so looking it up
	// finds the country (or an enclave inside it, which none of these has).
	for _, code := range []string{"CHL", "NOR", "RUS", "USA", "IDN", "HRV", "VNM", "ITA", "CAN", "MLT", "FJI"} {
		c := w.Country(code)
		if got := w.codeOf(w.lookup(c.Anchor)); got != code {
			t.Errorf("anchor of %s falls in %q", code, got)
		}
	}
}

func TestNeedsMarker(t *testing.T) {
	w := loadWorld(t)
	world, _ := RegionByID("world")
	v := Fit(world.Projected(), 0, 0, 1000, 500, 0)
	for _, code := range []string{"MLT", "AND", "LCA", "BRB", "GRD", "SGP", "BHR", "VAT"} {
		if !w.Country(code).NeedsMarker(v.Scale) {
			t.Errorf("%s needs no marker on a 1000 px world map", code)
		}
		if w.Country(code).NeedsMarker(v.Scale * 1e4) {
			t.Errorf("%s still needs a marker at 10000x", code)
		}
	}
	for _, code := range []string{"FRA", "BRA", "RUS", "VEN", "CUB"} {
		if w.Country(code).NeedsMarker(v.Scale) {
			t.Errorf("%s needs a marker on a 1000 px world map", code)
		}
	}
}

func TestDecodeRejectsBadNames(t *testing.T) {
	if _, err := Decode(worldAsset, []byte("ABC\tonly two\n")); err == nil {
		t.Error("no error for a short names line")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeAtlas(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := decodeAtlas(worldAsset); err != nil {
			b.Fatal(err)
		}
	}
}

// boundOf is orb's bound of a shape.
func TestProjectedBoundIsOrbs(t *testing.T) {
	_, cs, err := decodeAtlas(worldAsset)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if b, want := boundOf(c.shape), c.shape.Bound(); b != want {
			t.Errorf("%s: bound %v, orb's %v", c.code, b, want)
		}
	}
	for _, mp := range []orb.MultiPolygon{nil, {}, {{{{100, 1}, {120, 30}, {140, 1}}}, {{{-170, -50}, {-160, -40}, {-150, -50}}}}, {{{{0, 1}, {2, 3}, {4, 1}}, {{1, 1.5}, {2, 2}, {3, 1.5}}}}} {
		if b, want := boundOf(mp), mp.Bound(); b != want {
			t.Errorf("%v: bound %v, orb's %v", mp, b, want)
		}
	}
}
