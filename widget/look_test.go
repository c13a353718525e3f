package widget

import (
	"fmt"
	"testing"
)

// TestLook renders the widget at common sizes; with STANCEMAP_PNG set the
// images are written for a person to look at. Without it, it still checks
// that the scene builds at each size.
func TestLook(t *testing.T) {
	for _, tc := range []struct {
		w, h  float64
		theme string
		lang  string
	}{
		{1280, 720, "light", "en"}, {1280, 720, "dark", "es"},
		{360, 640, "light", "ru"}, {360, 640, "dark", "en"},
	} {
		wg := newTest(t, tc.w, tc.h, Options{Event: 2, Theme: tc.theme, Lang: tc.lang})
		sc := wg.Scene()
		if len(sc.Layers) != 3 {
			t.Fatalf("%v layers", len(sc.Layers))
		}
		writePNG(t, sc, fmt.Sprintf("look_%vx%v_%s_%s.png", tc.w, tc.h, tc.theme, tc.lang))
	}
}

// TestLookInteractive renders hover, pinned tooltip and legend highlight.
func TestLookInteractive(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 7, Lang: "es"})
	x, y := w.View().ToScreen(w.world.Country("ARG").Anchor)
	w.Handle(Input{Kind: PointerMove, X: x, Y: y})
	writePNG(t, w.Scene(), "look_hover_es.png")

	w = newTest(t, 320, 480, Options{Event: 3})
	x, y = w.View().ToScreen(w.world.Country("BRA").Anchor)
	w.Handle(Input{Kind: PointerDown, X: x, Y: y, Touch: true, ID: 1})
	w.Handle(Input{Kind: PointerUp, X: x, Y: y, Touch: true, ID: 1})
	if w.Pinned() != "BRA" {
		t.Errorf("tap pinned %q", w.Pinned())
	}
	writePNG(t, w.Scene(), "look_tap_320.png")

	w = newTest(t, 3840, 2160, Options{Event: 3})
	w.layout()
	for _, e := range w.layout().Legend {
		if e.Key == "maduro" {
			w.Handle(Input{Kind: PointerMove, X: e.Box.X + 2, Y: e.Box.Y + e.Box.H/2})
		}
	}
	w.Handle(Input{Kind: KeyPress, Key: KeyTab})
	writePNG(t, w.Scene(), "look_legend_4k.png")
}
