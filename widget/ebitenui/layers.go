package ebitenui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// compositor keeps one offscreen image per scene layer and redraws a layer
// only when its Key, the target size or the scale changes. A hover frame
// redraws the overlay alone and composites the rest as it was.
type compositor struct {
	paint  *painter
	w, h   int
	scale  float64
	layers map[string]*cachedLayer
	// Redraws counts layer redraws by name, for tests and benchmarks.
	Redraws map[string]int
}

type cachedLayer struct {
	img   *ebiten.Image
	key   uint64
	valid bool
}

func newCompositor() *compositor {
	return &compositor{paint: newPainter(), layers: map[string]*cachedLayer{}, Redraws: map[string]int{}}
}

// draw composites sc onto dst at scale device px per logical px,
// redrawing the layers that changed.
func (c *compositor) draw(dst *ebiten.Image, sc *scene.Scene, scale float64) {
	b := dst.Bounds()
	if b.Dx() != c.w || b.Dy() != c.h || scale != c.scale {
		c.reset()
		c.w, c.h, c.scale = b.Dx(), b.Dy(), scale
	}
	dst.Fill(sc.Background)
	for i := range sc.Layers {
		l := &sc.Layers[i]
		cl := c.layers[l.Name]
		if cl == nil {
			cl = &cachedLayer{img: ebiten.NewImage(c.w, c.h)}
			c.layers[l.Name] = cl
		}
		if !cl.valid || cl.key != l.Key {
			cl.img.Clear()
			c.paint.layer(cl.img, l, scale)
			cl.key, cl.valid = l.Key, true
			c.Redraws[l.Name]++
		}
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(b.Min.X), float64(b.Min.Y))
		dst.DrawImage(cl.img, op)
	}
}

// reset drops every cached layer (the size or scale changed).
func (c *compositor) reset() {
	for name, cl := range c.layers {
		cl.img.Deallocate()
		delete(c.layers, name)
	}
}
