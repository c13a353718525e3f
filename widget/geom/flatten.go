package geom

import (
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

// Flat is a scene item as a path to fill and to stroke; Fill and Stroke
// are the item's own (nil for none).
type Flat struct {
	Path   scene.Path
	Closed bool
	Fill   *scene.Fill
	Stroke *scene.Stroke
}

// Flatten returns item as polygons for a target of scale device px per
// logical px (which sets how finely arcs are cut), and false when it draws
// nothing: a Text without characters, size or colour, or an unknown item.
// A shape's path is its own, not a copy. Text is filled with its glyph
// outlines (see TextPath).
func Flatten(it scene.Item, scale float64) (Flat, bool) {
	switch v := it.(type) {
	case *scene.Shape:
		return Flat{Path: v.Path, Closed: v.Closed, Fill: v.Fill, Stroke: v.Stroke}, true
	case *scene.Circle:
		ring := Circle(nil, v.Center, v.Radius, v.Radius*scale)
		return Flat{Path: scene.Path{ring}, Closed: true, Fill: v.Fill, Stroke: v.Stroke}, true
	case *scene.Rect:
		ring := RoundedRect(v.X, v.Y, v.W, v.H, v.Radius, scale)
		return Flat{Path: scene.Path{ring}, Closed: true, Fill: v.Fill, Stroke: v.Stroke}, true
	case *scene.Text:
		if v.S == "" || v.Size <= 0 || v.Color.A == 0 {
			return Flat{}, false
		}
		return Flat{Path: TextPath(v), Closed: true, Fill: &scene.Fill{Color: v.Color}}, true
	}
	return Flat{}, false
}

// TextPath is t as the glyph outlines of the Go fonts, the way every
// backend that cannot use the font itself draws it (the canvas, print
// PNGs and posters, the browser's PNG download).
func TextPath(t *scene.Text) scene.Path {
	return glyph.Face(t.Bold).Outline(t.S, t.Size, t.X, t.Y, t.Align)
}
