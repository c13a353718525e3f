package ebitenui

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The shrinker makes each device pixel the exact average of its 2×2 block
// of the twice-sized source (±1 for rounding), at any offset, and draws
// nothing outside the part it was given.
func TestShrinkAverages(t *testing.T) {
	const w, h = 24, 16
	src := ebiten.NewImage(2*w, 2*h)
	pix := make([]byte, 4*(2*w)*(2*h))
	at := func(x, y int) color.RGBA { // an opaque pattern that differs in every texel
		return color.RGBA{uint8(x * 11 % 256), uint8(y * 29 % 256), uint8((x*y*7 + 40) % 256), 255}
	}
	for y := 0; y < 2*h; y++ {
		for x := 0; x < 2*w; x++ {
			c := at(x, y)
			i := 4 * (y*2*w + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = c.R, c.G, c.B, c.A
		}
	}
	src.WritePixels(pix)

	dst := ebiten.NewImage(w+10, h+10)
	part := image.Rect(3, 2, 20, 13)
	off := image.Pt(5, 4)
	newShrinker().draw(dst, src, part, off, 2)
	got := readImage(dst)

	for y := 0; y < h+10; y++ {
		for x := 0; x < w+10; x++ {
			c := got.RGBAAt(x, y)
			p := image.Pt(x, y).Sub(off)
			if !p.In(part) {
				if c != (color.RGBA{}) {
					t.Fatalf("pixel (%d,%d) outside the part is %v, want transparent", x, y, c)
				}
				continue
			}
			var sum [3]int
			for _, d := range [4]image.Point{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				s := at(2*p.X+d.X, 2*p.Y+d.Y)
				sum[0] += int(s.R)
				sum[1] += int(s.G)
				sum[2] += int(s.B)
			}
			for k, v := range [3]uint8{c.R, c.G, c.B} {
				if want := sum[k] / 4; int(v) < want-1 || int(v) > want+1 {
					t.Fatalf("pixel (%d,%d) channel %d = %d, want the block's average %d (got %v)", x, y, k, v, want, c)
				}
			}
			if c.A != 255 {
				t.Fatalf("pixel (%d,%d) alpha %d, want 255", x, y, c.A)
			}
		}
	}
}
