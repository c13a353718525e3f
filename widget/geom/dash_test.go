package geom

import (
	"math"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
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
	line := []scene.Point{{X: 0, Y: 0}, {X: 20, Y: 0}}
	long := []scene.Point{{X: 0, Y: 0}, {X: 2, Y: 0}, {X: 4, Y: 0}, {X: 6, Y: 0}, {X: 8, Y: 0}, {X: 10, Y: 0}}
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
		{"odd dash repeats", line, false, []float64{5}, 100, []float64{5, 5}},
		{"zero dash is solid", line, false, []float64{0, 0}, 100, []float64{20}},
		{"negative dash is solid", line, false, []float64{4, -1}, 100, []float64{20}},
		{"NaN dash is solid", line, false, []float64{4, math.NaN()}, 100, []float64{20}},
		{"long ring split", square, true, nil, 3, []float64{20, 20}},
		{"long dash split", long, false, []float64{9, 1}, 3, []float64{4, 4, 1}},
	}
	for _, tt := range tests {
		rs := Runs(tt.ring, tt.closed, tt.dash, tt.maxPts)
		if len(rs) != len(tt.lengths) {
			t.Errorf("%s: %d runs, want %d", tt.name, len(rs), len(tt.lengths))
			continue
		}
		for i, r := range rs {
			if got := length(r.Pts); math.Abs(got-tt.lengths[i]) > 1e-9 {
				t.Errorf("%s: run %d is %.2f long, want %.2f", tt.name, i, got, tt.lengths[i])
			}
			if len(r.Pts) > tt.maxPts {
				t.Errorf("%s: run %d has %d points, over %d", tt.name, i, len(r.Pts), tt.maxPts)
			}
		}
	}
}

// TestDashAlternates walks a polyline with turns: the pieces are the
// pattern's "on" lengths, and the gaps between them its "off" lengths.
func TestDashAlternates(t *testing.T) {
	zigzag := []scene.Point{{X: 0, Y: 0}, {X: 7, Y: 0}, {X: 7, Y: 5}, {X: 20, Y: 5}}
	pieces := Dash(zigzag, []float64{3, 1, 2, 1})
	total := 0.0
	for i, p := range pieces {
		l := length(p)
		if wantL := []float64{3, 2}[i%2]; math.Abs(l-wantL) > 1e-9 && i != len(pieces)-1 {
			t.Errorf("piece %d is %.2f long, want %.2f", i, l, wantL)
		}
		total += l
	}
	// 25 px of 3-on 1-off 2-on 1-off: 3 whole periods (15 on, 21 px), then 3 on of the 4 left.
	if math.Abs(total-18) > 1e-9 || len(pieces) != 7 {
		t.Errorf("%d pieces, %.2f px on; want 7 pieces, 18 px", len(pieces), total)
	}
}
