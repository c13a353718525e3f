package widget

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestLayoutNoOverlap lays the widget out from a 320 px phone to a 4K
// screen at DPR 1–3, in every language and at every step, and checks that
// no two chrome texts overlap, every text lies inside the widget, controls
// are at least a touch target and do not overlap each other.
func TestLayoutNoOverlap(t *testing.T) {
	sizes := [][2]float64{{320, 480}, {360, 640}, {600, 400}, {768, 1024}, {1024, 768}, {1280, 720}, {1920, 1080}, {3840, 2160}}
	for _, sz := range sizes {
		for _, dpr := range []float64{1, 2, 3} {
			for _, lang := range []string{"en", "es", "ru"} {
				name := fmt.Sprintf("%vx%v@%v/%s", sz[0], sz[1], dpr, lang)
				s, world := fixture(t)
				w := New(s, world, Options{Lang: lang})
				w.Resize(sz[0], sz[1], dpr)
				bounds := layout.Rect{X: 0, Y: 0, W: sz[0], H: sz[1]}
				for step := range s.Events {
					w.SetEvent(step)
					checkChrome(t, name+fmt.Sprintf("/step%d", step), w.Scene(), bounds)
				}
				checkControls(t, name, w)
			}
		}
	}
}

func checkChrome(t *testing.T, name string, sc *scene.Scene, bounds layout.Rect) {
	t.Helper()
	ts := texts(sc.Layer(scene.LayerChrome))
	if len(ts) < 10 {
		t.Fatalf("%s: only %d chrome texts", name, len(ts))
	}
	boxes := make([]layout.Rect, len(ts))
	for i, txt := range ts {
		boxes[i] = textBox(txt)
		if !boxes[i].Inside(bounds) {
			t.Errorf("%s: %s %q at %+v outside %+v", name, txt.ID, txt.S, boxes[i], bounds)
		}
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].Overlaps(boxes[j]) {
				t.Errorf("%s: %s %q overlaps %s %q", name, ts[i].ID, ts[i].S, ts[j].ID, ts[j].S)
			}
		}
	}
}

func checkControls(t *testing.T, name string, w *Widget) {
	t.Helper()
	lay := w.layout()
	bounds := layout.Rect{X: 0, Y: 0, W: lay.W, H: lay.H}
	cs := lay.Controls
	for i, c := range cs {
		if c.ID == "map" || c.ID == "slider" {
			continue
		}
		if c.Box.W < layout.MinTouch || c.Box.H < layout.MinTouch {
			t.Errorf("%s: %s is %.0fx%.0f, under the touch minimum", name, c.ID, c.Box.W, c.Box.H)
		}
		if !c.Box.Inside(bounds) {
			t.Errorf("%s: %s at %+v outside", name, c.ID, c.Box)
		}
		for _, d := range cs[i+1:] {
			if d.ID != "map" && d.ID != "slider" && c.Box.Overlaps(d.Box) {
				t.Errorf("%s: %s overlaps %s", name, c.ID, d.ID)
			}
		}
		if c.OnMap && !c.Box.Inside(w.layout().Map) {
			t.Errorf("%s: %s not inside the map it is drawn on", name, c.ID)
		}
		if !c.OnMap && !strings.HasPrefix(c.ID, "legend") && c.Box.Overlaps(w.layout().Map) {
			t.Errorf("%s: %s overlaps the map but is drawn under it", name, c.ID)
		}
	}
	if w.layout().Map.H < 100 {
		t.Errorf("%s: map only %.0f px high", name, w.layout().Map.H)
	}
}

func TestLayerKeys(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	sc := w.Scene()
	m0, c0 := sc.Layer(scene.LayerMap), sc.Layer(scene.LayerChrome)
	x, y := anchorOf(t, w, "BRA")
	w.Handle(Input{Kind: PointerMove, X: x, Y: y})
	sc1 := w.Scene()
	m1, c1, o1 := sc1.Layer(scene.LayerMap), sc1.Layer(scene.LayerChrome), sc1.Layer(scene.LayerOverlay)
	if m1.Key != m0.Key || c1.Key != c0.Key {
		t.Error("hovering a country changed the map or chrome key")
	}
	if o1.Key == sc.Layer(scene.LayerOverlay).Key {
		t.Error("hovering did not change the overlay key")
	}
	if &m1.Items[0] != &m0.Items[0] || &c1.Items[0] != &c0.Items[0] {
		t.Error("a hover frame rebuilt the map or chrome")
	}
	key(w, KeyRight)
	if w.Scene().Layer(scene.LayerMap).Key == m0.Key {
		t.Error("changing step kept the map key")
	}
	before := w.Scene().Layer(scene.LayerMap).Key
	w.Handle(Input{Kind: Wheel, X: 800, Y: 300, DY: -100})
	if w.Scene().Layer(scene.LayerMap).Key == before {
		t.Error("zooming kept the map key")
	}
	before = w.Scene().Layer(scene.LayerMap).Key
	key(w, KeyTab)
	if w.Scene().Layer(scene.LayerMap).Key != before {
		t.Error("moving focus changed the map key")
	}
	w.SetTheme("dark")
	if w.Scene().Layer(scene.LayerMap).Key == before {
		t.Error("changing theme kept the map key")
	}
}

func BenchmarkSceneCold(b *testing.B) {
	s, world := fixture(b)
	for b.Loop() {
		w := New(s, world, Options{Event: 2})
		w.Resize(1280, 720, 2)
		w.Scene()
	}
}

func BenchmarkHoverFrame(b *testing.B) {
	w := newTest(b, 1280, 720, Options{Event: 2})
	w.Scene()
	w.layout()
	c := w.world.Country("BRA")
	x, y := w.View().ToScreen(c.Anchor)
	i := 0
	for b.Loop() {
		i++
		w.Handle(Input{Kind: PointerMove, X: x + float64(i%7), Y: y})
		w.Scene()
	}
}

func BenchmarkIdleScene(b *testing.B) {
	w := newTest(b, 1280, 720, Options{Event: 2})
	w.Scene()
	for b.Loop() {
		w.Scene()
	}
}
