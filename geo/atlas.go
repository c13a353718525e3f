package geo

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// The atlas asset (world.bin, written by internal/gen) is little more than
// varints:
//
//	"SMAP" 0x03
//	uvarint sourceFeatures   countries in the source TopoJSON
//	uvarint gridExp          shape grid: 2^-gridExp Equal Earth units (16)
//	uvarint anchorPerDegree  anchor grid (100000)
//	uvarint countries
//	per country:
//	  uvarint len, code bytes (alpha-3)
//	  varint anchor lon, lat     (anchor grid, absolute)
//	  uvarint polygons
//	  per polygon: uvarint rings (the first is the outer ring)
//	    per ring: uvarint n, then n points as varint deltas of x, y
//	    (projected, north up) from the previous point of the same
//	    country (grid units); the closing point is implied. Then n
//	    bytes: each point's detail rank (detail.go), in the same order
//
// The shapes are stored projected, so that decoding them takes no
// trigonometry: on the power-of-two grid every coordinate is a float64
// exactly, the same on every machine. Outer rings run counter-clockwise
// and holes clockwise.

const atlasMagic = "SMAP\x03"

// atlasCountry is one decoded country: its shape projected, its anchor
// in lon/lat.
type atlasCountry struct {
	code   string
	anchor orb.Point
	shape  orb.MultiPolygon
	detail [][][]uint8 // per polygon, ring and point of shape, the closing point left out
}

// errShort reports an asset that ends early.
var errShort = errors.New("unexpected end of data")

type atlasReader struct {
	b   []byte
	err error
	// The country being read, for errors: its index (-1 before the
	// first) and its code once read. Formatted only for an error: a
	// string per country made fmt's formatter one of the functions V8
	// optimises at every first visit of the embed.
	at   int
	code string
}

func (r *atlasReader) fail(what string, err error) {
	switch {
	case r.at >= 0 && r.code != "":
		what = fmt.Sprintf("countries[%d] (%s).%s", r.at, r.code, what)
	case r.at >= 0:
		what = fmt.Sprintf("countries[%d].%s", r.at, what)
	}
	r.err = fmt.Errorf("atlas: %s: %w", what, err)
}

func (r *atlasReader) uvarint(what string, max uint64) int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail(what, errShort)
		return 0
	}
	if v > max {
		r.fail(what, fmt.Errorf("%d is more than %d", v, max))
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *atlasReader) varint(what string) int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail(what, errShort)
		return 0
	}
	r.b = r.b[n:]
	return v
}

// decodeAtlas reads the asset. Counts are checked against the bytes left,
// so corrupt input gives an error, never a panic or a huge allocation.
func decodeAtlas(b []byte) (sourceFeatures int, cs []atlasCountry, err error) {
	if len(b) < len(atlasMagic) || string(b[:len(atlasMagic)]) != atlasMagic {
		return 0, nil, errors.New("atlas: not a stancemap atlas (bad magic)")
	}
	r := &atlasReader{b: b[len(atlasMagic):], at: -1}
	sourceFeatures = r.uvarint("source features", 1<<16)
	exp := r.uvarint("grid", 52)
	apd := float64(r.uvarint("anchor grid", 1<<30))
	n := r.uvarint("countries", uint64(len(r.b)))
	if r.err == nil && (exp == 0 || apd == 0) {
		r.fail("grid", errors.New("zero"))
	}
	unit := math.Ldexp(1, -exp)
	cs = make([]atlasCountry, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		c := atlasCountry{}
		r.at, r.code = i, ""
		l := r.uvarint("code", 8)
		if r.err == nil && l > len(r.b) {
			r.fail("code", errShort)
		}
		if r.err != nil {
			break
		}
		c.code, r.b = string(r.b[:l]), r.b[l:]
		r.code = c.code
		c.anchor = orb.Point{float64(r.varint("anchor")) / apd, float64(r.varint("anchor")) / apd}
		np := r.uvarint("polygons", uint64(len(r.b)))
		c.shape = make(orb.MultiPolygon, 0, np)
		c.detail = make([][][]uint8, 0, np)
		var x, y int64
		for p := 0; p < np && r.err == nil; p++ {
			nr := r.uvarint("rings", uint64(len(r.b)))
			if r.err == nil && nr == 0 {
				r.fail(fmt.Sprintf("polygons[%d]", p), errors.New("no rings"))
			}
			poly := make(orb.Polygon, 0, nr)
			detail := make([][]uint8, 0, nr)
			for k := 0; k < nr && r.err == nil; k++ {
				// Each point takes at least three bytes.
				m := r.uvarint("points", uint64(len(r.b)/3))
				if r.err == nil && m < 3 {
					r.fail(fmt.Sprintf("polygons[%d][%d]", p, k), fmt.Errorf("%d points", m))
				}
				ring := make(orb.Ring, m+1)
				for j := 0; j < m; j++ {
					x += r.varint("point")
					y += r.varint("point")
					ring[j] = orb.Point{float64(x) * unit, float64(y) * unit}
				}
				ring[m] = ring[0]
				poly = append(poly, ring)
				if r.err == nil && len(r.b) < m {
					r.fail(fmt.Sprintf("polygons[%d][%d] ranks", p, k), errShort)
				}
				if r.err == nil {
					detail = append(detail, r.b[:m:m])
					r.b = r.b[m:]
				}
			}
			c.shape = append(c.shape, poly)
			c.detail = append(c.detail, detail)
		}
		if r.err == nil && len(c.shape) == 0 {
			r.fail("polygons", errors.New("none"))
		}
		cs = append(cs, c)
	}
	if r.err != nil {
		return 0, nil, r.err
	}
	if len(r.b) != 0 {
		return 0, nil, fmt.Errorf("atlas: %d bytes after the last country", len(r.b))
	}
	return sourceFeatures, cs, nil
}
