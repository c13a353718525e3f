package widget

import (
	"fmt"
	"math"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestSubjectLabelClear checks that Venezuela's name lies inside the map
// and touches no small-state marker, at every step of the shipped story,
// at the world view and the Americas, on screen and in print.
func TestSubjectLabelClear(t *testing.T) {
	_, world := fixture(t)
	s, err := data.Default()
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
		if !box.inside(rect{m.Clip.X, m.Clip.Y, m.Clip.W, m.Clip.H}) {
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
