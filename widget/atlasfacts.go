package widget

import (
	"math"
	"sync/atomic"

	"github.com/stancemap/stancemap/geo"
)

// atlasFacts are what the map needs to know about the atlas that no view
// changes, worked out once instead of on every map build (a drag builds
// the map every frame): each ring's size, and which countries lie inside a
// larger country's bound.
type atlasFacts struct {
	world *geo.World
	// ringSize is each ring's larger side in projected units, by country,
	// polygon and ring.
	ringSize map[*geo.Country][][]float64
	// enclosed are the countries whose bound lies inside a larger
	// country's. Being contained is the same in any view, since a view only
	// scales and moves the map.
	enclosed map[string]bool
}

func newAtlasFacts(world *geo.World) *atlasFacts {
	f := &atlasFacts{world: world, ringSize: map[*geo.Country][][]float64{}, enclosed: map[string]bool{}}
	if world == nil {
		return f
	}
	for _, c := range world.Countries {
		sizes := make([][]float64, len(c.Projected))
		for i, poly := range c.Projected {
			sizes[i] = make([]float64, len(poly))
			for j, ring := range poly {
				b := ring.Bound()
				sizes[i][j] = math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
			}
		}
		f.ringSize[c] = sizes
	}
	for _, c := range world.Countries {
		if hiddenCodes[c.Code] {
			continue
		}
		for _, g := range world.Countries {
			if g != c && !hiddenCodes[g.Code] && g.Area > c.Area && boundInside(c, g) {
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

// lastFacts keeps the facts of the last world asked about: a program has
// one world, and print scenes make a widget each. Facts never change once
// made, so sharing them between goroutines is safe.
var lastFacts atomic.Pointer[atlasFacts]

// facts returns the atlas facts for w's world, worked out on first use.
func (w *Widget) facts() *atlasFacts {
	if w.atlas != nil && w.atlas.world == w.world {
		return w.atlas
	}
	if f := lastFacts.Load(); f != nil && f.world == w.world {
		w.atlas = f
		return f
	}
	w.atlas = newAtlasFacts(w.world)
	lastFacts.Store(w.atlas)
	return w.atlas
}
