package geo

import (
	"math"
	"math/rand"
	"slices"
	"testing"

	"github.com/paulmach/orb"
)

func TestCountryAt(t *testing.T) {
	w := loadWorld(t)
	cases := []struct {
		name     string
		lon, lat float64
		want     string
	}{
		// Antimeridian: Chukotka, Fiji on both sides, and the traps a
		// joined Russia would cause.
		{"Chukotka 178°W", -178, 66, "RUS"},
		{"Chukotka 175°E", 175, 67, "RUS"},
		{"Fiji east of 180", -179.88, -16.78, "FJI"},
		{"Fiji Viti Levu", 178, -17.8, "FJI"},
		{"Fiji Taveuni", -179.9, -16.83, "FJI"},
		{"lon 360 wraps", 360 - 178, 66, "RUS"},
		// 0°,40°N is on the Spanish coast at Castellón (in the source too);
		// the sea just east of it is the test.
		{"Balearic Sea 1°E,40°N", 1, 40, ""},
		{"Gulf of Guinea 0,0", 0, 0, ""},
		{"Atlantic 30°W,40°N", -30, 40, ""},
		{"mid North Atlantic", -40, 45, ""},
		{"North Atlantic south of Greenland", -35, 55, ""},
		{"North Pacific", -150, 40, ""},
		{"South Pacific", -120, -30, ""},
		{"Indian Ocean", 80, -20, ""},
		{"Antarctica", 0, -80, "ATA"},
		{"Antarctica at 180", 179.9, -85, "ATA"},
		{"Antarctica at -180", -179.9, -85, "ATA"},
		// Microstates and small islands.
		{"Valletta", 14.51, 35.90, "MLT"},
		{"Andorra la Vella", 1.52, 42.51, "AND"},
		{"Castries", -60.98, 13.99, "LCA"},
		{"Bridgetown", -59.60, 13.10, "BRB"},
		{"St George's", -61.74, 12.06, "GRD"},
		{"Singapore", 103.82, 1.35, "SGP"},
		{"Manama", 50.56, 26.21, "BHR"},
		{"Vatican", 12.453, 41.903, "VAT"},
		{"Rome (around the Vatican)", 12.50, 41.89, "ITA"},
		{"San Marino", 12.45, 43.94, "SMR"},
		{"Monaco", 7.41, 43.75, "MCO"},
		{"Luxembourg", 6.13, 49.61, "LUX"},
		// Disputed or unrecognised areas and borders.
		{"Pristina", 21.17, 42.66, "XKX"},
		{"Belgrade", 20.46, 44.82, "SRB"},
		{"Hargeisa", 44.07, 9.56, "SOL"},
		{"Baidoa", 43.65, 3.11, "SOM"},
		{"North Nicosia side", 33.6, 35.3, "CYN"},
		{"Limassol", 33.04, 34.68, "CYP"},
		{"Laayoune", -13.2, 27.15, "ESH"},
		{"Rabat", -6.84, 34.02, "MAR"},
		{"Simferopol (UN view: Ukraine)", 34.1, 44.95, "UKR"},
		{"Taipei", 121.56, 25.03, "TWN"},
		{"Gaza", 34.45, 31.5, "PSE"},
		{"Caracas", -66.90, 10.48, "VEN"},
		{"Bogota", -74.07, 4.71, "COL"},
		{"Georgetown", -58.16, 6.80, "GUY"},
		{"Havana", -82.38, 23.13, "CUB"},
		{"Moscow", 37.62, 55.75, "RUS"},
		{"Kaliningrad", 20.5, 54.7, "RUS"},
		{"Washington", -77.04, 38.9, "USA"},
		{"Santiago", -70.65, -33.45, "CHL"},
		{"bad input", 0, 100, ""},
	}
	for _, c := range cases {
		if got := w.CountryAt(c.lon, c.lat); got != c.want {
			t.Errorf("%s (%v, %v) = %q, want %q", c.name, c.lon, c.lat, got, c.want)
		}
	}
}

func TestCountryAtScreen(t *testing.T) {
	w := loadWorld(t)
	r, _ := RegionByID("world")
	v := Fit(r.Projected(), 0, 0, 1200, 600, 10)
	x, y := v.ToScreen(EqualEarth([2]float64{-47, -10}))
	if got := w.CountryAtScreen(v, x, y); got != "BRA" {
		t.Errorf("central Brazil on screen: %q", got)
	}
	x, y = v.ToScreen(EqualEarth([2]float64{-40, 45}))
	if got := w.CountryAtScreen(v, x, y); got != "" {
		t.Errorf("North Atlantic on screen: %q", got)
	}
	// Zoomed in, Malta is big enough to be hit by its shape.
	z := v.ZoomAt(0, 0, 400)
	if w.Country("MLT").NeedsMarker(z.Scale) {
		t.Fatal("Malta still needs a marker at 400x")
	}
	x, y = z.ToScreen(EqualEarth([2]float64{14.51, 35.90}))
	if got := w.CountryAtScreen(z, x, y); got != "MLT" {
		t.Errorf("Valletta at 400x: %q", got)
	}
}

func BenchmarkCountryAt(b *testing.B) {
	w := loadWorld(b)
	rng := rand.New(rand.NewSource(1))
	pts := make([][2]float64, 4096)
	for i := range pts {
		pts[i] = [2]float64{rng.Float64()*360 - 180, rng.Float64()*150 - 60}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pts[i%len(pts)]
		w.CountryAt(p[0], p[1])
	}
}

func BenchmarkCountryAtLand(b *testing.B) {
	w := loadWorld(b)
	// Russia, Canada, Indonesia: the countries with the most edges.
	pts := [][2]float64{{90, 60}, {-100, 60}, {115, -2}, {37.6, 55.7}, {-75, 45}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pts[i%len(pts)]
		w.CountryAt(p[0], p[1])
	}
}

func BenchmarkCountryAtScreen(b *testing.B) {
	w := loadWorld(b)
	r, _ := RegionByID("world")
	v := Fit(r.Projected(), 0, 0, 1200, 600, 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.CountryAtScreen(v, float64(i%1200), float64((i/1200)%600))
	}
}

// The index is made by the first query, once; a query makes only the
// band it reads.
func TestIndexBuiltOnDemand(t *testing.T) {
	w, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if w.index != nil {
		t.Fatal("Load built the index; it should wait for the first query")
	}
	if got := w.CountryAt(-66, 7); got != "VEN" {
		t.Fatalf("CountryAt(-66, 7) = %q, want VEN", got)
	}
	ix := w.index
	if ix == nil {
		t.Fatal("the first query did not build the index")
	}
	at := ix.band(EqualEarth(orb.Point{-66, 7})[1])
	for i := range ix.bands {
		if made := ix.bands[i].entries != nil; made != (i == at) {
			t.Fatalf("band %d made: %v after one query in band %d", i, made, at)
		}
	}
	if got := w.CountryAt(-66, 7); got != "VEN" || w.index != ix {
		t.Fatalf("a second query got %q and remade the index: %v", got, w.index != ix)
	}
}

// Bands made on demand hold what one pass over every edge puts in them:
// each polygon that has edges in the band, in the countries' order, with
// exactly those edges.
func TestIndexBandsHoldTheirEdges(t *testing.T) {
	w := loadWorld(t)
	ix := newIndex(w.Countries, w.bound)
	want := make([][]bandEntry, indexBands)
	for ci, c := range w.Countries {
		for _, p := range c.Projected {
			per := map[int][]edge{}
			for _, r := range p {
				for k := 0; k+1 < len(r); k++ {
					e := edge{r[k][0], r[k][1], r[k+1][0], r[k+1][1]}
					for b := ix.band(math.Min(e.ay, e.by)); b <= ix.band(math.Max(e.ay, e.by)); b++ {
						per[b] = append(per[b], e)
					}
				}
			}
			for b := 0; b < indexBands; b++ {
				if len(per[b]) > 0 {
					want[b] = append(want[b], bandEntry{int32(ci), p.Bound(), per[b]})
				}
			}
		}
	}
	for b := 0; b < indexBands; b++ {
		got := ix.entries(b)
		if len(got) != len(want[b]) {
			t.Fatalf("band %d: %d entries, want %d", b, len(got), len(want[b]))
		}
		for k := range got {
			g, e := got[k], want[b][k]
			if g.country != e.country || g.bound != e.bound || !slices.Equal(g.edges, e.edges) {
				t.Fatalf("band %d entry %d: %s with %d edges, want %s with %d", b, k,
					w.Countries[g.country].Code, len(g.edges), w.Countries[e.country].Code, len(e.edges))
			}
		}
	}
}

// BenchmarkBuildIndex makes the whole index, every band.
func BenchmarkBuildIndex(b *testing.B) {
	w, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ix := newIndex(w.Countries, w.bound)
		for i := range ix.bands {
			ix.entries(i)
		}
	}
}

// BenchmarkIndexFirstQuery is a query's cost when its band is not made
// yet: the index's first query at the equator.
func BenchmarkIndexFirstQuery(b *testing.B) {
	w, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	p := EqualEarth(orb.Point{20, 0})
	for b.Loop() {
		ix := newIndex(w.Countries, w.bound)
		ix.lookup(p)
	}
}
