package ebitenui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// recording holds a layer's DrawTriangles calls, so that they can be
// drawn piece by piece into a scratch image smaller than the layer: the
// tiles of compositor.update. The vertices and indices of all calls share
// two buffers, kept between layers.
type recording struct {
	calls []recorded
	vs    []ebiten.Vertex
	is    []uint16
	tmp   []ebiten.Vertex // one call's vertices, moved into a tile
}

// recorded is one call: where its vertices and indices are in the
// recording's buffers, what it draws from and how, and the rectangle it
// may draw in (target px).
type recorded struct {
	v0, v1, i0, i1 int
	src            *ebiten.Image
	opt            ebiten.DrawTrianglesOptions
	r              image.Rectangle
}

func (rec *recording) reset() {
	rec.calls, rec.vs, rec.is = rec.calls[:0], rec.vs[:0], rec.is[:0]
}

// add records a call, copying its vertices and indices.
func (rec *recording) add(r image.Rectangle, vs []ebiten.Vertex, is []uint16, src *ebiten.Image, opt ebiten.DrawTrianglesOptions) {
	c := recorded{v0: len(rec.vs), i0: len(rec.is), src: src, opt: opt, r: r}
	rec.vs = append(rec.vs, vs...)
	rec.is = append(rec.is, is...)
	c.v1, c.i1 = len(rec.vs), len(rec.is)
	rec.calls = append(rec.calls, c)
}

// replay draws the part of the recorded calls inside tile (target px)
// onto dst, whose origin stands for the point o of the target: every
// vertex moves by −o. The moves are by whole pixels, so each call covers
// the same pixels it would have covered in a target of the full size.
// It returns the number of calls made.
func (rec *recording) replay(dst *ebiten.Image, tile image.Rectangle, o image.Point) int {
	n := 0
	dx, dy := float32(o.X), float32(o.Y)
	for i := range rec.calls {
		c := &rec.calls[i]
		part := c.r.Intersect(tile)
		if part.Empty() {
			continue
		}
		rec.tmp = append(rec.tmp[:0], rec.vs[c.v0:c.v1]...)
		for j := range rec.tmp {
			rec.tmp[j].DstX -= dx
			rec.tmp[j].DstY -= dy
		}
		dst.SubImage(part.Sub(o)).(*ebiten.Image).DrawTriangles(rec.tmp, rec.is[c.i0:c.i1], c.src, &c.opt)
		n++
	}
	return n
}
