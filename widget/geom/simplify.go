package geom

import "github.com/stancemap/stancemap/widget/scene"

// Simplifier holds a simplified path between calls, so simplifying allocates
// only when a path has more points than any before it.
type Simplifier struct {
	pts   []scene.Point
	path  scene.Path
	keep  []bool
	stack [][2]int
}

// Simplify returns path with each ring simplified by Douglas–Peucker to
// tol: the points that lie within tol of the segment between the points
// kept around them are left out. A closed ring is split at its first point and
// the point farthest from it, and loses a closing point that repeats the
// first; an open one keeps both ends. A closed ring left with fewer than
// three points, or an open one with fewer than two, goes. The result is
// valid until the next call.
func (t *Simplifier) Simplify(path scene.Path, closed bool, tol float64) scene.Path {
	n := t.start(path)
	if cap(t.keep) < n {
		t.keep = make([]bool, n)
	}
	pts := t.pts[:0]
	out := t.path[:0]
	tol2 := tol * tol
	least := leastPoints(closed)
	for _, ring := range path {
		m := ringLen(ring, closed)
		if m < least {
			continue
		}
		keep := t.keep[:m]
		clear(keep)
		if closed {
			far, fd := 0, -1.0
			for i := 1; i < m; i++ {
				if d := dist2(ring[0], ring[i]); d > fd {
					far, fd = i, d
				}
			}
			keep[0], keep[far] = true, true
			t.dp(ring[:m], keep, 0, far, tol2)
			t.dp(ring[:m], keep, far, m, tol2)
		} else {
			keep[0], keep[m-1] = true, true
			t.dp(ring, keep, 0, m-1, tol2)
		}
		start := len(pts)
		for i, k := range keep {
			if k {
				pts = append(pts, ring[i])
			}
		}
		pts, out = ringDone(pts, out, start, least)
	}
	t.pts, t.path = pts, out
	return out
}

// Filter is Simplify for a path whose points carry detail ranks (see
// scene.Detail): it keeps the points ranked at least level, the rank of the
// tolerance (geo.DetailRank), in one pass without measuring a distance. On
// points ranked by the same arithmetic (the atlas's, in its projected
// units) that is Simplify's result at a tolerance a step of the rank scale
// finer at most. The ranks are a closed ring's (split first at its first
// point and the point farthest from it). It reports false, leaving the path
// to Simplify, where ranks do not cover every point or the path is open.
func (t *Simplifier) Filter(path scene.Path, ranks [][]uint8, closed bool, level uint8) (scene.Path, bool) {
	if !closed || len(ranks) != len(path) {
		return nil, false
	}
	for i, ring := range path {
		if len(ranks[i]) < ringLen(ring, closed) {
			return nil, false
		}
	}
	t.start(path)
	pts := t.pts[:0]
	out := t.path[:0]
	least := leastPoints(true)
	for i, ring := range path {
		m := ringLen(ring, true)
		if m < least {
			continue
		}
		start := len(pts)
		for j, r := range ranks[i][:m] {
			if r >= level {
				pts = append(pts, ring[j])
			}
		}
		pts, out = ringDone(pts, out, start, least)
	}
	t.pts, t.path = pts, out
	return out, true
}

// start makes room for every point of path and returns their number.
func (t *Simplifier) start(path scene.Path) int {
	n := 0
	for _, ring := range path {
		n += len(ring)
	}
	if cap(t.pts) < n {
		t.pts = make([]scene.Point, 0, n)
	}
	return n
}

// leastPoints is the fewest points a simplified ring keeps to be drawn.
func leastPoints(closed bool) int {
	if closed {
		return 3
	}
	return 2
}

// ringLen is the number of points of ring that count: a closed ring's
// closing point, where it repeats the first, does not.
func ringLen(ring []scene.Point, closed bool) int {
	m := len(ring)
	if closed && m > 1 && ring[0] == ring[m-1] {
		m--
	}
	return m
}

// ringDone ends the ring whose kept points are pts[start:], adding it to
// out or, with fewer than least points, leaving it out.
func ringDone(pts []scene.Point, out scene.Path, start, least int) ([]scene.Point, scene.Path) {
	if len(pts)-start < least {
		return pts[:start], out // under a pixel across: nothing to see
	}
	return pts, append(out, pts[start:len(pts):len(pts)])
}

// dp marks, between points i and j of ring (j may be len(ring), standing
// for point 0 again), the points that the segment from i to j does not
// pass within tol of, splitting at the farthest until none is left.
func (t *Simplifier) dp(ring []scene.Point, keep []bool, i, j int, tol2 float64) {
	stack := append(t.stack[:0], [2]int{i, j})
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		a, b := ring[s[0]], ring[s[1]%len(ring)]
		dx, dy := b.X-a.X, b.Y-a.Y
		l2 := dx*dx + dy*dy
		best, bd := -1, tol2
		for k := s[0] + 1; k < s[1]; k++ {
			q := ring[k]
			d := dist2(q, a)
			if l2 > 0 { // to the segment, not the line through it
				u := ((q.X-a.X)*dx + (q.Y-a.Y)*dy) / l2
				if u < 0 { // comparisons: the builtin min and max call the runtime in wasm
					u = 0
				} else if u > 1 {
					u = 1
				}
				d = dist2(q, scene.Point{X: a.X + u*dx, Y: a.Y + u*dy})
			}
			if d > bd {
				best, bd = k, d
			}
		}
		if best >= 0 {
			keep[best] = true
			stack = append(stack, [2]int{s[0], best}, [2]int{best, s[1]})
		}
	}
	t.stack = stack
}

func dist2(a, b scene.Point) float64 {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}
