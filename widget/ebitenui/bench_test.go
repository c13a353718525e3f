package ebitenui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/scene"
)

// flush waits until the GPU has drawn everything queued for img, by
// reading one pixel back.
func flush(img *ebiten.Image) {
	var px [4]byte
	img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).ReadPixels(px[:])
}

// BenchmarkMapRedraw is the expensive frame: the map layer drawn afresh at
// 1280×720 (a step, pan or zoom), then composited.
func BenchmarkMapRedraw(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	sc := wd.Scene()
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, sc, 1)
	flush(dst)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.layers[scene.LayerMap].valid = false
		c.draw(dst, sc, 1)
		flush(dst)
	}
}

// BenchmarkHoverFrame is a pointer move from one country to another: the
// widget's input handling and scene, the overlay redrawn, the cached map and
// chrome composited.
func BenchmarkHoverFrame(b *testing.B) {
	wd, _, world := newWidget(b, "light", 1280, 720, 1)
	v := wd.View()
	var pts [2][2]float64
	for i, code := range []string{"BRA", "USA"} {
		pts[i][0], pts[i][1] = v.ToScreen(world.Country(code).Anchor)
	}
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	flush(dst)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pts[i%2]
		wd.Handle(widget.Input{Kind: widget.PointerMove, X: p[0], Y: p[1]})
		c.draw(dst, wd.Scene(), 1)
		flush(dst)
	}
	b.StopTimer()
	if c.Redraws[scene.LayerMap] != 1 {
		b.Fatalf("hover frames redrew the map: %v", c.Redraws)
	}
}

// BenchmarkIdleFrame is a frame where nothing changed: three cached layers
// composited.
func BenchmarkIdleFrame(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.draw(dst, wd.Scene(), 1)
		flush(dst)
	}
}

// BenchmarkReadback is the cost of flush alone, to subtract from the
// figures above: reading a pixel back makes Ebiten read the whole image.
func BenchmarkReadback(b *testing.B) {
	dst := ebiten.NewImage(1280, 720)
	dst.Fill(whiteN)
	flush(dst)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst.Fill(blackN) // something to flush, as a frame would have
		flush(dst)
	}
}
