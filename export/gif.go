package export

import (
	"errors"
	"image"
	"image/color"
	"image/gif"
	"io"
	"time"

	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

// EncodeGIF draws each scene as one frame of a looping animated GIF, shown
// for delay each and the last for lastDelay. All frames share one palette
// built from the scenes' own colours and blends between them, so flat map
// colours stay exact and anti-aliased edges stay smooth.
func EncodeGIF(w io.Writer, frames []*scene.Scene, scale float64, delay, lastDelay time.Duration) error {
	if len(frames) == 0 {
		return errors.New("gif: no frames")
	}
	pal := palette(frames)
	q := newQuantizer(pal)
	anim := &gif.GIF{}
	for i, s := range frames {
		img := rasterout.Render(s, scale)
		anim.Image = append(anim.Image, q.paletted(img))
		d := delay
		if i == len(frames)-1 {
			d = lastDelay
		}
		anim.Delay = append(anim.Delay, int(d/(10*time.Millisecond)))
	}
	return gif.EncodeAll(w, anim)
}

// palette lists the scenes' colours (translucent ones over the
// background), then blends of each with the background, then blends
// between pairs, up to 256 entries.
func palette(frames []*scene.Scene) color.Palette {
	bg := opaque(frames[0].Background, color.NRGBA{255, 255, 255, 255})
	seen := map[color.NRGBA]bool{}
	base := []color.NRGBA{}
	addBase := func(c color.NRGBA) {
		if c.A == 0 {
			return
		}
		c = opaque(c, bg)
		if !seen[c] {
			seen[c] = true
			base = append(base, c)
		}
	}
	addBase(bg)
	for _, s := range frames {
		forEachColor(s, addBase)
	}
	pal := make(color.Palette, 0, 256)
	add := func(c color.NRGBA) {
		if len(pal) < 256 && !seen[c] {
			seen[c] = true
			pal = append(pal, c)
		}
	}
	for _, c := range base {
		if len(pal) < 256 {
			pal = append(pal, c)
		}
	}
	for _, t := range []float64{0.5, 0.25, 0.75} {
		for _, c := range base[1:] {
			add(mix(c, bg, t))
		}
	}
	for i := range base {
		for j := i + 1; j < len(base); j++ {
			add(mix(base[i], base[j], 0.5))
		}
	}
	return pal
}

func forEachColor(s *scene.Scene, f func(color.NRGBA)) {
	fill := func(fl *scene.Fill) {
		if fl != nil {
			f(fl.Color)
			if fl.Pattern.Kind != scene.PatternNone {
				f(fl.Pattern.Color)
			}
		}
	}
	stroke := func(st *scene.Stroke) {
		if st != nil {
			f(st.Color)
		}
	}
	for _, l := range s.Layers {
		for _, it := range l.Items {
			switch v := it.(type) {
			case *scene.Shape:
				fill(v.Fill)
				stroke(v.Stroke)
			case *scene.Circle:
				fill(v.Fill)
				stroke(v.Stroke)
			case *scene.Rect:
				fill(v.Fill)
				stroke(v.Stroke)
			case *scene.Text:
				f(v.Color)
			}
		}
	}
}

// opaque composites c over bg.
func opaque(c, bg color.NRGBA) color.NRGBA {
	if c.A == 255 {
		return c
	}
	return mix(color.NRGBA{c.R, c.G, c.B, 255}, bg, float64(c.A)/255)
}

// mix returns t of a and 1−t of b.
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x)*t + float64(y)*(1-t) + 0.5) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}

// quantizer maps pixels to the nearest palette entry, remembering answers:
// a map has few distinct colours, so nearly every pixel is a cache hit.
type quantizer struct {
	pal   color.Palette
	rgb   [][3]int32
	cache map[uint32]uint8
}

func newQuantizer(pal color.Palette) *quantizer {
	q := &quantizer{pal: pal, cache: map[uint32]uint8{}}
	for _, c := range pal {
		n := c.(color.NRGBA)
		q.rgb = append(q.rgb, [3]int32{int32(n.R), int32(n.G), int32(n.B)})
	}
	return q
}

func (q *quantizer) paletted(img *image.RGBA) *image.Paletted {
	b := img.Bounds()
	out := image.NewPaletted(b, q.pal)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		src := img.Pix[img.PixOffset(b.Min.X, y):img.PixOffset(b.Max.X, y)]
		dst := out.Pix[out.PixOffset(b.Min.X, y):]
		for x := 0; x < len(src); x += 4 {
			// The rendered image is opaque, so premultiplied equals straight.
			key := uint32(src[x])<<16 | uint32(src[x+1])<<8 | uint32(src[x+2])
			idx, ok := q.cache[key]
			if !ok {
				idx = q.nearest(int32(src[x]), int32(src[x+1]), int32(src[x+2]))
				q.cache[key] = idx
			}
			dst[x/4] = idx
		}
	}
	return out
}

func (q *quantizer) nearest(r, g, b int32) uint8 {
	best, bestD := 0, int32(1<<30)
	for i, c := range q.rgb {
		dr, dg, db := c[0]-r, c[1]-g, c[2]-b
		// Weights roughly follow the eye's sensitivity.
		if d := 3*dr*dr + 4*dg*dg + 2*db*db; d < bestD {
			best, bestD = i, d
		}
	}
	return uint8(best)
}
