package ebitenui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// A middle layer (the chrome: caption, legend, slider) changes in a few
// places at a step: the title, the counts, the slider's thumb. Redrawing
// all of it, and then repainting the whole screen, cost a software GPU
// ~50 ms of a step's frame; damaged finds the parts that changed, and
// redrawParts redraws the layer there alone.

// maxDamage is the share of the screen past which a layer is redrawn whole.
const maxDamage = 0.5

// damaged returns the device rectangles, disjoint, outside which the new
// items of l draw exactly what the layer's image shows (cl.items): an item
// that is the same at the same place in both lists covers the same pixels
// in the same order, and each other item, old or new, adds its bounds.
// It also returns each new item's bounds (empty for one that draws
// nothing), which it keeps from the old items where they are the same.
// False when the parts would cover more than maxDamage of the screen, or
// the layer has a clip.
func (c *compositor) damaged(cl *cachedLayer, l *scene.Layer) (rs, boxes []image.Rectangle, ok bool) {
	if l.Clip != nil {
		return nil, nil, false
	}
	if len(cl.boxes) != len(cl.items) {
		cl.boxes = cl.boxes[:0]
		for _, it := range cl.items {
			r, _ := c.itemRect(it)
			cl.boxes = append(cl.boxes, r)
		}
	}
	// One comparison an item: a changed one adds its old and new bounds.
	boxes = make([]image.Rectangle, len(l.Items))
	for i, it := range l.Items {
		if i < len(cl.items) && scene.Same(cl.items[i], it) {
			boxes[i] = cl.boxes[i]
			continue
		}
		boxes[i], _ = c.itemRect(it)
		rs = append(rs, boxes[i])
		if i < len(cl.items) {
			rs = append(rs, cl.boxes[i])
		}
	}
	if len(cl.items) > len(l.Items) {
		rs = append(rs, cl.boxes[len(l.Items):]...)
	}
	rs = geom.MergeRects(rs, 8)
	if float64(geom.Area(rs...)) > maxDamage*float64(c.w*c.h) {
		return nil, nil, false
	}
	return rs, boxes, true
}

// itemRect is where item it may draw, in device px within the screen;
// false for an item that draws nothing (as the painter sees it).
func (c *compositor) itemRect(it scene.Item) (image.Rectangle, bool) {
	if it == nil {
		return image.Rectangle{}, false
	}
	var x0, y0, x1, y1 float64
	pad := 0.0 // logical px
	if t, ok := it.(*scene.Text); ok {
		// Its glyphs' boxes, without flattening every glyph: that was
		// most of the time a step change spent finding what changed.
		if x0, y0, x1, y1, ok = geom.TextBox(t); !ok {
			return image.Rectangle{}, false
		}
	} else {
		f, ok := geom.Flatten(it, float64(c.ss())*c.scale)
		if !ok {
			return image.Rectangle{}, false
		}
		bx := pathBox(f.Path)
		if bx.x0 > bx.x1 {
			return image.Rectangle{}, false
		}
		x0, y0, x1, y1 = bx.x0, bx.y0, bx.x1, bx.y1
		if f.Stroke != nil {
			pad = 2 * f.Stroke.Width // mitred joins reach two widths out
		}
	}
	r := image.Rect(
		int(math.Floor((x0-pad)*c.scale))-2, int(math.Floor((y0-pad)*c.scale))-2,
		int(math.Ceil((x1+pad)*c.scale))+2, int(math.Ceil((y1+pad)*c.scale))+2)
	r = r.Intersect(image.Rect(0, 0, c.w, c.h))
	return r, !r.Empty()
}

// redrawParts redraws layer l into cl inside the device rectangles rs
// alone: the items whose bounds (boxes, by index) meet them are drawn at
// twice the size into the scratch within their bounding box (each call of
// the painter keeps to it), and each rectangle is cleared in cl's image
// and shrunk into it. (Drawing every item inside that box, from the
// caption to the slider, cost a software GPU most of the chrome's redraw.)
// False, and nothing done, where the box does not fit the scratch in one
// piece.
func (c *compositor) redrawParts(cl *cachedLayer, l *scene.Layer, rs, boxes []image.Rectangle) bool {
	var u image.Rectangle
	for _, r := range rs {
		u = u.Union(r)
	}
	if u.Empty() {
		return true
	}
	want := c.up(u)
	if !c.fits(want) {
		return false
	}
	c.scratch()
	var items []scene.Item
	for i, it := range l.Items {
		for _, r := range rs {
			if boxes[i].Overlaps(r) {
				items = append(items, it)
				break
			}
		}
	}
	c.paint.layerSS(c.big.SubImage(want).(*ebiten.Image), &scene.Layer{Items: items}, c.scale, float64(c.ss()))
	for _, r := range rs {
		cl.img.SubImage(r).(*ebiten.Image).Clear()
		c.shrink.draw(cl.img, c.big, r, image.Point{}, c.ss())
	}
	// The scratch is cleared where the items drew, item rectangles merged:
	// one clear per glyph was half of a step frame's draw calls.
	for _, r := range geom.MergeRectsUpTo(c.paint.rects, 8, maxLayerRects) {
		c.big.SubImage(r).(*ebiten.Image).Clear()
	}
	cl.rects = geom.MergeRectsUpTo(append(cl.rects, rs...), 8, maxLayerRects)
	cl.bounds = cl.bounds.Union(u)
	c.Parts++
	return true
}
