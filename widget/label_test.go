package widget

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// TestSubjectLabelClear checks that Venezuela's name lies inside the map
// and touches no small-state marker, at every step of the shipped story,
// at the world view and the Americas, on screen and in print.
func TestSubjectLabelClear(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, m *scene.Layer) {
		lbl := findText(m, "label:VEN")
		if lbl == nil {
			t.Errorf("%s: Venezuela not labelled", name)
			return
		}
		box := textBox(lbl)
		if !box.Inside(layout.Rect{X: m.Clip.X, Y: m.Clip.Y, W: m.Clip.W, H: m.Clip.H}) {
			t.Errorf("%s: label %+v outside the map %+v", name, box, *m.Clip)
		}
		for _, it := range m.Items {
			c, ok := it.(*scene.Circle)
			if !ok {
				continue
			}
			nx, ny := clamp(c.Center.X, box.X, box.X+box.W), clamp(c.Center.Y, box.Y, box.Y+box.H)
			if math.Hypot(nx-c.Center.X, ny-c.Center.Y) < c.Radius {
				t.Errorf("%s: label %+v covers %s", name, box, c.ID)
			}
		}
	}
	for _, size := range [][2]float64{{1280, 720}, {700, 600}, {360, 640}} {
		for _, region := range []string{"world", "americas"} {
			w := New(s, world, Options{Region: region})
			w.Resize(size[0], size[1], 1)
			for step := range s.Events {
				w.SetEvent(step)
				check(fmt.Sprintf("%vx%v/%s/step%d", size[0], size[1], region, step), w.Scene().Layer(scene.LayerMap))
			}
		}
	}
	for step := range s.Events {
		sc := PrintScene(s, world, PrintOptions{Event: step})
		check(fmt.Sprintf("print/step%d", step), sc.Layer(scene.LayerMap))
	}
}

// TestLegendCounts checks that each side's legend entry has its count and
// that "No data" and the hatch key have none, on screen and in print.
func TestLegendCounts(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	chrome := w.Scene().Layer(scene.LayerChrome)
	print := PrintScene(w.story, w.world, PrintOptions{Event: 2}).Layer(scene.LayerChrome)
	for key, counted := range map[string]bool{"guaido": true, "maduro": true, "neutral": true, "nodata": false, "uncertain": false} {
		if got := findText(chrome, "legend.count:"+key) != nil; got != counted {
			t.Errorf("screen legend %s count shown %v, want %v", key, got, counted)
		}
		if got := findText(print, "print.count:"+key) != nil; got != counted {
			t.Errorf("print legend %s count shown %v, want %v", key, got, counted)
		}
	}
	if c := findText(chrome, "legend.count:maduro"); c == nil || c.S != "3" {
		t.Errorf("maduro count %+v, want 3", c)
	}
}

// TestPrintSubjectLabelLegible checks the subject's name in print stands on
// its plate, off the dark subject itself, and reads at 4.5:1 or better
// whatever map colour the translucent plate lies over: every theme,
// greyscale, and the regions that show Venezuela.
func TestPrintSubjectLabelLegible(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range []string{"light", "dark"} {
		for _, gray := range []bool{false, true} {
			for _, region := range []string{"world", "americas", "south-america-caribbean"} {
				for _, step := range []int{0, 2, len(s.Events) - 1} {
					name := fmt.Sprintf("%s/gray=%v/%s/step%d", th, gray, region, step)
					sc := PrintScene(s, world, PrintOptions{Event: step, Theme: th, Grayscale: gray, Region: region})
					checkLabelLegible(t, name, sc.Layer(scene.LayerMap), sc.Background)
				}
			}
		}
	}
}

func checkLabelLegible(t *testing.T, name string, m *scene.Layer, bg color.NRGBA) {
	t.Helper()
	var lbl *scene.Text
	var plate *scene.Rect
	var ven layout.Rect
	fills := []color.NRGBA{bg}
	for _, it := range m.Items {
		switch v := it.(type) {
		case *scene.Shape:
			if v.Fill != nil {
				fills = append(fills, v.Fill.Color)
			}
			if v.ID == "VEN" && v.Fill != nil {
				ven = pathBound(v.Path)
			}
		case *scene.Rect:
			if v.ID == "label.plate:VEN" {
				plate = v
			}
		case *scene.Text:
			if v.ID == "label:VEN" {
				lbl = v
			}
		}
	}
	if lbl == nil || plate == nil {
		t.Errorf("%s: label %v, plate %v", name, lbl != nil, plate != nil)
		return
	}
	box := textBox(lbl)
	if !box.Inside(layout.Rect{X: plate.X, Y: plate.Y, W: plate.W, H: plate.H}) {
		t.Errorf("%s: label %+v not on its plate %+v", name, box, *plate)
	}
	if box.Overlaps(ven) {
		t.Errorf("%s: label %+v over Venezuela %+v", name, box, ven)
	}
	a := float64(plate.Fill.Color.A) / 255
	for _, f := range fills {
		under := theme.Mix(f, theme.WithAlpha(plate.Fill.Color, 255), a)
		under.A = 255
		if c := contrast(under, lbl.Color); c < 4.5 {
			t.Errorf("%s: label %v on plate over %v: contrast %.1f", name, lbl.Color, f, c)
			return
		}
	}
}

func pathBound(p scene.Path) layout.Rect {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, ring := range p {
		for _, pt := range ring {
			x0, y0, x1, y1 = math.Min(x0, pt.X), math.Min(y0, pt.Y), math.Max(x1, pt.X), math.Max(y1, pt.Y)
		}
	}
	return layout.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}

// contrast is the WCAG contrast ratio between two opaque colours.
func contrast(a, b color.NRGBA) float64 {
	la, lb := theme.Luminance(a), theme.Luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}
