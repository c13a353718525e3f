package main

import (
	"container/heap"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// labelPoint finds the pole of inaccessibility of a planar polygon: the
// interior point farthest from every edge, to within precision. Centroids
// fall outside curved countries (Chile, Norway); this point never does.
// It is a quadtree search over cells ordered by the best distance they
// could still hold (the idea of Mapbox's polylabel).
func labelPoint(p orb.Polygon, precision float64) orb.Point {
	b := p[0].Bound()
	size := math.Min(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
	if size <= 0 {
		return b.Center()
	}
	q := &cellQueue{}
	for x := b.Min[0]; x < b.Max[0]; x += size {
		for y := b.Min[1]; y < b.Max[1]; y += size {
			heap.Push(q, newCell(orb.Point{x + size/2, y + size/2}, size/2, p))
		}
	}
	best := newCell(b.Center(), 0, p)
	centroid, _ := planar.CentroidArea(p)
	if c := newCell(centroid, 0, p); c.d > best.d {
		best = c
	}
	for q.Len() > 0 {
		c := heap.Pop(q).(cell)
		if c.d > best.d {
			best = c
		}
		if c.max-best.d <= precision {
			continue
		}
		h := c.h / 2
		for _, o := range [4]orb.Point{{-h, -h}, {h, -h}, {-h, h}, {h, h}} {
			heap.Push(q, newCell(orb.Point{c.c[0] + o[0], c.c[1] + o[1]}, h, p))
		}
	}
	return best.c
}

// cell is a square of half-size h around c; d is the signed distance from
// c to the polygon's outline (positive inside), max the best any point of
// the cell can reach.
type cell struct {
	c      orb.Point
	h      float64
	d, max float64
}

func newCell(c orb.Point, h float64, p orb.Polygon) cell {
	d := outlineDistance(c, p)
	if !planar.PolygonContains(p, c) {
		d = -d
	}
	return cell{c: c, h: h, d: d, max: d + h*math.Sqrt2}
}

func outlineDistance(c orb.Point, p orb.Polygon) float64 {
	d := math.Inf(1)
	for _, r := range p {
		for i := 0; i+1 < len(r); i++ {
			d = math.Min(d, segmentDistance(c, r[i], r[i+1]))
		}
	}
	return d
}

type cellQueue []cell

func (q cellQueue) Len() int            { return len(q) }
func (q cellQueue) Less(i, j int) bool  { return q[i].max > q[j].max }
func (q cellQueue) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *cellQueue) Push(x interface{}) { *q = append(*q, x.(cell)) }
func (q *cellQueue) Pop() interface{} {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}
