package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// index answers point -> country in projected space. The world is cut into
// horizontal bands; each band lists, per polygon that reaches into it, the
// polygon's bound and only the edges crossing the band. A query reads one
// band and casts a horizontal ray through those few edges.
type index struct {
	minY, bandH float64
	bands       [][]bandEntry
	countries   []*Country
}

type bandEntry struct {
	country int32
	bound   orb.Bound // of the whole polygon
	edges   []edge
}

type edge struct{ ax, ay, bx, by float64 }

const indexBands = 1024

func newIndex(cs []*Country, world orb.Bound) *index {
	ix := &index{minY: world.Min[1], countries: cs, bands: make([][]bandEntry, indexBands)}
	ix.bandH = (world.Max[1] - world.Min[1]) / indexBands
	if !(ix.bandH > 0) {
		ix.bandH = 1
	}
	// Two passes: count the edges of every (polygon, band), then fill one
	// shared array, so building costs a few allocations, not one per band.
	total := 0
	counts := make([]int, indexBands)
	for _, c := range cs {
		for _, p := range c.Projected {
			ix.eachEdge(p, func(band int, _ edge) { total++ })
		}
	}
	all := make([]edge, total)
	for ci, c := range cs {
		for _, p := range c.Projected {
			b := p.Bound()
			lo, hi := ix.band(b.Min[1]), ix.band(b.Max[1])
			clear(counts[lo : hi+1])
			ix.eachEdge(p, func(band int, _ edge) { counts[band]++ })
			for band := lo; band <= hi; band++ {
				if counts[band] == 0 {
					continue
				}
				n := counts[band]
				ix.bands[band] = append(ix.bands[band], bandEntry{int32(ci), b, all[:0:n]})
				all = all[n:]
			}
			ix.eachEdge(p, func(band int, e edge) {
				last := &ix.bands[band][len(ix.bands[band])-1]
				last.edges = append(last.edges, e)
			})
		}
	}
	return ix
}

// eachEdge calls fn for every edge of the polygon and every band it spans.
func (ix *index) eachEdge(p orb.Polygon, fn func(band int, e edge)) {
	for _, r := range p {
		for k := 0; k+1 < len(r); k++ {
			e := edge{r[k][0], r[k][1], r[k+1][0], r[k+1][1]}
			lo, hi := e.ay, e.by // not math.Min: a call in wasm
			if hi < lo {
				lo, hi = hi, lo
			}
			for band := ix.band(lo); band <= ix.band(hi); band++ {
				fn(band, e)
			}
		}
	}
}

func (ix *index) band(y float64) int {
	b := int((y - ix.minY) / ix.bandH)
	return max(0, min(indexBands-1, b))
}

// lookup returns the country containing the projected point, or nil. When
// polygons overlap (an enclave drawn over its surrounding country without a
// hole, as Vatican City in Italy) the smaller country wins.
func (ix *index) lookup(p orb.Point) *Country {
	x, y := p[0], p[1]
	if math.IsNaN(x) || math.IsNaN(y) || y < ix.minY || y > ix.minY+ix.bandH*indexBands {
		return nil
	}
	var best *Country
	for _, e := range ix.bands[ix.band(y)] {
		if x < e.bound.Min[0] || x > e.bound.Max[0] || y < e.bound.Min[1] || y > e.bound.Max[1] {
			continue
		}
		c := ix.countries[e.country]
		if best != nil && c.Area >= best.Area {
			continue
		}
		in := false
		for _, s := range e.edges {
			if (s.ay > y) != (s.by > y) && x < s.ax+(y-s.ay)*(s.bx-s.ax)/(s.by-s.ay) {
				in = !in
			}
		}
		if in {
			best = c
		}
	}
	return best
}

// CountryAt returns the alpha-3 code of the country at lon/lat (degrees;
// longitude wraps), or "" over the sea.
func (w *World) CountryAt(lon, lat float64) string {
	if math.IsNaN(lon) || math.IsNaN(lat) || math.IsInf(lon, 0) || lat < -90 || lat > 90 {
		return ""
	}
	lon = math.Mod(lon+180, 360)
	if lon < 0 {
		lon += 360
	}
	return w.codeOf(w.lookup(EqualEarth(orb.Point{lon - 180, lat})))
}

// CountryAtScreen returns the country whose shape is under screen point
// x,y in view v. Small states too small to hit have markers instead: a
// caller looks there first (Markers, MarkerAt).
func (w *World) CountryAtScreen(v View, x, y float64) string {
	return w.codeOf(w.lookup(v.FromScreen(x, y)))
}

// BuildIndex builds the index that CountryAt and CountryAtScreen query,
// if it is not built yet. The first query builds it otherwise; a caller
// that shows the map first (the web embed: ~100 ms of its start in
// WebAssembly) calls this once the map is on screen.
func (w *World) BuildIndex() {
	w.indexOnce.Do(func() { w.index = newIndex(w.Countries, w.bound) })
}

func (w *World) lookup(p orb.Point) *Country {
	w.BuildIndex()
	return w.index.lookup(p)
}

func (w *World) codeOf(c *Country) string {
	if c == nil {
		return ""
	}
	return c.Code
}
