package main

import (
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/stancemap/stancemap/geo"
)

// smallFeature is the projected size (Equal Earth units; the world is 5.4
// wide) under which a feature's arcs are kept unsimplified: microstates and
// small islands states keep their few source points.
const smallFeature = 0.03

// build turns the topology into countries: arcs simplified once, rings
// joined, cut at the antimeridian, snapped to the asset grid and oriented
// (outer rings counter-clockwise, holes clockwise), with a label anchor.
func build(topo *topology, tol float64) ([]country, error) {
	protected := map[string]bool{}
	for _, f := range topo.features {
		b, ok := featureBound(topo, f)
		if !ok || math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]) < smallFeature {
			protected[f.code] = true
		}
	}
	arcs := simplifyTopology(topo, tol, protected)
	seen := map[string]bool{}
	var cs []country
	for _, f := range topo.features {
		if seen[f.code] {
			return nil, fmt.Errorf("feature %s (%s) appears twice", f.code, f.name)
		}
		seen[f.code] = true
		c := country{code: f.code}
		for _, poly := range f.polygons {
			p := make(orb.Polygon, len(poly))
			for i, r := range poly {
				p[i] = ring(arcs, r)
			}
			for _, piece := range splitPolygon(p) {
				if s := snapPolygon(piece); s != nil {
					c.shape = append(c.shape, s)
				}
			}
		}
		if len(c.shape) == 0 {
			// The source ring is degenerate (Vatican City's collapses to a
			// point at 1:50m): stand in a box.
			c.shape = orb.MultiPolygon{placeholder(topo, f)}
		}
		c.anchor = anchor(c.shape)
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].code < cs[j].code })
	return cs, nil
}

// featureBound is the projected bound of every source point of f.
func featureBound(topo *topology, f feature) (orb.Bound, bool) {
	var b orb.Bound
	first := true
	for _, poly := range f.polygons {
		for _, r := range poly {
			for _, k := range r {
				for _, p := range topo.arcs[arcIndex(k)] {
					q := geo.EqualEarth(p)
					if first {
						b, first = orb.Bound{Min: q, Max: q}, false
					}
					b = b.Extend(q)
				}
			}
		}
	}
	return b, !first
}

// snapPolygon snaps every ring to the grid, drops holes that vanish, and
// orients the rings; nil when the outer ring vanishes.
func snapPolygon(p orb.Polygon) orb.Polygon {
	outer := snapRing(p[0])
	if outer == nil {
		return nil
	}
	if planar.Area(outer) < 0 {
		outer.Reverse()
	}
	out := orb.Polygon{outer}
	for _, h := range p[1:] {
		if s := snapRing(h); s != nil {
			if planar.Area(s) > 0 {
				s.Reverse()
			}
			out = append(out, s)
		}
	}
	return out
}

// knownBoxes are the real lon/lat extents of features whose source shape
// is degenerate. Vatican City's 1:50m ring is a single point 1.2 km west
// of the state; its box (12.4457-12.4585°E, 41.9002-41.9074°N) puts it
// where it is.
var knownBoxes = map[string]orb.Bound{
	"VAT": {Min: orb.Point{12.4457, 41.9002}, Max: orb.Point{12.4585, 41.9074}},
}

// placeholder is the known box of a degenerate feature, else a 0.012° x
// 0.008° box at the mean of its source points (0,0 when it has none).
func placeholder(topo *topology, f feature) orb.Polygon {
	if b, ok := knownBoxes[f.code]; ok {
		return orb.Polygon{snapRing(b.ToRing())}
	}
	var sx, sy float64
	n := 0
	for _, poly := range f.polygons {
		for _, r := range poly {
			for _, k := range r {
				for _, p := range topo.arcs[arcIndex(k)] {
					sx, sy, n = sx+p[0], sy+p[1], n+1
				}
			}
		}
	}
	c := orb.Point{}
	if n > 0 {
		c = orb.Point{sx / float64(n), sy / float64(n)}
	}
	const hw, hh = 0.006, 0.004
	r := orb.Ring{{c[0] - hw, c[1] - hh}, {c[0] + hw, c[1] - hh}, {c[0] + hw, c[1] + hh}, {c[0] - hw, c[1] + hh}, {c[0] - hw, c[1] - hh}}
	return orb.Polygon{snapRing(r)}
}

// anchor is the label point of the largest polygon (by projected area),
// found in projected space and returned as lon/lat.
func anchor(mp orb.MultiPolygon) orb.Point {
	var best orb.Polygon
	bestArea := -1.0
	for _, p := range mp {
		pp := projectPolygon(p)
		if a := planar.Area(pp); a > bestArea {
			best, bestArea = pp, a
		}
	}
	b := best.Bound()
	precision := math.Min(0.0005, math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])/50)
	return geo.EqualEarthInverse(labelPoint(best, precision))
}

func projectPolygon(p orb.Polygon) orb.Polygon {
	out := make(orb.Polygon, len(p))
	for i, r := range p {
		out[i] = projectRing(r)
	}
	return out
}
