package main

import (
	"encoding/binary"
	"fmt"
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
	pointsPerDegree = 1000   // shapes: 0.001° (about 110 m)
	anchorPerDegree = 100000 // anchors: 0.00001°
)

// quantize rounds a lon/lat point to the asset grid, in grid units.
func quantize(p orb.Point, perDegree float64) (int64, int64) {
	return int64(math.Round(p[0] * perDegree)), int64(math.Round(p[1] * perDegree))
}

// encodeAtlas writes the binary asset described in geo/atlas.go. Rings are
// written open (the closing point is implied) as zigzag varint deltas from
// the previous point of the same country, then each point's detail rank
// (ringRanks), worked out on the points as geo will project them.
func encodeAtlas(sourceFeatures int, cs []country) ([]byte, error) {
	b := []byte("SMAP\x02")
	b = binary.AppendUvarint(b, uint64(sourceFeatures))
	b = binary.AppendUvarint(b, pointsPerDegree)
	b = binary.AppendUvarint(b, anchorPerDegree)
	b = binary.AppendUvarint(b, uint64(len(cs)))
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
		for _, poly := range c.shape {
			b = binary.AppendUvarint(b, uint64(len(poly)))
			for _, r := range poly {
				open := r[:len(r)-1]
				b = binary.AppendUvarint(b, uint64(len(open)))
				projected := make([]orb.Point, len(open))
				for i, p := range open {
					x, y := quantize(p, pointsPerDegree)
					b = binary.AppendVarint(b, x-px)
					b = binary.AppendVarint(b, y-py)
					px, py = x, y
					projected[i] = geo.EqualEarth(orb.Point{float64(x) / pointsPerDegree, float64(y) / pointsPerDegree})
				}
				b = append(b, ringRanks(projected)...)
			}
		}
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
