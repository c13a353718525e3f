package scene

import (
	"image/color"
	"testing"
)

// TestSame checks that Same tells items apart by every field that draws,
// and finds copies the same.
func TestSame(t *testing.T) {
	red := color.NRGBA{R: 255, A: 255}
	shape := func() *Shape {
		return &Shape{ID: "FRA", Path: Path{{{0, 0}, {1, 0}, {1, 1}}}, Closed: true, Fill: &Fill{Color: red},
			Stroke: &Stroke{Color: red, Width: 1, Dash: []float64{2, 1}}}
	}
	text := &Text{ID: "t", X: 1, Y: 2, S: "Guaidó", Size: 12, Color: red}
	if !Same(shape(), shape()) || !Same(text, &Text{ID: "t", X: 1, Y: 2, S: "Guaidó", Size: 12, Color: red}) || !Same(nil, nil) {
		t.Fatal("copies differ")
	}
	for name, change := range map[string]func(s *Shape){
		"id":      func(s *Shape) { s.ID = "DEU" },
		"point":   func(s *Shape) { s.Path[0][2].X = 2 },
		"ring":    func(s *Shape) { s.Path = append(s.Path, []Point{{5, 5}}) },
		"closed":  func(s *Shape) { s.Closed = false },
		"fill":    func(s *Shape) { s.Fill.Pattern.Kind = PatternHatch },
		"no fill": func(s *Shape) { s.Fill = nil },
		"width":   func(s *Shape) { s.Stroke.Width = 2 },
		"dash":    func(s *Shape) { s.Stroke.Dash = nil },
	} {
		s := shape()
		change(s)
		if Same(shape(), s) {
			t.Errorf("a shape with another %s is the same", name)
		}
	}
	other := *text
	other.S = "Maduro"
	if Same(text, &other) || Same(text, shape()) || Same(shape(), nil) {
		t.Error("different items are the same")
	}
	if Same(&Circle{Radius: 1}, &Circle{Radius: 2}) || !Same(&Rect{W: 3}, &Rect{W: 3}) || Same(&Image{PNG: []byte{1}}, &Image{PNG: []byte{2}}) {
		t.Error("circles, rects or images compared wrongly")
	}
}
