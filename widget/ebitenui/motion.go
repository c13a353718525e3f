package ebitenui

import (
	"image"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/geom"
)

// moved is how a cached map is shown while the view moves: scaled by s
// about the origin, then moved by (dx, dy) device px (whole px when s is 1).
type moved struct{ s, dx, dy float64 }

var unmoved = moved{s: 1}

// shift is a pan's whole-pixel offset.
func (m moved) shift() image.Point { return image.Pt(int(m.dx), int(m.dy)) }

// motion is what the game knows about the frame beyond its scene: the
// map's pose, and whether the view is moving so that a moved map may
// stand in for a redraw.
type motion struct {
	pose   widget.MapPose
	moving bool
	now    time.Time // the frame's time, for a step change's fade
}

// drawShifted is a frame in which only the map moved by a pan or zoom (and
// the top layer perhaps changed), or the map fades: all of the map's clip
// is painted again, and outside it only where the top layer was or is and
// where damage says a lower layer was redrawn in place.
func (c *compositor) drawShifted(dst *ebiten.Image, top *cachedLayer, damage []image.Rectangle) {
	clip := c.lower[0].clip
	// These parts do not overlap, so nothing of the top layer is drawn twice.
	parts := []image.Rectangle{clip}
	for _, r := range geom.MergeRects(append(append(append([]image.Rectangle(nil), c.lastTop...), top.rects...), damage...), 8) {
		parts = append(parts, geom.Minus(r, clip)...)
	}
	c.paintBelow(dst, parts)
	c.drawTop(dst, top, parts)
}

// stale reports whether a layer is shown moved and waits for a redraw.
func (c *compositor) stale() bool {
	for _, cl := range c.layers {
		if cl.stale {
			return true
		}
	}
	return false
}

// drawLower draws a lower layer, moved as it is shown and clipped, onto
// dst inside the rectangle within; the bottom layer, being opaque, is
// copied, and the strips a pan or zoom uncovers are filled with the
// background.
func (c *compositor) drawLower(dst *ebiten.Image, cl *cachedLayer, within image.Rectangle, bottom bool) {
	area := cl.clip.Intersect(within)
	o := dst.Bounds().Min
	if cl.moved.s != 1 {
		c.drawScaled(dst, cl, area)
		return
	}
	shift := cl.moved.shift()
	for _, r := range cl.rects {
		dstR := r.Add(shift).Intersect(area)
		if dstR.Empty() {
			continue
		}
		op := &ebiten.DrawImageOptions{}
		if bottom {
			op.Blend = ebiten.BlendCopy
		}
		op.GeoM.Translate(float64(o.X+dstR.Min.X), float64(o.Y+dstR.Min.Y))
		dst.DrawImage(cl.img.SubImage(dstR.Sub(shift)).(*ebiten.Image), op)
		c.fade.drawOver(dst, cl, dstR)
	}
	if bottom && shift != (image.Point{}) {
		for _, r := range geom.Minus(area, cl.bounds.Add(shift).Intersect(area)) {
			dst.SubImage(r.Add(o)).(*ebiten.Image).Fill(c.bg)
		}
	}
}

// drawScaled draws the bottom layer scaled, as it stands in for the map
// while the view zooms, onto dst inside area, and fills what it leaves
// uncovered there with the background.
func (c *compositor) drawScaled(dst *ebiten.Image, cl *cachedLayer, area image.Rectangle) {
	o := dst.Bounds().Min
	m := cl.moved
	src := cl.bounds
	at := func(x, y int) (float64, float64) { return m.s*float64(x) + m.dx, m.s*float64(y) + m.dy }
	x0, y0 := at(src.Min.X, src.Min.Y)
	x1, y1 := at(src.Max.X, src.Max.Y)
	covered := image.Rect(int(math.Ceil(x0)), int(math.Ceil(y0)), int(math.Floor(x1)), int(math.Floor(y1))).Intersect(area)
	target := dst.SubImage(area.Add(o)).(*ebiten.Image)
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy, Filter: ebiten.FilterLinear}
	op.GeoM.Scale(m.s, m.s)
	op.GeoM.Translate(x0+float64(o.X), y0+float64(o.Y))
	target.DrawImage(cl.img.SubImage(src).(*ebiten.Image), op)
	for _, r := range geom.Minus(area, covered) {
		dst.SubImage(r.Add(o)).(*ebiten.Image).Fill(c.bg)
	}
}
