package ebitenui

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestStepFades checks a step change's cross-fade: the frame of the
// redraw still shows the old step's map, a third of the way through the
// map differs from both steps, and once FadeDuration has passed it is the
// new step's map exactly, as a compositor without fades draws it; the map
// is drawn once for all that. A pan stops a fade at once.
func TestStepFades(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	fresh := func() *image.RGBA {
		img := ebiten.NewImage(800, 500)
		newCompositor().draw(img, wd.Scene(), 1)
		return readImage(img)
	}
	before := fresh()
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.fade.on = true
	t0 := time.Unix(1e9, 0)
	at := func(d time.Duration) *image.RGBA {
		c.drawMoving(dst, wd.Scene(), 1, motion{now: t0.Add(d)})
		return readImage(dst)
	}
	at(0)
	wd.SetEvent(wd.Event() + 1)
	after := fresh()
	mapClip := c.layers[scene.LayerMap].clip
	if n, _ := differing(before, after, mapClip, 2); n < 1000 {
		t.Fatalf("the two steps' maps differ in %d pixels: the test proves nothing", n)
	}
	// The step change: the map redrawn, the old one still shown over it.
	if n, _ := differing(at(10*time.Millisecond), before, mapClip, 2); n > 0 {
		t.Errorf("the frame of the step change: %d pixels of the map differ from the old step's", n)
	}
	if !c.fade.active() {
		t.Fatal("no fade after a step change")
	}
	mid := at(10*time.Millisecond + FadeDuration/3)
	betweenSteps(t, mid, before, after, mapClip)
	end := at(10*time.Millisecond + FadeDuration + time.Millisecond)
	if c.fade.active() {
		t.Error("the fade goes on after FadeDuration")
	}
	if n, _ := differing(end, after, dst.Bounds(), 2); n > 0 {
		t.Errorf("after the fade %d pixels differ from the new step drawn afresh", n)
	}
	if c.Redraws[scene.LayerMap] != 2 {
		t.Errorf("map redraws %d, want 2 (the first frame, the step change)", c.Redraws[scene.LayerMap])
	}

	// A step change, then a pan: no fade while the view moves.
	wd.SetEvent(wd.Event() - 1)
	at(time.Second)
	if !c.fade.active() {
		t.Fatal("no fade after the second step change")
	}
	v := wd.View()
	x, y := v.X+v.W/2, v.Y+v.H/2
	wd.Handle(widget.Input{Kind: widget.PointerDown, X: x, Y: y})
	wd.Handle(widget.Input{Kind: widget.PointerMove, X: x + 30, Y: y})
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose(), moving: true, now: t0.Add(time.Second + 20*time.Millisecond)})
	if c.fade.active() {
		t.Error("a pan left the fade running")
	}
}

// betweenSteps checks that a frame a third of the way through a fade, mid,
// shows the map (inside clip) as neither the old step's nor the new one's.
func betweenSteps(t *testing.T, mid, before, after *image.RGBA, clip image.Rectangle) {
	t.Helper()
	if n, _ := differing(mid, before, clip, 2); n < 100 {
		t.Errorf("a third of the way: only %d pixels differ from the old step", n)
	}
	if n, _ := differing(mid, after, clip, 2); n < 100 {
		t.Errorf("a third of the way: only %d pixels differ from the new step", n)
	}
}

// TestNoFadeWithoutTransitions checks that a compositor without
// transitions (tests, screenshots, a reader asking for reduced motion)
// shows the new step in the very frame it changes.
func TestNoFadeWithoutTransitions(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 640, 400, 1)
	dst := ebiten.NewImage(640, 400)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	wd.SetEvent(wd.Event() + 1)
	c.draw(dst, wd.Scene(), 1)
	if c.fade.active() {
		t.Fatal("a fade without transitions")
	}
	fresh := ebiten.NewImage(640, 400)
	newCompositor().draw(fresh, wd.Scene(), 1)
	if n, _ := differing(readImage(dst), readImage(fresh), dst.Bounds(), 2); n > 0 {
		t.Errorf("%d pixels differ from the new step", n)
	}
}

// TestGameDrawsTheFade checks that the game keeps drawing frames while the
// map fades, and may idle once it is over.
func TestGameDrawsTheFade(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 640, 400, 1)
	g := New(wd, Options{Transitions: true, Wake: make(chan struct{})})
	g.LayoutF(640, 400)
	screen := ebiten.NewImage(640, 400)
	g.Update()
	g.Draw(screen)
	g.Post(func(w *widget.Widget) { w.SetEvent(w.Event() + 1) })
	g.Update()
	g.Draw(screen)
	if !g.fading() {
		t.Fatal("no fade after a step change")
	}
	if g.idle(time.Now().Add(time.Hour)) {
		t.Error("idle while the map fades")
	}
	deadline := time.Now().Add(5 * time.Second)
	for g.fading() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		g.Update()
		g.Draw(screen)
	}
	if g.fading() {
		t.Fatal("the fade never ended")
	}
	if !g.idle(time.Now().Add(time.Hour)) {
		t.Error("not idle after the fade")
	}
}
