package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// PROJ's gie suite (+proj=eqearth +R=6378137) publishes these to 1 cm;
// the others were computed independently from the paper's expanded
// polynomial in Python (float64).
var equalEarthCases = []struct {
	name      string
	lonlat    orb.Point
	xy        orb.Point // unit sphere
	tolerance float64
}{
	{"PROJ 180,0", orb.Point{180, 0}, orb.Point{17263256.84 / 6378137, 0}, 0.01 / 6378137},
	{"PROJ 180,45", orb.Point{180, 45}, orb.Point{14795421.79 / 6378137, 5486671.72 / 6378137}, 0.01 / 6378137},
	{"origin", orb.Point{0, 0}, orb.Point{0, 0}, 1e-15},
	{"2,1", orb.Point{2, 1}, orb.Point{0.030071478498762568, 0.020257546047118147}, 1e-12},
	{"-75,-45", orb.Point{-75, -45}, orb.Point{-0.966545415919153, -0.8602310855220102}, 1e-12},
	{"north pole", orb.Point{0, 90}, orb.Point{0, 1.317362759157413}, 1e-12},
	{"120,-60", orb.Point{120, -60}, orb.Point{1.3593733917143727, -1.0883008355053196}, 1e-12},
	{"pole line corner", orb.Point{-180, -90}, orb.Point{-1.6035886482840516, -1.317362759157413}, 1e-12},
}

func TestEqualEarth(t *testing.T) {
	for _, c := range equalEarthCases {
		got := EqualEarth(c.lonlat)
		if math.Abs(got[0]-c.xy[0]) > c.tolerance || math.Abs(got[1]-c.xy[1]) > c.tolerance {
			t.Errorf("%s: EqualEarth(%v) = %v, want %v", c.name, c.lonlat, got, c.xy)
		}
		back := EqualEarthInverse(c.xy)
		latTol := 1e-7
		if math.Abs(c.lonlat[1]) == 90 {
			latTol = 1e-5 // asin is steep at the poles: 1e-12 in y is 1e-6°
		}
		if math.Abs(back[1]-c.lonlat[1]) > latTol || (math.Abs(c.lonlat[1]) < 90 && math.Abs(back[0]-c.lonlat[0]) > 1e-7) {
			t.Errorf("%s: EqualEarthInverse(%v) = %v, want %v", c.name, c.xy, back, c.lonlat)
		}
	}
}

func TestEqualEarthRoundTrip(t *testing.T) {
	for lat := -89.5; lat <= 89.5; lat += 3.5 {
		for lon := -180.0; lon <= 180; lon += 7.5 {
			p := orb.Point{lon, lat}
			q := EqualEarthInverse(EqualEarth(p))
			if math.Abs(q[0]-p[0]) > 1e-9 || math.Abs(q[1]-p[1]) > 1e-9 {
				t.Fatalf("round trip %v -> %v", p, q)
			}
		}
	}
}

func TestEqualEarthEqualArea(t *testing.T) {
	// Equal area: a 1°x1° cell projects to the same area at any latitude as
	// its true spherical area (unit sphere, in radians²).
	cell := func(lat float64) (projected, sphere float64) {
		a := EqualEarth(orb.Point{0, lat})
		b := EqualEarth(orb.Point{1, lat})
		c := EqualEarth(orb.Point{1, lat + 1})
		d := EqualEarth(orb.Point{0, lat + 1})
		ring := orb.Ring{a, b, c, d, a}
		var s float64
		for i := 0; i < len(ring)-1; i++ {
			s += ring[i][0]*ring[i+1][1] - ring[i+1][0]*ring[i][1]
		}
		rad := math.Pi / 180
		return s / 2, rad * (math.Sin((lat+1)*rad) - math.Sin(lat*rad))
	}
	for _, lat := range []float64{0, 30, 60, 80} {
		p, s := cell(lat)
		if math.Abs(p-s)/s > 1e-3 {
			t.Errorf("cell at %v°: projected area %g, sphere %g", lat, p, s)
		}
	}
}

var sink orb.Point

func BenchmarkEqualEarth(b *testing.B) {
	p := orb.Point{12.5, 41.9}
	for i := 0; i < b.N; i++ {
		sink = EqualEarth(p)
	}
}

func BenchmarkEqualEarthInverse(b *testing.B) {
	p := EqualEarth(orb.Point{12.5, 41.9})
	for i := 0; i < b.N; i++ {
		sink = EqualEarthInverse(p)
	}
}
