package geom

import (
	"image"
	"testing"
)

func TestMergeRects(t *testing.T) {
	tests := []struct {
		name string
		in   []image.Rectangle
		want int // rectangles out
	}{
		{"apart", []image.Rectangle{image.Rect(0, 0, 10, 10), image.Rect(100, 100, 110, 110)}, 2},
		{"overlapping", []image.Rectangle{image.Rect(0, 0, 10, 10), image.Rect(5, 5, 20, 20)}, 1},
		{"within slack", []image.Rectangle{image.Rect(0, 0, 10, 10), image.Rect(15, 0, 20, 10)}, 1},
		{"chain", []image.Rectangle{image.Rect(0, 0, 10, 10), image.Rect(50, 0, 60, 10), image.Rect(9, 0, 51, 10)}, 1},
		{"empty dropped", []image.Rectangle{{}, image.Rect(0, 0, 1, 1)}, 1},
	}
	for _, tt := range tests {
		got := MergeRects(tt.in, 8)
		if len(got) != tt.want {
			t.Errorf("%s: %v, want %d rectangles", tt.name, got, tt.want)
		}
		for i := range got {
			for j := i + 1; j < len(got); j++ {
				if got[i].Overlaps(got[j]) {
					t.Errorf("%s: %v and %v overlap", tt.name, got[i], got[j])
				}
			}
		}
		for _, r := range tt.in {
			covered := false
			for _, g := range got {
				covered = covered || r.Empty() || r.In(g)
			}
			if !covered {
				t.Errorf("%s: %v not covered by %v", tt.name, r, got)
			}
		}
	}
}

func TestMinus(t *testing.T) {
	r := image.Rect(0, 0, 100, 100)
	for _, cut := range []image.Rectangle{image.Rect(20, 30, 60, 70), image.Rect(-10, -10, 50, 50), image.Rect(200, 200, 300, 300), r} {
		parts := Minus(r, cut)
		in := r.Intersect(cut)
		if got, want := Area(parts...), r.Dx()*r.Dy()-in.Dx()*in.Dy(); got != want {
			t.Errorf("Minus(%v, %v) = %v: area %d, want %d", r, cut, parts, got, want)
		}
		for i, p := range parts {
			if p.Overlaps(cut) || !p.In(r) {
				t.Errorf("Minus(%v, %v): part %v", r, cut, p)
			}
			for _, q := range parts[i+1:] {
				if p.Overlaps(q) {
					t.Errorf("Minus(%v, %v): %v and %v overlap", r, cut, p, q)
				}
			}
		}
	}
}

func TestArea(t *testing.T) {
	if got := Area(image.Rect(0, 0, 3, 2), image.Rect(10, 10, 11, 15), image.Rectangle{}); got != 11 {
		t.Errorf("Area = %d, want 11", got)
	}
	if got := Area(); got != 0 {
		t.Errorf("Area() = %d, want 0", got)
	}
}
