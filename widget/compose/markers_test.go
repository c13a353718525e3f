package compose

import (
	"math"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// drawnMarkers are the outer circles of the markers in a map layer: a
// one-state marker's circle, a merged marker's outline.
func drawnMarkers(l *scene.Layer) []*scene.Circle {
	byID := map[string]*scene.Circle{}
	var ids []string
	for _, it := range l.Items {
		c, ok := it.(*scene.Circle)
		if !ok || !strings.HasPrefix(c.ID, "marker:") {
			continue
		}
		if o, seen := byID[c.ID]; !seen || c.Radius > o.Radius {
			if !seen {
				ids = append(ids, c.ID)
			}
			byID[c.ID] = c
		}
	}
	var cs []*scene.Circle
	for _, id := range ids {
		cs = append(cs, byID[id])
	}
	return cs
}

// TestMarkersDoNotOverlap draws the world at 360 and 700 px at every step
// and checks no two markers overlap, and that markers stand only for
// states whose side the map shows.
func TestMarkersDoNotOverlap(t *testing.T) {
	sc := newScreen(t, "en")
	look := Look{Theme: theme.Light()}
	for _, w := range []float64{360, 700} {
		h := layout.PreferredHeight(sc.story, sc.world, w, "en")
		for step := range sc.story.Events {
			f, l := sc.frame(step, w, h)
			cs := drawnMarkers(sc.layers.Scene(look, f, l).Layer(scene.LayerMap))
			if len(cs) == 0 {
				t.Fatalf("%v px step %d: no markers", w, step)
			}
			for i, a := range cs {
				for _, b := range cs[i+1:] {
					if d := math.Hypot(a.Center.X-b.Center.X, a.Center.Y-b.Center.Y); d < a.Radius+b.Radius {
						t.Errorf("%v px step %d: %s and %s overlap", w, step, a.ID, b.ID)
					}
				}
			}
			stances, standing := sc.story.Stances(step), sc.story.Standing(step)
			for _, m := range sc.layers.marks {
				for _, code := range m.Codes {
					_, a := stances[code]
					_, b := standing[code]
					if !a && !b {
						t.Errorf("%v px step %d: a marker for %s, which has no side shown", w, step, code)
					}
				}
			}
		}
	}
}

// TestMergedMarkerTooltip hovers a merged marker and checks its tooltip
// lists every state it stands for; the same country found by its shape or
// the keyboard has its own tooltip.
func TestMergedMarkerTooltip(t *testing.T) {
	sc := newScreen(t, "en")
	look := Look{Theme: theme.Light()}
	step := len(sc.story.Events) - 1
	h := layout.PreferredHeight(sc.story, sc.world, 360, "en")
	f, l := sc.frame(step, 360, h)
	sc.layers.Scene(look, f, l)
	found := false
	for _, m := range sc.layers.marks {
		if !m.Merged() {
			continue
		}
		found = true
		f.Hover, f.HoverOnMarker, f.PointerX, f.PointerY = m.Codes[0], true, m.X, m.Y
		ov := sc.layers.Scene(look, f, l).Layer(scene.LayerOverlay)
		var members []string
		for _, it := range ov.Items {
			if tx, ok := it.(*scene.Text); ok && tx.ID == "tip.member" {
				members = append(members, tx.S)
			}
		}
		text := strings.Join(members, " ")
		for _, code := range m.Codes {
			if name := sc.layers.src.words.Name(code); !strings.Contains(text, name) {
				t.Errorf("marker %v: %s not in its tooltip %q", m.Codes, name, text)
			}
		}
		f.HoverOnMarker = false
		ov = sc.layers.Scene(look, f, l).Layer(scene.LayerOverlay)
		if findText(ov, "tip.member") != nil {
			t.Errorf("%s found without its marker: the group's tooltip", m.Codes[0])
		}
	}
	if !found {
		t.Fatal("no merged marker at 360 px")
	}
}

// TestMarkersSeparateZoomedIn zooms into Europe and the Caribbean at 360
// px, to 12 times the world view (the reader may go to 40), and checks
// that the states merged at the world view get markers of their own.
func TestMarkersSeparateZoomedIn(t *testing.T) {
	sc := newScreen(t, "en")
	look := Look{Theme: theme.Light()}
	step := len(sc.story.Events) - 1
	h := layout.PreferredHeight(sc.story, sc.world, 360, "en")
	f, l := sc.frame(step, 360, h)
	sc.layers.Scene(look, f, l)
	merged := map[string]bool{}
	for _, m := range sc.layers.marks {
		if m.Merged() {
			for _, c := range m.Codes {
				merged[c] = true
			}
		}
	}
	for _, c := range []struct {
		region string
		zoom   float64
		codes  []string
	}{
		{"europe", 12, []string{"MLT", "LUX", "AND", "LIE", "SMR", "MCO"}},
		{"south-america-caribbean", 12, []string{"LCA", "BRB", "GRD", "VCT", "DMA", "ATG", "KNA", "TTO"}},
	} {
		for _, code := range c.codes {
			if !merged[code] {
				continue
			}
			v := layout.FitRegion("world", l.Map).ZoomAt(l.Map.X+l.Map.W/2, l.Map.Y+l.Map.H/2, c.zoom)
			x, y := v.ToScreen(sc.world.Country(code).Anchor)
			f.View = v.Pan(l.Map.X+l.Map.W/2-x, l.Map.Y+l.Map.H/2-y)
			sc.layers.Scene(look, f, l)
			for _, m := range sc.layers.marks {
				if m.Has(code) && m.Merged() {
					t.Errorf("%s at %vx: %s still merged in %v", c.region, c.zoom, code, m.Codes)
				}
			}
		}
	}
}
