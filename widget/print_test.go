package widget

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

func TestPrintScene(t *testing.T) {
	s, world := fixture(t)
	tests := []PrintOptions{
		{Event: 2},
		{Event: 7, Lang: "ru", Grayscale: true, W: 794, H: 1123, Region: "americas"},
		{Event: 3, Lang: "es", W: 3508 / 300.0 * 96, H: 2480 / 300.0 * 96, Title: "Custom title", Credit: "Graphic: Test Desk"},
		{Event: 5, W: 600, H: 400, Region: "europe", Theme: "dark"},
	}
	for i, opt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			sc := PrintScene(s, world, opt)
			if opt.W == 0 {
				opt.W, opt.H = a4W, a4H
			}
			if sc.W != opt.W || sc.H != opt.H {
				t.Errorf("size %vx%v", sc.W, sc.H)
			}
			chrome := sc.Layer(scene.LayerChrome)
			checkPrintText(t, chrome, layout.Rect{X: 0, Y: 0, W: sc.W, H: sc.H})
			for _, id := range []string{"print.title", "print.headline", "print.credit", "print.legend:guaido", "print.count:guaido"} {
				if findText(chrome, id) == nil {
					t.Errorf("no %s", id)
				}
			}
			if opt.Title != "" && findText(chrome, "print.title").S != opt.Title {
				t.Error("title override ignored")
			}
			if opt.Credit != "" && findText(chrome, "print.credit").S != opt.Credit {
				t.Error("credit override ignored")
			}
			for _, it := range chrome.Items {
				if strings.HasPrefix(itemID(it), "slider") || strings.HasPrefix(itemID(it), "play") {
					t.Errorf("print has %s", itemID(it))
				}
			}
			m := sc.Layer(scene.LayerMap)
			if m == nil || len(m.Items) < 20 || m.Clip.H < 0.45*sc.H {
				t.Errorf("map layer too small: %+v", m.Clip)
			}
			if opt.Grayscale {
				for _, it := range m.Items {
					if sh, ok := it.(*scene.Shape); ok && sh.Fill != nil && (sh.Fill.Color.R != sh.Fill.Color.G || sh.Fill.Color.G != sh.Fill.Color.B) {
						t.Errorf("%s not grey: %v", sh.ID, sh.Fill.Color)
						break
					}
				}
			}
			writePNG(t, sc, fmt.Sprintf("print_%d.png", i))
		})
	}
}

func checkPrintText(t *testing.T, l *scene.Layer, bounds layout.Rect) {
	t.Helper()
	ts := texts(l)
	for i, a := range ts {
		if !textBox(a).Inside(bounds) {
			t.Errorf("%s %q outside the page", a.ID, a.S)
		}
		for _, b := range ts[i+1:] {
			if textBox(a).Overlaps(textBox(b)) {
				t.Errorf("%s %q overlaps %s %q", a.ID, a.S, b.ID, b.S)
			}
		}
	}
}

func itemID(it scene.Item) string {
	switch v := it.(type) {
	case *scene.Shape:
		return v.ID
	case *scene.Circle:
		return v.ID
	case *scene.Rect:
		return v.ID
	case *scene.Text:
		return v.ID
	}
	return ""
}

func BenchmarkPrintSceneA4(b *testing.B) {
	s, world := fixture(b)
	for b.Loop() {
		PrintScene(s, world, PrintOptions{Event: 2})
	}
}

// TestPrintRegion checks a print page shows its region and no more, in
// every theme: at the Americas on A4 landscape no part of Australia, Africa,
// India or China lies inside the map box, and the box is no wider than the
// region it shows.
func TestPrintRegion(t *testing.T) {
	s, world := fixture(t)
	americas, _ := geo.RegionByID("americas")
	for _, tc := range []struct {
		theme string
		gray  bool
		w, h  float64
	}{{"light", false, a4W, a4H}, {"dark", false, a4W, a4H}, {"light", true, a4W, a4H}, {"dark", false, 600, 400}} {
		name := fmt.Sprintf("%s/gray=%v/%vx%v", tc.theme, tc.gray, tc.w, tc.h)
		sc := PrintScene(s, world, PrintOptions{Event: 2, Region: "americas", Theme: tc.theme, Grayscale: tc.gray, W: tc.w, H: tc.h})
		m := sc.Layer(scene.LayerMap)
		if m.Clip == nil {
			t.Fatalf("%s: map not clipped", name)
		}
		clip := layout.Rect{X: m.Clip.X, Y: m.Clip.Y, W: m.Clip.W, H: m.Clip.H}
		b := americas.Projected()
		if ratio := clip.W / clip.H; ratio > (b.Max[0]-b.Min[0])/(b.Max[1]-b.Min[1])*1.01 {
			t.Errorf("%s: map box %.0fx%.0f is wider than the Americas", name, clip.W, clip.H)
		}
		for _, it := range m.Items {
			id := strings.TrimPrefix(itemID(it), "marker:")
			sh, ok := it.(*scene.Shape)
			if !ok || !(id == "AUS" || id == "ZAF" || id == "NGA" || id == "IND" || id == "CHN") {
				continue
			}
			if pathBound(sh.Path).Overlaps(clip) {
				t.Errorf("%s: %s drawn inside the Americas map box", name, id)
			}
		}
		if findText(m, "label:VEN") == nil || findShape(m, "BRA") == nil || findShape(m, "CAN") == nil {
			t.Errorf("%s: the Americas are not all there", name)
		}
	}
	// The world region keeps the whole world, Australia included.
	sc := PrintScene(s, world, PrintOptions{Event: 2, Theme: "dark"})
	m := sc.Layer(scene.LayerMap)
	if sh := findShape(m, "AUS"); sh == nil || !pathBound(sh.Path).Inside(layout.Rect{X: m.Clip.X, Y: m.Clip.Y, W: m.Clip.W, H: m.Clip.H}) {
		t.Error("world print lost Australia")
	}
}

func findShape(l *scene.Layer, id string) *scene.Shape {
	for _, it := range l.Items {
		if sh, ok := it.(*scene.Shape); ok && sh.ID == id {
			return sh
		}
	}
	return nil
}
