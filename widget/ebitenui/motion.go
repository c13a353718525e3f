package ebitenui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// drawShifted is a frame in which only the map moved by a pan or zoom (and
// the top layer perhaps changed): the map is copied onto dst moved, the layers
// between are drawn over it inside the map's clip, and the top layer is
// repainted where it was or is. The base is left as it was outside the
// map's clip, which those repaints use, and is rebuilt on the next frame
// that is not such a pan.
func (c *compositor) drawShifted(dst *ebiten.Image, sc *scene.Scene, top *cachedLayer) {
	n := len(sc.Layers)
	bottom := c.layers[sc.Layers[0].Name]
	clip := bottom.clip
	c.drawLower(dst, bottom, clip, true)
	for i := 1; i < n-1; i++ {
		c.drawLower(dst, c.layers[sc.Layers[i].Name], clip, false)
	}
	// Repaint all of the clip (the map there is new) and, outside it, where
	// the top layer was or is; these parts do not overlap, so nothing of
	// the top layer is drawn twice.
	parts := []image.Rectangle{clip}
	for _, r := range mergeRects(append(append([]image.Rectangle(nil), c.lastTop...), top.rects...), 8) {
		for _, out := range minus(r, clip) {
			c.copyBase(dst, out)
			parts = append(parts, out)
		}
	}
	c.drawTop(dst, top, parts)
	c.baseOK = false
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
