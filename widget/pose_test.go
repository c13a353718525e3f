package widget

import (
	"math"
	"testing"
)

// A drag keeps the map's pose base, and Offset moves a country's anchor
// exactly where the new view draws it; a step, a zoom or a theme change is
// more than a pan.
func TestMapPoseOffset(t *testing.T) {
	w := newTest(t, 800, 500, Options{})
	c := w.world.Country("BRA")
	before := w.MapPose()
	x0, y0 := w.View().ToScreen(c.Anchor)
	w.Handle(Input{Kind: PointerDown, X: 400, Y: 250})
	w.Handle(Input{Kind: PointerMove, X: 437, Y: 221})
	w.Handle(Input{Kind: PointerMove, X: 461, Y: 212})
	w.Handle(Input{Kind: PointerUp, X: 461, Y: 212})
	after := w.MapPose()
	x1, y1 := w.View().ToScreen(c.Anchor)
	if x1 == x0 && y1 == y0 {
		t.Fatal("the drag did not move the map")
	}
	dx, dy, ok := before.Offset(after)
	if !ok {
		t.Fatal("a drag is not a pan")
	}
	if math.Abs(x0+dx-x1) > 1e-9 || math.Abs(y0+dy-y1) > 1e-9 {
		t.Errorf("anchor at (%.2f, %.2f) + offset (%.2f, %.2f) != (%.2f, %.2f)", x0, y0, dx, dy, x1, y1)
	}
	w.Handle(Input{Kind: KeyPress, Key: KeyRight})
	if _, _, ok := after.Offset(w.MapPose()); ok {
		t.Error("a step counts as a pan")
	}
	stepped := w.MapPose()
	w.SetTheme("dark")
	if _, _, ok := stepped.Offset(w.MapPose()); ok {
		t.Error("a theme change counts as a pan")
	}
	dark := w.MapPose()
	w.Handle(Input{Kind: Wheel, X: 400, Y: 250, DY: -120})
	if _, _, ok := dark.Offset(w.MapPose()); ok {
		t.Error("a zoom counts as a pan")
	}
	if _, _, ok := (MapPose{}).Offset(MapPose{}); ok {
		t.Error("an empty pose counts as a pan")
	}
}

// Transform maps a country's anchor from one view to the next across a
// zoom and a pan, and is the plain Offset for a pan.
func TestMapPoseTransform(t *testing.T) {
	w := newTest(t, 800, 500, Options{})
	c := w.world.Country("BRA")
	before := w.MapPose()
	x0, y0 := w.View().ToScreen(c.Anchor)
	v := w.View()
	w.Handle(Input{Kind: Wheel, X: v.X + v.W*0.4, Y: v.Y + v.H*0.6, Factor: 1.7})
	w.Handle(Input{Kind: PointerDown, X: 400, Y: 250})
	w.Handle(Input{Kind: PointerMove, X: 431, Y: 262})
	w.Handle(Input{Kind: PointerUp, X: 431, Y: 262})
	after := w.MapPose()
	x1, y1 := w.View().ToScreen(c.Anchor)
	s, dx, dy, ok := before.Transform(after)
	if !ok || s == 1 {
		t.Fatalf("a zoom and a pan: Transform = %v, %v, %v, %v", s, dx, dy, ok)
	}
	if math.Abs(s*x0+dx-x1) > 1e-9 || math.Abs(s*y0+dy-y1) > 1e-9 {
		t.Errorf("(%.2f, %.2f) scaled by %.3f and moved by (%.2f, %.2f) is not (%.2f, %.2f)", x0, y0, s, dx, dy, x1, y1)
	}
	if _, _, ok := before.Offset(after); ok {
		t.Error("a zoom counts as a pan")
	}
	w.Handle(Input{Kind: PointerDown, X: 400, Y: 250})
	w.Handle(Input{Kind: PointerMove, X: 380, Y: 240})
	panned := w.MapPose()
	ox, oy, ok1 := after.Offset(panned)
	s, dx, dy, ok2 := after.Transform(panned)
	if !ok1 || !ok2 || s != 1 || math.Abs(dx-ox) > 1e-9 || math.Abs(dy-oy) > 1e-9 {
		t.Errorf("a pan: Offset (%v, %v, %v), Transform (%v, %v, %v, %v)", ox, oy, ok1, s, dx, dy, ok2)
	}
	w.SetTheme("dark")
	if _, _, _, ok := panned.Transform(w.MapPose()); ok {
		t.Error("a theme change counts as a change of view")
	}
}
