package ebitenui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
)

// shrinker draws parts of a twice-sized image at device size, each device
// pixel the average of its 2×2 block: the last step of drawing at twice
// the size for anti-aliasing.
//
// It is Ebiten's linear filter at exactly half scale, without mipmaps: the
// centre of device pixel i samples the source at 2i+1, where four texels
// meet, and bilinear filtering there weighs each by 1/4. A Kage shader did
// the same before, but it was a program of its own, and on software GL
// (SwiftShader, as in headless Chromium) linking it held the embed's first
// frame back by ~450 ms; the linear program is linked anyway for Ebiten's
// anti-aliased map. Mipmaps are off: at half scale Ebiten would otherwise
// build a mipmap of the whole source on every change.
type shrinker struct {
	op ebiten.DrawImageOptions
}

func newShrinker() *shrinker { return &shrinker{} }

// draw composites the part r (device px) of src over dst, whose origin
// is at off: src is twice the size (ss 2) and shrunk, or the device size
// (ss 1, see compositor.atDevice) and copied.
func (s *shrinker) draw(dst, src *ebiten.Image, r image.Rectangle, off image.Point, ss int) {
	if r.Empty() {
		return
	}
	d := r.Add(off)
	if ss == 1 {
		s.op = ebiten.DrawImageOptions{Filter: ebiten.FilterNearest, DisableMipmaps: true}
		s.op.GeoM.Translate(float64(d.Min.X), float64(d.Min.Y))
		dst.DrawImage(src.SubImage(r).(*ebiten.Image), &s.op)
		return
	}
	s.op = ebiten.DrawImageOptions{Filter: ebiten.FilterLinear, DisableMipmaps: true}
	s.op.GeoM.Scale(0.5, 0.5)
	s.op.GeoM.Translate(float64(d.Min.X), float64(d.Min.Y))
	dst.DrawImage(src.SubImage(geom.Double(r)).(*ebiten.Image), &s.op)
}
