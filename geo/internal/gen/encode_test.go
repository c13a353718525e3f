package main

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

// What encodeAtlas writes, geo decodes: each ring projected, within half a
// grid step of Equal Earth of its lon/lat points (their closing point
// implied), with the ranks ringRanks gives the decoded points, whatever
// the ring's latitude.
func TestEncodedAtlasDecodes(t *testing.T) {
	cs := []country{
		{code: "AAA", anchor: orb.Point{10.5, 5.5}, shape: orb.MultiPolygon{{
			{{10, 5}, {11, 5}, {11.5, 5.2}, {11, 6}, {10.2, 6.1}, {10, 5}},
			{{10.4, 5.4}, {10.5, 5.8}, {10.8, 5.5}, {10.4, 5.4}},
		}}},
		{code: "BBB", anchor: orb.Point{179.5, -84.5}, shape: orb.MultiPolygon{
			{{{179, -85}, {180, -85}, {180, -84}, {179.3, -84.2}, {179, -85}}},
			{{{-30.001, 60}, {-30, 60}, {-30, 60.001}, {-30.001, 60}}},
		}},
	}
	asset, err := encodeAtlas(len(cs), cs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := geo.Decode(asset, []byte("# code\ten\nAAA\tA\nBBB\tB\n"))
	if err != nil {
		t.Fatal(err)
	}
	const half = 0x1p-17 // half the grid's step, projected units
	for _, c := range cs {
		got := w.Country(c.code)
		if got == nil || len(got.Projected) != len(c.shape) {
			t.Fatalf("%s: decoded %+v", c.code, got)
		}
		for i, poly := range c.shape {
			for j, ring := range poly {
				dec := got.Projected[i][j]
				if len(dec) != len(ring) || dec[0] != dec[len(dec)-1] {
					t.Fatalf("%s ring %d.%d: %d points decoded, %d written (closed)", c.code, i, j, len(dec), len(ring))
				}
				for k, p := range ring {
					want := geo.EqualEarth(p)
					if math.Abs(dec[k][0]-want[0]) > half || math.Abs(dec[k][1]-want[1]) > half {
						t.Errorf("%s ring %d.%d point %d: %v, Equal Earth gives %v", c.code, i, j, k, dec[k], want)
					}
				}
				if r := ringRanks(dec[:len(dec)-1]); string(r) != string(got.Detail[i][j]) {
					t.Errorf("%s ring %d.%d: ranks %v, the decoded points' are %v", c.code, i, j, got.Detail[i][j], r)
				}
			}
		}
	}
	if a := w.Country("AAA").Anchor; a != geo.EqualEarth(orb.Point{10.5, 5.5}) {
		t.Errorf("anchor %v", a)
	}
}

// A ring whose points fall together on the projected grid, leaving fewer
// than three, is an error that names it, not a broken asset.
func TestEncodeRefusesARingTheGridCollapses(t *testing.T) {
	tiny := []country{{code: "CCC", shape: orb.MultiPolygon{{{{0, 0}, {0.0001, 0}, {0, 0.0001}, {0, 0}}}}}}
	if _, err := encodeAtlas(1, tiny); err == nil {
		t.Error("a ring 11 m across encoded")
	}
}
