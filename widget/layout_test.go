package widget

import (
	"fmt"
	"strings"
	"testing"

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
				bounds := rect{0, 0, sz[0], sz[1]}
				for step := range s.Events {
					w.SetEvent(step)
					checkChrome(t, name+fmt.Sprintf("/step%d", step), w.Scene(), bounds)
				}
				checkControls(t, name, w)
			}
		}
	}
}

func checkChrome(t *testing.T, name string, sc *scene.Scene, bounds rect) {
	t.Helper()
	ts := texts(sc.Layer(scene.LayerChrome))
	if len(ts) < 10 {
		t.Fatalf("%s: only %d chrome texts", name, len(ts))
	}
	boxes := make([]rect, len(ts))
	for i, txt := range ts {
		boxes[i] = textBox(txt)
		if !boxes[i].inside(bounds) {
			t.Errorf("%s: %s %q at %+v outside %+v", name, txt.ID, txt.S, boxes[i], bounds)
		}
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].overlaps(boxes[j]) {
				t.Errorf("%s: %s %q overlaps %s %q", name, ts[i].ID, ts[i].S, ts[j].ID, ts[j].S)
			}
		}
	}
}

func checkControls(t *testing.T, name string, w *Widget) {
	t.Helper()
	bounds := rect{0, 0, w.w, w.h}
	cs := w.lay.controls
	for i, c := range cs {
		if c.id == "map" || c.id == "slider" {
			continue
		}
		if c.r.W < minTouch || c.r.H < minTouch {
			t.Errorf("%s: %s is %.0fx%.0f, under the touch minimum", name, c.id, c.r.W, c.r.H)
		}
		if !c.r.inside(bounds) {
			t.Errorf("%s: %s at %+v outside", name, c.id, c.r)
		}
		for _, d := range cs[i+1:] {
			if d.id != "map" && d.id != "slider" && c.r.overlaps(d.r) {
				t.Errorf("%s: %s overlaps %s", name, c.id, d.id)
			}
		}
		if c.onMap && !c.r.inside(w.lay.mapRect) {
			t.Errorf("%s: %s not inside the map it is drawn on", name, c.id)
		}
		if !c.onMap && !strings.HasPrefix(c.id, "legend") && c.r.overlaps(w.lay.mapRect) {
			t.Errorf("%s: %s overlaps the map but is drawn under it", name, c.id)
		}
	}
	if w.lay.mapRect.H < 100 {
		t.Errorf("%s: map only %.0f px high", name, w.lay.mapRect.H)
	}
}

// TestFontScales checks that text grows with the screen: a 4K screen at
// DPR 1 must not get phone-sized text.
func TestFontScales(t *testing.T) {
	small, large := fontSizes(320, 480), fontSizes(3840, 2160)
	if small.base < 13 || large.base < 2*small.base {
		t.Errorf("base sizes %v (phone) and %v (4K)", small.base, large.base)
	}
	if mid := fontSizes(1280, 720); mid.base <= small.base || mid.base >= large.base {
		t.Errorf("1280x720 base %v not between", mid.base)
	}
}

func TestLayoutModes(t *testing.T) {
	tests := []struct {
		w, h float64
		side bool
	}{
		{360, 640, false}, {768, 1024, false}, {1280, 720, true}, {3840, 2160, true}, {1000, 1000, false},
	}
	for _, tt := range tests {
		w := newTest(t, tt.w, tt.h, Options{})
		w.layoutNow()
		l := w.lay
		if l.side != tt.side {
			t.Errorf("%vx%v side = %v", tt.w, tt.h, l.side)
		}
		if !tt.side {
			// Stacked: caption above the map, map above legend, slider last.
			if !(l.caption.Y+l.caption.H <= l.mapRect.Y && l.mapRect.Y+l.mapRect.H <= l.legend[0].r.Y && l.legend[len(l.legend)-1].r.Y < l.slider.row.Y) {
				t.Errorf("%vx%v not stacked caption/map/legend/slider", tt.w, tt.h)
			}
		} else if l.caption.X+l.caption.W > l.mapRect.X {
			t.Errorf("%vx%v caption column overlaps the map", tt.w, tt.h)
		}
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

func TestGrayscaleFills(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2, Grayscale: true})
	pal := w.palette()
	seen := map[scene.PatternKind]bool{}
	tones := map[uint8]bool{}
	for id, f := range pal.sides {
		if f.Color.R != f.Color.G || f.Color.G != f.Color.B {
			t.Errorf("%s fill %v is not grey", id, f.Color)
		}
		tones[f.Color.R] = true
		seen[f.Pattern.Kind] = true
	}
	if len(tones) != len(pal.sides) {
		t.Errorf("greys not distinct: %v", tones)
	}
	if len(seen) != len(pal.sides) {
		t.Errorf("patterns not distinct: %v", seen)
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
	w.layoutNow()
	c := w.world.Country("BRA")
	x, y := w.view.ToScreen(c.Anchor)
	i := 0
	for b.Loop() {
		i++
		w.Handle(Input{Kind: PointerMove, X: x + float64(i%7), Y: y})
		w.Scene()
	}
}

func BenchmarkMapLayer(b *testing.B) {
	w := newTest(b, 1280, 720, Options{Event: 2})
	w.layoutNow()
	spec := w.mapSpec()
	for b.Loop() {
		buildMap(spec)
	}
}

func BenchmarkIdleScene(b *testing.B) {
	w := newTest(b, 1280, 720, Options{Event: 2})
	w.Scene()
	for b.Loop() {
		w.Scene()
	}
}
