package main

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/tidwall/gjson"
)

// topology is the part of a TopoJSON file the generator needs: the decoded
// arcs in lon/lat and, per country, its polygons as rings of arc indices.
type topology struct {
	arcs     []orb.LineString
	features []feature
}

// feature is one country of the TopoJSON "countries" object.
type feature struct {
	code     string // properties.a3
	name     string // properties.name, the atlas's English short name
	id       string
	polygons [][][]int // polygon -> ring -> signed arc index
}

// readTopology decodes the arcs (quantized and delta-encoded when the file
// has a transform) and the countries of a TopoJSON topology.
func readTopology(b []byte) (*topology, error) {
	if !gjson.ValidBytes(b) {
		return nil, fmt.Errorf("topology: invalid JSON")
	}
	doc := gjson.ParseBytes(b)
	scale, translate := [2]float64{1, 1}, [2]float64{0, 0}
	quantized := doc.Get("transform").Exists()
	if quantized {
		for i := 0; i < 2; i++ {
			scale[i] = doc.Get(fmt.Sprintf("transform.scale.%d", i)).Float()
			translate[i] = doc.Get(fmt.Sprintf("transform.translate.%d", i)).Float()
		}
	}
	t := &topology{}
	for i, arc := range doc.Get("arcs").Array() {
		var x, y float64
		var line orb.LineString
		for j, p := range arc.Array() {
			c := p.Array()
			if len(c) < 2 {
				return nil, fmt.Errorf("arcs[%d][%d]: want a position, got %s", i, j, p.Raw)
			}
			if quantized {
				x += c[0].Float()
				y += c[1].Float()
				line = append(line, orb.Point{x*scale[0] + translate[0], y*scale[1] + translate[1]})
			} else {
				line = append(line, orb.Point{c[0].Float(), c[1].Float()})
			}
		}
		if len(line) < 2 {
			return nil, fmt.Errorf("arcs[%d]: %d positions", i, len(line))
		}
		t.arcs = append(t.arcs, line)
	}
	geoms := doc.Get("objects.countries.geometries")
	if !geoms.IsArray() {
		return nil, fmt.Errorf("objects.countries.geometries: missing")
	}
	for i, g := range geoms.Array() {
		f := feature{
			code: g.Get("properties.a3").String(),
			name: g.Get("properties.name").String(),
			id:   g.Get("id").String(),
		}
		var polys []gjson.Result
		switch typ := g.Get("type").String(); typ {
		case "Polygon":
			polys = []gjson.Result{g.Get("arcs")}
		case "MultiPolygon":
			polys = g.Get("arcs").Array()
		case "", "null":
			// A feature without geometry still counts; it gets a placeholder.
		default:
			return nil, fmt.Errorf("countries[%d] (%s): geometry type %q", i, f.code, typ)
		}
		for pi, poly := range polys {
			var rings [][]int
			for ri, ring := range poly.Array() {
				var idx []int
				for _, a := range ring.Array() {
					k := int(a.Int())
					if k >= len(t.arcs) || ^k >= len(t.arcs) {
						return nil, fmt.Errorf("countries[%d] (%s).arcs[%d][%d]: arc %d out of range", i, f.code, pi, ri, k)
					}
					idx = append(idx, k)
				}
				rings = append(rings, idx)
			}
			f.polygons = append(f.polygons, rings)
		}
		if f.code == "" || f.code == "-99" {
			f.code = "X" + f.id // never empty: fall back to the atlas id
		}
		t.features = append(t.features, f)
	}
	return t, nil
}

// ring joins the arcs of a ring; a negative index ~k is arc k reversed.
// Consecutive arcs share their junction point, kept once.
func ring(arcs []orb.LineString, idx []int) orb.Ring {
	var r orb.Ring
	for _, k := range idx {
		var a orb.LineString
		if k >= 0 {
			a = arcs[k]
		} else {
			a = arcs[^k].Clone()
			a.Reverse()
		}
		if len(r) > 0 {
			a = a[1:]
		}
		r = append(r, a...)
	}
	return r
}
