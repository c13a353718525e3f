package palette

import (
	"image"
	"image/color"
	"testing"
)

// TestQuantizeKeepsFlatColoursExact: a picture of a few flat colours and
// many blends keeps the flat ones exactly and maps every pixel near its
// colour.
func TestQuantizeKeepsFlatColoursExact(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 600, 40))
	flat := []color.RGBA{{0x00, 0x72, 0xb2, 255}, {0xd5, 0x5e, 0x00, 255}, {0xff, 0xff, 0xff, 255}}
	for x := 0; x < 600; x++ {
		for y := 0; y < 40; y++ {
			c := flat[(x/100)%3]
			if y >= 30 { // a gradient row band: 600 distinct greys-ish
				c = color.RGBA{uint8(x * 255 / 599), uint8(x * 200 / 599), 90, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	for _, n := range []int{16, 64, 256} {
		q := Quantize(img, n)
		if len(q.Palette) > n {
			t.Errorf("n=%d: palette of %d", n, len(q.Palette))
		}
		worst := 0
		for x := 0; x < 600; x++ {
			for y := 0; y < 40; y++ {
				want := img.RGBAAt(x, y)
				got := q.At(x, y).(color.RGBA)
				if y < 30 && got != want {
					t.Fatalf("n=%d: flat colour %v at (%d,%d) became %v", n, want, x, y, got)
				}
				d := dist(color.NRGBA(got), color.NRGBA(want))
				worst = max(worst, d)
			}
		}
		// 600 gradient colours in n/2 median-cut boxes: the error shrinks with n.
		if limit := 3 * 2 * 256 / n; worst > limit+6 {
			t.Errorf("n=%d: worst error %d, want ≤ %d", n, worst, limit+6)
		}
	}
}

func dist(a, b color.NRGBA) int {
	abs := func(v int) int { return max(v, -v) }
	return abs(int(a.R)-int(b.R)) + abs(int(a.G)-int(b.G)) + abs(int(a.B)-int(b.B))
}
