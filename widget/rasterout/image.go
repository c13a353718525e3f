package rasterout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"

	"github.com/stancemap/stancemap/widget/scene"
)

// image draws v's PNG scaled into its box, sampling it bilinearly and
// blending over what is drawn, within the layer's clip. A file that does
// not decode draws nothing (the style loader has decoded it once).
func (r *renderer) image(v *scene.Image) {
	if len(v.PNG) == 0 || !(v.W > 0) || !(v.H > 0) {
		return
	}
	src, err := png.Decode(bytes.NewReader(v.PNG))
	if err != nil {
		return
	}
	x0, y0 := v.X*r.scale, v.Y*r.scale
	w, h := v.W*r.scale, v.H*r.scale
	box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x0+w)), int(math.Ceil(y0+h))).Intersect(r.clip)
	sb := src.Bounds()
	sx, sy := float64(sb.Dx())/w, float64(sb.Dy())/h
	for py := box.Min.Y; py < box.Max.Y; py++ {
		for px := box.Min.X; px < box.Max.X; px++ {
			c := bilinear(src, sb, (float64(px)+0.5-x0)*sx-0.5, (float64(py)+0.5-y0)*sy-0.5)
			if c.A == 0 {
				continue
			}
			blendOver(r.dst, px, py, c)
		}
	}
}

// bilinear samples src at (x, y), in source pixels from its bounds' corner,
// premultiplied, clamping at the edges.
func bilinear(src image.Image, b image.Rectangle, x, y float64) color.RGBA64 {
	x = math.Max(0, math.Min(x, float64(b.Dx()-1)))
	y = math.Max(0, math.Min(y, float64(b.Dy()-1)))
	ix, iy := int(x), int(y)
	fx, fy := x-float64(ix), y-float64(iy)
	ix1, iy1 := min(ix+1, b.Dx()-1), min(iy+1, b.Dy()-1)
	at := func(i, j int) [4]float64 {
		r, g, bl, a := src.At(b.Min.X+i, b.Min.Y+j).RGBA()
		return [4]float64{float64(r), float64(g), float64(bl), float64(a)}
	}
	c00, c10, c01, c11 := at(ix, iy), at(ix1, iy), at(ix, iy1), at(ix1, iy1)
	var out [4]uint16
	for k := range out {
		top := c00[k]*(1-fx) + c10[k]*fx
		bot := c01[k]*(1-fx) + c11[k]*fx
		out[k] = uint16(math.Round(top*(1-fy) + bot*fy))
	}
	return color.RGBA64{out[0], out[1], out[2], out[3]}
}

// blendOver puts the premultiplied c over dst's pixel (x, y).
func blendOver(dst *image.RGBA, x, y int, c color.RGBA64) {
	i := dst.PixOffset(x, y)
	p := dst.Pix[i : i+4 : i+4]
	ia := 0xffff - uint32(c.A)
	for k, v := range [3]uint16{c.R, c.G, c.B} {
		p[k] = uint8((uint32(v) + uint32(p[k])*0x101*ia/0xffff) >> 8)
	}
	p[3] = uint8((uint32(c.A) + uint32(p[3])*0x101*ia/0xffff) >> 8)
}
