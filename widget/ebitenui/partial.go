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
// False when the parts would cover more than maxDamage of the screen, or
// the layer has a clip.
func (c *compositor) damaged(cl *cachedLayer, l *scene.Layer) ([]image.Rectangle, bool) {
	if l.Clip != nil {
		return nil, false
	}
	var rs []image.Rectangle
	changed(cl.items, l.Items, func(it scene.Item) {
		if r, ok := c.itemRect(it); ok {
			rs = append(rs, r)
		}
	})
	rs = geom.MergeRects(rs, 8)
	area := 0
	for _, r := range rs {
		area += r.Dx() * r.Dy()
	}
	if float64(area) > maxDamage*float64(c.w*c.h) {
		return nil, false
	}
	return rs, true
}

// changed calls f with each item of old and of cur that is not the same
// at the same index in the other (see scene.Same): outside their bounds
// the two lists draw the same pixels, in the same order.
func changed(old, cur []scene.Item, f func(scene.Item)) {
	for i := range max(len(old), len(cur)) {
		var a, b scene.Item
		if i < len(old) {
			a = old[i]
		}
		if i < len(cur) {
			b = cur[i]
		}
		if a != nil && b != nil && scene.Same(a, b) {
			continue
		}
		if a != nil {
			f(a)
		}
		if b != nil {
			f(b)
		}
	}
}

// itemRect is where item it may draw, in device px within the screen;
// false for an item that draws nothing (as the painter sees it).
func (c *compositor) itemRect(it scene.Item) (image.Rectangle, bool) {
	if it == nil {
		return image.Rectangle{}, false
	}
	f, ok := geom.Flatten(it, 2*c.scale)
	if !ok {
		return image.Rectangle{}, false
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, ring := range f.Path {
		for _, q := range ring {
			x0, x1 = min(x0, q.X), max(x1, q.X)
			y0, y1 = min(y0, q.Y), max(y1, q.Y)
		}
	}
	if x0 > x1 {
		return image.Rectangle{}, false
	}
	pad := 0.0 // logical px
	if f.Stroke != nil {
		pad = 2 * f.Stroke.Width // mitred joins reach two widths out
	}
	r := image.Rect(
		int(math.Floor((x0-pad)*c.scale))-2, int(math.Floor((y0-pad)*c.scale))-2,
		int(math.Ceil((x1+pad)*c.scale))+2, int(math.Ceil((y1+pad)*c.scale))+2)
	r = r.Intersect(image.Rect(0, 0, c.w, c.h))
	return r, !r.Empty()
}

// redrawParts redraws layer l into cl inside the device rectangles rs
// alone: the layer is drawn at twice the size into the scratch within
// their bounding box (each call of the painter keeps to it), and each
// rectangle is cleared in cl's image and shrunk into it. False, and
// nothing done, where the box does not fit the scratch in one piece.
func (c *compositor) redrawParts(cl *cachedLayer, l *scene.Layer, rs []image.Rectangle) bool {
	var u image.Rectangle
	for _, r := range rs {
		u = u.Union(r)
	}
	if u.Empty() {
		return true
	}
	want := geom.Double(u)
	if !c.fits(want) {
		return false
	}
	c.paint.layerSS(c.big.SubImage(want).(*ebiten.Image), l, c.scale, 2)
	for _, r := range rs {
		cl.img.SubImage(r).(*ebiten.Image).Clear()
		c.shrink.draw(cl.img, c.big, r, image.Point{})
	}
	for _, r := range c.paint.rects {
		c.big.SubImage(r).(*ebiten.Image).Clear()
	}
	cl.rects = geom.MergeRectsUpTo(append(cl.rects, rs...), 8, maxLayerRects)
	cl.bounds = cl.bounds.Union(u)
	c.Parts++
	return true
}
