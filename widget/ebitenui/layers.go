package ebitenui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// compositor keeps one offscreen image per scene layer and redraws a layer
// only when its Key, the target size or the scale changes. The layers below
// the top one are flattened into a base image; the top layer (the overlay:
// hover, tooltip) is composited over it only where it was or is drawn. So a
// hover frame redraws the overlay and copies two small rectangles, and the
// expensive map is drawn only when the view, step, theme or size changes.
//
// draw relies on dst still holding what the previous draw left there, as
// Ebiten's screen does with SetScreenClearedEveryFrame(false); a new
// target, size or scale gets a full frame.
type compositor struct {
	paint   *painter
	w, h    int
	scale   float64
	layers  map[string]*cachedLayer
	base    *ebiten.Image // background and every layer but the top one
	baseOK  bool
	lastDst *ebiten.Image
	lastTop image.Rectangle // where the top layer was composited last time
	// Redraws counts layer redraws by name, for tests and benchmarks.
	Redraws map[string]int
}

type cachedLayer struct {
	img    *ebiten.Image
	key    uint64
	valid  bool
	bounds image.Rectangle // the part drawn on, in device px
}

func newCompositor() *compositor {
	return &compositor{paint: newPainter(), layers: map[string]*cachedLayer{}, Redraws: map[string]int{}}
}

// draw composites sc onto dst at scale device px per logical px,
// redrawing the layers that changed.
func (c *compositor) draw(dst *ebiten.Image, sc *scene.Scene, scale float64) {
	b := dst.Bounds()
	full := dst != c.lastDst
	if b.Dx() != c.w || b.Dy() != c.h || scale != c.scale {
		c.reset()
		c.w, c.h, c.scale = b.Dx(), b.Dy(), scale
		full = true
	}
	c.lastDst = dst
	n := len(sc.Layers)
	lowerChanged := false
	for i := 0; i < n-1; i++ {
		lowerChanged = c.update(&sc.Layers[i]) || lowerChanged
	}
	var top *cachedLayer
	topChanged := false
	if n > 0 {
		topChanged = c.update(&sc.Layers[n-1])
		top = c.layers[sc.Layers[n-1].Name]
	}
	if lowerChanged || !c.baseOK {
		c.flatten(sc)
		full = true
	}
	at := func(r image.Rectangle) *ebiten.DrawImageOptions {
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(b.Min.X+r.Min.X), float64(b.Min.Y+r.Min.Y))
		return op
	}
	var topBounds image.Rectangle
	if top != nil {
		topBounds = top.bounds
	}
	var r image.Rectangle // the part of dst to repaint
	switch {
	case full:
		r = c.base.Bounds()
	case topChanged:
		r = c.lastTop.Union(topBounds)
	default:
		return
	}
	if r.Empty() {
		c.lastTop = topBounds
		return
	}
	op := at(r)
	op.Blend = ebiten.BlendCopy // the base is opaque: copy, don't blend
	dst.DrawImage(c.base.SubImage(r).(*ebiten.Image), op)
	if top != nil {
		if tr := topBounds.Intersect(r); !tr.Empty() {
			dst.DrawImage(top.img.SubImage(tr).(*ebiten.Image), at(tr))
		}
	}
	c.lastTop = topBounds
}

// update redraws layer l if its key changed and reports whether it did.
func (c *compositor) update(l *scene.Layer) bool {
	cl := c.layers[l.Name]
	if cl == nil {
		cl = &cachedLayer{img: ebiten.NewImage(c.w, c.h)}
		c.layers[l.Name] = cl
	}
	if cl.valid && cl.key == l.Key {
		return false
	}
	cl.img.Clear()
	cl.bounds = c.paint.layer(cl.img, l, c.scale)
	cl.key, cl.valid = l.Key, true
	c.Redraws[l.Name]++
	return true
}

// flatten draws the background and every layer but the top one into base.
func (c *compositor) flatten(sc *scene.Scene) {
	if c.base == nil {
		c.base = ebiten.NewImage(c.w, c.h)
	}
	c.base.Fill(sc.Background)
	for i := 0; i < len(sc.Layers)-1; i++ {
		cl := c.layers[sc.Layers[i].Name]
		if cl.bounds.Empty() {
			continue
		}
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(cl.bounds.Min.X), float64(cl.bounds.Min.Y))
		c.base.DrawImage(cl.img.SubImage(cl.bounds).(*ebiten.Image), op)
	}
	c.baseOK = true
}

// reset drops every cached image (the size or scale changed).
func (c *compositor) reset() {
	for name, cl := range c.layers {
		cl.img.Deallocate()
		delete(c.layers, name)
	}
	if c.base != nil {
		c.base.Deallocate()
		c.base = nil
	}
	c.baseOK = false
	c.lastTop = image.Rectangle{}
}
