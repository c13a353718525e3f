package ebitenui

import (
	"image"
	"image/draw"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
	"golang.org/x/image/vector"
)

// Text is drawn from a glyph atlas: each glyph is rasterised once on the
// CPU (with golang.org/x/image/vector's exact coverage, as the print PNGs
// are), at the size and sub-pixel offset it is drawn at, into one image,
// and a line of text is then a quad per glyph copied from it with the
// text's colour. Filled as outlines through the stencil, each batch of
// text made a stencil pass and a cover pass over its whole bounding box
// (a caption's block of lines, at twice the size), and its outlines were
// flattened and triangulated at every redraw; the quads touch only the
// glyphs' own pixels, once. A step's caption and counts are redrawn from
// glyphs made before: the chrome's redraw takes a third less natively
// (BenchmarkChromeRedraw), a step's worst frame on SwiftShader came down
// (docs/performance-notes.md, "Step changes"). The first frame makes its
// glyphs, and gained nothing measurable.

// Atlas limits: its side, and the largest glyph bitmap it takes (a
// larger one, drawn at a size the widget does not use, is filled as its
// outline). A first frame's glyphs take 18 k px at device scale 1, 88 k
// at 3; the atlas holds several frames' worth before it starts again.
var atlasSide = 1024

const maxGlyphPixel = 256

// glyphKey is one glyph as drawn: its font, rune, size in target px and
// the sub-pixel offset of its origin, in steps of 1/subSteps px.
type glyphKey struct {
	font   *glyph.Font
	r      rune
	size   float64
	fx, fy uint8
}

// glyphSlot is where a glyph's bitmap is in the atlas, and where its top
// left lies from the whole pixel its origin falls in.
type glyphSlot struct {
	rect image.Rectangle // empty for a glyph that draws nothing (a space)
	off  image.Point
}

// glyphAtlas holds rasterised glyphs in one image, packed in shelves.
// Reset empties it (its pixels are overwritten as it fills again).
type glyphAtlas struct {
	img   *ebiten.Image
	slots map[glyphKey]glyphSlot
	x, y  int // where the next glyph goes on the current shelf
	shelf int // the current shelf's height

	z    vector.Rasterizer
	mask []byte
	pix  []byte
	path scene.Path
	// Drawn counts glyphs rasterised, Resets the times it started again
	// and Outlined the lines filled as outlines instead, for tests.
	Drawn, Resets, Outlined int
}

func (a *glyphAtlas) reset() {
	clear(a.slots)
	a.x, a.y, a.shelf = 0, 0, 0
	a.Resets++
}

// subSteps is how finely a glyph's origin is placed, in fractions of a
// target pixel: a quarter at the sizes a screen of device scale 1 or 2
// draws at, coarser where a target pixel is a small part of a logical one.
func subSteps(k float64) float64 {
	switch {
	case k < 3:
		return 4
	case k < 5:
		return 2
	}
	return 1
}

// What slot found: the glyph's place, no room left (see reset), or a
// glyph too large for the atlas.
const (
	slotted = iota
	atlasFull
	tooLarge
)

// slot returns the glyph's place in the atlas, rasterising it first if
// need be, or why it has none.
func (a *glyphAtlas) slot(key glyphKey, steps float64) (glyphSlot, int) {
	if s, ok := a.slots[key]; ok {
		return s, slotted
	}
	if a.slots == nil {
		a.slots = map[glyphKey]glyphSlot{}
	}
	// The outline with the origin at its sub-pixel offset from (0, 0).
	a.path = key.font.AppendGlyph(a.path[:0], key.r, key.size, float64(key.fx)/steps, float64(key.fy)/steps)
	bx := pathBox(a.path)
	if bx.x0 > bx.x1 {
		a.slots[key] = glyphSlot{}
		return glyphSlot{}, slotted
	}
	ix, iy := int(math.Floor(bx.x0)), int(math.Floor(bx.y0))
	w, h := int(math.Ceil(bx.x1))-ix, int(math.Ceil(bx.y1))-iy
	w, h = max(w, 1), max(h, 1)
	if w > maxGlyphPixel || h > maxGlyphPixel {
		return glyphSlot{}, tooLarge
	}
	// Shelves, with a pixel between glyphs.
	if a.x+w > atlasSide {
		a.x, a.y, a.shelf = 0, a.y+a.shelf+1, 0
	}
	if a.y+h > atlasSide || w > atlasSide {
		return glyphSlot{}, atlasFull
	}
	if a.img == nil {
		a.img = ebiten.NewImageWithOptions(image.Rect(0, 0, atlasSide, atlasSide), &ebiten.NewImageOptions{Unmanaged: true})
	}
	r := image.Rect(a.x, a.y, a.x+w, a.y+h)
	a.x += w + 1
	a.shelf = max(a.shelf, h)

	// A mask of exactly the glyph's size: the rasteriser writes rows of
	// its own width into the mask's pixels when the two agree in size,
	// whatever the mask's stride.
	if cap(a.mask) < w*h {
		a.mask = make([]byte, w*h, max(w*h, 64*64))
	}
	m := &image.Alpha{Pix: a.mask[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	a.z.Reset(w, h)
	for _, ring := range a.path {
		a.z.MoveTo(float32(ring[0].X-float64(ix)), float32(ring[0].Y-float64(iy)))
		for _, q := range ring[1:] {
			a.z.LineTo(float32(q.X-float64(ix)), float32(q.Y-float64(iy)))
		}
		a.z.ClosePath()
	}
	a.z.DrawOp = draw.Src
	a.z.Draw(m, m.Rect, image.Opaque, image.Point{})
	// White, premultiplied: the quad's colour scales it.
	a.pix = a.pix[:0]
	for _, c := range m.Pix {
		a.pix = append(a.pix, c, c, c, c)
	}
	a.img.SubImage(r).(*ebiten.Image).WritePixels(a.pix)
	a.Drawn++
	s := glyphSlot{rect: r, off: image.Pt(ix, iy)}
	a.slots[key] = s
	return s, slotted
}

// textBatch is consecutive text items' glyph quads, drawn in one call
// from the atlas (each quad has its text's colour), and one item's glyphs
// while they are placed.
type textBatch struct {
	vs     []ebiten.Vertex
	is     []uint16
	placed []placedGlyph
}

// placedGlyph is a glyph of a line: its key and the whole target pixel
// its origin falls in.
type placedGlyph struct {
	key    glyphKey
	ix, iy int
	slot   glyphSlot
}

// text adds t's glyphs to the text batch, or reports false when the atlas
// cannot hold them (the caller fills t as outlines then). The shapes'
// batch is drawn first, as it lies under t.
func (p *painter) text(t *scene.Text) bool {
	if t.S == "" || t.Size <= 0 || t.Color.A == 0 {
		return true
	}
	p.flush()
	tb := &p.tb
	font := glyph.Face(t.Bold)
	size, steps := t.Size*p.k, subSteps(p.k)
	iy, fy := split(t.Y*p.k, steps)
	tb.placed = tb.placed[:0]
	font.Place(t.S, t.Size, t.X, t.Align, func(r rune, ox float64) {
		ix, fx := split(ox*p.k, steps)
		tb.placed = append(tb.placed, placedGlyph{key: glyphKey{font: font, r: r, size: size, fx: fx, fy: fy}, ix: ix, iy: iy})
	})
	found := p.slots(steps)
	if found == atlasFull && p.rec == nil && len(p.glyphs.slots) > 0 {
		// Draw what is queued from the atlas and start it again; not
		// while recording, whose calls are drawn later, from the atlas
		// as it is then.
		p.flushText()
		p.glyphs.reset()
		found = p.slots(steps)
	}
	if found != slotted {
		p.glyphs.Outlined++
		return false
	}
	if len(tb.vs)+4*len(tb.placed) > maxVertices {
		p.flushText()
	}
	c := t.Color
	r, g, b, a := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255
	bx := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, pg := range tb.placed {
		s := pg.slot
		if s.rect.Empty() {
			continue
		}
		x0, y0 := float32(pg.ix+s.off.X), float32(pg.iy+s.off.Y)
		x1, y1 := x0+float32(s.rect.Dx()), y0+float32(s.rect.Dy())
		sx0, sy0, sx1, sy1 := float32(s.rect.Min.X), float32(s.rect.Min.Y), float32(s.rect.Max.X), float32(s.rect.Max.Y)
		base := uint16(len(tb.vs))
		tb.vs = append(tb.vs,
			ebiten.Vertex{DstX: x0, DstY: y0, SrcX: sx0, SrcY: sy0, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
			ebiten.Vertex{DstX: x1, DstY: y0, SrcX: sx1, SrcY: sy0, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
			ebiten.Vertex{DstX: x1, DstY: y1, SrcX: sx1, SrcY: sy1, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
			ebiten.Vertex{DstX: x0, DstY: y1, SrcX: sx0, SrcY: sy1, ColorR: r, ColorG: g, ColorB: b, ColorA: a})
		tb.is = append(tb.is, base, base+1, base+2, base, base+2, base+3)
		bx = bx.union(box{float64(x0), float64(y0), float64(x1), float64(y1)})
	}
	if bx.x0 <= bx.x1 {
		p.note(nil, style{}, bx)
	}
	return true
}

// slots finds every placed glyph's slot, or says why one has none.
func (p *painter) slots(steps float64) int {
	for i := range p.tb.placed {
		pg := &p.tb.placed[i]
		s, found := p.glyphs.slot(pg.key, steps)
		if found != slotted {
			return found
		}
		pg.slot = s
	}
	return slotted
}

// split is v as a whole pixel and the nearest step (of 1/steps px) past
// it.
func split(v, steps float64) (int, uint8) {
	i := math.Floor(v)
	f := math.Round((v - i) * steps)
	if f == steps {
		i, f = i+1, 0
	}
	return int(i), uint8(f)
}

// flushText draws the text batch and empties it.
func (p *painter) flushText() {
	tb := &p.tb
	if len(tb.is) > 0 {
		p.emit(tb.vs, tb.is, p.glyphs.img, ebiten.DrawTrianglesOptions{FillRule: ebiten.FillRuleFillAll, Filter: ebiten.FilterNearest})
	}
	tb.vs, tb.is = tb.vs[:0], tb.is[:0]
}
