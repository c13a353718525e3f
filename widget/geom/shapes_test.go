package geom

import (
	"math"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

// TestCircleWithinTolerance checks, from markers a few px across to
// circles as large as a page, that every chord's middle lies within
// Tolerance device px of the circle, with no more sides than needed.
func TestCircleWithinTolerance(t *testing.T) {
	for _, tt := range []struct{ r, scale float64 }{{0.05, 1}, {3, 1}, {3, 3.125}, {40, 2}, {1000, 1}} {
		ring := Circle(nil, scene.Point{X: 5, Y: 7}, tt.r, tt.r*tt.scale)
		if len(ring) < 8 {
			t.Errorf("r %v: %d sides, want at least 8", tt.r, len(ring))
		}
		for i := range ring {
			p, q := ring[i], ring[(i+1)%len(ring)]
			mid := math.Hypot((p.X+q.X)/2-5, (p.Y+q.Y)/2-7)
			if gap := (tt.r - mid) * tt.scale; gap > Tolerance+1e-9 {
				t.Fatalf("r %v at scale %v: chord %d is %.3f device px inside the circle, over %v", tt.r, tt.scale, i, gap, Tolerance)
			}
		}
		if n := len(ring); n > 8 {
			coarser := 2 * math.Pi / float64(n-1)
			if gap := tt.r * tt.scale * (1 - math.Cos(coarser/2)); gap <= Tolerance {
				t.Errorf("r %v at scale %v: %d sides where %d would do", tt.r, tt.scale, n, n-1)
			}
		}
	}
}

func TestRoundedRect(t *testing.T) {
	tests := []struct {
		name             string
		x, y, w, h, rad  float64
		scale            float64
		wantSquareCorner bool
	}{
		{"square corners", 10, 20, 100, 30, 0, 2, true},
		{"negative radius", 10, 20, 100, 30, -4, 2, true},
		{"rounded", 10, 20, 100, 30, 6, 2, false},
		{"radius past half the height", 10, 20, 100, 30, 40, 1, false},
	}
	for _, tt := range tests {
		ring := RoundedRect(tt.x, tt.y, tt.w, tt.h, tt.rad, tt.scale)
		if got := len(ring) == 4; got != tt.wantSquareCorner {
			t.Errorf("%s: %d points", tt.name, len(ring))
		}
		area := 0.0
		for i, p := range ring {
			if p.X < tt.x-1e-9 || p.X > tt.x+tt.w+1e-9 || p.Y < tt.y-1e-9 || p.Y > tt.y+tt.h+1e-9 {
				t.Errorf("%s: point %v outside the rectangle", tt.name, p)
			}
			q := ring[(i+1)%len(ring)]
			area += p.X*q.Y - q.X*p.Y
		}
		if area <= 0 { // clockwise on screen, y down
			t.Errorf("%s: ring turns the wrong way (area %v)", tt.name, area/2)
		}
		rad := math.Max(0, math.Min(tt.rad, math.Min(tt.w, tt.h)/2))
		want := tt.w*tt.h - (4-math.Pi)*rad*rad
		if got := area / 2; math.Abs(got-want) > 0.01*want {
			t.Errorf("%s: area %.1f, want about %.1f", tt.name, got, want)
		}
	}
}
