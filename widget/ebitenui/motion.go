package ebitenui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
)

// drawShifted is a frame in which only the map moved by a pan or zoom (and
// the top layer perhaps changed): all of the map's clip is painted again,
// the map moved, and outside it only where the top layer was or is.
func (c *compositor) drawShifted(dst *ebiten.Image, top *cachedLayer) {
	clip := c.lower[0].clip
	// These parts do not overlap, so nothing of the top layer is drawn twice.
	parts := []image.Rectangle{clip}
	for _, r := range geom.MergeRects(append(append([]image.Rectangle(nil), c.lastTop...), top.rects...), 8) {
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
