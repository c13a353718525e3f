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
		if !drawsText(v) {
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

// drawsText reports whether t has something to draw: characters, a size
// and a colour.
func drawsText(t *scene.Text) bool { return t.S != "" && t.Size > 0 && t.Color.A != 0 }

// TextBox returns the bounds of TextPath(t) as x0, y0, x1, y1 without
// flattening its glyphs (see glyph.Font.Box: it may reach a little beyond
// the outline, never inside it); false where Flatten draws nothing.
func TextBox(t *scene.Text) (x0, y0, x1, y1 float64, ok bool) {
	if !drawsText(t) {
		return 0, 0, 0, 0, false
	}
	return glyph.Face(t.Bold).Box(t.S, t.Size, t.X, t.Y, t.Align)
}
