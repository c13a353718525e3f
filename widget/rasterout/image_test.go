package rasterout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

func TestImageScaledIntoItsBox(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	for y := 0; y < 10; y++ {
		for x := 0; x < 10; x++ {
			c := color.NRGBA{0xff, 0, 0, 0xff}
			if x >= 5 {
				c = color.NRGBA{0, 0, 0xff, 0x80} // half transparent blue
			}
			src.SetNRGBA(x, y, c)
		}
	}
	s := &scene.Scene{W: 40, H: 40, Background: color.NRGBA{0xff, 0xff, 0xff, 0xff}, Layers: []scene.Layer{{Items: []scene.Item{
		&scene.Image{X: 5, Y: 5, W: 20, H: 20, PNG: encodePNG(t, src)},
	}}}}
	img := Render(s, 2) // the box is device pixels 10…50
	for _, c := range []struct {
		x, y int
		want color.RGBA
	}{
		{4, 4, color.RGBA{0xff, 0xff, 0xff, 0xff}},   // outside
		{15, 30, color.RGBA{0xff, 0, 0, 0xff}},       // left half
		{45, 30, color.RGBA{0x7f, 0x7f, 0xff, 0xff}}, // blue at half over white
		{55, 55, color.RGBA{0xff, 0xff, 0xff, 0xff}}, // past the box
	} {
		got := img.RGBAAt(c.x, c.y)
		d := func(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }
		if d(got.R, c.want.R) > 2 || d(got.G, c.want.G) > 2 || d(got.B, c.want.B) > 2 || got.A != 0xff {
			t.Errorf("(%d, %d) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
