package geo

import (
	"math"
	"testing"
)

// The rank scale never decreases, starts each rank at its floor and keeps
// its ends: nothing under the smallest step, and the top rank for anything
// too large (or infinite) to tell apart.
func TestDetailRankScale(t *testing.T) {
	if DetailRank(0) != 0 || DetailRank(math.NaN()) != 0 || DetailRank(-1) != 0 || DetailRank(detailMin/2) != 0 {
		t.Error("details under the scale's floor, or not numbers, are not rank 0")
	}
	if DetailRank(math.Inf(1)) != detailTop || DetailRank(1e9) != detailTop {
		t.Error("huge details are not the top rank")
	}
	for r := 1; r <= detailTop; r++ {
		f := DetailFloor(uint8(r))
		if got := DetailRank(f); got != uint8(r) {
			t.Errorf("rank %d's floor %g has rank %d", r, f, got)
		}
		if got := DetailRank(f * (1 - 1e-12)); got != uint8(r-1) {
			t.Errorf("just under rank %d's floor %g: rank %d", r, f, got)
		}
	}
	if DetailFloor(0) != 0 || !math.IsInf(DetailFloor(DetailKeep), 1) {
		t.Errorf("the floors of ranks 0 and DetailKeep are %g and %g", DetailFloor(0), DetailFloor(DetailKeep))
	}
	last := uint8(0)
	for d := detailMin / 4; d < 16; d *= 1.001 {
		r := DetailRank(d)
		if r < last {
			t.Fatalf("rank %d at %g, after %d", r, d, last)
		}
		last = r
	}
	if last != detailTop {
		t.Errorf("the scale ends at rank %d", last)
	}
}

// Every point of the atlas has a rank, each ring's first point and the
// point farthest from it keep the DetailKeep rank, and no other does.
func TestAtlasRanksEveryPoint(t *testing.T) {
	w, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range w.Countries {
		if len(c.Detail) != len(c.Projected) {
			t.Fatalf("%s: ranks for %d polygons of %d", c.Code, len(c.Detail), len(c.Projected))
		}
		for i, poly := range c.Projected {
			if len(c.Detail[i]) != len(poly) {
				t.Fatalf("%s polygon %d: ranks for %d rings of %d", c.Code, i, len(c.Detail[i]), len(poly))
			}
			for j, ring := range poly {
				ranks := c.Detail[i][j]
				if len(ranks) != len(ring)-1 {
					t.Fatalf("%s ring %d.%d: %d ranks for %d points", c.Code, i, j, len(ranks), len(ring)-1)
				}
				far, fd := 0, -1.0
				for k := 1; k < len(ranks); k++ {
					dx, dy := ring[k][0]-ring[0][0], ring[k][1]-ring[0][1]
					if d := dx*dx + dy*dy; d > fd {
						far, fd = k, d
					}
				}
				for k, r := range ranks {
					if (r == DetailKeep) != (k == 0 || k == far) {
						t.Fatalf("%s ring %d.%d point %d of %d: rank %d (the farthest is %d)", c.Code, i, j, k, len(ranks), r, far)
					}
				}
			}
		}
	}
}
