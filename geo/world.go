package geo

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

//go:generate go run ./internal/gen

// The generated assets; see internal/gen and LICENSE-DATA.
var (
	//go:embed world.bin
	worldAsset []byte
	//go:embed names.tsv
	namesAsset []byte
)

// markerBelowPx: a country needs a marker when its projected bound is less
// than this many screen px in both width and height.
const markerBelowPx = 8.0

// World is the decoded atlas: every country of the source with its shapes,
// projection, label anchor and names, and an index for point lookups.
type World struct {
	Countries      []*Country // sorted by Code
	SourceFeatures int        // countries in the source atlas, recorded by the generator

	byCode  map[string]*Country
	names   nameTable
	bound   orb.Bound
	markers []*Country // by increasing size: the candidates for markers

	// The point-lookup index is built at the first query (see index):
	// a page shows the map long before a reader points at it.
	indexOnce sync.Once
	index     *index
}

// Country is one country or territory of the atlas.
type Country struct {
	Code      string           // ISO alpha-3, or the atlas's own code (XKX Kosovo, SOL Somaliland…)
	Projected orb.MultiPolygon // Equal Earth, unit sphere, y up (north positive); split at ±180°
	Bound     orb.Bound        // of Projected
	// Detail ranks each point of Projected for simplification (detail.go):
	// Detail[i][j][k] is the rank of Projected[i][j][k]. A ring's closing
	// point, which repeats its first, has none. It refers into the asset
	// the World was decoded from.
	Detail [][][]uint8
	Anchor orb.Point // projected label anchor inside the largest polygon
	Area   float64   // projected area

	size float64 // max(bound width, height)
}

// NeedsMarker reports whether the country is too small to see at scale
// (screen px per projected unit): its bound is under 8 px both ways.
func (c *Country) NeedsMarker(scale float64) bool {
	return c.size*scale < markerBelowPx
}

// Load decodes the embedded atlas and names.
func Load() (*World, error) {
	return Decode(worldAsset, namesAsset)
}

// Decode builds a World from an atlas asset and a names table in the
// formats internal/gen writes.
func Decode(atlas, names []byte) (*World, error) {
	src, cs, err := decodeAtlas(atlas)
	if err != nil {
		return nil, err
	}
	table, err := parseNames(names)
	if err != nil {
		return nil, err
	}
	w := &World{SourceFeatures: src, byCode: make(map[string]*Country, len(cs)), names: table}
	for i, a := range cs {
		if _, dup := w.byCode[a.code]; dup {
			return nil, fmt.Errorf("atlas: countries[%d]: code %s twice", i, a.code)
		}
		c := &Country{Code: a.code, Projected: a.shape, Detail: a.detail, Anchor: EqualEarth(a.anchor)}
		c.Bound = boundOf(a.shape)
		for _, p := range c.Projected {
			c.Area += planar.Area(p[0])
			for _, h := range p[1:] {
				c.Area -= math.Abs(planar.Area(h))
			}
		}
		c.size = math.Max(c.Bound.Max[0]-c.Bound.Min[0], c.Bound.Max[1]-c.Bound.Min[1])
		if i == 0 {
			w.bound = c.Bound
		}
		w.bound = w.bound.Union(c.Bound)
		w.Countries = append(w.Countries, c)
		w.byCode[c.Code] = c
	}
	sort.Slice(w.Countries, func(i, j int) bool { return w.Countries[i].Code < w.Countries[j].Code })
	w.markers = append([]*Country(nil), w.Countries...)
	sort.SliceStable(w.markers, func(i, j int) bool { return w.markers[i].size < w.markers[j].size })
	return w, nil
}

// boundOf is orb's bound of mp, found without orb's calls per point, where
// every polygon has an outer ring (as every country of the atlas has;
// orb's bound of an empty first polygon is odd).
func boundOf(mp orb.MultiPolygon) orb.Bound {
	b := orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	for _, p := range mp {
		if len(p) > 0 { // orb bounds a polygon by its outer ring
			b = growBound(b, p[0])
		}
	}
	if b.Min[0] > b.Max[0] {
		return mp.Bound() // orb's bound of nothing
	}
	return b
}

// RingBound is orb's bound of r (its Bound), found by comparisons: orb's
// Bound calls math.Min and math.Max for every point, and those are calls
// in the wasm build.
func RingBound(r orb.Ring) orb.Bound {
	if len(r) == 0 {
		return r.Bound() // orb's bound of nothing is an odd one: keep it
	}
	return growBound(orb.Bound{Min: r[0], Max: r[0]}, r)
}

// growBound returns b grown to hold every point of r, by comparisons:
// orb's Bound and math.Min are calls per point in wasm.
func growBound(b orb.Bound, r orb.Ring) orb.Bound {
	for _, e := range r {
		if e[0] < b.Min[0] {
			b.Min[0] = e[0]
		}
		if e[0] > b.Max[0] {
			b.Max[0] = e[0]
		}
		if e[1] < b.Min[1] {
			b.Min[1] = e[1]
		}
		if e[1] > b.Max[1] {
			b.Max[1] = e[1]
		}
	}
	return b
}

// Country returns the country with the code, or nil.
func (w *World) Country(code string) *Country { return w.byCode[code] }

// Known reports whether the atlas has the code.
func (w *World) Known(code string) bool { return w.byCode[code] != nil }

// Bound is the projected bound of the whole world.
func (w *World) Bound() orb.Bound { return w.bound }
