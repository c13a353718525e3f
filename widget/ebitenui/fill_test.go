package ebitenui

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/stancemap/stancemap/widget/scene"
)

// appendFill must give what Ebiten's vector.Path gave for a ring drawn as
// MoveTo, LineTo each point and Close, which it replaces: the same
// vertices and the same fan of indices, after what the batch already
// holds, including rings with points closer than 1/100 px (which the path
// leaves out), rings already closed, and rings that collapse to fewer than
// three points.
func TestAppendFillMatchesVectorPath(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var rings [][]scene.Point
	pts := func(xy ...float64) []scene.Point {
		r := make([]scene.Point, len(xy)/2)
		for i := range r {
			r[i] = scene.Point{X: xy[2*i], Y: xy[2*i+1]}
		}
		return r
	}
	rings = append(rings,
		pts(0, 0, 10, 0, 10, 10),
		pts(0, 0, 10, 0, 10, 10, 0, 0),                  // closed already
		pts(0, 0, 0.001, 0, 0.002, 0.003, 5, 5),         // collapses to two points
		pts(1, 1, 1.004, 1.004, 1.008, 1.008, 1.009, 1), // one point
		pts(3, 3, 3, 3, 8, 3, 8, 3, 8, 9, 3.005, 3),     // repeats, and an end near the start
	)
	for i := 0; i < 300; i++ {
		n := 3 + rng.Intn(60)
		r := make([]scene.Point, n)
		x, y := rng.Float64()*500, rng.Float64()*500
		for j := range r {
			// Steps from 0 to a few px, many of them under 1/100 px once scaled.
			step := rng.Float64() * rng.Float64() * rng.Float64() * 4
			if rng.Intn(4) == 0 {
				step = rng.Float64() * 0.012
			}
			x += (rng.Float64()*2 - 1) * step
			y += (rng.Float64()*2 - 1) * step
			r[j] = scene.Point{X: x, Y: y}
		}
		if rng.Intn(3) == 0 {
			r = append(r, r[0])
		}
		rings = append(rings, r)
	}
	for _, k := range []float64{1, 2, 0.75} {
		for i, ring := range rings {
			// What the batch already holds: the fan's indices count from it.
			pre := []ebiten.Vertex{{DstX: -1}, {DstX: -2}}
			preIdx := []uint16{0, 1, 0}

			var vp vector.Path
			vp.MoveTo(float32(ring[0].X*k), float32(ring[0].Y*k))
			for _, q := range ring[1:] {
				vp.LineTo(float32(q.X*k), float32(q.Y*k))
			}
			vp.Close()
			wantV, wantI := vp.AppendVerticesAndIndicesForFilling(append([]ebiten.Vertex(nil), pre...), append([]uint16(nil), preIdx...))

			gotV, gotI := appendFill(append([]ebiten.Vertex(nil), pre...), append([]uint16(nil), preIdx...), ring, k)
			if !reflect.DeepEqual(gotV, wantV) || !reflect.DeepEqual(gotI, wantI) {
				t.Fatalf("ring %d at scale %v: appendFill gave %d vertices, %d indices; vector.Path %d, %d\ngot  %v %v\nwant %v %v",
					i, k, len(gotV), len(gotI), len(wantV), len(wantI), gotV, gotI, wantV, wantI)
			}
		}
	}
}
