package ebitenui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/scene"
)

// compositor keeps one offscreen image per scene layer and redraws a layer
// only when its Key, the target size or the scale changes. The layers below
// the top one are flattened into a base image; the top layer (the overlay:
// hover, tooltip) is composited over it only where it was or is drawn. So a
// hover frame redraws the overlay and copies two small rectangles, and the
// expensive map is drawn only when the view, step, theme or size changes.
//
// While the view pans (motion.moving), the map layer is not redrawn: its
// cached image is shown shifted by the pan, which the widget's MapPose
// gives, and redrawn once the motion stops.
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
	pose   widget.MapPose  // for the map layer: the pose it was drawn at
	shift  image.Point     // device px it is shown moved by
	stale  bool            // shown shifted for a later key: redraw when still
	clip   image.Rectangle // the layer's clip for the scene shown, device px
}

// motion is what the game knows about the frame beyond its scene: the
// map's pose, and whether the view is moving so that a shifted map may
// stand in for a redraw.
type motion struct {
	pose   widget.MapPose
	moving bool
}

func newCompositor() *compositor {
	return &compositor{paint: newPainter(), layers: map[string]*cachedLayer{}, Redraws: map[string]int{}}
}

// draw composites sc onto dst at scale device px per logical px,
// redrawing the layers that changed.
func (c *compositor) draw(dst *ebiten.Image, sc *scene.Scene, scale float64) {
	c.drawMoving(dst, sc, scale, motion{})
}

// drawMoving is draw for a frame whose map is at mo.pose; while mo.moving
// a pan shifts the cached map instead of redrawing it.
func (c *compositor) drawMoving(dst *ebiten.Image, sc *scene.Scene, scale float64, mo motion) {
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
		lowerChanged = c.update(&sc.Layers[i], mo) || lowerChanged
	}
	var top *cachedLayer
	topChanged := false
	if n > 0 {
		topChanged = c.update(&sc.Layers[n-1], mo)
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

// stale reports whether a layer is shown shifted and waits for a redraw.
func (c *compositor) stale() bool {
	for _, cl := range c.layers {
		if cl.stale {
			return true
		}
	}
	return false
}

// update redraws layer l if its key changed and reports whether what it
// shows changed. A map layer that only panned while mo.moving is shifted
// instead.
func (c *compositor) update(l *scene.Layer, mo motion) bool {
	cl := c.layers[l.Name]
	if cl == nil {
		cl = &cachedLayer{img: ebiten.NewImage(c.w, c.h)}
		c.layers[l.Name] = cl
	}
	if cl.valid && cl.key == l.Key {
		if cl.stale {
			// Back where it was drawn (a drag returning to its start).
			cl.stale = false
			if cl.shift != (image.Point{}) {
				cl.shift = image.Point{}
				return true
			}
		}
		return false
	}
	if cl.valid && mo.moving && l.Name == scene.LayerMap {
		if dx, dy, ok := cl.pose.Offset(mo.pose); ok {
			s := image.Pt(int(math.Round(dx*c.scale)), int(math.Round(dy*c.scale)))
			cl.stale = true
			if s == cl.shift {
				return false
			}
			cl.shift = s
			return true
		}
	}
	cl.img.Clear()
	cl.bounds = c.paint.layer(cl.img, l, c.scale)
	cl.key, cl.valid, cl.stale, cl.shift = l.Key, true, false, image.Point{}
	cl.clip = clipRect(l.Clip, c.scale, cl.img.Bounds())
	if l.Name == scene.LayerMap {
		cl.pose = mo.pose
	}
	c.Redraws[l.Name]++
	return true
}

// clipRect is a layer's clip in device px, or all of full without one.
func clipRect(r *scene.Rect, scale float64, full image.Rectangle) image.Rectangle {
	if r == nil {
		return full
	}
	return image.Rect(
		int(math.Floor(r.X*scale)), int(math.Floor(r.Y*scale)),
		int(math.Ceil((r.X+r.W)*scale)), int(math.Ceil((r.Y+r.H)*scale))).Intersect(full)
}

// flatten draws the background and every layer but the top one into base,
// each moved by its shift and kept inside its clip.
func (c *compositor) flatten(sc *scene.Scene) {
	if c.base == nil {
		c.base = ebiten.NewImage(c.w, c.h)
	}
	c.base.Fill(sc.Background)
	for i := 0; i < len(sc.Layers)-1; i++ {
		cl := c.layers[sc.Layers[i].Name]
		src := cl.bounds
		dstR := src.Add(cl.shift).Intersect(cl.clip)
		if dstR.Empty() {
			continue
		}
		src = dstR.Sub(cl.shift)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(dstR.Min.X), float64(dstR.Min.Y))
		c.base.DrawImage(cl.img.SubImage(src).(*ebiten.Image), op)
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
