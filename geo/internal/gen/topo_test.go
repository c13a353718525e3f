package main

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestReadTopology(t *testing.T) {
	// Two arcs: a shared edge and the rest of a square; the second country
	// uses the shared edge reversed.
	src := `{"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
	"objects":{"countries":{"type":"GeometryCollection","geometries":[
	 {"type":"Polygon","id":"1","properties":{"a3":"AAA","name":"A"},"arcs":[[0,1]]},
	 {"type":"MultiPolygon","id":"-99","properties":{"name":"B"},"arcs":[[[-1,2]]]}]}},
	"arcs":[[[0,0],[0,4]],[[0,4],[2,0],[0,-4],[-2,0]],[[0,0],[-2,0],[0,4],[2,0]]]}`
	topo, err := readTopology([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := topo.arcs[0]; !got.Equal(orb.LineString{{10, 20}, {10, 21}}) {
		t.Errorf("arc 0 = %v", got)
	}
	a := ring(topo.arcs, topo.features[0].polygons[0][0])
	want := orb.Ring{{10, 20}, {10, 21}, {11, 21}, {11, 20}, {10, 20}}
	if !a.Equal(want) {
		t.Errorf("ring A = %v, want %v", a, want)
	}
	b := ring(topo.arcs, topo.features[1].polygons[0][0])
	if b[0] != (orb.Point{10, 21}) || b[1] != (orb.Point{10, 20}) || len(b) != 5 {
		t.Errorf("ring B = %v", b)
	}
	if topo.features[1].code != "X-99" {
		t.Errorf("code without a3 = %q", topo.features[1].code)
	}
}

func TestReadTopologyErrors(t *testing.T) {
	for _, src := range []string{
		`{`,
		`{"arcs":[[[0,0]]],"objects":{"countries":{"geometries":[]}}}`,
		`{"arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[5]]}]}}}`,
		`{"arcs":[],"objects":{}}`,
	} {
		if _, err := readTopology([]byte(src)); err == nil {
			t.Errorf("no error for %s", src)
		}
	}
}
