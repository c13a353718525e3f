package rasterout

import (
	"image"
	"image/color"
	"os"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

var (
	white = color.NRGBA{255, 255, 255, 255}
	red   = color.NRGBA{255, 0, 0, 255}
	black = color.NRGBA{0, 0, 0, 255}
)

func at(img *image.RGBA, x, y int) color.RGBA { return img.RGBAAt(x, y) }

func oneLayer(w, h float64, items ...scene.Item) *scene.Scene {
	return &scene.Scene{W: w, H: h, Background: white, Layers: []scene.Layer{{Name: "map", Items: items}}}
}

func square(x, y, s float64) []scene.Point {
	return []scene.Point{{X: x, Y: y}, {X: x + s, Y: y}, {X: x + s, Y: y + s}, {X: x, Y: y + s}}
}

func TestRenderSizeAndBackground(t *testing.T) {
	img := Render(oneLayer(100, 50), 3)
	if got := img.Bounds().Size(); got != (image.Point{300, 150}) {
		t.Fatalf("size %v, want 300x150", got)
	}
	if c := at(img, 150, 75); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("background %v, want white", c)
	}
}

func TestFillNonZeroWithHole(t *testing.T) {
	outer := square(10, 10, 80)
	hole := []scene.Point{{X: 30, Y: 30}, {X: 30, Y: 70}, {X: 70, Y: 70}, {X: 70, Y: 30}} // opposite turn
	img := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{outer, hole}, Fill: &scene.Fill{Color: red}}), 1)
	if c := at(img, 20, 20); c.R != 255 || c.G != 0 {
		t.Errorf("inside %v, want red", c)
	}
	if c := at(img, 50, 50); c.G != 255 {
		t.Errorf("hole %v, want white", c)
	}
	if c := at(img, 5, 5); c.G != 255 {
		t.Errorf("outside %v, want white", c)
	}
}

func TestStrokeOverlapsDoNotCancel(t *testing.T) {
	// A zig-zag whose segments overlap at sharp turns, thick enough for round joins.
	zig := []scene.Point{{X: 10, Y: 50}, {X: 90, Y: 50}, {X: 10, Y: 52}, {X: 90, Y: 54}}
	img := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{zig}, Stroke: &scene.Stroke{Color: black, Width: 6}}), 1)
	for x := 15; x < 85; x += 5 {
		for y := 50; y <= 54; y++ {
			if c := at(img, x, y); c.R > 10 {
				t.Fatalf("stroke pixel (%d,%d) = %v, want black (overlap cancelled?)", x, y, c)
			}
		}
	}
	if c := at(img, 50, 70); c.R != 255 {
		t.Errorf("far from stroke %v, want white", c)
	}
}

func TestStrokeWidth(t *testing.T) {
	line := []scene.Point{{X: 10, Y: 50}, {X: 90, Y: 50}}
	for _, width := range []float64{1, 4, 10} {
		img := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{line}, Stroke: &scene.Stroke{Color: black, Width: width}}), 1)
		dark := 0
		for y := 0; y < 100; y++ {
			dark += 255 - int(at(img, 50, y).R)
		}
		got := float64(dark) / 255
		if got < width-0.1 || got > width+0.1 {
			t.Errorf("width %v: column coverage %.2f px", width, got)
		}
	}
}

func TestDashedStroke(t *testing.T) {
	line := []scene.Point{{X: 0, Y: 50}, {X: 100, Y: 50}}
	img := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{line}, Stroke: &scene.Stroke{Color: black, Width: 2, Dash: []float64{10, 10}}}), 1)
	if c := at(img, 5, 50); c.R > 10 {
		t.Errorf("dash on at x=5: %v, want black", c)
	}
	if c := at(img, 15, 50); c.R < 245 {
		t.Errorf("dash off at x=15: %v, want white", c)
	}
	if c := at(img, 25, 50); c.R > 10 {
		t.Errorf("dash on at x=25: %v, want black", c)
	}
	// A degenerate pattern must not hang or panic.
	Render(oneLayer(10, 10, &scene.Shape{Path: scene.Path{line}, Stroke: &scene.Stroke{Color: black, Width: 1, Dash: []float64{0, 0}}}), 1)
}

func TestPatternAnchoredAndInColour(t *testing.T) {
	p := scene.Pattern{Kind: scene.PatternHatch, Color: black, Spacing: 10, Width: 2}
	img := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{square(0, 0, 100)}, Fill: &scene.Fill{Color: red, Pattern: p}}), 1)
	// Lines x+y = k·10·√2·√2/… run through points with x+y a multiple of 20 (period spacing·√2 in u = x+y).
	onLine, between := 0, 0
	for x := 0; x < 100; x++ {
		c := at(img, x, 50)
		if c.R < 40 && c.G < 40 {
			onLine++
		}
		if c.R > 240 && c.G < 20 {
			between++
		}
	}
	if onLine == 0 || between == 0 {
		t.Fatalf("row 50: %d black and %d red pixels; want both (hatch over red)", onLine, between)
	}
	// Same pattern in two shapes: a pixel is the same whichever shape draws it.
	a := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{square(0, 0, 50)}, Fill: &scene.Fill{Color: red, Pattern: p}}), 1)
	b := Render(oneLayer(100, 100, &scene.Shape{Path: scene.Path{square(0, 0, 100)}, Fill: &scene.Fill{Color: red, Pattern: p}}), 1)
	for x := 0; x < 49; x++ {
		if at(a, x, 20) != at(b, x, 20) {
			t.Fatalf("pattern not anchored at the origin: x=%d %v vs %v", x, at(a, x, 20), at(b, x, 20))
		}
	}
}

func TestPatternKinds(t *testing.T) {
	for _, k := range []scene.PatternKind{scene.PatternHatch, scene.PatternBackHatch, scene.PatternCross, scene.PatternDots} {
		p := scene.Pattern{Kind: k, Color: black, Spacing: 6, Width: 1.5}
		img := Render(oneLayer(60, 60, &scene.Shape{Path: scene.Path{square(0, 0, 60)}, Fill: &scene.Fill{Color: white, Pattern: p}}), 2)
		dark := 0
		for y := 0; y < 120; y++ {
			for x := 0; x < 120; x++ {
				if at(img, x, y).R < 128 {
					dark++
				}
			}
		}
		if frac := float64(dark) / (120 * 120); frac < 0.02 || frac > 0.7 {
			t.Errorf("pattern %d covers %.2f of the area", k, frac)
		}
	}
	// Hatch and backhatch differ.
	h := Render(oneLayer(20, 20, &scene.Shape{Path: scene.Path{square(0, 0, 20)}, Fill: &scene.Fill{Color: white, Pattern: scene.Pattern{Kind: scene.PatternHatch, Color: black, Spacing: 5, Width: 1}}}), 1)
	bh := Render(oneLayer(20, 20, &scene.Shape{Path: scene.Path{square(0, 0, 20)}, Fill: &scene.Fill{Color: white, Pattern: scene.Pattern{Kind: scene.PatternBackHatch, Color: black, Spacing: 5, Width: 1}}}), 1)
	if string(h.Pix) == string(bh.Pix) {
		t.Error("hatch and backhatch render the same")
	}
}

func TestClip(t *testing.T) {
	s := oneLayer(100, 100, &scene.Shape{Path: scene.Path{square(0, 0, 100)}, Fill: &scene.Fill{Color: red}})
	s.Layers[0].Clip = &scene.Rect{X: 20, Y: 20, W: 30, H: 30}
	img := Render(s, 2)
	if c := at(img, 60, 60); c.G != 0 {
		t.Errorf("inside clip %v, want red", c)
	}
	for _, p := range []image.Point{{30, 30}, {110, 60}, {60, 110}, {150, 150}} {
		if c := at(img, p.X, p.Y); c.G != 255 {
			t.Errorf("outside clip at %v: %v, want white", p, c)
		}
	}
}

func TestCircleRectText(t *testing.T) {
	img := Render(oneLayer(100, 100,
		&scene.Circle{Center: scene.Point{X: 25, Y: 25}, Radius: 10, Fill: &scene.Fill{Color: red}},
		&scene.Rect{X: 50, Y: 10, W: 40, H: 30, Radius: 8, Fill: &scene.Fill{Color: red}},
		&scene.Text{X: 50, Y: 80, S: "ЖЖЖ", Size: 20, Bold: true, Color: black, Align: scene.AlignCenter},
	), 1)
	checks := []struct {
		x, y  int
		isRed bool
		what  string
	}{
		{25, 25, true, "circle centre"}, {25, 33, true, "circle inside edge"}, {33, 33, false, "outside circle corner"},
		{70, 25, true, "rect centre"}, {51, 11, false, "rounded corner"}, {52, 25, true, "rect left edge"},
	}
	for _, c := range checks {
		px := at(img, c.x, c.y)
		if got := px.R > 200 && px.G < 60; got != c.isRed {
			t.Errorf("%s (%d,%d) = %v, red=%v want %v", c.what, c.x, c.y, px, got, c.isRed)
		}
	}
	dark := 0
	for y := 60; y < 85; y++ {
		for x := 20; x < 80; x++ {
			if at(img, x, y).R < 100 {
				dark++
			}
		}
	}
	if dark < 100 {
		t.Errorf("text drew %d dark pixels, want a visible word", dark)
	}
}

func TestRenderSynthetic(t *testing.T) {
	s := synthScene(800, 500, 300)
	img := Render(s, 1)
	if os.Getenv("RASTEROUT_WRITE") != "" {
		f, _ := os.Create(os.Getenv("RASTEROUT_WRITE"))
		EncodePNG(f, img, 96)
		f.Close()
	}
	colours := map[color.RGBA]int{}
	for y := 0; y < img.Bounds().Dy(); y += 3 {
		for x := 0; x < img.Bounds().Dx(); x += 3 {
			colours[at(img, x, y)]++
		}
	}
	if len(colours) < 10 {
		t.Errorf("only %d colours in a busy scene", len(colours))
	}
}

func BenchmarkA4Synthetic(b *testing.B) {
	// 2500 polygons of 40 points, A4 landscape at 300 dpi.
	s := synthScene(1122.5, 793.7, 2500)
	b.ReportAllocs()
	for b.Loop() {
		img := Render(s, 300.0/96)
		if img.Bounds().Dx() != 3508 {
			b.Fatal(img.Bounds())
		}
	}
}
