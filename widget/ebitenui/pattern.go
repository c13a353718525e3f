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
	// Its pixels are written as they are (premultiplied RGBA, as Ebiten
	// takes them): NewImageFromImage converts through image/draw, 105 KB of
	// the wasm for this one call.
	t := tileImage(pat, p.scale)
	img := ebiten.NewImage(t.Rect.Dx(), t.Rect.Dy())
	img.WritePixels(t.Pix)
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

// maxSheetPixels bounds a pattern sheet's texture, counted with its sides
// rounded up to powers of two as Ebiten makes them natively: 8 MB. Past
// it (a large screen, or a phone at device scale 3, where two sheets took
// 32 MB) patterns are drawn from their tile with AddressRepeat instead,
// which costs a shader program of its own: 150–350 ms to link on a
// software GPU, little on a real one.
var maxSheetPixels = 2048 * 1024

// sheetKey names a pattern sheet: one pattern at one scale, w×h device px.
type sheetKey struct {
	pat   scene.Pattern
	scale float64
	w, h  int
}

// sheet returns pat repeated over w×h device px from the origin, or nil
// when its texture would be larger than maxSheetPixels. Drawn from a
// sheet, a pattern needs only the plain nearest-filter program that
// everything else uses; the AddressRepeat variant was a fourth program,
// and on software GL (SwiftShader in a headless browser) linking it held
// the embed's first frame back by 150–350 ms. Sheets of another size are
// dropped.
func (p *painter) sheet(pat scene.Pattern, w, h int) *ebiten.Image {
	if w <= 0 || h <= 0 || ceilPow2(w)*ceilPow2(h) > maxSheetPixels {
		return nil
	}
	k := sheetKey{pat, p.scale, w, h}
	if img, ok := p.sheets[k]; ok {
		return img
	}
	for old, img := range p.sheets {
		if old.w != w || old.h != h {
			img.Deallocate()
			delete(p.sheets, old)
		}
	}
	img := repeatTile(p.tile(pat), w, h)
	p.sheets[k] = img
	p.Sheets++
	return img
}

// repeatTile fills a new w×h image with copies of tile from the origin:
// a row of tiles into a strip one tile high, then copies of the strip down
// the image, each in one call. (A full-size scratch image to double the
// filled part into would be one more large texture, which a software GPU
// clears when it is first drawn on.)
func repeatTile(tile *ebiten.Image, w, h int) *ebiten.Image {
	opt := &ebiten.NewImageOptions{Unmanaged: true}
	tb := tile.Bounds()
	tw, th := tb.Dx(), tb.Dy()
	strip := ebiten.NewImageWithOptions(image.Rect(0, 0, w, th), opt)
	defer strip.Deallocate()
	copies(strip, tile, (w+tw-1)/tw, 1)
	dst := ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), opt)
	copies(dst, strip, 1, (h+th-1)/th)
	return dst
}

// copies draws nx×ny copies of src side by side onto dst from its origin,
// replacing what was there, in as few calls as 16-bit indices allow.
func copies(dst, src *ebiten.Image, nx, ny int) {
	b := src.Bounds()
	sw, sh := float32(b.Dx()), float32(b.Dy())
	quads := min(nx*ny, maxVertices/4)
	vs := make([]ebiten.Vertex, 0, 4*quads)
	is := make([]uint16, 0, 6*quads)
	op := &ebiten.DrawTrianglesOptions{Blend: ebiten.BlendCopy}
	for y := 0; y < ny; y++ {
		for x := 0; x < nx; x++ {
			if len(vs)+4 > maxVertices {
				dst.DrawTriangles(vs, is, src, op)
				vs, is = vs[:0], is[:0]
			}
			x0, y0 := float32(x)*sw, float32(y)*sh
			n := uint16(len(vs))
			for _, c := range [4][2]float32{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				vs = append(vs, ebiten.Vertex{
					DstX: x0 + c[0]*sw, DstY: y0 + c[1]*sh,
					SrcX: float32(b.Min.X) + c[0]*sw, SrcY: float32(b.Min.Y) + c[1]*sh,
					ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1,
				})
			}
			is = append(is, n, n+1, n+2, n+1, n+3, n+2)
		}
	}
	dst.DrawTriangles(vs, is, src, op)
}
