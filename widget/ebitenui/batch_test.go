package ebitenui

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// Items of one style are drawn together: the cost of a layer is a few
// calls per style, not one or two per item.
func TestBatchCalls(t *testing.T) {
	red := color.NRGBA{R: 200, A: 255}
	half := color.NRGBA{A: 128}
	grid := func(n int, mk func(x, y float64) scene.Item) []scene.Item {
		var items []scene.Item
		for i := 0; i < n; i++ {
			items = append(items, mk(float64(i%20)*30+5, float64(i/20)*30+5))
		}
		return items
	}
	square := func(x, y, s float64) scene.Path {
		return scene.Path{{{X: x, Y: y}, {X: x + s, Y: y}, {X: x + s, Y: y + s}, {X: x, Y: y + s}}}
	}
	tests := []struct {
		name     string
		items    []scene.Item
		maxCalls int
	}{
		{"200 same-colour shapes", grid(200, func(x, y float64) scene.Item {
			return &scene.Shape{Path: square(x, y, 20), Closed: true, Fill: &scene.Fill{Color: red}}
		}), 1},
		{"200 overlapping same-colour shapes", grid(200, func(x, y float64) scene.Item {
			return &scene.Shape{Path: square(x, y, 45), Closed: true, Fill: &scene.Fill{Color: red}}
		}), 1},
		{"200 filled and stroked circles", grid(200, func(x, y float64) scene.Item {
			return &scene.Circle{Center: scene.Point{X: x + 10, Y: y + 10}, Radius: 8, Fill: &scene.Fill{Color: red}, Stroke: &scene.Stroke{Color: blackN, Width: 1}}
		}), 2},
		{"200 outlines", grid(200, func(x, y float64) scene.Item {
			return &scene.Shape{Path: square(x, y, 40), Closed: true, Stroke: &scene.Stroke{Color: blackN, Width: 1}}
		}), 1},
		{"200 hatched shapes", grid(200, func(x, y float64) scene.Item {
			return &scene.Shape{Path: square(x, y, 20), Closed: true, Fill: &scene.Fill{Color: red, Pattern: scene.Pattern{Kind: scene.PatternHatch, Color: blackN, Spacing: 4, Width: 1}}}
		}), 2},
		// Translucent shapes that overlap must each be drawn over the last.
		{"3 overlapping translucent shapes", []scene.Item{
			&scene.Shape{Path: square(10, 10, 40), Closed: true, Fill: &scene.Fill{Color: half}},
			&scene.Shape{Path: square(30, 30, 40), Closed: true, Fill: &scene.Fill{Color: half}},
			&scene.Shape{Path: square(50, 50, 40), Closed: true, Fill: &scene.Fill{Color: half}},
		}, 3},
	}
	for _, tt := range tests {
		p := newPainter()
		dst := ebiten.NewImage(640, 360)
		p.layerSS(dst, &scene.Layer{Items: tt.items}, 1, 1)
		if p.Calls > tt.maxCalls || p.Calls == 0 {
			t.Errorf("%s: %d draw calls, want 1..%d", tt.name, p.Calls, tt.maxCalls)
		}
	}
}

// Batching keeps the look of drawing items one by one: a later fill still
// covers an earlier item's outline, a shape's hole stays open, and
// translucent shapes still darken where they overlap.
func TestBatchKeepsOrder(t *testing.T) {
	half := color.NRGBA{A: 128}
	sq := func(x, y, s float64) []scene.Point {
		return []scene.Point{{X: x, Y: y}, {X: x + s, Y: y}, {X: x + s, Y: y + s}, {X: x, Y: y + s}}
	}
	rev := func(r []scene.Point) []scene.Point {
		out := make([]scene.Point, len(r))
		for i, q := range r {
			out[len(r)-1-i] = q
		}
		return out
	}
	red := &scene.Fill{Color: color.NRGBA{R: 255, A: 255}}
	ink := &scene.Stroke{Color: blackN, Width: 4}
	l := &scene.Layer{Items: []scene.Item{
		&scene.Shape{Path: scene.Path{sq(0, 0, 40)}, Closed: true, Fill: &scene.Fill{Color: half}},
		&scene.Shape{Path: scene.Path{sq(20, 0, 40)}, Closed: true, Fill: &scene.Fill{Color: half}},
		// Two filled and outlined squares; the second covers the first's outline.
		&scene.Shape{Path: scene.Path{sq(100, 0, 40)}, Closed: true, Fill: red, Stroke: ink},
		&scene.Shape{Path: scene.Path{sq(120, 10, 40)}, Closed: true, Fill: red, Stroke: ink},
		// A square with a hole, then a same-colour square elsewhere.
		&scene.Shape{Path: scene.Path{sq(0, 60, 60), rev(sq(20, 80, 20))}, Closed: true, Fill: red},
		&scene.Shape{Path: scene.Path{sq(100, 60, 30)}, Closed: true, Fill: red},
	}}
	dst := ebiten.NewImage(200, 140)
	dst.Fill(whiteN)
	newPainter().layerSS(dst, l, 1, 1)
	img := readImage(dst)
	if one, two := img.RGBAAt(10, 20).R, img.RGBAAt(30, 20).R; int(one)-int(two) < 40 {
		t.Errorf("overlap of two translucent squares is %d, a single one %d: want it darker", two, one)
	}
	// (100+40, 25) is on the first square's right edge, inside the second.
	if c := img.RGBAAt(140, 25); c.R < 200 || c.G > 60 {
		t.Errorf("first outline shows through the second fill: %v", c)
	}
	if c := img.RGBAAt(30, 90); c.G < 240 {
		t.Errorf("hole filled: %v", c)
	}
	if c := img.RGBAAt(115, 75); c.R < 240 || c.G > 20 {
		t.Errorf("second red square missing: %v", c)
	}
}
