package ebitenui

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// covered reports whether (x, y) lies in any triangle of vs/is, whatever
// its winding: what FillRuleFillAll paints.
func covered(vs []ebiten.Vertex, is []uint16, x, y float64) bool {
	for t := 0; t+2 < len(is); t += 3 {
		a, b, c := vs[is[t]], vs[is[t+1]], vs[is[t+2]]
		d1 := (x-float64(b.DstX))*(float64(a.DstY)-float64(b.DstY)) - (float64(a.DstX)-float64(b.DstX))*(y-float64(b.DstY))
		d2 := (x-float64(c.DstX))*(float64(b.DstY)-float64(c.DstY)) - (float64(b.DstX)-float64(c.DstX))*(y-float64(c.DstY))
		d3 := (x-float64(a.DstX))*(float64(c.DstY)-float64(a.DstY)) - (float64(c.DstX)-float64(a.DstX))*(y-float64(a.DstY))
		neg := d1 < 0 || d2 < 0 || d3 < 0
		pos := d1 > 0 || d2 > 0 || d3 > 0
		if !(neg && pos) {
			return true
		}
	}
	return false
}

func distToRing(q scene.Point, ring []scene.Point) float64 {
	best := math.Inf(1)
	for i := 0; i+1 < len(ring); i++ {
		a, b := ring[i], ring[i+1]
		dx, dy := b.X-a.X, b.Y-a.Y
		u := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			u = math.Max(0, math.Min(1, ((q.X-a.X)*dx+(q.Y-a.Y)*dy)/l))
		}
		best = math.Min(best, math.Hypot(q.X-a.X-u*dx, q.Y-a.Y-u*dy))
	}
	return best
}

// distToRun is the distance from (x, y) to the polyline.
func distToRun(r geom.Run, x, y float64) float64 {
	pts := r.Pts
	if r.Closed {
		pts = append(append([]scene.Point(nil), pts...), pts[0])
	}
	return distToRing(scene.Point{X: x, Y: y}, pts)
}

// TestStripCoversTheLine samples random polylines, open and closed, with
// gentle and sharp turns and segments from a fifth of the width to many
// widths long: every point well inside the line is painted, and nothing
// beyond the mitre limit is (no gaps where the band bends, no spikes where
// it turns back).
func TestStripCoversTheLine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	p := newPainter()
	p.k = 1
	for trial := 0; trial < 120; trial++ {
		w := 0.5 + rng.Float64()*2.5
		h := w / 2
		r := geom.Run{Closed: trial%2 == 1}
		x, y, a := 20.0, 20.0, rng.Float64()*2*math.Pi
		for i := 0; i < 3+rng.IntN(10); i++ {
			r.Pts = append(r.Pts, scene.Point{X: x, Y: y})
			if trial%3 == 0 {
				a += (rng.Float64() - 0.5) * 0.6 // a coastline's gentle bends
			} else {
				a += (rng.Float64() - 0.5) * 2 * math.Pi
			}
			l := w * (0.2 + rng.Float64()*6)
			x, y = x+l*math.Cos(a), y+l*math.Sin(a)
		}
		vs, is := p.appendStrip(nil, nil, r, w)
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, q := range r.Pts {
			x0, y0, x1, y1 = math.Min(x0, q.X), math.Min(y0, q.Y), math.Max(x1, q.X), math.Max(y1, q.Y)
		}
		m := stripMiterLimit*h + w
		for sx := x0 - m; sx < x1+m; sx += w / 9 {
			for sy := y0 - m; sy < y1+m; sy += w / 9 {
				d := distToRun(r, sx, sy)
				in := covered(vs, is, sx, sy)
				if d < 0.9*h && !in {
					t.Fatalf("trial %d (w %.2f, closed %v): (%.3f, %.3f) is %.3f from the line but not painted; points %v", trial, w, r.Closed, sx, sy, d, r.Pts)
				}
				if d > stripMiterLimit*h+1e-6 && in {
					t.Fatalf("trial %d (w %.2f, closed %v): (%.3f, %.3f) is %.3f from the line but painted; points %v", trial, w, r.Closed, sx, sy, d, r.Pts)
				}
			}
		}
	}
}

// TestStripHalvesHairlineVertices checks what the band is for: a gently
// curving ring takes two vertices a point (and two to close it), where a
// quad per segment takes four.
func TestStripHalvesHairlineVertices(t *testing.T) {
	p := newPainter()
	p.k = 2
	var r geom.Run
	r.Closed = true
	for i := 0; i < 100; i++ {
		a := float64(i) / 100 * 2 * math.Pi
		r.Pts = append(r.Pts, scene.Point{X: 50 + 40*math.Cos(a), Y: 50 + 40*math.Sin(a)})
	}
	vs, is := p.appendStrip(nil, nil, r, 1.2)
	qv, qi := p.appendHairline(nil, nil, r, 1.2)
	if len(vs) != 2*(len(r.Pts)+1) || len(is) != 6*len(r.Pts) {
		t.Errorf("band: %d vertices, %d indices; want %d and %d", len(vs), len(is), 2*(len(r.Pts)+1), 6*len(r.Pts))
	}
	if len(qv) != 4*len(r.Pts) || len(qi) != len(is) {
		t.Errorf("quads: %d vertices, %d indices; want %d and %d", len(qv), len(qi), 4*len(r.Pts), len(is))
	}
}
