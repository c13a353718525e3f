package ebitenui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
)

// A screen larger than the scratch image is drawn through it in tiles,
// each layer recorded once and replayed per tile: the frame has the
// pixels of one drawn whole, with no seam where tiles meet, after a
// hover and a step as after the first frame.
func TestTiledMatchesWhole(t *testing.T) {
	for _, tt := range []struct {
		theme     string
		w, h      int
		scale     float64
		side      int
		wantTiles int // at least, for the first frame
	}{
		{"light", 800, 500, 1, 298, 4 * 6},
		{"dark", 360, 420, 1.5, 400, 4 * 4},
	} {
		wd, _, world := newWidget(t, tt.theme, float64(tt.w)/tt.scale, float64(tt.h)/tt.scale, tt.scale)
		frames := func(side int) ([]*image.RGBA, *compositor) {
			defer func(n int) { maxScratchSide = n }(maxScratchSide)
			maxScratchSide = side
			wd.SetEvent(0)
			wd.Handle(widget.Input{Kind: widget.PointerLeave, X: -1, Y: -1})
			c := newCompositor()
			dst := ebiten.NewImage(tt.w, tt.h)
			var out []*image.RGBA
			c.draw(dst, wd.Scene(), tt.scale)
			out = append(out, readImage(dst))
			x, y := wd.View().ToScreen(world.Country("BRA").Anchor)
			wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
			c.draw(dst, wd.Scene(), tt.scale)
			out = append(out, readImage(dst))
			wd.SetEvent(1)
			c.draw(dst, wd.Scene(), tt.scale)
			out = append(out, readImage(dst))
			return out, c
		}
		whole, cw := frames(1 << 20)
		tiled, ct := frames(tt.side)
		if cw.Tiles != 0 {
			t.Fatalf("%s %d×%d: %d tiles with a scratch of the screen's size, want none", tt.theme, tt.w, tt.h, cw.Tiles)
		}
		if ct.Tiles < tt.wantTiles {
			t.Fatalf("%s %d×%d: %d tiles with a %d px scratch, want %d or more", tt.theme, tt.w, tt.h, ct.Tiles, tt.side, tt.wantTiles)
		}
		if s := ct.big.Bounds().Size(); s.X > tt.side || s.Y > tt.side {
			t.Fatalf("%s: scratch %v, larger than its %d px limit", tt.theme, s, tt.side)
		}
		for i, name := range []string{"first frame", "hover", "step"} {
			// The shrink's linear filter rounds ±1 level (TestShrinkAverages),
			// and how depends on the size of the texture it reads. Where a
			// country's edge meets a pattern, or crosses a seam between
			// tiles, a pixel or two of an edge can differ by some levels
			// more. A seam out of place, a tile missing or drawn twice
			// shows as a line of pixels, or as a colour wrong by far more.
			if n, of := differing(whole[i], tiled[i], whole[i].Bounds(), 1); n > 4 {
				t.Errorf("%s %d×%d, %s: %d of %d pixels differ by more than a level between tiled and whole", tt.theme, tt.w, tt.h, name, n, of)
			}
			if n, of := differing(whole[i], tiled[i], whole[i].Bounds(), 32); n > 0 {
				t.Errorf("%s %d×%d, %s: %d of %d pixels differ by more than 32 levels between tiled and whole", tt.theme, tt.w, tt.h, name, n, of)
			}
		}
	}
}

// The scratch image stays within its limits: the doubled screen where it
// fits, else tiles whose texture (sides rounded up to powers of two) holds
// no more than maxScratchPixels, in whole device px.
func TestScratchSize(t *testing.T) {
	for _, tt := range []struct {
		w, h int
		want image.Point
	}{
		{700, 560, image.Pt(1400, 1120)},   // a desktop embed: the doubled screen
		{1400, 1120, image.Pt(2800, 2048)}, // the same at device scale 2: 4096×2048
		{1170, 2100, image.Pt(2340, 2048)}, // a 390×700 px embed at scale 3, were it doubled
		{3840, 2160, image.Pt(4096, 2048)}, // a 4K screen
		{1, 1, image.Pt(2, 2)},
	} {
		c := &compositor{w: tt.w, h: tt.h}
		got := c.scratchSize()
		if got != tt.want {
			t.Errorf("%d×%d: scratch %v, want %v", tt.w, tt.h, got, tt.want)
		}
		if got.X%2 != 0 || got.Y%2 != 0 || ceilPow2(got.X)*ceilPow2(got.Y) > maxScratchPixels || max(got.X, got.Y) > maxScratchSide {
			t.Errorf("%d×%d: scratch %v outside its limits", tt.w, tt.h, got)
		}
	}
}

// Pattern sheets are made while their texture is within maxSheetPixels
// (a 700×560 px embed at device scale 1), and past it (the same at scale
// 2, a 2048×2048 texture) the patterns come from their tiles instead.
func TestSheetTextureBounded(t *testing.T) {
	for _, tt := range []struct {
		scale  float64
		sheets bool
	}{{1, true}, {2, false}} {
		wd, _, _ := newWidget(t, "light", 700, 560, tt.scale)
		c := newCompositor()
		c.draw(ebiten.NewImage(int(700*tt.scale), int(560*tt.scale)), wd.Scene(), tt.scale)
		if got := c.paint.Sheets > 0; got != tt.sheets {
			t.Errorf("scale %v: %d pattern sheets made, want sheets: %v", tt.scale, c.paint.Sheets, tt.sheets)
		}
		if len(c.paint.patterns) == 0 {
			t.Errorf("scale %v: no pattern tile made; the map's patterns were not drawn", tt.scale)
		}
	}
}

// At a device scale drawn at the device size (see deviceSizeFrom) the
// scratch is the screen itself: a 390×700 px embed at scale 3 in one piece.
func TestScratchSizeAtDevice(t *testing.T) {
	c := &compositor{w: 1170, h: 2100, atDevice: true}
	if got := c.scratchSize(); got != image.Pt(1170, 2100) {
		t.Errorf("scratch %v, want the screen's 1170×2100", got)
	}
	c = &compositor{w: 3841, h: 2161, atDevice: true} // larger than the limits: tiles within them
	if got := c.scratchSize(); ceilPow2(got.X)*ceilPow2(got.Y) > maxScratchPixels || max(got.X, got.Y) > maxScratchSide || got.X < 1 || got.Y < 1 {
		t.Errorf("scratch %v outside its limits", got)
	}
}
