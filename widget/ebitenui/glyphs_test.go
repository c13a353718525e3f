package ebitenui

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

// textLayer is lines of text in both weights and three sizes over white,
// at fractional positions.
func textLayer(lines int) *scene.Layer {
	l := &scene.Layer{Items: []scene.Item{&scene.Rect{W: 400, H: 400, Fill: &scene.Fill{Color: color.NRGBA{255, 255, 255, 255}}}}}
	for i := range lines {
		l.Items = append(l.Items, &scene.Text{
			X: 7.3 + float64(i%3)*0.37, Y: 20.6 + float64(i)*17.25,
			S:    fmt.Sprintf("Línea %d: Guaidó, Maduro; 23 января 2019 — %d%%", i, 10*i),
			Size: []float64{11, 13.5, 16}[i%3], Bold: i%2 == 1,
			Color: color.NRGBA{uint8(20 * i), 40, 90, 255},
		})
	}
	return l
}

// inked counts the pixels of img darker than mid-grey.
func inked(img *image.RGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if int(img.Pix[i])+int(img.Pix[i+1])+int(img.Pix[i+2]) < 3*128 {
			n++
		}
	}
	return n
}

// paintLayer draws l with p through the 2× path, as the compositor does,
// and shrinks it to the device size.
func paintLayer(p *painter, l *scene.Layer, w, h int, scale float64) *image.RGBA {
	big := ebiten.NewImage(2*w, 2*h)
	p.layerSS(big, l, scale, 2)
	out := ebiten.NewImage(w, h)
	newShrinker().draw(out, big, out.Bounds(), image.Point{}, 2)
	return readImage(out)
}

// Text drawn from the atlas looks as the print raster draws its outlines:
// at device scale 1 and 2, few pixels differ by more than a quarter of
// the range, along the glyphs' anti-aliased edges.
func TestTextFromAtlasMatchesRaster(t *testing.T) {
	for _, scale := range []float64{1, 2} {
		l := textLayer(12)
		w, h := int(400*scale), int(400*scale)
		got := paintLayer(newPainter(), l, w, h, scale)
		want := rasterout.Render(&scene.Scene{W: 400, H: 400, Background: color.NRGBA{255, 255, 255, 255}, Layers: []scene.Layer{*l}}, scale)
		n, of := differing(got, want, got.Bounds(), 64)
		ink := inked(want)
		t.Logf("scale %v: %d of %d pixels differ by more than 64 (%d pixels of ink)", scale, n, of, ink)
		if ink < 1000 || n*50 > ink {
			t.Errorf("scale %v: %d pixels differ from the raster by more than 64 levels, of %d pixels of ink", scale, n, ink)
		}
	}
}

// A full atlas starts again, and what is drawn is what a roomy atlas
// draws, pixel for pixel: the glyphs queued from the full atlas are drawn
// before their places are written over.
func TestAtlasFullStartsAgain(t *testing.T) {
	l := textLayer(20)
	want := paintLayer(newPainter(), l, 400, 400, 1)
	defer func(side int) { atlasSide = side }(atlasSide)
	atlasSide = 256
	p := newPainter()
	got := paintLayer(p, l, 400, 400, 1)
	if p.glyphs.Resets == 0 || p.glyphs.Outlined > 0 {
		t.Fatalf("a 256 px atlas held %d glyphs, started again %d times and outlined %d lines", p.glyphs.Drawn, p.glyphs.Resets, p.glyphs.Outlined)
	}
	if n, _ := differing(got, want, got.Bounds(), 0); n > 0 {
		t.Errorf("%d pixels differ from the text drawn from a roomy atlas (%d resets)", n, p.glyphs.Resets)
	}
}

// What the atlas cannot hold is filled as outlines: a glyph too large for
// it, and, while a layer is recorded for tiles (whose calls are drawn
// later, from the atlas as it is then), a glyph that finds it full.
func TestAtlasFallsBackToOutlines(t *testing.T) {
	big := textLayer(2)
	big.Items = append(big.Items, &scene.Text{X: 10, Y: 300, S: "Ab", Size: 200, Color: color.NRGBA{0, 0, 0, 255}})
	p := newPainter()
	img := paintLayer(p, big, 400, 400, 1)
	if p.glyphs.Drawn == 0 || p.glyphs.Outlined != 1 || p.glyphs.Resets != 0 {
		t.Errorf("small text and 200 px text: %d glyphs in the atlas, %d lines outlined, %d resets", p.glyphs.Drawn, p.glyphs.Outlined, p.glyphs.Resets)
	}
	if ink := inked(img); ink < 5000 {
		t.Errorf("200 px text drew %d pixels", ink)
	}

	l := textLayer(20)
	want := paintLayer(newPainter(), l, 400, 400, 1)
	defer func(side int) { atlasSide = side }(atlasSide)
	atlasSide = 128
	q := newPainter()
	var rec recording
	q.recordSS(&rec, image.Rect(0, 0, 800, 800), l, 1, 2)
	bigImg := ebiten.NewImage(800, 800)
	rec.replay(bigImg, image.Rect(0, 0, 800, 800), image.Point{})
	out := ebiten.NewImage(400, 400)
	newShrinker().draw(out, bigImg, out.Bounds(), image.Point{}, 2)
	got := readImage(out)
	if q.glyphs.Resets != 0 || q.glyphs.Outlined == 0 {
		t.Errorf("recording: the atlas started again %d times, %d lines outlined", q.glyphs.Resets, q.glyphs.Outlined)
	}
	n, _ := differing(got, want, got.Bounds(), 64)
	ink := inked(want)
	if ink < 1000 || n*50 > ink {
		t.Errorf("recorded with a full atlas: %d pixels differ by more than 64 levels, of %d pixels of ink", n, ink)
	}
}
