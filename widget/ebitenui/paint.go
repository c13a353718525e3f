package ebitenui

import (
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// maxVertices is the most vertices one DrawTriangles call can index (uint16).
const maxVertices = 1 << 16

// mapTolerance is how far (device px) a simplified map shape may stray
// from the original. At a phone's width two thirds of the world's
// border segments are shorter than half a pixel, and most points lie
// within a fraction of a pixel of the line through their neighbours:
// simplifying leaves half of the points that merely thinning them out to
// this spacing would, and the map's vertices are what the embed's first
// frame in WebAssembly spends its time on (building them, Ebiten's command
// buffers, the upload to the GPU). Each point kept is an original one and
// every point left out lies within the tolerance of the line that
// replaces it; neighbours simplified apart may leave a sliver that thin
// between them, under the border drawn over both. At half a device pixel
// the map, drawn at twice the size and shrunk, differs from the whole one
// in edge pixels only (TestMapSimplifiedLooksTheSame); docs/performance-
// notes.md ("A first visit's floors") has what it saves.
const mapTolerance = 0.5

// painter draws scene items onto an Ebiten image, scaled from logical to
// device pixels. Consecutive items of one style go into a batch drawn in
// one call per part (fill colour, fill pattern, stroke): on a software GL
// each call costs far more than its vertices. Consecutive lines of text
// are quads from its glyph atlas, one call for all their colours (see
// text). It keeps its vertex buffers, pattern tiles and glyphs between
// calls.
type painter struct {
	scale    float64 // device px per logical px
	ss       float64 // supersampling: 2 draws at twice the size, to be shrunk; 1 at the device size
	k        float64 // target px per logical px: scale·ss
	tol      float64 // shapes are simplified to this (target px); 0 keeps every point
	thinned  geom.Simplifier
	strip    stripBuf
	b        batch
	glyphs   glyphAtlas // text's glyphs, rasterised (see text)
	tb       textBatch
	drawn    image.Rectangle   // what this layer has drawn on so far, target px
	rects    []image.Rectangle // the same, as the bounds of each item
	white    *ebiten.Image     // a white pixel inside a white border, the source for solid fills
	patterns map[patternKey]*ebiten.Image
	sheets   map[sheetKey]*ebiten.Image
	// sheetSize is the screen's size in device px, which pattern sheets
	// cover (see pattern); zero, they cover just what each layer needs.
	sheetSize image.Point
	// blend is how solid colours are drawn; the zero value blends over.
	blend     ebiten.Blend
	ringBoxes []box // note's, kept between items
	// Calls counts DrawTriangles calls, Vertices the vertices they were
	// given and Sheets the pattern sheets made, for tests and benchmarks.
	Calls, Vertices, Sheets int

	// What a layer is drawn on: the image (layerSS), or a recording
	// (recordSS), and the part of it the layer may draw in, target px.
	dst    *ebiten.Image
	rec    *recording
	bounds image.Rectangle
}

func newPainter() *painter {
	w := ebiten.NewImage(3, 3)
	w.Fill(color.White)
	return &painter{
		white:    w.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image),
		patterns: map[patternKey]*ebiten.Image{},
		sheets:   map[sheetKey]*ebiten.Image{},
	}
}

// layerSS draws the items of l onto dst (cleared by the caller), limited
// to the layer's clip rectangle, and returns the part it drew on. ss is
// the supersampling: with 2, dst is twice the device size, to be shrunk
// with linear filtering (see shrinker); with 1 it is the device size
// (compositor.atDevice). Neither uses Ebiten's own anti-aliasing, which
// buffers each draw call's region apart, costs its buffer on every frame
// that draws, and left a redraw different from a fresh draw where calls'
// edges meet.
func (p *painter) layerSS(dst *ebiten.Image, l *scene.Layer, scale, ss float64) image.Rectangle {
	p.dst = dst
	defer func() { p.dst = nil }()
	return p.paint(dst.Bounds(), l, scale, ss)
}

// recordSS is layerSS into a recording (see recording) instead of an
// image: the calls it would make on an image whose bounds are within.
func (p *painter) recordSS(rec *recording, within image.Rectangle, l *scene.Layer, scale, ss float64) image.Rectangle {
	rec.reset()
	p.rec = rec
	defer func() { p.rec = nil }()
	return p.paint(within, l, scale, ss)
}

// paint draws or records the items of l inside the target's bounds.
func (p *painter) paint(bounds image.Rectangle, l *scene.Layer, scale, ss float64) image.Rectangle {
	p.scale, p.ss, p.k = scale, ss, scale*ss
	p.drawn = image.Rectangle{}
	p.rects = p.rects[:0]
	p.b.reset()
	p.bounds = bounds
	if c := l.Clip; c != nil {
		// Every call is clipped to its own part of bounds (see emit).
		if p.bounds = clipRect(c, p.k, bounds); p.bounds.Empty() {
			return p.drawn
		}
	}
	for _, it := range l.Items {
		p.item(it)
	}
	p.flush()
	p.flushText()
	return p.drawn
}

func (p *painter) item(it scene.Item) {
	if t, ok := it.(*scene.Text); ok && p.text(t) {
		return
	}
	f, ok := geom.Flatten(it, p.k)
	if !ok {
		return
	}
	if s, shape := it.(*scene.Shape); shape && p.tol > 0 {
		if f.Path = p.simplify(s, p.tol/p.k); len(f.Path) == 0 {
			return // under a pixel: small states have their markers
		}
	}
	p.add(f.Path, f.Closed, f.Fill, f.Stroke)
}

// simplify returns s's path simplified to tol logical px: by its detail
// ranks where it has them (the map's countries, in one pass), else by
// Douglas–Peucker.
func (p *painter) simplify(s *scene.Shape, tol float64) scene.Path {
	if d := s.Detail; d != nil && d.Scale > 0 {
		if path, ok := p.thinned.Filter(s.Path, d.Ranks, s.Closed, geo.DetailRank(tol/d.Scale)); ok {
			return path
		}
	}
	return p.thinned.Simplify(s.Path, s.Closed, tol)
}

// add puts one item into the batch, drawing the batch first when the item
// cannot join it.
func (p *painter) add(path scene.Path, closed bool, f *scene.Fill, s *scene.Stroke) {
	st := newStyle(f, s)
	if !st.fill && !st.stroke {
		return
	}
	p.flushText() // the text queued lies under this
	box := p.bound(path, st)
	p.note(path, st, box)
	if !p.b.accepts(st, box, path) {
		p.flush()
		p.b.start(st)
	}
	p.b.note(box, path)
	if st.fill {
		p.addFill(path)
	}
	if st.stroke {
		p.addStroke(path, closed)
	}
}

// maxRingRects is the most rings of an item noted one by one (see note).
const maxRingRects = 32

// note keeps what an item drew on in p.rects: item by item rather than
// call by call (a batch of one colour's text spans the screen from the
// caption to the slider, and the compositor would paint all of it over
// the map), and ring by ring for an item of a few rings (a hovered
// country's outline: France's box with French Guiana spans the Atlantic,
// which a hover would repaint).
func (p *painter) note(path scene.Path, st style, whole box) {
	add := func(b box) {
		if r := image.Rect(int(math.Floor(b.x0))-1, int(math.Floor(b.y0))-1,
			int(math.Ceil(b.x1))+1, int(math.Ceil(b.y1))+1).Intersect(p.bounds); !r.Empty() {
			p.rects = append(p.rects, r)
		}
	}
	if len(path) < 2 {
		add(whole)
		return
	}
	boxes := p.ringBoxes[:0]
	for _, ring := range path {
		if len(ring) > 0 {
			boxes = append(boxes, p.bound(scene.Path{ring}, st))
		}
	}
	if len(boxes) > maxRingRects {
		// Many rings (the Aleutians, Canada's islands): join the boxes
		// that touch, in one sweep from left to right.
		// (sort.Slice, which the wasm has anyway: a SortFunc of boxes
		// was 19 KB of code of its own.)
		sort.Slice(boxes, func(i, j int) bool { return boxes[i].x0 < boxes[j].x0 })
		out := boxes[:1]
		for _, b := range boxes[1:] {
			last := &out[len(out)-1]
			if b.x0 <= last.x1+8 && b.y0 <= last.y1+8 && last.y0 <= b.y1+8 {
				*last = last.union(b)
			} else {
				out = append(out, b)
			}
		}
		boxes = out
	}
	p.ringBoxes = boxes
	if len(boxes) > maxRingRects {
		add(whole)
		return
	}
	for _, b := range boxes {
		add(b)
	}
}

// addFill appends a path's fill triangles to the batch. A path that does not
// fit what is left of the batch starts a new one, so its holes are cut in
// the same call as its outer rings; one too big for any call is split by
// rings.
func (p *painter) addFill(path scene.Path) {
	n := 0
	for _, ring := range path {
		if len(ring) >= 3 {
			n += len(ring) + 1
		}
	}
	if len(p.b.fvs)+n >= maxVertices {
		p.flushKeep()
	}
	for _, ring := range path {
		if len(ring) < 3 || len(ring)+1 >= maxVertices {
			continue
		}
		if len(p.b.fvs)+len(ring)+1 >= maxVertices {
			p.flushKeep()
		}
		p.b.fvs, p.b.fis = appendFill(p.b.fvs, p.b.fis, ring, p.k)
	}
}

// appendFill appends a ring's fan of triangles for a stencil fill, its
// points scaled by k, as Ebiten's vector.Path gives them for the ring
// (MoveTo, LineTo each point, Close): a point within 1/100 px of the one
// kept before it is left out, the first point closes the ring, and a ring
// left with fewer than three points adds nothing. Written out rather than
// built through a vector.Path, which recorded each point as an operation
// and then copied it into a subpath, both grown from nothing for every
// country: up to ~50 ms of growing slices in a first visit's first frame.
func appendFill(vs []ebiten.Vertex, is []uint16, ring []scene.Point, k float64) ([]ebiten.Vertex, []uint16) {
	base := len(vs)
	vs, is = reserve(vs, len(ring)+1), reserve(is, 3*(len(ring)-1))
	var last ebiten.Vertex
	for i, q := range ring {
		x, y := float32(q.X*k), float32(q.Y*k)
		if i > 0 && abs32(last.DstX-x) < 1e-2 && abs32(last.DstY-y) < 1e-2 {
			continue
		}
		last = ebiten.Vertex{DstX: x, DstY: y, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1}
		vs = append(vs, last)
	}
	if first := vs[base]; abs32(last.DstX-first.DstX) >= 1e-2 || abs32(last.DstY-first.DstY) >= 1e-2 {
		vs = append(vs, first) // closed
	}
	n := len(vs) - base
	if n < 3 {
		return vs[:base], is
	}
	b := uint16(base)
	for i := 2; i < n; i++ {
		is = append(is, b, b+uint16(i-1), b+uint16(i))
	}
	return vs, is
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// addStroke appends a path's outline triangles to the batch, dashed if the
// style says so, drawing the batch whenever it nears the index limit.
// Hairlines (1.5 device px or less) are a mitred band when opaque (see
// appendStrip) and a quad per segment with square ends otherwise, which
// covers their joins: Ebiten's stroker, with its join triangles, made the
// map's borders cost 20 ms of CPU a redraw.
func (p *painter) addStroke(path scene.Path, closed bool) {
	s := &p.b.style
	w := s.width * p.k
	thin := s.width*p.scale <= 1.5
	opt := &vector.StrokeOptions{Width: float32(w), LineJoin: vector.LineJoinMiter, MiterLimit: 4}
	for _, ring := range path {
		if len(ring) < 2 {
			continue
		}
		for _, r := range geom.Runs(ring, closed, s.dash, maxRunPoints) {
			if len(p.b.svs) > maxVertices-strokeReserve {
				p.flushKeep()
			}
			if thin && s.strokeColor.A == 255 {
				p.b.svs, p.b.sis = p.appendStrip(p.b.svs, p.b.sis, r, w)
				continue
			}
			if thin {
				p.b.svs, p.b.sis = p.appendHairline(p.b.svs, p.b.sis, r, w)
				continue
			}
			var vp vector.Path
			vp.MoveTo(float32(r.Pts[0].X*p.k), float32(r.Pts[0].Y*p.k))
			for _, q := range r.Pts[1:] {
				vp.LineTo(float32(q.X*p.k), float32(q.Y*p.k))
			}
			if r.Closed {
				vp.Close()
			}
			p.b.svs, p.b.sis = vp.AppendVerticesAndIndicesForStroke(p.b.svs, p.b.sis, opt)
		}
	}
}

// appendHairline appends a run as one quad per segment, w target px wide
// and reaching w/2 past each end, all wound the same way.
func (p *painter) appendHairline(vs []ebiten.Vertex, is []uint16, r geom.Run, w float64) ([]ebiten.Vertex, []uint16) {
	h := w / 2
	n := len(r.Pts)
	segs := n - 1
	if r.Closed {
		segs = n
	}
	for i := 0; i < segs; i++ {
		a, b := r.Pts[i], r.Pts[(i+1)%n]
		ax, ay, bx, by := a.X*p.k, a.Y*p.k, b.X*p.k, b.Y*p.k
		dx, dy := bx-ax, by-ay
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		ux, uy := dx/l*h, dy/l*h // along the segment, half a width
		nx, ny := -uy, ux        // across it
		base := uint16(len(vs))
		for _, c := range [4][2]float64{
			{ax - ux + nx, ay - uy + ny}, {bx + ux + nx, by + uy + ny},
			{bx + ux - nx, by + uy - ny}, {ax - ux - nx, ay - uy - ny},
		} {
			vs = append(vs, ebiten.Vertex{DstX: float32(c[0]), DstY: float32(c[1])})
		}
		is = append(is, base, base+1, base+2, base, base+2, base+3)
	}
	return vs, is
}

// A run of maxRunPoints points makes at most about 8 vertices a point with
// miter joins, well inside strokeReserve.
const (
	maxRunPoints  = 1500
	strokeReserve = 8 * maxRunPoints * 2
)

// flush draws the batch and empties it.
func (p *painter) flush() {
	p.flushKeep()
	p.b.clear()
}

// flushKeep draws the batch: its fills, their pattern, then its strokes.
// It keeps the batch's style and what it covers, so that an item split
// over two calls and the items after it are checked as before.
func (p *painter) flushKeep() {
	b := &p.b
	if len(b.fis) > 0 {
		if b.style.fillColor.A != 0 {
			p.solid(b.fvs, b.fis, b.style.fillColor, ebiten.FillRuleNonZero)
		}
		if b.style.hasPattern {
			p.pattern(b.fvs, b.fis, b.style.pattern)
		}
	}
	if len(b.sis) > 0 {
		p.solid(b.svs, b.sis, b.style.strokeColor, strokeRule(b.style.strokeColor))
	}
	b.fvs, b.fis, b.svs, b.sis = b.fvs[:0], b.fis[:0], b.svs[:0], b.sis[:0]
}

// strokeRule is the fill rule for a stroke's triangles. They overlap at
// joins; an opaque colour can be drawn over itself, which skips the stencil
// pass, but a translucent one needs the non-zero rule to cover each pixel once.
func strokeRule(c color.NRGBA) ebiten.FillRule {
	if c.A == 255 {
		return ebiten.FillRuleFillAll
	}
	return ebiten.FillRuleNonZero
}

// solid draws vs/is in colour c with the given rule.
func (p *painter) solid(vs []ebiten.Vertex, is []uint16, c color.NRGBA, rule ebiten.FillRule) {
	r, g, b, a := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255
	for i := range vs {
		v := &vs[i]
		v.SrcX, v.SrcY = 1, 1
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = r, g, b, a
	}
	p.emit(vs, is, p.white, ebiten.DrawTrianglesOptions{FillRule: rule, Blend: p.blend})
}

// emit draws vs/is from src into the part of the target they cover, or
// records that call. Drawing into that part instead of all of the target
// limits the scissor, and so the stencil clear and the pixels the GPU
// visits, to the shape: on a software GL this makes a full map redraw
// several times faster.
func (p *painter) emit(vs []ebiten.Vertex, is []uint16, src *ebiten.Image, opt ebiten.DrawTrianglesOptions) {
	r := p.around(vs)
	if r.Empty() {
		return
	}
	p.drawn = p.drawn.Union(r)
	p.Calls++
	p.Vertices += len(vs)
	if p.rec != nil {
		p.rec.add(r, vs, is, src, opt)
		return
	}
	p.dst.SubImage(r).(*ebiten.Image).DrawTriangles(vs, is, src, &opt)
}

// around returns the part of the target's bounds that vs cover.
func (p *painter) around(vs []ebiten.Vertex) image.Rectangle {
	if len(vs) == 0 {
		return image.Rectangle{}
	}
	x0, y0, x1, y1 := vs[0].DstX, vs[0].DstY, vs[0].DstX, vs[0].DstY
	for _, v := range vs[1:] { // compared: min and max on floats are calls in wasm
		if v.DstX < x0 {
			x0 = v.DstX
		} else if v.DstX > x1 {
			x1 = v.DstX
		}
		if v.DstY < y0 {
			y0 = v.DstY
		} else if v.DstY > y1 {
			y1 = v.DstY
		}
	}
	return image.Rect(int(math.Floor(float64(x0)))-1, int(math.Floor(float64(y0)))-1,
		int(math.Ceil(float64(x1)))+1, int(math.Ceil(float64(y1)))+1).Intersect(p.bounds)
}

// pattern draws vs/is with a repeating pattern tile whose source
// coordinates are the device coordinates, so patterns anchor at the origin
// and neighbouring shapes line up.
func (p *painter) pattern(vs []ebiten.Vertex, is []uint16, pat scene.Pattern) {
	inv := float32(1 / p.ss)
	for i := range vs {
		v := &vs[i]
		v.SrcX, v.SrcY = v.DstX*inv, v.DstY*inv
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = 1, 1, 1, 1
	}
	if p.around(vs).Empty() {
		return
	}
	opt := ebiten.DrawTrianglesOptions{FillRule: ebiten.FillRuleNonZero}
	// The sheet reaches the target's far corner in device px, and covers
	// the screen, so that every layer (each clipped to its own rectangle)
	// draws from the same one; the scissor (emit) keeps every fragment,
	// and so every texel read, inside it.
	b := p.bounds
	w, h := int(math.Ceil(float64(b.Max.X)/p.ss)), int(math.Ceil(float64(b.Max.Y)/p.ss))
	src := p.sheet(pat, max(w, p.sheetSize.X), max(h, p.sheetSize.Y))
	if src == nil {
		src = p.tile(pat)
		opt.Address = ebiten.AddressRepeat
	}
	p.emit(vs, is, src, opt)
}
