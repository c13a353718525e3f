package main

import (
	"encoding/binary"
	"fmt"
	"log"
	"math"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

// country is one generated country, ready to encode.
type country struct {
	code   string
	anchor orb.Point // lon/lat
	shape  orb.MultiPolygon
}

// Quantisation of the asset, matching geo/atlas.go.
const (
	pointsPerDegree = 1000   // shapes, before projection: 0.001° (about 110 m)
	anchorPerDegree = 100000 // anchors: 0.00001°
)

// gridExp is the projected grid the asset stores shapes on: 2^-gridExp
// Equal Earth units on the unit sphere, about 97 m on the ground, as fine
// as the lon/lat grid the shapes are snapped to first: no two points of a
// ring fall together on it, and it took less room than a finer one (2^-17:
// 6 % more bytes after brotli).
const gridExp = 16

// quantize rounds a lon/lat point to the asset grid, in grid units.
func quantize(p orb.Point, perDegree float64) (int64, int64) {
	return int64(math.Round(p[0] * perDegree)), int64(math.Round(p[1] * perDegree))
}

// gridPoint projects a lon/lat point with Equal Earth and rounds it to the
// projected grid, in grid units.
func gridPoint(p orb.Point) (int64, int64) {
	q := geo.EqualEarth(p)
	s := math.Ldexp(1, gridExp)
	return int64(math.Round(q[0] * s)), int64(math.Round(q[1] * s))
}

// encodeAtlas writes the binary asset described in geo/atlas.go. Each ring
// is projected and rounded to the projected grid, dropping a point that
// rounds to its predecessor, and written open (the closing point is
// implied) as zigzag varint deltas from the previous point of the same
// country; then each point's detail rank (ringRanks), worked out on the
// points exactly as geo decodes them.
func encodeAtlas(sourceFeatures int, cs []country) ([]byte, error) {
	b := []byte("SMAP\x03")
	b = binary.AppendUvarint(b, uint64(sourceFeatures))
	b = binary.AppendUvarint(b, uint64(gridExp))
	b = binary.AppendUvarint(b, anchorPerDegree)
	b = binary.AppendUvarint(b, uint64(len(cs)))
	unit := math.Ldexp(1, -gridExp)
	dropped := 0
	for _, c := range cs {
		if len(c.shape) == 0 {
			return nil, fmt.Errorf("%s: empty shape", c.code)
		}
		b = binary.AppendUvarint(b, uint64(len(c.code)))
		b = append(b, c.code...)
		ax, ay := quantize(c.anchor, anchorPerDegree)
		b = binary.AppendVarint(b, ax)
		b = binary.AppendVarint(b, ay)
		b = binary.AppendUvarint(b, uint64(len(c.shape)))
		var px, py int64
		for i, poly := range c.shape {
			b = binary.AppendUvarint(b, uint64(len(poly)))
			for j, r := range poly {
				var xs, ys []int64
				for _, p := range r[:len(r)-1] {
					x, y := gridPoint(p)
					if n := len(xs); n > 0 && xs[n-1] == x && ys[n-1] == y {
						dropped++
						continue
					}
					xs, ys = append(xs, x), append(ys, y)
				}
				for len(xs) > 1 && xs[len(xs)-1] == xs[0] && ys[len(ys)-1] == ys[0] {
					xs, ys = xs[:len(xs)-1], ys[:len(ys)-1]
					dropped++
				}
				if len(xs) < 3 {
					return nil, fmt.Errorf("%s: polygon %d ring %d has %d points on the projected grid", c.code, i, j, len(xs))
				}
				b = binary.AppendUvarint(b, uint64(len(xs)))
				projected := make([]orb.Point, len(xs))
				for k := range xs {
					b = binary.AppendVarint(b, xs[k]-px)
					b = binary.AppendVarint(b, ys[k]-py)
					px, py = xs[k], ys[k]
					projected[k] = orb.Point{float64(xs[k]) * unit, float64(ys[k]) * unit}
				}
				b = append(b, ringRanks(projected)...)
			}
		}
	}
	if dropped > 0 {
		log.Printf("%d points fell on their predecessor on the projected grid", dropped)
	}
	return b, nil
}

// snapRing rounds a ring to the asset grid and drops repeated points; it
// returns nil when fewer than three distinct corners are left.
func snapRing(r orb.Ring) orb.Ring {
	var out orb.Ring
	for _, p := range r {
		x, y := quantize(p, pointsPerDegree)
		q := orb.Point{float64(x) / pointsPerDegree, float64(y) / pointsPerDegree}
		if len(out) > 0 && out[len(out)-1] == q {
			continue
		}
		out = append(out, q)
	}
	for len(out) > 1 && out[len(out)-1] == out[0] {
		out = out[:len(out)-1]
	}
	if len(out) < 3 {
		return nil
	}
	return append(out, out[0])
}
