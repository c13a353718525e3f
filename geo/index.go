package geo

import (
	"math"
	"sync"

	"github.com/paulmach/orb"
)

// index answers point -> country in projected space. The world is cut into
// horizontal bands; each band lists, per polygon that reaches into it, the
// polygon's bound and only the edges crossing the band. A query reads one
// band and casts a horizontal ray through those few edges.
//
// The index is made at the first query, and a band when a query first
// reads it: one band takes the edges of the few polygons that reach into
// it. Made whole after the embed's first frame, the index held its main
// thread 190–250 ms in profiles of the page (7 ms natively), and the
// optimising compiler's work on that code showed in the idle page's CPU
// for seconds after; a reader who never points at the map needs none of
// it, and the first hover makes its band in a few milliseconds.
type index struct {
	minY, bandH float64
	bands       []band
	polys       []indexPoly
	countries   []*Country
}

// band is one band's entries, made once (see entries).
type band struct {
	once    sync.Once
	entries []bandEntry
}

// indexPoly is a polygon of the world with its bound and the bands it
// spans.
type indexPoly struct {
	country int32
	bound   orb.Bound
	lo, hi  int
	poly    orb.Polygon
}

type bandEntry struct {
	country int32
	bound   orb.Bound // of the whole polygon
	edges   []edge
}

type edge struct{ ax, ay, bx, by float64 }

const indexBands = 1024

func newIndex(cs []*Country, world orb.Bound) *index {
	ix := &index{minY: world.Min[1], countries: cs, bands: make([]band, indexBands)}
	ix.bandH = (world.Max[1] - world.Min[1]) / indexBands
	if !(ix.bandH > 0) {
		ix.bandH = 1
	}
	n := 0
	for _, c := range cs {
		n += len(c.Projected)
	}
	ix.polys = make([]indexPoly, 0, n)
	for ci, c := range cs {
		for _, p := range c.Projected {
			if len(p) == 0 || len(p[0]) == 0 {
				continue // nothing to hit
			}
			b := RingBound(p[0]) // orb's Polygon.Bound, the outer ring's
			ix.polys = append(ix.polys, indexPoly{country: int32(ci), bound: b, lo: ix.band(b.Min[1]), hi: ix.band(b.Max[1]), poly: p})
		}
	}
	return ix
}

// entries returns band i's entries, making them the first time: for each
// polygon (in the countries' order) with edges whose y range touches the
// band, its bound and those edges. Two passes over the polygons that span
// the band, counting then copying, so that a band allocates what it keeps.
func (ix *index) entries(i int) []bandEntry {
	bd := &ix.bands[i]
	bd.once.Do(func() {
		type span struct{ poly, n int }
		var spans []span
		total := 0
		for pi := range ix.polys {
			ip := &ix.polys[pi]
			if i < ip.lo || i > ip.hi {
				continue
			}
			if n := ix.bandEdges(ip.poly, i, nil); n > 0 {
				spans = append(spans, span{pi, n})
				total += n
			}
		}
		all := make([]edge, total)
		bd.entries = make([]bandEntry, len(spans))
		for k, sp := range spans {
			ip := &ix.polys[sp.poly]
			edges := all[:sp.n:sp.n]
			all = all[sp.n:]
			ix.bandEdges(ip.poly, i, edges)
			bd.entries[k] = bandEntry{ip.country, ip.bound, edges}
		}
	})
	return bd.entries
}

// bandEdges writes the edges of p whose y range touches band i into dst,
// which has room for them, and returns their number; with a nil dst it
// only counts them.
func (ix *index) bandEdges(p orb.Polygon, i int, dst []edge) int {
	n := 0
	for _, r := range p {
		for k := 0; k+1 < len(r); k++ {
			lo, hi := r[k][1], r[k+1][1] // not math.Min: a call in wasm
			if hi < lo {
				lo, hi = hi, lo
			}
			if ix.band(lo) <= i && i <= ix.band(hi) {
				if dst != nil {
					dst[n] = edge{r[k][0], r[k][1], r[k+1][0], r[k+1][1]}
				}
				n++
			}
		}
	}
	return n
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
	for _, e := range ix.entries(ix.band(y)) {
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

// lookup answers CountryAt and CountryAtScreen, making the index at the
// first query: each polygon's bound (a query makes the band it reads, see
// index).
func (w *World) lookup(p orb.Point) *Country {
	w.indexOnce.Do(func() { w.index = newIndex(w.Countries, w.bound) })
	return w.index.lookup(p)
}

func (w *World) codeOf(c *Country) string {
	if c == nil {
		return ""
	}
	return c.Code
}
