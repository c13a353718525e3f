package ebitenui

import (
	_ "embed"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// regions redraws the map for a new step without filling its countries
// again. A full map redraw rasterises every country's fill through the
// stencil at twice the size and shrinks it: on a software GPU (SwiftShader
// in a headless browser, llvmpipe) that is most of the 100–200 ms a step
// change took. But a step only changes the countries' colours. So, once
// the map has rested at a view (see prepareDue), regions draws the
// countries once more into an id image, each in a colour that is its
// index, with the borders' coverage in the blue channel; a step is then
// one pass of a shader over the device pixels of the countries whose fill
// changed (see damage), which looks each pixel's four samples up in a
// small palette image (the step's fills), plus the items that change with
// the step (switched outlines, markers, the subject), drawn as before
// over it.
//
// The id image is the map's clip at twice the size (at the device size
// where the compositor draws so, see compositor.atDevice): an 8 MB
// texture for a 920×450 px map. Where that would not fit the scratch
// image in one piece, or its texture would pass compositor.idFits,
// regions is not used and a step redraws the map whole.
type regions struct {
	shader *ebiten.Shader
	failed bool          // the shader did not compile: the full redraw stays
	ids    *ebiten.Image // the doubled clip: R, G a country's index (1-based), B the borders' coverage
	pal    *ebiten.Image // palettePlanes rows, one column per index (0, no country, unused)
	pix    []byte
	at     image.Rectangle // the doubled clip ids holds, target px
	shapes uint64          // the layer's Shapes key ids was drawn for
	valid  bool
	index  map[string]int // a country's code → its index in ids
	scale  float64        // the device scale ids was drawn at
	vs     []ebiten.Vertex
	is     []uint16
	// Drawn counts id images drawn, Recoloured the map layers made from
	// one and Pixels the device pixels recoloured, for tests and
	// benchmarks.
	Drawn, Recoloured, Pixels int
}

// The palette's rows: each index's fill colour, its pattern's colour, and
// the pattern's kind, period and half width; colours premultiplied.
const (
	palFill = iota
	palPatternColor
	palPattern
	palettePlanes
)

// maxRegions is the most countries an id image can tell apart (16 bits
// of red and green).
const maxRegions = 1<<16 - 1

// regionsShader is the recolouring pass. Each fragment is one device
// pixel; its four samples in the id image (at twice the size) are
// coloured from the palette and averaged, as the shrinker averages a
// doubled layer (on a screen drawn at its device size, its one sample is
// coloured). A pattern is computed as tileImage draws its tile, anchored
// at the screen's origin in device px.
//
// It is in its own file so that the browser build can compile it ahead
// (cmd/serve/internal/kagepatch compiles every .kage file of the module).
//
//go:embed regions.kage
var regionsShader []byte

// usable reports whether layer l says how it is made (scene.Layer's
// Regions) in a way regions can draw: country fills without strokes,
// then at most one stroke-only item of one colour (the borders).
func usable(l *scene.Layer) bool {
	if l.Regions <= 0 || l.Regions > maxRegions || l.Fixed < 0 || l.Fixed > 1 || l.Clip == nil || l.Regions+l.Fixed > len(l.Items) {
		return false
	}
	for _, it := range l.Items[:l.Regions] {
		s, ok := it.(*scene.Shape)
		if !ok || s.Fill == nil || s.Stroke != nil || s.ID == "" {
			return false
		}
	}
	if l.Fixed == 1 {
		s, ok := l.Items[l.Regions].(*scene.Shape)
		if !ok || s.Fill != nil || s.Stroke == nil || len(s.Stroke.Dash) > 0 {
			return false
		}
	}
	return true
}

// ready reports whether the map layer l at the doubled clip want can be
// made from the id image as it stands.
func (r *regions) ready(c *compositor, l *scene.Layer, want image.Rectangle) bool {
	return r.valid && r.shader != nil && r.shapes == l.Shapes && r.at == want && r.scale == c.scale && usable(l)
}

// compile makes the shader once; false if it cannot be made.
func (r *regions) compile() bool {
	if r.shader != nil {
		return true
	}
	if r.failed {
		return false
	}
	s, err := ebiten.NewShader(regionsShader)
	if err != nil {
		r.failed = true
		return false
	}
	r.shader = s
	return true
}

// draw draws the id image of layer l, whose doubled clip is want, through
// the compositor's scratch image, compiling the shader the first time.
// False, when l is not usable or the shader does not compile, draws
// nothing.
func (r *regions) draw(c *compositor, l *scene.Layer, want image.Rectangle) bool {
	if !usable(l) || !r.compile() {
		return false
	}
	r.valid = false
	if r.index == nil {
		r.index = map[string]int{}
	}
	clear(r.index)
	items := make([]scene.Item, l.Regions)
	for i, it := range l.Items[:l.Regions] {
		s := it.(*scene.Shape)
		n := i + 1
		r.index[s.ID] = n
		items[i] = &scene.Shape{ID: s.ID, Path: s.Path, Closed: true, Detail: s.Detail,
			Fill: &scene.Fill{Color: color.NRGBA{R: uint8(n), G: uint8(n >> 8), A: 255}}}
	}
	c.scratch()
	target := c.big.SubImage(want).(*ebiten.Image)
	c.paint.tol = mapTolerance * float64(c.ss())
	c.paint.layerSS(target, &scene.Layer{Clip: l.Clip, Items: items}, c.scale, float64(c.ss()))
	if l.Fixed == 1 {
		s := l.Items[l.Regions].(*scene.Shape)
		// The borders' coverage goes into blue alone: the maximum keeps
		// red and green (the index) and counts a pixel covered twice
		// once, as the one stroke over all rings does.
		c.paint.blend = ebiten.Blend{BlendOperationRGB: ebiten.BlendOperationMax, BlendOperationAlpha: ebiten.BlendOperationMax}
		c.paint.layerSS(target, &scene.Layer{Clip: l.Clip, Items: []scene.Item{
			&scene.Shape{Path: s.Path, Closed: s.Closed, Detail: s.Detail, Stroke: &scene.Stroke{Color: color.NRGBA{B: 255, A: 255}, Width: s.Stroke.Width}},
		}}, c.scale, float64(c.ss()))
		c.paint.blend = ebiten.Blend{}
	}
	c.paint.tol = 0
	if r.ids == nil || r.ids.Bounds().Size() != want.Size() {
		if r.ids != nil {
			r.ids.Deallocate()
		}
		r.ids = ebiten.NewImageWithOptions(image.Rectangle{Max: want.Size()}, &ebiten.NewImageOptions{Unmanaged: true})
	}
	r.ids.DrawImage(target, &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy})
	target.Clear()
	r.at, r.shapes, r.scale, r.valid = want, l.Shapes, c.scale, true
	r.Drawn++
	return true
}

// maxRecolour is the share of the map past which a step recolours all of
// it rather than the parts that changed.
const maxRecolour = 0.6

// damage returns the device rectangles of the map, disjoint and inside
// clip, outside which the map layer cur looks as old did: the bounds of
// each country whose fill changed, and of each item over the fills that
// is not the same at the same place in both. False when cur cannot be
// made from old's id image by recolouring.
func (r *regions) damage(c *compositor, old, cur *scene.Layer, clip image.Rectangle) ([]image.Rectangle, bool) {
	if old.Shapes != cur.Shapes || !usable(old) || !usable(cur) || old.Fixed != cur.Fixed {
		return nil, false
	}
	if cur.Fixed == 1 && !scene.SameStroke(old.Items[old.Regions].(*scene.Shape).Stroke, cur.Items[cur.Regions].(*scene.Shape).Stroke) {
		return []image.Rectangle{clip}, true // the borders' colour: all of the map
	}
	was := make(map[string]scene.Fill, old.Regions)
	for _, it := range old.Items[:old.Regions] {
		s := it.(*scene.Shape)
		was[s.ID] = *s.Fill
	}
	var rs []image.Rectangle
	add := func(it scene.Item) {
		if b, ok := c.itemRect(it); ok {
			if b = b.Intersect(clip); !b.Empty() {
				rs = append(rs, b)
			}
		}
	}
	for _, it := range cur.Items[:cur.Regions] {
		s := it.(*scene.Shape)
		if f, ok := was[s.ID]; !ok || f != *s.Fill {
			add(s)
		}
	}
	before, after := old.Items[old.Regions+old.Fixed:], cur.Items[cur.Regions+cur.Fixed:]
	for i := range max(len(before), len(after)) {
		if i < len(before) && i < len(after) && scene.Same(before[i], after[i]) {
			continue
		}
		if i < len(before) {
			add(before[i])
		}
		if i < len(after) {
			add(after[i])
		}
	}
	rs = geom.MergeRects(rs, 8)
	if float64(geom.Area(rs...)) > maxRecolour*float64(geom.Area(clip)) {
		rs = []image.Rectangle{clip}
	}
	return rs, true
}

// recolour draws the map layer l into cl inside the device rectangles rs
// (disjoint, within its clip) from the id image: the fills and borders by
// the shader, then the items after them at twice the size through the
// scratch, shrunk over it. False, when a country is not in the id image,
// draws nothing.
func (r *regions) recolour(c *compositor, cl *cachedLayer, l *scene.Layer, rs []image.Rectangle) bool {
	if !r.palette(l) {
		return false
	}
	clip := cl.clip
	var border color.NRGBA
	if l.Fixed == 1 {
		border = l.Items[l.Regions].(*scene.Shape).Stroke.Color
	}
	r.vs, r.is = r.vs[:0], r.is[:0]
	var u image.Rectangle
	for _, q := range rs {
		q = q.Intersect(clip)
		if q.Empty() {
			continue
		}
		u = u.Union(q)
		r.Pixels += geom.Area(q)
		x0, y0, x1, y1 := float32(q.Min.X), float32(q.Min.Y), float32(q.Max.X), float32(q.Max.Y)
		k := c.ss()
		sx0, sy0 := float32(k*q.Min.X-r.at.Min.X), float32(k*q.Min.Y-r.at.Min.Y)
		sx1, sy1 := sx0+float32(k)*(x1-x0), sy0+float32(k)*(y1-y0)
		n := uint16(len(r.vs))
		r.vs = append(r.vs,
			ebiten.Vertex{DstX: x0, DstY: y0, SrcX: sx0, SrcY: sy0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
			ebiten.Vertex{DstX: x1, DstY: y0, SrcX: sx1, SrcY: sy0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
			ebiten.Vertex{DstX: x0, DstY: y1, SrcX: sx0, SrcY: sy1, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
			ebiten.Vertex{DstX: x1, DstY: y1, SrcX: sx1, SrcY: sy1, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1})
		r.is = append(r.is, n, n+1, n+2, n+1, n+3, n+2)
	}
	if len(r.vs) > 0 {
		op := &ebiten.DrawTrianglesShaderOptions{Blend: ebiten.BlendCopy}
		op.Images[0], op.Images[1] = r.ids, r.pal
		op.Uniforms = map[string]any{
			"WantMin":    []float32{float32(r.at.Min.X), float32(r.at.Min.Y)},
			"Border":     premul(border),
			"Background": premul(c.bg),
			"Count":      float32(r.pal.Bounds().Dx()),
			"Samples":    float32(c.ss()),
		}
		cl.img.SubImage(u).(*ebiten.Image).DrawTrianglesShader(r.vs, r.is, r.shader, op)
	}

	// What changes with the step over the fills: drawn at twice the size
	// into the (transparent) scratch within the parts and shrunk over
	// the map there.
	rest := &scene.Layer{Clip: l.Clip, Items: l.Items[l.Regions+l.Fixed:]}
	if len(rest.Items) > 0 && !u.Empty() {
		want := c.up(u)
		c.scratch()
		c.paint.tol = mapTolerance * float64(c.ss())
		c.paint.layerSS(c.big.SubImage(want).(*ebiten.Image), rest, c.scale, float64(c.ss()))
		c.paint.tol = 0
		for _, q := range rs {
			if q = q.Intersect(clip); !q.Empty() {
				c.shrink.draw(cl.img, c.big, q, image.Point{}, c.ss())
			}
		}
		for _, q := range geom.MergeRectsUpTo(c.paint.rects, 8, maxLayerRects) { // as in redrawParts
			c.big.SubImage(q).(*ebiten.Image).Clear()
		}
	}
	cl.bounds, cl.rects, cl.filled = clip, append(cl.rects[:0], clip), true
	r.Recoloured++
	return true
}

// palette writes the step's fills into the palette image; false if a
// country of l has no index in the id image.
func (r *regions) palette(l *scene.Layer) bool {
	n := 0
	for _, v := range r.index {
		n = max(n, v)
	}
	w := n + 1
	if r.pal == nil || r.pal.Bounds().Dx() != w {
		if r.pal != nil {
			r.pal.Deallocate()
		}
		r.pal = ebiten.NewImage(w, palettePlanes)
		r.pix = make([]byte, 4*w*palettePlanes)
	}
	clear(r.pix)
	put := func(i, row int, c [4]float32) {
		o := 4 * (row*w + i)
		for k := range 4 {
			r.pix[o+k] = uint8(math.Round(float64(c[k]) * 255))
		}
	}
	for _, it := range l.Items[:l.Regions] {
		s := it.(*scene.Shape)
		i, ok := r.index[s.ID]
		if !ok {
			return false
		}
		f := s.Fill
		put(i, palFill, premul(f.Color))
		p := f.Pattern
		if p.Kind == scene.PatternNone || p.Color.A == 0 || p.Spacing <= 0 || p.Width <= 0 {
			continue
		}
		put(i, palPatternColor, premul(p.Color))
		period := p.Spacing * r.scale
		kind := 4
		switch p.Kind {
		case scene.PatternHatch:
			kind = 1
		case scene.PatternBackHatch:
			kind = 2
		case scene.PatternCross:
			kind = 3
		}
		if p.Kind != scene.PatternDots {
			period *= math.Sqrt2
		}
		o := 4 * (palPattern*w + i)
		r.pix[o] = uint8(kind)
		r.pix[o+1] = uint8(min(255, max(2, int(math.Round(period)))))
		r.pix[o+2] = uint8(min(255, math.Round(p.Width*r.scale/2*16)))
		r.pix[o+3] = 255
	}
	r.pal.WritePixels(r.pix)
	return true
}

// premul is c as premultiplied RGBA in 0–1.
func premul(c color.NRGBA) [4]float32 {
	a := float32(c.A) / 255
	return [4]float32{float32(c.R) / 255 * a, float32(c.G) / 255 * a, float32(c.B) / 255 * a, a}
}

// release drops the id and palette images.
func (r *regions) release() {
	if r.ids != nil {
		r.ids.Deallocate()
		r.ids = nil
	}
	if r.pal != nil {
		r.pal.Deallocate()
		r.pal = nil
	}
	r.valid = false
}
