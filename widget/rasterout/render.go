// Package rasterout draws a scene.Scene into an image with
// golang.org/x/image/vector (pure Go, no display, no cgo), for print PNGs
// and posters. It draws the same Scene as the screen, so print looks like it.
package rasterout

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
	"golang.org/x/image/vector"
)

// Render draws s at scale device pixels per logical pixel (for example
// 300/96 for 300 dpi print of a scene laid out in CSS pixels).
func Render(s *scene.Scene, scale float64) *image.RGBA {
	w := int(math.Round(s.W * scale))
	h := int(math.Round(s.H * scale))
	img := image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	r := &renderer{dst: img, scale: scale}
	bg := s.Background
	fillRect(img, img.Bounds(), bg)
	for i := range s.Layers {
		r.layer(&s.Layers[i])
	}
	return img
}

// renderer keeps the buffers reused across items of one Render call.
type renderer struct {
	dst   *image.RGBA
	scale float64
	clip  image.Rectangle // device pixels
	z     vector.Rasterizer
	mask  []uint8
	polys [][]scene.Point // device-pixel polygons for the item being drawn
}

func (r *renderer) layer(l *scene.Layer) {
	r.clip = r.dst.Bounds()
	if c := l.Clip; c != nil {
		cr := image.Rect(
			int(math.Floor(c.X*r.scale)), int(math.Floor(c.Y*r.scale)),
			int(math.Ceil((c.X+c.W)*r.scale)), int(math.Ceil((c.Y+c.H)*r.scale)))
		r.clip = r.clip.Intersect(cr)
	}
	for _, it := range l.Items {
		r.item(it)
	}
}

func (r *renderer) item(it scene.Item) {
	if v, ok := it.(*scene.Image); ok {
		r.image(v)
		return
	}
	f, ok := geom.Flatten(it, r.scale)
	if !ok {
		return
	}
	if f.Fill != nil {
		r.polys = r.device(r.polys[:0], f.Path)
		r.fill(f.Fill)
	}
	if f.Stroke != nil {
		r.stroke(f.Path, f.Closed, f.Stroke)
	}
}

// device appends the rings of p scaled to device pixels.
func (r *renderer) device(dst [][]scene.Point, p scene.Path) [][]scene.Point {
	for _, ring := range p {
		if len(ring) < 2 {
			continue
		}
		d := make([]scene.Point, len(ring))
		for i, pt := range ring {
			d[i] = scene.Point{X: pt.X * r.scale, Y: pt.Y * r.scale}
		}
		dst = append(dst, d)
	}
	return dst
}

// stroke turns the path into polygons in device pixels and fills them.
func (r *renderer) stroke(p scene.Path, closed bool, st *scene.Stroke) {
	if st.Width <= 0 || st.Color.A == 0 {
		return
	}
	var dash []float64
	for _, d := range st.Dash {
		dash = append(dash, d*r.scale)
	}
	r.polys = r.polys[:0]
	for _, ring := range r.device(nil, p) {
		r.polys = strokePath(r.polys, ring, closed, st.Width*r.scale/2, dash)
	}
	r.fill(&scene.Fill{Color: st.Color})
}

// coverage rasterises r.polys into r.mask over the returned device
// rectangle (the polygons' bound within the clip), one byte per pixel.
func (r *renderer) coverage() image.Rectangle {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, ring := range r.polys {
		for _, p := range ring {
			minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
			minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
		}
	}
	if minX > maxX {
		return image.Rectangle{}
	}
	b := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX)), int(math.Ceil(maxY))).Intersect(r.clip)
	if b.Empty() {
		return b
	}
	w, h := b.Dx(), b.Dy()
	r.z.Reset(w, h)
	ox, oy := float64(b.Min.X), float64(b.Min.Y)
	for _, ring := range r.polys {
		r.z.MoveTo(float32(ring[0].X-ox), float32(ring[0].Y-oy))
		for _, p := range ring[1:] {
			r.z.LineTo(float32(p.X-ox), float32(p.Y-oy))
		}
		r.z.ClosePath()
	}
	if cap(r.mask) < w*h {
		r.mask = make([]uint8, w*h)
	}
	r.mask = r.mask[:w*h]
	m := &image.Alpha{Pix: r.mask, Stride: w, Rect: image.Rect(0, 0, w, h)}
	r.z.DrawOp = draw.Src
	r.z.Draw(m, m.Rect, image.Opaque, image.Point{})
	return b
}

// fill paints r.polys with the fill colour and its pattern.
func (r *renderer) fill(f *scene.Fill) {
	if f.Color.A == 0 && (f.Pattern.Kind == scene.PatternNone || f.Pattern.Color.A == 0) {
		return
	}
	b := r.coverage()
	if b.Empty() {
		return
	}
	var pat *patternCov
	if f.Pattern.Kind != scene.PatternNone && f.Pattern.Color.A != 0 && f.Pattern.Spacing > 0 && f.Pattern.Width > 0 {
		pat = newPatternCov(f.Pattern, r.scale)
	}
	w := b.Dx()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := r.mask[(y-b.Min.Y)*w : (y-b.Min.Y+1)*w]
		pix := r.dst.Pix[r.dst.PixOffset(b.Min.X, y):]
		for i, m := range row {
			if m == 0 {
				continue
			}
			px := pix[4*i : 4*i+4 : 4*i+4]
			blend(px, f.Color, uint32(m))
			if pat != nil {
				if c := pat.at(b.Min.X+i, y); c != 0 {
					blend(px, f.Pattern.Color, uint32(m)*c/255)
				}
			}
		}
	}
}

// blend composites colour c with coverage m (0-255) over a premultiplied
// RGBA pixel.
func blend(px []uint8, c color.NRGBA, m uint32) {
	a := uint32(c.A) * m / 255 // effective alpha 0-255
	if a == 0 {
		return
	}
	ia := 255 - a
	px[0] = uint8((uint32(c.R)*a + uint32(px[0])*ia + 127) / 255)
	px[1] = uint8((uint32(c.G)*a + uint32(px[1])*ia + 127) / 255)
	px[2] = uint8((uint32(c.B)*a + uint32(px[2])*ia + 127) / 255)
	px[3] = uint8((255*a + uint32(px[3])*ia + 127) / 255)
}

// fillRect paints a rectangle with c, ignoring what is under it: one row
// pixel by pixel, the rest copied.
func fillRect(img *image.RGBA, b image.Rectangle, c color.NRGBA) {
	b = b.Intersect(img.Bounds())
	if b.Empty() {
		return
	}
	p := color.RGBAModel.Convert(c).(color.RGBA)
	first := img.Pix[img.PixOffset(b.Min.X, b.Min.Y):img.PixOffset(b.Max.X, b.Min.Y)]
	first[0], first[1], first[2], first[3] = p.R, p.G, p.B, p.A
	for n := 4; n < len(first); n *= 2 {
		copy(first[n:], first[:n])
	}
	for y := b.Min.Y + 1; y < b.Max.Y; y++ {
		copy(img.Pix[img.PixOffset(b.Min.X, y):], first)
	}
}
