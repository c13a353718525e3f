package ebitenui

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// At a whole scale the frame is copied to the screen: every pixel of the
// screen under it becomes the frame's, translucent ones included, whatever
// the screen held; the rest of the screen is left alone. At another scale
// it is drawn scaled over the screen with the linear filter, as Ebiten
// does.
func TestDrawFinalScreen(t *testing.T) {
	const w, h = 12, 8
	frame := ebiten.NewImage(w, h)
	pix := make([]byte, 4*w*h)
	at := func(x, y int) color.RGBA { // premultiplied; the left half translucent
		a := uint8(255)
		if x < w/2 {
			a = 128
		}
		return color.RGBA{uint8(x * 9 % int(a)), uint8(y * 13 % int(a)), 40 % a, a}
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := at(x, y)
			i := 4 * (y*w + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = c.R, c.G, c.B, c.A
		}
	}
	frame.WritePixels(pix)
	g := &Game{}
	red := color.RGBA{255, 0, 0, 255}

	for _, s := range []float64{1, 2} {
		screen := ebiten.NewImage(2*w+6, 2*h+6)
		screen.Fill(red)
		var m ebiten.GeoM
		m.Scale(s, s)
		m.Translate(3, 2)
		g.DrawFinalScreen(screen, frame, m)
		got := readImage(screen)
		for y := 0; y < 2*h+6; y++ {
			for x := 0; x < 2*w+6; x++ {
				want := red
				if p := image.Pt(x-3, y-2); p.In(image.Rect(0, 0, int(s)*w, int(s)*h)) {
					want = at(p.X/int(s), p.Y/int(s))
				}
				if c := got.RGBAAt(x, y); c != want {
					t.Fatalf("scale %v: screen pixel (%d,%d) = %v, want %v", s, x, y, c, want)
				}
			}
		}
	}

	// At 1.5 the frame is blended over the screen: no red is left under
	// its opaque right half, some shows through its translucent left half.
	screen := ebiten.NewImage(2*w, 2*h)
	screen.Fill(red)
	var m ebiten.GeoM
	m.Scale(1.5, 1.5)
	g.DrawFinalScreen(screen, frame, m)
	got := readImage(screen)
	if c, want := got.RGBAAt(int(1.5*w)-2, 2), at(w-1, 1); absDiff(c.R, want.R) > 8 || c.A != 255 {
		t.Errorf("scale 1.5, opaque part: %v, want about %v", c, want)
	}
	if c := got.RGBAAt(1, 1); c.R < 100 {
		t.Errorf("scale 1.5, translucent part: %v, want the red screen to show through", c)
	}
	if c := got.RGBAAt(int(1.5*w)+2, int(1.5*h)+2); c != red {
		t.Errorf("scale 1.5, outside the frame: %v, want the screen's red", c)
	}
}

func absDiff(a, b uint8) uint8 {
	if a > b {
		return a - b
	}
	return b - a
}
