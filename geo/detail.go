package geo

import "math"

// Every point of the atlas carries a detail rank: how far it stands out
// from the outline a Douglas–Peucker simplification of its ring would
// draw without it, so that a screen can simplify the map in one pass
// instead of running the simplification itself at every redraw.
//
// Douglas–Peucker splits a run of points at the one farthest from the
// segment between the run's ends, and stops where that distance is within
// the tolerance. Where it splits does not depend on the tolerance, only
// whether it goes on; so the points kept at a tolerance are exactly those
// whose split distance, and that of every split above them, exceeds it.
// That smallest distance on the way down is a point's detail, computed at
// build time on its projected ring (internal/gen) the way
// widget/geom.Simplifier computes it, and stored as a rank: DetailRank.
//
// A closed ring is first split at its first point and the point farthest
// from it; both rank DetailKeep.

// DetailKeep is the rank of a point no tolerance leaves out.
const DetailKeep = 255

// The rank scale: rank 0 is a detail under detailMin (projected units, about
// 6 m on the ground; the atlas's grid is about 97 m), each rank
// above it 1/detailSteps of a doubling wider, up to 254 (about 2.1 units, more
// than a continent's width).
const (
	detailMin   = 0x1p-20
	detailSteps = 12
	detailTop   = DetailKeep - 1
)

// DetailRank is the rank of a detail d, in projected units: 0 below
// detailMin, then the step of the logarithmic scale d falls in, at most 254.
// It never decreases as d grows.
//
// A simplification to a tolerance tol keeps the points ranked at least
// DetailRank(tol). That is every point Douglas–Peucker keeps at tol, and the
// points whose detail lies in tol's step of the scale as well (at most 6 %
// under tol): Douglas–Peucker's result at a tolerance at most 6 % finer.
func DetailRank(d float64) uint8 {
	if !(d >= detailMin) { // NaN too
		return 0
	}
	r := 1 + math.Floor(math.Log2(d/detailMin)*detailSteps)
	if r >= detailTop {
		return detailTop
	}
	return uint8(r)
}

// DetailFloor is the smallest detail of rank r: a tolerance just under it
// keeps the same points as the ranks do from r. Rank 0's is 0, and
// DetailKeep's is infinite.
func DetailFloor(r uint8) float64 {
	switch r {
	case 0:
		return 0
	case DetailKeep:
		return math.Inf(1)
	}
	f := detailMin * math.Exp2(float64(r-1)/detailSteps)
	// The logarithm rounds either way at a step's edge: move to the
	// smallest float DetailRank puts in r.
	for DetailRank(f) < r {
		f = math.Nextafter(f, math.Inf(1))
	}
	for g := math.Nextafter(f, 0); DetailRank(g) >= r; g = math.Nextafter(f, 0) {
		f = g
	}
	return f
}
