package geom

import (
	"image/color"
	"slices"
	"testing"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

func TestFlatten(t *testing.T) {
	ink := color.NRGBA{A: 255}
	fill := &scene.Fill{Color: ink}
	stroke := &scene.Stroke{Color: ink, Width: 1}
	shape := &scene.Shape{Path: scene.Path{{{X: 0, Y: 0}, {X: 1, Y: 1}}}, Fill: fill, Stroke: stroke}
	text := &scene.Text{S: "Malta", Size: 12, X: 3, Y: 20, Color: ink, Bold: true, Align: scene.AlignCenter}
	tests := []struct {
		name   string
		item   scene.Item
		ok     bool
		closed bool
		fill   bool
		stroke bool
	}{
		{"shape as it is", shape, true, false, true, true},
		{"circle", &scene.Circle{Center: scene.Point{X: 4, Y: 4}, Radius: 2, Stroke: stroke}, true, true, false, true},
		{"rectangle", &scene.Rect{X: 1, Y: 1, W: 10, H: 5, Radius: 2, Fill: fill}, true, true, true, false},
		{"text as outlines", text, true, true, true, false},
		{"empty text", &scene.Text{Size: 12, Color: ink}, false, false, false, false},
		{"text of no size", &scene.Text{S: "x", Color: ink}, false, false, false, false},
		{"transparent text", &scene.Text{S: "x", Size: 12}, false, false, false, false},
	}
	for _, tt := range tests {
		f, ok := Flatten(tt.item, 2)
		if ok != tt.ok {
			t.Errorf("%s: ok %v, want %v", tt.name, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if f.Closed != tt.closed || (f.Fill != nil) != tt.fill || (f.Stroke != nil) != tt.stroke || len(f.Path) == 0 {
			t.Errorf("%s: %+v", tt.name, f)
		}
	}
	if f, _ := Flatten(text, 1); f.Fill.Color != ink || !slices.EqualFunc(f.Path, glyph.Face(true).Outline("Malta", 12, 3, 20, scene.AlignCenter), slices.Equal) {
		t.Errorf("text: not the glyph outlines in its colour")
	}
}
