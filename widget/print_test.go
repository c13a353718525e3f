package widget

import (
	"fmt"
	"strings"
	"testing"

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
			checkPrintText(t, chrome, rect{0, 0, sc.W, sc.H})
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

func checkPrintText(t *testing.T, l *scene.Layer, bounds rect) {
	t.Helper()
	ts := texts(l)
	for i, a := range ts {
		if !textBox(a).inside(bounds) {
			t.Errorf("%s %q outside the page", a.ID, a.S)
		}
		for _, b := range ts[i+1:] {
			if textBox(a).overlaps(textBox(b)) {
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
