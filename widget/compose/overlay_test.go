package compose

import (
	"testing"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// textBox returns the box a Text covers: its advance width and its ascent
// and descent around the baseline.
func textBox(t *scene.Text) layout.Rect {
	w := layout.TextWidth(t.S, t.Size, t.Bold)
	asc, desc, _ := glyph.Face(t.Bold).Metrics(t.Size)
	x := t.X
	switch t.Align {
	case scene.AlignCenter:
		x -= w / 2
	case scene.AlignRight:
		x -= w
	}
	return layout.Rect{X: x, Y: t.Y - asc, W: w, H: asc + desc}
}

// TestTooltipStaysInside hovers Argentina a year on (uncertain, with a
// note: a long tooltip) with the pointer at the map's corners, on a phone
// and a desktop, and checks every line stays inside the widget.
func TestTooltipStaysInside(t *testing.T) {
	sc := newScreen(t, "en")
	step, err := sc.story.FindEvent("a-year-on")
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]float64{{320, 480}, {1280, 720}} {
		f, l := sc.frame(step, size[0], size[1])
		m := l.Map
		for _, pt := range [][2]float64{{m.X + 2, m.Y + 2}, {m.X + m.W - 2, m.Y + m.H - 2}} {
			f.Hover, f.PointerX, f.PointerY = "ARG", pt[0], pt[1]
			ov := sc.layers.Scene(Look{Theme: theme.Light()}, f, l).Layer(scene.LayerOverlay)
			if findText(ov, "tip.note") == nil {
				t.Fatalf("%v: no note in Argentina's tooltip", size)
			}
			for _, it := range ov.Items {
				if txt, ok := it.(*scene.Text); ok && !textBox(txt).Inside(layout.Rect{W: size[0], H: size[1]}) {
					t.Errorf("%v: tooltip text %q at %v outside", size, txt.S, textBox(txt))
				}
			}
		}
	}
}
