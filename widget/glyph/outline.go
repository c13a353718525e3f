package glyph

import (
	"math"

	"github.com/stancemap/stancemap/widget/scene"
	"golang.org/x/image/font/sfnt"
)

// tolerance is the largest distance, in output pixels, between a curve and
// the polyline that replaces it.
const tolerance = 0.2

// segments returns the outline of r in font units (y down), loading it once.
func (f *Font) segments(r rune) *glyphInfo {
	g := f.info(r)
	f.mu.RLock()
	loaded := g.loaded
	f.mu.RUnlock()
	if loaded {
		return g
	}
	if g.at > 0 {
		return f.loadSubsetGlyph(g)
	}
	if g.borrowed && f.lend != nil {
		return f.lend(f, r, g)
	}
	b := f.buffer()
	raw, err := f.sf.LoadGlyph(b, g.index, f.ppem, nil)
	var segs []segment
	if err == nil {
		segs = make([]segment, len(raw))
		for i, s := range raw {
			segs[i].op = s.Op
			for j := range s.Args {
				segs[i].args[j] = [2]float64{units(s.Args[j].X), units(s.Args[j].Y)}
			}
		}
	}
	f.bufs.Put(b)
	f.mu.Lock()
	if !g.loaded {
		g.setOutline(segs)
	}
	f.mu.Unlock()
	return g
}

// Outline returns the glyph outlines of s at size px with the baseline at y,
// anchored at x by align. Curves are flattened to within about 0.2 px; the
// rings keep the font's winding, so fill them with the non-zero rule.
func (f *Font) Outline(s string, size, x, y float64, align scene.Align) scene.Path {
	var path scene.Path
	f.Place(s, size, x, align, func(r rune, ox float64) {
		path = f.AppendGlyph(path, r, size, ox, y)
	})
	return path
}

// Box returns the bounds of the outlines Outline returns for the same
// arguments, as x0, y0, x1, y1, without making them: the union of each
// glyph's control points, which hold its curves, so it may reach a little
// beyond the flattened outline (never inside it). ok is false where no
// glyph has an outline (an empty string, or spaces only).
func (f *Font) Box(s string, size, x, y float64, align scene.Align) (x0, y0, x1, y1 float64, ok bool) {
	x0, y0 = math.Inf(1), math.Inf(1)
	x1, y1 = math.Inf(-1), math.Inf(-1)
	k := size / f.upem
	f.Place(s, size, x, align, func(r rune, ox float64) {
		g := f.segments(r)
		if !g.hasBox {
			return
		}
		// Scaling and moving keep the order of coordinates (for k ≥ 0),
		// so the glyph's box placed is the box of its points placed.
		gx0, gy0, gx1, gy1 := ox+g.box[0]*k, y+g.box[1]*k, ox+g.box[2]*k, y+g.box[3]*k
		if k < 0 {
			gx0, gx1, gy0, gy1 = gx1, gx0, gy1, gy0
		}
		// Comparisons, not math.Min: the boxes hold no NaN, and in the
		// wasm build math.Min and math.Max are calls.
		if gx0 < x0 {
			x0 = gx0
		}
		if gy0 < y0 {
			y0 = gy0
		}
		if gx1 > x1 {
			x1 = gx1
		}
		if gy1 > y1 {
			y1 = gy1
		}
	})
	return x0, y0, x1, y1, x0 <= x1
}

// setOutline keeps segs as g's outline, with the bounds of its points.
// Callers hold the font's lock where g is shared.
func (g *glyphInfo) setOutline(segs []segment) {
	g.segs, g.loaded, g.hasBox = segs, true, false
	for _, sg := range segs {
		for _, a := range sg.args[:argCount(sg.op)] {
			if !g.hasBox {
				g.box, g.hasBox = [4]float64{a[0], a[1], a[0], a[1]}, true
				continue
			}
			g.box[0], g.box[1] = min(g.box[0], a[0]), min(g.box[1], a[1])
			g.box[2], g.box[3] = max(g.box[2], a[0]), max(g.box[3], a[1])
		}
	}
}

// Place calls at for each rune of s at size px, anchored at x by align,
// with the x of its origin on the baseline, as Outline places them
// (kerning included).
func (f *Font) Place(s string, size, x float64, align scene.Align, at func(r rune, ox float64)) {
	switch align {
	case scene.AlignCenter:
		x -= f.Width(s, size) / 2
	case scene.AlignRight:
		x -= f.Width(s, size)
	}
	k := size / f.upem
	pen := 0.0 // in font units
	prev := sfnt.GlyphIndex(0)
	kb := f.buffer()
	defer f.bufs.Put(kb)
	for i, r := range s {
		g := f.info(r)
		if i > 0 && prev != 0 && g.index != 0 {
			pen += f.kern(kb, prev, g.index)
		}
		at(r, x+pen*k)
		pen += g.advance
		prev = g.index
	}
}

// AppendGlyph appends the outline of r at size px, its origin at (ox, y),
// to path, as Outline draws it.
func (f *Font) AppendGlyph(path scene.Path, r rune, size, ox, y float64) scene.Path {
	g := f.segments(r)
	k := size / f.upem
	var ring []scene.Point
	var cur scene.Point
	pt := func(a [2]float64) scene.Point { return scene.Point{X: ox + a[0]*k, Y: y + a[1]*k} }
	for _, sg := range g.segs {
		switch sg.op {
		case sfnt.SegmentOpMoveTo:
			if len(ring) > 1 {
				path = append(path, ring)
			}
			cur = pt(sg.args[0])
			ring = []scene.Point{cur}
		case sfnt.SegmentOpLineTo:
			cur = pt(sg.args[0])
			ring = append(ring, cur)
		case sfnt.SegmentOpQuadTo:
			p1, p2 := pt(sg.args[0]), pt(sg.args[1])
			ring = flattenQuad(ring, cur, p1, p2)
			cur = p2
		case sfnt.SegmentOpCubeTo:
			p1, p2, p3 := pt(sg.args[0]), pt(sg.args[1]), pt(sg.args[2])
			ring = flattenCubic(ring, cur, p1, p2, p3)
			cur = p3
		}
	}
	if len(ring) > 1 {
		path = append(path, ring)
	}
	return path
}

// flattenQuad appends points along the quadratic Bézier p0-p1-p2 (p0 excluded).
// A chord of a quadratic over a parameter step h deviates at most
// |p0-2p1+p2|·h²/4 from the curve, which gives the number of steps.
func flattenQuad(ring []scene.Point, p0, p1, p2 scene.Point) []scene.Point {
	dd := math.Hypot(p0.X-2*p1.X+p2.X, p0.Y-2*p1.Y+p2.Y)
	n := int(math.Ceil(math.Sqrt(dd / (4 * tolerance))))
	if n < 1 {
		n = 1
	}
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		ring = append(ring, scene.Point{
			X: u*u*p0.X + 2*u*t*p1.X + t*t*p2.X,
			Y: u*u*p0.Y + 2*u*t*p1.Y + t*t*p2.Y,
		})
	}
	return ring
}

// flattenCubic appends points along the cubic Bézier p0..p3 (p0 excluded),
// with the step count bounded by the larger second difference.
func flattenCubic(ring []scene.Point, p0, p1, p2, p3 scene.Point) []scene.Point {
	d1 := math.Hypot(p0.X-2*p1.X+p2.X, p0.Y-2*p1.Y+p2.Y)
	d2 := math.Hypot(p1.X-2*p2.X+p3.X, p1.Y-2*p2.Y+p3.Y)
	n := int(math.Ceil(math.Sqrt(3 * math.Max(d1, d2) / (4 * tolerance))))
	if n < 1 {
		n = 1
	}
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		ring = append(ring, scene.Point{
			X: a*p0.X + b*p1.X + c*p2.X + d*p3.X,
			Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y,
		})
	}
	return ring
}
