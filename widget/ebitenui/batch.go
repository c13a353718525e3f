package ebitenui

import (
	"image/color"
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// style is how an item is painted, reduced to what a batch must share.
type style struct {
	fill, stroke bool // which parts draw anything
	fillColor    color.NRGBA
	hasPattern   bool
	pattern      scene.Pattern
	strokeColor  color.NRGBA
	width        float64
	dash         []float64
}

func newStyle(f *scene.Fill, s *scene.Stroke) style {
	var st style
	if f != nil {
		st.hasPattern = f.Pattern.Kind != scene.PatternNone && f.Pattern.Color.A != 0 && f.Pattern.Spacing > 0 && f.Pattern.Width > 0
		st.fill = f.Color.A != 0 || st.hasPattern
		st.fillColor = f.Color
		if st.hasPattern {
			st.pattern = f.Pattern
		}
	}
	if s != nil && s.Width > 0 && s.Color.A != 0 {
		st.stroke = true
		st.strokeColor, st.width = s.Color, s.Width
		if geom.ValidDash(s.Dash) {
			st.dash = s.Dash
		}
	}
	return st
}

func (a style) equal(b style) bool {
	return a.fill == b.fill && a.stroke == b.stroke && a.fillColor == b.fillColor &&
		a.hasPattern == b.hasPattern && a.pattern == b.pattern &&
		a.strokeColor == b.strokeColor && a.width == b.width && slices.Equal(a.dash, b.dash)
}

// box is an axis-aligned rectangle in device px.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }

func (a box) union(b box) box {
	return box{min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1)}
}

// batch is consecutive items of one style, drawn together: all their fills,
// then all their strokes. That equals drawing them one by one when no item
// covers an earlier one, or when the only overlaps are between fills of one
// opaque colour wound the same way (the non-zero rule then fills the union
// once, as two opaque fills would), or between opaque strokes.
type batch struct {
	style  style
	n      int   // items in the batch
	boxes  []box // each item's device bound
	all    box   // their union
	orient int   // winding of the fills: +1, -1, or 0 when mixed or none
	fvs    []ebiten.Vertex
	fis    []uint16
	svs    []ebiten.Vertex
	sis    []uint16
}

// reserve returns s with room for n more elements, doubling its capacity
// when it has to grow. The batch's buffers start empty and reach tens of
// thousands of vertices in the first frame; append grows a large slice by
// a quarter at a time, which copied them about four times their final
// size (40-60 ms of a first visit's first frame, in baseline-compiled
// wasm).
func reserve[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	c := 2 * cap(s)
	if c < len(s)+n {
		c = len(s) + n
	}
	t := make([]T, len(s), c)
	copy(t, s)
	return t
}

func (b *batch) reset() {
	b.clear()
	b.fvs, b.fis, b.svs, b.sis = b.fvs[:0], b.fis[:0], b.svs[:0], b.sis[:0]
}

// clear forgets the batch's items (its buffers are drawn or reset by the caller).
func (b *batch) clear() {
	b.n, b.boxes, b.orient = 0, b.boxes[:0], 0
}

func (b *batch) start(st style) {
	b.clear()
	b.style = st
}

// accepts reports whether an item of style st covering bx may join.
func (b *batch) accepts(st style, bx box, path scene.Path) bool {
	if b.n == 0 || !b.style.equal(st) {
		return false
	}
	if !bx.overlaps(b.all) {
		return true
	}
	switch {
	case st.fill && !st.stroke && st.fillColor.A == 255:
		return b.orient != 0 && winding(path) == b.orient
	case st.stroke && !st.fill && st.strokeColor.A == 255:
		return true
	}
	for _, o := range b.boxes {
		if bx.overlaps(o) {
			return false
		}
	}
	return true
}

// note records an item that joins the batch.
func (b *batch) note(bx box, path scene.Path) {
	if b.n == 0 {
		b.all = bx
		if b.style.fill {
			b.orient = winding(path)
		}
	} else {
		b.all = b.all.union(bx)
		if b.style.fill && winding(path) != b.orient {
			b.orient = 0
		}
	}
	b.boxes = append(b.boxes, bx)
	b.n++
}

// winding is the sign of a path's total signed area: +1 or -1 (0 if none).
// Rings of one shape (outer rings and their holes) sum to the sign of the
// outer ones.
func winding(path scene.Path) int {
	a := 0.0
	for _, ring := range path {
		for i := range ring {
			p, q := ring[i], ring[(i+1)%len(ring)]
			a += p.X*q.Y - q.X*p.Y
		}
	}
	switch {
	case a > 0:
		return 1
	case a < 0:
		return -1
	}
	return 0
}

// pathBox is the bound of path's points; for no points, a box whose x0
// passes its x1.
func pathBox(path scene.Path) box {
	bx := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, ring := range path {
		for _, q := range ring { // comparisons: the builtins call the runtime in wasm
			if q.X < bx.x0 {
				bx.x0 = q.X
			}
			if q.X > bx.x1 {
				bx.x1 = q.X
			}
			if q.Y < bx.y0 {
				bx.y0 = q.Y
			}
			if q.Y > bx.y1 {
				bx.y1 = q.Y
			}
		}
	}
	return bx
}

// bound is the target-px bound of what an item of style st draws for path,
// with room for anti-aliasing and mitred joins.
func (p *painter) bound(path scene.Path, st style) box {
	bx := pathBox(path)
	pad := 1.0
	if st.stroke {
		pad += 2 * st.width * p.k // miter limit 4: joins reach 2 widths out
	}
	return box{bx.x0*p.k - pad, bx.y0*p.k - pad, bx.x1*p.k + pad, bx.y1*p.k + pad}
}
