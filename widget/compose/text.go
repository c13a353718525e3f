package compose

import (
	"image/color"
	"math"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

func font(bold bool) *glyph.Font { return glyph.Face(bold) }

// emitParas places wrapped paragraphs from the top-left (x, y), each in
// the colour colorOf gives its ID, and returns the text items and the y
// below the last line.
func emitParas(ws []layout.Wrapped, x, y float64, colorOf func(id string) color.NRGBA, items []scene.Item) ([]scene.Item, float64) {
	for i, wp := range ws {
		if i > 0 {
			y += wp.Gap
		}
		c := colorOf(wp.ID)
		for _, line := range wp.Lines {
			items = append(items, lineAt(wp.ID, line, x, y, wp.Size, wp.Bold, c, scene.AlignLeft))
			y += wp.Size * layout.LinePitch
		}
	}
	return items, y
}

// lineAt makes a Text whose line box (pitch high) starts at top y.
func lineAt(id, s string, x, top, size float64, bold bool, c color.NRGBA, align scene.Align) *scene.Text {
	asc, desc, _ := font(bold).Metrics(size)
	base := top + (size*layout.LinePitch-(asc+desc))/2 + asc
	return &scene.Text{ID: id, X: x, Y: base, S: s, Size: size, Bold: bold, Color: c, Align: align}
}

// sceneRect is r as a scene rectangle.
func sceneRect(r layout.Rect, fill *scene.Fill, stroke *scene.Stroke, radius float64, id string) *scene.Rect {
	return &scene.Rect{ID: id, X: r.X, Y: r.Y, W: r.W, H: r.H, Radius: radius, Fill: fill, Stroke: stroke}
}

func round(v float64) float64 { return math.Round(v) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
