package atlas

import (
	"math"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

// Facts are what the map needs to know about the atlas that no view
// changes, worked out once instead of on every map build (a drag builds
// the map every frame): each ring's size, and which countries lie inside a
// larger country's bound.
type Facts struct {
	world *geo.World
	// ringSize is each ring's larger side in projected units, by country,
	// polygon and ring.
	ringSize map[*geo.Country][][]float64
	// enclosed are the countries whose bound lies inside a larger
	// country's. Being contained is the same in any view, since a view only
	// scales and moves the map.
	enclosed map[string]bool
}

// RingSizes are the larger sides of c's rings in projected units, by
// polygon and ring, or nil for a country of another world.
func (f *Facts) RingSizes(c *geo.Country) [][]float64 { return f.ringSize[c] }

// Enclosed reports whether country code's bound lies inside a larger
// country's (the Vatican in Italy): where the atlas has no hole for it, it
// must be drawn over its neighbour.
func (f *Facts) Enclosed(code string) bool { return f.enclosed[code] }

// RingSize is the larger side of a ring's bound, as orb's Bound gives it
// (geo.RingBound, without orb's calls per point).
func RingSize(r orb.Ring) float64 {
	b := geo.RingBound(r)
	return math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
}

func newFacts(world *geo.World) *Facts {
	f := &Facts{world: world, ringSize: map[*geo.Country][][]float64{}, enclosed: map[string]bool{}}
	if world == nil {
		return f
	}
	for _, c := range world.Countries {
		sizes := make([][]float64, len(c.Projected))
		for i, poly := range c.Projected {
			sizes[i] = make([]float64, len(poly))
			for j, ring := range poly {
				sizes[i][j] = RingSize(ring)
			}
		}
		f.ringSize[c] = sizes
	}
	for _, c := range world.Countries {
		if hidden[c.Code] {
			continue
		}
		for _, g := range world.Countries {
			if g != c && !hidden[g.Code] && g.Area > c.Area && boundInside(c, g) {
				f.enclosed[c.Code] = true
				break
			}
		}
	}
	return f
}

// boundInside reports whether c's projected bound lies inside g's.
func boundInside(c, g *geo.Country) bool {
	a, b := c.Bound, g.Bound
	return a.Min[0] >= b.Min[0] && a.Min[1] >= b.Min[1] && a.Max[0] <= b.Max[0] && a.Max[1] <= b.Max[1]
}

// last keeps the facts of the last world asked about: a program has one
// world, and each print page and poster asks again. Facts never change once
// made, so sharing them between goroutines is safe.
var last atomic.Pointer[Facts]

// Of returns the facts of world, worked out on first use.
func Of(world *geo.World) *Facts {
	if f := last.Load(); f != nil && f.world == world {
		return f
	}
	f := newFacts(world)
	last.Store(f)
	return f
}
