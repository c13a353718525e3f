package ebitenui

import (
	"image"
	"image/color"
	"math"
	"math/bits"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// compositor keeps one offscreen image per scene layer and redraws a layer
// only when its Key, the target size or the scale changes, and composites
// the layers' images onto the screen. Each layer is drawn at twice
// the size into a scratch image without Ebiten's anti-aliasing and shrunk
// into its own (at the device size and copied, on a screen of device
// scale deviceSizeFrom or more). Of the top layer (the overlay: hover,
// tooltip, the buttons on the map) only the rectangles it covered or
// covers are repainted. So a hover frame costs the overlay's own pixels,
// and the expensive map is drawn only when the view, step, theme or size
// changes.
//
// While the view pans or zooms (motion.moving), the map layer is not
// redrawn: its cached image is shown shifted, or scaled, as the widget's
// MapPose says, and redrawn once the motion stops (see motion.go).
//
// draw relies on dst still holding what the previous draw left there, as
// Ebiten's screen does with SetScreenClearedEveryFrame(false); a new
// target, size or scale gets a full frame.
type compositor struct {
	paint  *painter
	shrink *shrinker
	w, h   int
	scale  float64
	bg     color.NRGBA
	layers map[string]*cachedLayer
	lower  []*cachedLayer // this frame's layers below the top one, bottom first
	big    *ebiten.Image  // the scratch: a layer drawn at twice the size (see atDevice) before it is shrunk into its image; transparent between layers
	// atDevice draws the layers at the device size, without supersampling
	// (see deviceSizeFrom); false doubles them.
	atDevice bool
	rec      recording // a layer's calls, when it is drawn through the scratch in tiles
	fade     fade      // a step change's cross-fade of the map
	regions  regions   // the map's countries kept apart from their colours
	// mapLayer is the last map layer drawn, which prepare draws an id
	// image for once it rests; tried is what it last tried that for.
	mapLayer  scene.Layer
	tried     triedKey
	prepareOn bool              // not for screenshots, which must not wait for rest
	damage    []image.Rectangle // this frame's parts of lower layers redrawn in place (layerDamaged), device px
	lastDst   *ebiten.Image
	lastTop   []image.Rectangle // where the top layer was composited last time
	// Redraws counts layer redraws by name, and Tiles the tiles drawn
	// where a layer was larger than the scratch, for tests and benchmarks.
	Redraws map[string]int
	Tiles   int
	Parts   int // layers redrawn in parts (redrawParts)
}

type cachedLayer struct {
	img    *ebiten.Image // device size
	key    uint64
	valid  bool
	bounds image.Rectangle   // the part drawn on, in device px
	rects  []image.Rectangle // the same as separate rectangles
	pose   widget.MapPose    // for the map layer: the pose it was drawn at
	moved  moved             // how it is shown moved
	stale  bool              // shown moved for a later key: redraw when still
	clip   image.Rectangle   // the layer's clip, device px
	filled bool              // the bottom layer, opaque over all of clip
	items  []scene.Item      // a middle layer's items as drawn, to find what a new key changed (see damaged)
	boxes  []image.Rectangle // their bounds, device px, by index; made when first needed
}

func newCompositor() *compositor {
	return &compositor{paint: newPainter(), shrink: newShrinker(), layers: map[string]*cachedLayer{}, Redraws: map[string]int{}}
}

// drawMoving composites sc onto dst at scale device px per logical px,
// redrawing the layers that changed, for a frame whose map is at mo.pose;
// while mo.moving a pan or zoom moves the cached map instead of redrawing
// it.
func (c *compositor) drawMoving(dst *ebiten.Image, sc *scene.Scene, scale float64, mo motion) {
	b := dst.Bounds()
	full := dst != c.lastDst
	if b.Dx() != c.w || b.Dy() != c.h || scale != c.scale || sc.Background != c.bg {
		c.reset()
		c.w, c.h, c.scale, c.bg = b.Dx(), b.Dy(), scale, sc.Background
		c.atDevice = scale >= deviceSizeFrom
		c.paint.sheetSize = image.Pt(c.w, c.h)
		full = true
	}
	c.lastDst = dst
	fading, fadeRects := c.fade.active(), c.fade.rects
	c.fade.tick(mo.now)
	n := len(sc.Layers)
	if n == 0 {
		if full {
			dst.Fill(sc.Background)
		}
		return
	}
	shifted, redrawn, damaged := false, false, false
	c.damage = c.damage[:0]
	for i := 0; i < n-1; i++ {
		switch c.update(&sc.Layers[i], mo, i == 0, false) {
		case layerShifted:
			shifted = true
		case layerRedrawn:
			redrawn = true
		case layerDamaged:
			damaged = true
		}
	}
	if fading && fadeRects != nil {
		// A fade over parts of the map: those parts change.
		damaged = true
		c.damage = append(c.damage, fadeRects...)
		fading = false
	}
	topChanged := c.update(&sc.Layers[n-1], mo, n == 1, true) != layerKept
	top := c.layers[sc.Layers[n-1].Name]
	c.lower = c.lower[:0]
	for i := 0; i < n-1; i++ {
		c.lower = append(c.lower, c.layers[sc.Layers[i].Name])
	}
	if (shifted || fading) && !redrawn && !full {
		// A pan moved the map, or the map fades from the last step's
		// colours: all of its clip is painted again.
		c.drawShifted(dst, top, c.damage)
		return
	}
	var rs []image.Rectangle // the parts of dst to repaint, disjoint
	switch {
	case full || shifted || redrawn:
		rs = []image.Rectangle{image.Rect(0, 0, c.w, c.h)}
	case topChanged || damaged:
		rs = geom.MergeRects(append(append(append([]image.Rectangle(nil), c.lastTop...), top.rects...), c.damage...), 8)
	default:
		return
	}
	c.paintBelow(dst, rs)
	c.drawTop(dst, top, rs)
}

// paintBelow paints what lies under the top layer inside the disjoint
// rectangles rs of dst: the background and every lower layer, each moved
// as it is shown and kept inside its clip. It goes a layer at a time, so
// that Ebiten merges each layer's draws into one. (The lower layers used
// to be flattened into one more image of the screen's size, copied from
// at each hover: 16 MB of texture on a phone at device scale 3.)
func (c *compositor) paintBelow(dst *ebiten.Image, rs []image.Rectangle) {
	o := dst.Bounds().Min
	var under image.Rectangle // what the bottom layer covers, opaque, however it is moved
	if len(c.lower) > 0 && c.lower[0].filled {
		under = c.lower[0].clip
	}
	for _, r := range rs {
		// On a software GPU every pass over the map's pixels counts: a
		// hover frame or a frame of a step's fade is a few of them.
		for _, bare := range geom.Minus(r, under) {
			if !bare.Empty() {
				dst.SubImage(bare.Add(o)).(*ebiten.Image).Fill(c.bg)
			}
		}
	}
	for i, cl := range c.lower {
		for _, r := range rs {
			c.drawLower(dst, cl, r, i == 0)
		}
	}
}

// drawTop composites the top layer onto dst inside the rectangles rs.
func (c *compositor) drawTop(dst *ebiten.Image, top *cachedLayer, rs []image.Rectangle) {
	o := dst.Bounds().Min
	for _, r := range rs {
		for _, tr := range top.rects {
			if part := tr.Intersect(r); !part.Empty() {
				op := &ebiten.DrawImageOptions{}
				op.GeoM.Translate(float64(o.X+part.Min.X), float64(o.Y+part.Min.Y))
				dst.DrawImage(top.img.SubImage(part).(*ebiten.Image), op)
			}
		}
	}
	c.lastTop = append(c.lastTop[:0], top.rects...)
}

// The scratch image's limits: its longer side, and the pixels of its
// texture, counted with its sides rounded up to powers of two, as Ebiten
// makes them natively (the browser build's are the image's own size, see
// cmd/serve/internal/kagepatch). A phone at
// device scale 3 would otherwise need a 4096×8192 texture (128 MB, more
// than some GPUs can make) for a 390×700 px embed.
var (
	maxScratchSide   = 4096
	maxScratchPixels = 4096 * 2048
)

// scratchSize is the size of the scratch image: the doubled screen where
// that is within the limits, else the largest tile within them, in whole
// device px, which update draws a layer through piece by piece.
func (c *compositor) scratchSize() image.Point {
	side := maxScratchSide
	if m := maxTextureSide(); m > 0 {
		side = min(side, floorPow2(m)) // Ebiten's largest image: a power of two
	}
	k := c.ss()
	w := max(k, min(k*c.w, side)&^(k-1))
	h := max(k, min(k*c.h, side, floorPow2(maxScratchPixels/ceilPow2(w)))&^(k-1))
	return image.Pt(w, h)
}

// deviceSizeFrom is the device scale from which the layers are drawn at
// the device size rather than at twice it and shrunk: at 2.5 device px to
// a CSS px and more (most phones are at 3) the edges' steps are finer than
// a reader sees, and twice the size was 9.8 MP for each layer of a
// 390×700 embed, drawn in tiles, and a map too large for its id image.
const deviceSizeFrom = 2.5

// ss is the supersampling: the scratch's pixels to a device pixel, each
// way.
func (c *compositor) ss() int {
	if c.atDevice {
		return 1
	}
	return 2
}

// up maps device px to the scratch's (target) px.
func (c *compositor) up(r image.Rectangle) image.Rectangle {
	if c.atDevice {
		return r
	}
	return geom.Double(r)
}

// down maps the scratch's px to device px, covering every pixel r touches.
func (c *compositor) down(r image.Rectangle) image.Rectangle {
	if c.atDevice {
		return r
	}
	return geom.Halve(r)
}

// ceilPow2 is the least power of two not below n (n > 0).
func ceilPow2(n int) int { return 1 << bits.Len(uint(n-1)) }

// floorPow2 is the greatest power of two not above n, or 0 for n < 1.
func floorPow2(n int) int {
	if n < 1 {
		return 0
	}
	return 1 << (bits.Len(uint(n)) - 1)
}

// recoloured makes the map layer l for a new step at the view cl was
// drawn at from the id image, where it can (see regions): only where a
// country's fill or an item over the fills changed, and fading from the
// old map there alone. False leaves everything as it was.
func (c *compositor) recoloured(cl *cachedLayer, l *scene.Layer, mo motion) (layerChange, bool) {
	clip := clipRect(l.Clip, c.scale, image.Rect(0, 0, c.w, c.h))
	want := c.up(clip)
	if clip != cl.clip || !c.regions.ready(c, l, want) || !c.fits(want) || !c.idFits(want) {
		return layerKept, false
	}
	rs, ok := c.regions.damage(c, &c.mapLayer, l, clip)
	if !ok {
		return layerKept, false
	}
	wasFading := c.fade.active()
	old := c.fade.rects
	if c.fade.on {
		c.fade.begin(c, cl, mo.now, rs)
	} else {
		c.fade.stop()
	}
	if !c.regions.recolour(c, cl, l, rs) {
		c.fade.stop()
		return layerKept, false
	}
	c.mapLayer = *l
	cl.key, cl.pose = l.Key, mo.pose
	c.Redraws[l.Name]++
	switch {
	case wasFading:
		// The screen shows a mix of an earlier fade: from now on the
		// fade is from the last step's map, and the earlier fade's
		// parts show the last step at once.
		c.damage = append(append(c.damage, rs...), old...)
		if old == nil {
			c.damage = append(c.damage, clip)
		}
	case !c.fade.on:
		c.damage = append(c.damage, rs...)
	}
	// Fading, the frame of the step change still shows the old map,
	// which is where the fade starts: nothing to repaint.
	return layerDamaged, true
}

// scratch returns the scratch image's size, making the image if need be.
func (c *compositor) scratch() image.Point {
	ts := c.scratchSize()
	if c.big == nil {
		c.big = ebiten.NewImageWithOptions(image.Rectangle{Max: ts}, &ebiten.NewImageOptions{Unmanaged: true})
	}
	return ts
}

// fits reports whether the target rectangle want lies inside the scratch
// image, so a layer there is drawn in one piece. (A question: it makes no
// image; those who draw into the scratch call scratch.)
func (c *compositor) fits(want image.Rectangle) bool {
	ts := c.scratchSize()
	return want.Max.X <= ts.X && want.Max.Y <= ts.Y
}

// idFits reports whether an id image of the doubled map want stays
// within the GPU memory regions may take: a 4096×2048 texture (32 MB) on
// a screen of device scale 1.5 or less, where a step's cost matters most
// (a computer without a GPU draws with the CPU), else 2048×2048 (16 MB):
// a phone at device scale 3 keeps its full redraws rather than risk its
// WebGL context.
func (c *compositor) idFits(want image.Rectangle) bool {
	limit := 4096 * 2048
	if c.scale > 1.5 {
		limit = 2048 * 2048
	}
	return ceilPow2(max(want.Dx(), 1))*ceilPow2(max(want.Dy(), 1)) <= limit
}

// prepareDue reports whether the map layer, drawn and at rest, could be
// made from an id image that is not drawn for it yet (see regions).
func (c *compositor) prepareDue() bool {
	l := &c.mapLayer
	if !c.prepareOn || l.Regions == 0 || c.regions.failed || c.fade.active() {
		return false
	}
	cl := c.layers[l.Name]
	if cl == nil || !cl.valid || cl.stale || cl.moved != unmoved || cl.key != l.Key || cl.clip.Dx() < 2 || cl.clip.Dy() < 2 {
		return false // (a map too small to see has nothing to prepare)
	}
	want := c.up(cl.clip)
	if c.tried == (triedKey{l.Shapes, want, c.scale}) || c.regions.ready(c, l, want) || !c.fits(want) || !c.idFits(want) {
		return false
	}
	return usable(l)
}

// prepare draws the id image for the map layer as it rests, and remakes
// the layer from it, which links the shader's program on the GPU now
// rather than at the next step change (on a software GPU linking costs
// hundreds of milliseconds). The picture does not change.
func (c *compositor) prepare() {
	if !c.prepareDue() {
		return
	}
	l := &c.mapLayer
	cl := c.layers[l.Name]
	want := c.up(cl.clip)
	c.tried = triedKey{l.Shapes, want, c.scale}
	if c.regions.draw(c, l, want) {
		c.regions.recolour(c, cl, l, []image.Rectangle{cl.clip})
	}
	if c.fade.on && c.fade.from == nil {
		// The image a step's fade keeps the old map in, made now: a
		// software GPU clears a new texture when it is first drawn on,
		// which made the first step's frame the slowest.
		c.fade.from = c.newScreenImage()
		c.fade.from.Clear()
	}
}

// triedKey is the map shapes an id image was last tried for.
type triedKey struct {
	shapes uint64
	want   image.Rectangle
	scale  float64
}

// maxLayerRects is the most rectangles a layer keeps of what it drew on.
const maxLayerRects = 64

// layerChange is what update did to a layer.
type layerChange uint8

const (
	layerKept    layerChange = iota
	layerShifted             // the map, shown moved by a pan
	layerRedrawn
	layerDamaged // redrawn only in the rectangles update added to c.damage
)

// update redraws layer l if its key changed. A bottom layer whose view
// only panned or zoomed while mo.moving is moved instead. Every layer is
// drawn at twice the size (see painter.layerSS), or at the device size
// (atDevice).
func (c *compositor) update(l *scene.Layer, mo motion, bottom, top bool) layerChange {
	cl := c.layers[l.Name]
	if cl == nil {
		cl = &cachedLayer{img: c.newScreenImage()}
		c.layers[l.Name] = cl
	}
	if cl.valid && cl.key == l.Key {
		if cl.stale {
			// Back where it was drawn (a drag returning to its start).
			cl.stale = false
			if cl.moved != unmoved {
				cl.moved = unmoved
				return layerShifted
			}
		}
		return layerKept
	}
	atRest := bottom && cl.valid && !mo.moving && !cl.stale && cl.moved == unmoved && cl.pose.View == mo.pose.View
	if atRest {
		if ch, ok := c.recoloured(cl, l, mo); ok {
			return ch
		}
	}
	if atRest && c.fade.on {
		// Redrawn for the same view (a step change, or a theme's): fade
		// from the old map.
		c.fade.begin(c, cl, mo.now, nil)
	} else if bottom {
		c.fade.stop()
	}
	if cl.valid && bottom && mo.moving {
		if s, dx, dy, ok := cl.pose.Transform(mo.pose); ok {
			m := moved{s, dx * c.scale, dy * c.scale}
			if s == 1 {
				m.dx, m.dy = math.Round(m.dx), math.Round(m.dy)
			}
			cl.stale = true
			if m == cl.moved {
				return layerKept
			}
			cl.moved = m
			return layerShifted
		}
	}
	full := image.Rect(0, 0, c.w, c.h)
	cl.clip = clipRect(l.Clip, c.scale, full)
	if bottom {
		c.mapLayer = *l
	}
	if !bottom && !top && cl.valid && cl.items != nil {
		if rs, boxes, ok := c.damaged(cl, l); ok && c.redrawParts(cl, l, rs, boxes) {
			cl.key, cl.items, cl.boxes = l.Key, l.Items, boxes
			c.Redraws[l.Name]++
			c.damage = append(c.damage, rs...)
			return layerDamaged
		}
	}
	c.clearLayer(cl, top)
	// A layer is drawn at twice the size without Ebiten's anti-aliasing
	// into the scratch image and shrunk into its own. Ebiten's
	// anti-aliasing buffers each call's region apart, and where calls'
	// edges meet its result depended on what the image held before: a
	// redraw differed from a fresh draw along the map's borders.
	//
	// The layers share the one scratch image, which is kept transparent
	// between them, rather than each keeping a twice-sized image: on a
	// software GPU every new texture is cleared when first drawn on,
	// 65–80 ms for a 2048×2048 one with its stencil ("Textures and GPU
	// memory" in docs/performance-notes.md). Where the doubled layer is
	// larger than the scratch (see scratchSize), it is recorded and drawn
	// tile by tile.
	if bottom {
		c.paint.tol = mapTolerance * float64(c.ss()) // device px, in target px
	}
	want := c.up(cl.clip)
	fill := bottom && l.Clip != nil
	ts := c.scratch()
	var drawn image.Rectangle
	if want.Max.X <= ts.X && want.Max.Y <= ts.Y {
		// It fits where it lies: draw it straight into the scratch.
		target := c.big.SubImage(want).(*ebiten.Image)
		if fill {
			// The bottom layer lies on the background: drawing that into
			// it makes it opaque, so a pan can copy it without blending.
			target.Fill(c.bg)
		}
		drawn = c.paint.layerSS(target, l, c.scale, float64(c.ss()))
		c.collect(cl, drawn, fill)
		c.shrinkTile(cl, want, image.Point{})
	} else {
		drawn = c.paint.recordSS(&c.rec, want, l, c.scale, float64(c.ss()))
		c.collect(cl, drawn, fill)
		for y := want.Min.Y; y < want.Max.Y; y += ts.Y {
			for x := want.Min.X; x < want.Max.X; x += ts.X {
				o := image.Pt(x, y)
				tile := image.Rectangle{o, o.Add(ts)}.Intersect(want)
				if fill {
					c.big.SubImage(tile.Sub(o)).(*ebiten.Image).Fill(c.bg)
				}
				c.rec.replay(c.big, tile, o)
				c.Tiles++
				c.shrinkTile(cl, tile, o)
			}
		}
	}
	c.paint.tol = 0
	cl.key, cl.valid, cl.stale, cl.moved = l.Key, true, false, unmoved
	if bottom {
		cl.pose = mo.pose
	}
	cl.items, cl.boxes = nil, cl.boxes[:0]
	if !bottom && !top {
		cl.items = l.Items
	}
	c.Redraws[l.Name]++
	return layerRedrawn
}

// collect keeps what the painter drew on for a layer, in device px.
// A bottom layer with a clip (filled) covers all of it.
func (c *compositor) collect(cl *cachedLayer, drawn image.Rectangle, filled bool) {
	full := image.Rect(0, 0, c.w, c.h)
	cl.rects = cl.rects[:0]
	cl.filled = filled
	if filled {
		cl.bounds, cl.rects = cl.clip, append(cl.rects, cl.clip)
		return
	}
	for _, r := range c.paint.rects {
		cl.rects = append(cl.rects, c.down(r).Intersect(full))
	}
	// Up to 64 rectangles: the chrome drawn as one box over the map,
	// composited in every frame of a hover or a fade, cost a software GPU
	// a pass over the map's pixels, nearly all of them transparent.
	cl.rects = geom.MergeRectsUpTo(cl.rects, 8, maxLayerRects)
	cl.bounds = c.down(drawn).Intersect(full)
}

// shrinkTile shrinks the part of a layer inside tile (target px), drawn
// in the scratch with the target's point o at its origin, into the
// layer's image, and clears the scratch there. Every call drew inside
// the layer's rectangles (the painter clips each to its own), so clearing
// them leaves the scratch transparent for the next layer or tile.
func (c *compositor) shrinkTile(cl *cachedLayer, tile image.Rectangle, o image.Point) {
	od := image.Pt(o.X/c.ss(), o.Y/c.ss())
	td := c.down(tile)
	for _, r := range cl.rects {
		part := r.Intersect(td).Sub(od)
		if part.Empty() {
			continue
		}
		// cl.img was cleared where these disjoint rectangles lie, so
		// drawing over it is a copy; blending rather than copying keeps
		// the linear filter to one pipeline, which a software GPU
		// compiles at its first use (docs/performance-notes.md, "The first frame").
		c.shrink.draw(cl.img, c.big, part, od, c.ss())
		c.big.SubImage(c.up(part)).(*ebiten.Image).Clear()
	}
}

// clearLayer empties what a layer image shows before it is redrawn: only
// the rectangles drawn on, for the top layer, which is mostly empty and
// redrawn at every hover.
func (c *compositor) clearLayer(cl *cachedLayer, top bool) {
	if !cl.valid || !top {
		cl.img.Clear()
		return
	}
	for _, r := range cl.rects {
		cl.img.SubImage(r).(*ebiten.Image).Clear()
	}
}

// newScreenImage makes an image of the device size with a texture of its
// own. In Ebiten's shared atlas, three or four of them made it grow page
// by page (1024×1024 to 4096×1024, copied each time), and a software GPU
// clears every new texture when it is first drawn on.
func (c *compositor) newScreenImage() *ebiten.Image {
	return ebiten.NewImageWithOptions(image.Rect(0, 0, c.w, c.h), &ebiten.NewImageOptions{Unmanaged: true})
}

// clipRect is a clip rectangle at scale px per logical px, or all of full
// without one.
func clipRect(r *scene.Rect, scale float64, full image.Rectangle) image.Rectangle {
	if r == nil {
		return full
	}
	return image.Rect(
		int(math.Floor(r.X*scale)), int(math.Floor(r.Y*scale)),
		int(math.Ceil((r.X+r.W)*scale)), int(math.Ceil((r.Y+r.H)*scale))).Intersect(full)
}

// reset drops every cached image (the size, scale or background changed).
func (c *compositor) reset() {
	c.fade.release()
	c.regions.release()
	c.tried = triedKey{}
	for name, cl := range c.layers {
		cl.img.Deallocate()
		delete(c.layers, name)
	}
	if c.big != nil {
		c.big.Deallocate()
		c.big = nil
	}
	c.lastTop = nil
}
