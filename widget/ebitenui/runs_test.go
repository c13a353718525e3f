package ebitenui

import (
	"image/color"
	"math"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

var (
	blackN = color.NRGBA{A: 255}
	whiteN = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)

func length(pts []scene.Point) float64 {
	s := 0.0
	for i := 1; i < len(pts); i++ {
		s += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
	}
	return s
}

func TestRuns(t *testing.T) {
	square := []scene.Point{{X: 0, Y: 0}, {X: 10, Y: 0}, {X: 10, Y: 10}, {X: 0, Y: 10}}
	tests := []struct {
		name    string
		ring    []scene.Point
		closed  bool
		dash    []float64
		maxPts  int
		lengths []float64 // of each run
	}{
		{"solid closed", square, true, nil, 100, []float64{30}}, // closing segment is the stroker's
		{"dash on a closed square", square, true, []float64{4, 2}, 100, []float64{4, 4, 4, 4, 4, 4, 4}},
		{"odd dash repeats", []scene.Point{{X: 0, Y: 0}, {X: 20, Y: 0}}, false, []float64{5}, 100, []float64{5, 5}},
		{"zero dash is solid", []scene.Point{{X: 0, Y: 0}, {X: 20, Y: 0}}, false, []float64{0, 0}, 100, []float64{20}},
		{"long ring split", square, true, nil, 3, []float64{20, 20}},
	}
	for _, tt := range tests {
		rs := runs(tt.ring, tt.closed, tt.dash, tt.maxPts)
		if len(rs) != len(tt.lengths) {
			t.Errorf("%s: %d runs, want %d", tt.name, len(rs), len(tt.lengths))
			continue
		}
		for i, r := range rs {
			if got := length(r.pts); math.Abs(got-tt.lengths[i]) > 1e-9 {
				t.Errorf("%s: run %d is %.2f long, want %.2f", tt.name, i, got, tt.lengths[i])
			}
		}
	}
}
