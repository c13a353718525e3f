package ebitenui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// patternKey names one pattern tile at one scale.
type patternKey struct {
	pat   scene.Pattern
	scale float64
}

// tile returns the repeating image of a pattern: a square of whole device
// pixels holding one period, drawn with AddressRepeat. Diagonal lines s
// apart repeat every s·√2 along each axis; dots every s.
func (p *painter) tile(pat scene.Pattern) *ebiten.Image {
	k := patternKey{pat, p.scale}
	if img, ok := p.patterns[k]; ok {
		return img
	}
	img := ebiten.NewImageFromImage(tileImage(pat, p.scale))
	p.patterns[k] = img
	return img
}

// tileImage draws one period of pat as premultiplied RGBA, with a one-pixel
// ramp at the edges of lines and dots for anti-aliasing.
func tileImage(pat scene.Pattern, scale float64) *image.RGBA {
	period := pat.Spacing * scale
	if pat.Kind != scene.PatternDots {
		period *= math.Sqrt2
	}
	n := max(2, int(math.Round(period)))
	half := pat.Width * scale / 2
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	fn := float64(n)
	wrap := func(u float64) float64 { return math.Abs(u - fn*math.Round(u/fn)) }
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			cx, cy := float64(x)+0.5, float64(y)+0.5
			var d float64 // device px to the nearest line or dot centre
			switch pat.Kind {
			case scene.PatternHatch:
				d = wrap(cx+cy) / math.Sqrt2
			case scene.PatternBackHatch:
				d = wrap(cx-cy) / math.Sqrt2
			case scene.PatternCross:
				d = math.Min(wrap(cx+cy), wrap(cx-cy)) / math.Sqrt2
			case scene.PatternDots:
				d = math.Hypot(wrap(cx), wrap(cy))
			default:
				continue
			}
			c := min(max(half-d+0.5, 0), 1)
			if c == 0 {
				continue
			}
			a := float64(pat.Color.A) / 255 * c
			img.SetRGBA(x, y, color.RGBA{
				R: uint8(math.Round(float64(pat.Color.R) * a)),
				G: uint8(math.Round(float64(pat.Color.G) * a)),
				B: uint8(math.Round(float64(pat.Color.B) * a)),
				A: uint8(math.Round(255 * a)),
			})
		}
	}
	return img
}
