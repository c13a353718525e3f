package widget

import "testing"

// In a page (Options.PageTouch) one finger on the map leaves the page to
// scroll: a drag does not move the map but says how to, a tap still
// selects, the slider is still the widget's, and two fingers move the map.
// Without PageTouch one finger drags the map.
func TestPageTouch(t *testing.T) {
	drag := func(w *Widget, id int, x, y, dx, dy float64) {
		w.Handle(Input{Kind: PointerDown, X: x, Y: y, Touch: true, ID: id})
		for i := 1; i <= 5; i++ {
			w.Handle(Input{Kind: PointerMove, X: x + dx*float64(i)/5, Y: y + dy*float64(i)/5, Touch: true, ID: id})
		}
		w.Handle(Input{Kind: PointerUp, X: x + dx, Y: y + dy, Touch: true, ID: id})
	}

	w := newTest(t, 400, 700, Options{PageTouch: true})
	w.Scene()
	v := w.View()
	mx, my := v.X+v.W*0.5, v.Y+v.H*0.5
	if w.OwnsTouch(mx, my) {
		t.Error("a touch on the map is the widget's; the page should scroll")
	}
	sl := w.layout().Slider.Hit
	if !w.OwnsTouch(sl.X+sl.W/2, sl.Y+sl.H/2) {
		t.Error("a touch on the slider is not the widget's")
	}
	drag(w, 1, mx, my, -60, 30)
	if w.View() != v {
		t.Errorf("one finger moved the map: %+v, was %+v", w.View(), v)
	}
	if got, want := w.Notice(), "Use two fingers to move the map"; got != want {
		t.Errorf("notice %q, want %q", got, want)
	}

	// A tap on a country still pins it.
	bx, by := v.ToScreen(w.world.Country("BRA").Anchor)
	w.Handle(Input{Kind: PointerDown, X: bx, Y: by, Touch: true, ID: 2})
	w.Handle(Input{Kind: PointerUp, X: bx, Y: by, Touch: true, ID: 2})
	if w.Pinned() != "BRA" {
		t.Errorf("a tap on Brazil pinned %q", w.Pinned())
	}

	// Two fingers moving together pan the map.
	w.Handle(Input{Kind: PointerDown, X: mx - 20, Y: my, Touch: true, ID: 3})
	w.Handle(Input{Kind: PointerDown, X: mx + 20, Y: my, Touch: true, ID: 4})
	w.Handle(Input{Kind: PointerMove, X: mx - 50, Y: my + 10, Touch: true, ID: 3})
	w.Handle(Input{Kind: PointerMove, X: mx - 10, Y: my + 10, Touch: true, ID: 4})
	w.Handle(Input{Kind: PointerUp, X: mx - 50, Y: my + 10, Touch: true, ID: 3})
	w.Handle(Input{Kind: PointerUp, X: mx - 10, Y: my + 10, Touch: true, ID: 4})
	if w.View() == v {
		t.Error("two fingers did not move the map")
	}

	// Without PageTouch one finger drags the map, and owns every touch.
	d := newTest(t, 400, 700, Options{})
	d.Scene()
	dv := d.View()
	if !d.OwnsTouch(mx, my) {
		t.Error("without PageTouch a touch on the map is not the widget's")
	}
	drag(d, 1, mx, my, -60, 30)
	if d.View() == dv {
		t.Error("without PageTouch one finger did not move the map")
	}
	if d.Notice() != "" {
		t.Errorf("without PageTouch a drag showed %q", d.Notice())
	}
}
