package ebitenui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/scene"
)

// With Options.Overlay the overlay layer goes to the hook, once per change,
// and the frame is the scene without it: a hover draws nothing on the
// screen. The same hover without the hook is drawn.
func TestOverlayHandedOut(t *testing.T) {
	wd, _, world := newWidget(t, "light", 800, 500, 1)
	var got []scene.Layer
	g := New(wd, Options{Overlay: func(l *scene.Layer, w, h float64) {
		if w != 800 || h != 500 {
			t.Errorf("overlay given for a scene of %g×%g, want 800×500", w, h)
		}
		got = append(got, *l)
	}})
	g.LayoutF(800, 500)
	screen := ebiten.NewImage(800, 500)
	g.Update()
	g.Draw(screen)
	if len(got) != 1 || got[0].Name != scene.LayerOverlay || len(got[0].Items) == 0 {
		t.Fatalf("after the first frame the hook has %d layers, want the overlay (its buttons on the map)", len(got))
	}
	before := readImage(screen)
	// Without the hook, the first frame shows the overlay's buttons.
	plain := ebiten.NewImage(800, 500)
	newCompositor().draw(plain, wd.Scene(), 1)
	if n, _ := differing(before, readImage(plain), screen.Bounds(), 2); n == 0 {
		t.Fatal("the frame without the overlay is the frame with it: the test shows nothing")
	}

	x, y := wd.View().ToScreen(world.Country("BRA").Anchor)
	g.Post(func(w *widget.Widget) { w.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y}) })
	g.Update()
	g.Draw(screen)
	if len(got) != 2 {
		t.Fatalf("after a hover the hook has %d layers, want 2", len(got))
	}
	outlined := false
	for _, it := range got[1].Items {
		if s, ok := it.(*scene.Shape); ok && s.ID == "outline:BRA" {
			outlined = true
		}
	}
	if !outlined {
		t.Error("the overlay given after the hover has no outline of Brazil")
	}
	if n, _ := differing(readImage(screen), before, screen.Bounds(), 0); n > 0 {
		t.Errorf("the hover changed %d pixels of the screen; the page draws it", n)
	}
	withHover := ebiten.NewImage(800, 500)
	newCompositor().draw(withHover, wd.Scene(), 1)
	if n, _ := differing(readImage(withHover), readImage(plain), screen.Bounds(), 2); n == 0 {
		t.Error("without the hook the hover changes nothing either: the test shows nothing")
	}

	// A frame drawn while the overlay stayed the same does not call it.
	g.Post(func(*widget.Widget) {})
	g.Update()
	g.Draw(screen)
	if len(got) != 2 {
		t.Errorf("the hook ran %d times; the last frame changed nothing", len(got))
	}
}
