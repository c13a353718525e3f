package ebitenui

import "github.com/stancemap/stancemap/widget/scene"

// mapThinning is how close (device px) two points of a map shape may be
// before the later one is left out. At a phone's width two thirds of the
// world's border segments are shorter than half a pixel; thinning them
// halves the vertices of a map redraw, and with them Ebiten's command
// buffers and the upload to the GPU, the larger part of the embed's first
// frame in WebAssembly. Each point kept is an original one, so an edge
// moves by less than the tolerance; neighbours thinned apart may leave a
// sliver that thin between them, under the border drawn over both.
const mapThinning = 0.3

// thinBuf holds a thinned path between calls, so thinning allocates only
// when a path has more points than any before it.
type thinBuf struct {
	pts  []scene.Point
	path scene.Path
}

// thin returns path with, in each ring, every point that lies within tol
// of the last point kept left out; the first and last points of a ring
// stay, and a ring left with fewer than three distinct points goes. The result is
// valid until the next call.
func (t *thinBuf) thin(path scene.Path, tol float64) scene.Path {
	n := 0
	for _, ring := range path {
		n += len(ring)
	}
	if cap(t.pts) < n {
		t.pts = make([]scene.Point, 0, n)
	}
	pts := t.pts[:0]
	out := t.path[:0]
	tol2 := tol * tol
	for _, ring := range path {
		start := len(pts)
		for i, q := range ring {
			if i > 0 && i < len(ring)-1 {
				last := pts[len(pts)-1]
				if dx, dy := q.X-last.X, q.Y-last.Y; dx*dx+dy*dy < tol2 {
					continue
				}
			}
			pts = append(pts, q)
		}
		kept := len(pts) - start
		if kept > 1 && pts[start] == pts[len(pts)-1] {
			kept-- // a closing point repeating the first
		}
		if kept < 3 {
			pts = pts[:start] // a ring under a pixel across: nothing to see
			continue
		}
		out = append(out, pts[start:len(pts):len(pts)])
	}
	t.pts, t.path = pts, out
	return out
}
