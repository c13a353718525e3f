package main

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

// ringRanks ranks each point of an open projected ring (no closing point) by
// its detail, as geo/detail.go describes: the ring is split at its first
// point and the point farthest from it, then each run at the point farthest
// from the segment between its ends (the first of equals), down to runs with
// nothing between their ends. A point's detail is the smallest of its own
// split distance and those of the splits above it.
//
// The arithmetic is widget/geom.Simplifier's, step for step (squared
// distances, the projection onto the segment clamped to it), so that the
// ranks agree with that simplification wherever it runs on these points.
func ringRanks(p []orb.Point) []uint8 {
	m := len(p)
	ranks := make([]uint8, m)
	if m == 0 {
		return ranks
	}
	far, fd := 0, -1.0
	for i := 1; i < m; i++ {
		if d := dist2(p[0], p[i]); d > fd {
			far, fd = i, d
		}
	}
	ranks[0], ranks[far] = geo.DetailKeep, geo.DetailKeep
	type run struct {
		i, j  int     // ends; j == m stands for point 0
		limit float64 // the smallest squared split distance above this run
	}
	stack := []run{{0, far, math.Inf(1)}, {far, m, math.Inf(1)}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		a, b := p[s.i], p[s.j%m]
		dx, dy := b[0]-a[0], b[1]-a[1]
		l2 := dx*dx + dy*dy
		best, bd := -1, -1.0
		for k := s.i + 1; k < s.j; k++ {
			q := p[k]
			d := dist2(q, a)
			if l2 > 0 {
				u := ((q[0]-a[0])*dx + (q[1]-a[1])*dy) / l2
				if u < 0 {
					u = 0
				} else if u > 1 {
					u = 1
				}
				d = dist2(q, orb.Point{a[0] + u*dx, a[1] + u*dy})
			}
			if d > bd {
				best, bd = k, d
			}
		}
		if best < 0 {
			continue
		}
		limit := math.Min(s.limit, bd)
		ranks[best] = geo.DetailRank(math.Sqrt(limit))
		stack = append(stack, run{s.i, best, limit}, run{best, s.j, limit})
	}
	return ranks
}

func dist2(a, b orb.Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}
