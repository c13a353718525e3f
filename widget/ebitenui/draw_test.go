package ebitenui

import (
	"image"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

// newWidget returns the default story at 23 January 2019, sized w×h.
func newWidget(tb testing.TB, theme string, w, h, dpr float64) (*widget.Widget, *data.Story, *geo.World) {
	tb.Helper()
	world, err := geo.Load()
	if err != nil {
		tb.Fatal(err)
	}
	story, err := datatest.Default()
	if err != nil {
		tb.Fatal(err)
	}
	ev, err := story.FindEvent("2019-01-23")
	if err != nil {
		tb.Fatal(err)
	}
	wd := widget.New(story, world, widget.Options{Lang: "en", Theme: theme, Event: ev})
	wd.Resize(w, h, dpr)
	return wd, story, world
}

// draw is a frame without a pan or zoom under way.
func (c *compositor) draw(dst *ebiten.Image, sc *scene.Scene, scale float64) {
	c.drawMoving(dst, sc, scale, motion{})
}

// readImage copies an Ebiten image to memory.
func readImage(img *ebiten.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	img.ReadPixels(out.Pix)
	return out
}

// The screen and print draw the same scene: the Ebiten backend's pixels
// match the pure-Go rasteriser's except along anti-aliased edges.
func TestDrawMatchesRaster(t *testing.T) {
	for _, tc := range []struct {
		theme string
		dpr   float64
	}{{"light", 1}, {"dark", 2}, {"light", 3}} { // 3: drawn at the device size
		wd, _, _ := newWidget(t, tc.theme, 640, 400, tc.dpr)
		sc := wd.Scene()
		dst := ebiten.NewImage(int(640*tc.dpr), int(400*tc.dpr))
		newCompositor().draw(dst, sc, tc.dpr)
		got := readImage(dst)
		want := rasterout.Render(sc, tc.dpr)
		if got.Bounds() != want.Bounds() {
			t.Fatalf("bounds %v, raster %v", got.Bounds(), want.Bounds())
		}
		far := 0
		for i := 0; i < len(got.Pix); i += 4 {
			d := 0
			for c := 0; c < 3; c++ {
				d = max(d, int(math.Abs(float64(got.Pix[i+c])-float64(want.Pix[i+c]))))
			}
			if d > 64 {
				far++
			}
		}
		frac := float64(far) / float64(len(got.Pix)/4)
		t.Logf("%s dpr %v: %.2f%% of pixels differ by more than 64", tc.theme, tc.dpr, 100*frac)
		if frac > 0.01 {
			t.Errorf("%s dpr %v: %.2f%% of pixels differ from the raster backend by more than 64 levels", tc.theme, tc.dpr, 100*frac)
		}
	}
}

// A hover redraws the overlay alone; a step change redraws the map.
func TestLayerCache(t *testing.T) {
	wd, _, world := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	c.draw(dst, wd.Scene(), 1)
	if c.Redraws[scene.LayerMap] != 1 || c.Redraws[scene.LayerChrome] != 1 || c.Redraws[scene.LayerOverlay] != 1 {
		t.Fatalf("after two unchanged frames: redraws %v, want one each", c.Redraws)
	}
	x, y := wd.View().ToScreen(world.Country("BRA").Anchor)
	if !wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y}) {
		t.Fatal("hovering Brazil changed nothing")
	}
	c.draw(dst, wd.Scene(), 1)
	if c.Redraws[scene.LayerMap] != 1 || c.Redraws[scene.LayerOverlay] != 2 {
		t.Errorf("after a hover: redraws %v, want the overlay alone", c.Redraws)
	}
	wd.Handle(widget.Input{Kind: widget.KeyPress, Key: widget.KeyRight})
	c.draw(dst, wd.Scene(), 1)
	if c.Redraws[scene.LayerMap] != 2 {
		t.Errorf("after a step: redraws %v, want the map again", c.Redraws)
	}
	c.draw(ebiten.NewImage(400, 500), wd.Scene(), 1)
	if c.Redraws[scene.LayerMap] != 3 {
		t.Errorf("after a resize of the target: redraws %v, want the map again", c.Redraws)
	}
}

// Patterns drawn through a shape are anchored at the origin: a hatched
// square shows the same pixels wherever the square is.
func TestPatternAnchoredAtOrigin(t *testing.T) {
	pat := scene.Pattern{Kind: scene.PatternHatch, Color: blackN, Spacing: 6, Width: 1.5}
	fill := &scene.Fill{Color: whiteN, Pattern: pat}
	l := &scene.Layer{Items: []scene.Item{
		&scene.Rect{X: 0, Y: 0, W: 40, H: 40, Fill: fill},
		&scene.Rect{X: 50, Y: 3, W: 40, H: 40, Fill: fill},
	}}
	dst := ebiten.NewImage(100, 50)
	newPainter().layerSS(dst, l, 1, 1)
	img := readImage(dst)
	// Compare the inside of the second square with the first, five
	// periods to the left (the period along x is 6·√2, rounded to 8 px).
	n := 8
	inked, diff := 0, 0
	for y := 8; y < 38; y++ {
		for x := 55; x < 78; x++ {
			a := img.RGBAAt(x, y)
			b := img.RGBAAt(x-5*n, y) // the first square, whole periods to the left
			if a.R < 128 {
				inked++
			}
			if int(a.R)-int(b.R) > 8 || int(b.R)-int(a.R) > 8 {
				diff++
			}
		}
	}
	if inked < 80 || inked > 600 {
		t.Errorf("%d of 690 pixels inked; want a visible, sparse hatch", inked)
	}
	if diff > 0 {
		t.Errorf("%d pixels differ between the squares: the pattern is not anchored at the origin", diff)
	}
}

// Repainting only where the overlay was and is leaves the same pixels as a
// full frame: a tooltip that goes away leaves nothing behind.
func TestPartialRepaintMatchesFull(t *testing.T) {
	t.Run("whole", func(t *testing.T) { testPartialRepaint(t, false, 1) })
	// With a scratch smaller than the screen, the layers are drawn in tiles.
	t.Run("tiled", func(t *testing.T) {
		defer func(n int) { maxScratchSide = n }(maxScratchSide)
		maxScratchSide = 300
		testPartialRepaint(t, true, 1)
	})
	// At device scale 3 the layers are drawn at the device size.
	t.Run("device size", func(t *testing.T) { testPartialRepaint(t, false, 3) })
}

func testPartialRepaint(t *testing.T, tiled bool, scale float64) {
	wd, _, world := newWidget(t, "light", 800, 500, scale)
	w, h := int(800*scale), int(500*scale)
	dst := ebiten.NewImage(w, h)
	c := newCompositor()
	c.draw(dst, wd.Scene(), scale)
	if c.atDevice != (scale >= deviceSizeFrom) {
		t.Fatalf("scale %v: drawn at the device size %v", scale, c.atDevice)
	}
	for _, code := range []string{"BRA", "USA", "RUS"} {
		x, y := wd.View().ToScreen(world.Country(code).Anchor)
		wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
		c.draw(dst, wd.Scene(), scale)
	}
	wd.Handle(widget.Input{Kind: widget.PointerLeave, X: -1, Y: -1})
	sc := wd.Scene()
	c.draw(dst, sc, scale)
	if c.Redraws[scene.LayerMap] != 1 {
		t.Fatalf("redraws %v: the hovers redrew the map", c.Redraws)
	}
	if got := c.Tiles > 0; got != tiled {
		t.Fatalf("%d tiles drawn; want tiles: %v", c.Tiles, tiled)
	}
	fresh := ebiten.NewImage(w, h)
	newCompositor().draw(fresh, sc, scale)
	got, want := readImage(dst), readImage(fresh)
	diff := 0
	var box image.Rectangle
	for i := range got.Pix {
		// Anti-aliasing may round a level differently when Ebiten's 2×
		// buffer covers a different region; a leftover would differ more.
		if d := int(got.Pix[i]) - int(want.Pix[i]); d > 2 || d < -2 {
			diff++
			px := i / 4
			box = box.Union(image.Rect(px%w, px/w, px%w+1, px/w+1))
		}
	}
	if diff > 0 {
		t.Logf("differences within %v; overlay bounds %v", box, c.layers[scene.LayerOverlay].bounds)
	}
	if diff > 0 {
		t.Errorf("%d bytes differ by more than 2 levels between the repainted frame and a full one", diff)
	}
}

// A map drawn again (a step forward and back) has the same pixels as a
// fresh one: drawing it leaves nothing that the next draw depends on. With
// Ebiten's own anti-aliasing it did not (~5000 pixels along the borders
// came out darker on a redraw).
func TestRedrawMatchesFresh(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	wd.SetEvent(wd.Event() + 1)
	c.draw(dst, wd.Scene(), 1)
	wd.SetEvent(wd.Event() - 1)
	sc := wd.Scene()
	c.draw(dst, sc, 1)
	if c.Redraws[scene.LayerMap] != 3 {
		t.Fatalf("map redraws %v, want 3", c.Redraws)
	}
	fresh := ebiten.NewImage(800, 500)
	newCompositor().draw(fresh, sc, 1)
	if n, _ := differing(readImage(dst), readImage(fresh), dst.Bounds(), 2); n > 0 {
		t.Errorf("the map drawn again: %d pixels differ from a fresh one", n)
	}
}

// Every layer draws a pattern from one sheet covering the screen: the map
// (clipped to its own rectangle) and the legend's swatches used to make
// sheets of their own sizes, each dropping the other's, so that the first
// frame made every sheet twice and each map redraw made the map's again.
func TestPatternSheetsShared(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	made := c.paint.Sheets
	if made == 0 || made != len(c.paint.sheets) {
		t.Fatalf("%d sheets made for the first frame, %d kept; want the same, more than none", made, len(c.paint.sheets))
	}
	for i := 0; i < 2; i++ {
		wd.SetEvent(wd.Event() + 1 - 2*i)
		c.draw(dst, wd.Scene(), 1)
	}
	if c.Redraws[scene.LayerMap] != 3 {
		t.Fatalf("map redraws %v, want 3", c.Redraws)
	}
	if c.paint.Sheets != made {
		t.Errorf("two steps made %d more pattern sheets, want none", c.paint.Sheets-made)
	}
}

// A pattern drawn from its sheet has the pixels of one drawn from its tile
// with AddressRepeat (used past maxSheetPixels), but for a few where
// Ebiten's wrap in the shader rounds a texel the other way (0.05–0.2 %,
// varying with what else the GPU holds), and the sheet is the tile
// repeated from the origin, exactly.
func TestPatternSheetMatchesRepeat(t *testing.T) {
	for _, pat := range []scene.Pattern{
		{Kind: scene.PatternCross, Color: blackN, Spacing: 5, Width: 1},
		{Kind: scene.PatternDots, Color: blackN, Spacing: 4, Width: 1.6},
	} {
		l := &scene.Layer{Items: []scene.Item{
			&scene.Shape{Path: scene.Path{{{X: 3, Y: 2}, {X: 150, Y: 20}, {X: 120, Y: 95}, {X: 10, Y: 70}}}, Closed: true,
				Fill: &scene.Fill{Color: whiteN, Pattern: pat}},
		}}
		draw := func(limit int) (*image.RGBA, *painter) {
			defer func(n int) { maxSheetPixels = n }(maxSheetPixels)
			maxSheetPixels = limit
			p := newPainter()
			dst := ebiten.NewImage(160, 100)
			p.layerSS(dst, l, 1.5, 1)
			return readImage(dst), p
		}
		sheet, p := draw(1 << 30)
		if len(p.sheets) != 1 {
			t.Fatalf("%v: %d sheets made, want 1", pat.Kind, len(p.sheets))
		}
		repeat, _ := draw(0)
		if n, of := differing(sheet, repeat, sheet.Bounds(), 0); n > of/100 {
			t.Errorf("%v: %d of %d pixels differ between the sheet and AddressRepeat", pat.Kind, n, of)
		}
		var sh *ebiten.Image
		for _, img := range p.sheets {
			sh = img
		}
		tile := readImage(p.tile(pat))
		got := readImage(sh)
		n := tile.Bounds().Dx()
		for y := 0; y < got.Bounds().Dy(); y++ {
			for x := 0; x < got.Bounds().Dx(); x++ {
				if got.RGBAAt(x, y) != tile.RGBAAt(x%n, y%n) {
					t.Fatalf("%v: sheet pixel (%d,%d) = %v, want the tile's (%d,%d) %v", pat.Kind, x, y, got.RGBAAt(x, y), x%n, y%n, tile.RGBAAt(x%n, y%n))
				}
			}
		}
	}
}

// The layers share one twice-sized scratch image, and each leaves it
// transparent: what one layer drew there must not show in the next one
// shrunk from it (a stale map under a tooltip after a step change).
func TestScratchLeftTransparent(t *testing.T) {
	wd, _, world := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	check := func(when string) {
		t.Helper()
		img := readImage(c.big)
		for i := 3; i < len(img.Pix); i += 4 {
			if img.Pix[i] != 0 {
				px := i / 4
				t.Fatalf("%s: the scratch image is not transparent at (%d,%d)", when, px%img.Rect.Dx(), px/img.Rect.Dx())
			}
		}
	}
	c.draw(dst, wd.Scene(), 1)
	check("after the first frame")
	x, y := wd.View().ToScreen(world.Country("BRA").Anchor)
	wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
	c.draw(dst, wd.Scene(), 1)
	check("after a hover")
	wd.Handle(widget.Input{Kind: widget.KeyPress, Key: widget.KeyRight})
	c.draw(dst, wd.Scene(), 1)
	if c.Redraws[scene.LayerMap] != 2 {
		t.Fatalf("redraws %v: the step did not redraw the map", c.Redraws)
	}
	check("after a step")
}
