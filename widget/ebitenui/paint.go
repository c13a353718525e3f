package ebitenui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

// maxVertices is the most vertices one DrawTriangles call can index (uint16).
const maxVertices = 1 << 16

// painter draws scene items onto an Ebiten image, scaled from logical to
// device pixels. It keeps its vertex buffers and pattern tiles between calls.
type painter struct {
	scale    float64
	vs       []ebiten.Vertex
	is       []uint16
	drawn    image.Rectangle // what this layer has drawn on so far, device px
	white    *ebiten.Image   // a white pixel inside a white border, the source for solid fills
	patterns map[patternKey]*ebiten.Image
}

func newPainter() *painter {
	w := ebiten.NewImage(3, 3)
	w.Fill(color.White)
	return &painter{
		white:    w.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image),
		patterns: map[patternKey]*ebiten.Image{},
	}
}

// layer draws the items of l onto dst (cleared by the caller), limited to
// the layer's clip rectangle, and returns the part it drew on.
func (p *painter) layer(dst *ebiten.Image, l *scene.Layer, scale float64) image.Rectangle {
	p.scale = scale
	p.drawn = image.Rectangle{}
	if c := l.Clip; c != nil {
		r := image.Rect(
			int(math.Floor(c.X*scale)), int(math.Floor(c.Y*scale)),
			int(math.Ceil((c.X+c.W)*scale)), int(math.Ceil((c.Y+c.H)*scale)))
		r = r.Intersect(dst.Bounds())
		if r.Empty() {
			return p.drawn
		}
		// A sub-image keeps the parent's coordinates and clips drawing to r.
		dst = dst.SubImage(r).(*ebiten.Image)
	}
	for _, it := range l.Items {
		p.item(dst, it)
	}
	return p.drawn
}

func (p *painter) item(dst *ebiten.Image, it scene.Item) {
	switch v := it.(type) {
	case *scene.Shape:
		p.draw(dst, v.Path, v.Closed, v.Fill, v.Stroke)
	case *scene.Circle:
		p.draw(dst, scene.Path{circleRing(v.Center, v.Radius, v.Radius*p.scale)}, true, v.Fill, v.Stroke)
	case *scene.Rect:
		p.draw(dst, scene.Path{roundedRect(v.X, v.Y, v.W, v.H, v.Radius, p.scale)}, true, v.Fill, v.Stroke)
	case *scene.Text:
		if v.S == "" || v.Size <= 0 || v.Color.A == 0 {
			return
		}
		path := glyph.Face(v.Bold).Outline(v.S, v.Size, v.X, v.Y, v.Align)
		p.fill(dst, path, &scene.Fill{Color: v.Color})
	}
}

func (p *painter) draw(dst *ebiten.Image, path scene.Path, closed bool, f *scene.Fill, s *scene.Stroke) {
	if f != nil {
		p.fill(dst, path, f)
	}
	if s != nil {
		p.stroke(dst, path, closed, s)
	}
}

// fill paints path with the fill's colour, then its pattern through the same
// path. The non-zero rule makes holes and overlapping glyph contours right.
func (p *painter) fill(dst *ebiten.Image, path scene.Path, f *scene.Fill) {
	hasPattern := f.Pattern.Kind != scene.PatternNone && f.Pattern.Color.A != 0 && f.Pattern.Spacing > 0 && f.Pattern.Width > 0
	if f.Color.A == 0 && !hasPattern {
		return
	}
	start := 0
	for start < len(path) {
		var vp vector.Path
		n := 0
		end := start
		// Rings go in batches that fit one call; a country's rings almost
		// always fit together, which keeps its holes right.
		for end < len(path) && (end == start || n+len(path[end]) < maxVertices) {
			ring := path[end]
			n += len(ring)
			end++
			if len(ring) < 3 || len(ring) >= maxVertices {
				continue
			}
			vp.MoveTo(float32(ring[0].X*p.scale), float32(ring[0].Y*p.scale))
			for _, q := range ring[1:] {
				vp.LineTo(float32(q.X*p.scale), float32(q.Y*p.scale))
			}
			vp.Close()
		}
		start = end
		p.vs, p.is = vp.AppendVerticesAndIndicesForFilling(p.vs[:0], p.is[:0])
		if len(p.is) == 0 {
			continue
		}
		if f.Color.A != 0 {
			p.solid(dst, f.Color, ebiten.FillRuleNonZero)
		}
		if hasPattern {
			p.pattern(dst, f.Pattern)
		}
	}
}

// stroke outlines path, dashed if the stroke says so. Long outlines are
// drawn in pieces so no call indexes more vertices than uint16 allows.
func (p *painter) stroke(dst *ebiten.Image, path scene.Path, closed bool, s *scene.Stroke) {
	if s.Width <= 0 || s.Color.A == 0 {
		return
	}
	opt := &vector.StrokeOptions{Width: float32(s.Width * p.scale), LineJoin: vector.LineJoinMiter, MiterLimit: 4}
	p.vs, p.is = p.vs[:0], p.is[:0]
	for _, ring := range path {
		if len(ring) < 2 {
			continue
		}
		for _, r := range runs(ring, closed, s.Dash, maxRunPoints) {
			var vp vector.Path
			vp.MoveTo(float32(r.pts[0].X*p.scale), float32(r.pts[0].Y*p.scale))
			for _, q := range r.pts[1:] {
				vp.LineTo(float32(q.X*p.scale), float32(q.Y*p.scale))
			}
			if r.closed {
				vp.Close()
			}
			if len(p.vs) > maxVertices-strokeReserve {
				p.solid(dst, s.Color, strokeRule(s.Color))
				p.vs, p.is = p.vs[:0], p.is[:0]
			}
			p.vs, p.is = vp.AppendVerticesAndIndicesForStroke(p.vs, p.is, opt)
		}
	}
	if len(p.is) > 0 {
		p.solid(dst, s.Color, strokeRule(s.Color))
	}
}

// A run of maxRunPoints points makes at most about 8 vertices a point with
// miter joins, well inside strokeReserve.
const (
	maxRunPoints  = 1500
	strokeReserve = 8 * maxRunPoints * 2
)

// strokeRule is the fill rule for a stroke's triangles. They overlap at
// joins; an opaque colour can be drawn over itself, which skips the stencil
// pass, but a translucent one needs the non-zero rule to cover each pixel once.
func strokeRule(c color.NRGBA) ebiten.FillRule {
	if c.A == 255 {
		return ebiten.FillRuleFillAll
	}
	return ebiten.FillRuleNonZero
}

// solid draws p.vs/p.is in colour c with the given rule.
func (p *painter) solid(dst *ebiten.Image, c color.NRGBA, rule ebiten.FillRule) {
	r, g, b, a := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255
	for i := range p.vs {
		v := &p.vs[i]
		v.SrcX, v.SrcY = 1, 1
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = r, g, b, a
	}
	if d := p.around(dst); d != nil {
		d.DrawTriangles(p.vs, p.is, p.white, &ebiten.DrawTrianglesOptions{FillRule: rule, AntiAlias: true})
	}
}

// around returns the part of dst that p.vs cover, or nil if none. Drawing
// into it instead of all of dst limits the scissor, and so the stencil
// clear and the pixels the GPU visits, to the shape: on a software GL this
// makes a full map redraw several times faster.
func (p *painter) around(dst *ebiten.Image) *ebiten.Image {
	if len(p.vs) == 0 {
		return nil
	}
	x0, y0, x1, y1 := p.vs[0].DstX, p.vs[0].DstY, p.vs[0].DstX, p.vs[0].DstY
	for _, v := range p.vs[1:] {
		x0, x1 = min(x0, v.DstX), max(x1, v.DstX)
		y0, y1 = min(y0, v.DstY), max(y1, v.DstY)
	}
	r := image.Rect(int(math.Floor(float64(x0)))-1, int(math.Floor(float64(y0)))-1,
		int(math.Ceil(float64(x1)))+1, int(math.Ceil(float64(y1)))+1).Intersect(dst.Bounds())
	if r.Empty() {
		return nil
	}
	p.drawn = p.drawn.Union(r)
	return dst.SubImage(r).(*ebiten.Image)
}

// pattern draws p.vs/p.is with a repeating pattern tile whose source
// coordinates are the device coordinates, so patterns anchor at the origin
// and neighbouring shapes line up.
func (p *painter) pattern(dst *ebiten.Image, pat scene.Pattern) {
	tile := p.tile(pat)
	for i := range p.vs {
		v := &p.vs[i]
		v.SrcX, v.SrcY = v.DstX, v.DstY
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = 1, 1, 1, 1
	}
	if d := p.around(dst); d != nil {
		d.DrawTriangles(p.vs, p.is, tile, &ebiten.DrawTrianglesOptions{
			FillRule: ebiten.FillRuleNonZero, AntiAlias: true, Address: ebiten.AddressRepeat,
		})
	}
}
