package main

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
)

// world is the lon/lat box every output polygon lies in.
var world = orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}

// unwrapRing makes a ring's longitudes continuous like unwrapArc. A ring
// that goes once around a pole (Antarctica) does not come back to its
// start; it is closed through that pole so it becomes a plain polygon in
// the lon/lat plane.
func unwrapRing(r orb.Ring) orb.Ring {
	u := orb.Ring(unwrapArc(orb.LineString(r)))
	if len(u) < 2 {
		return u
	}
	first, last := u[0], u[len(u)-1]
	if d := last[0] - first[0]; d > 180 || d < -180 {
		pole := -90.0
		var sum float64
		for _, p := range u {
			sum += p[1]
		}
		if sum > 0 {
			pole = 90
		}
		u = append(u, orb.Point{last[0], pole}, orb.Point{first[0], pole}, first)
	}
	return u
}

// splitPolygon cuts a polygon whose rings were joined across the
// antimeridian into pieces inside [-180°, 180°], so that no edge spans the
// map (which would make a point in the North Atlantic test as Russia).
// Polygons already inside come back unchanged.
func splitPolygon(p orb.Polygon) orb.MultiPolygon {
	if len(p) == 0 {
		return nil
	}
	u := make(orb.Polygon, len(p))
	for i, r := range p {
		u[i] = unwrapRing(r)
	}
	// Holes follow their outer ring's side of the antimeridian.
	mid := u[0].Bound().Center()[0]
	for i := 1; i < len(u); i++ {
		if c := u[i].Bound().Center()[0]; c-mid > 180 {
			u[i] = shiftRing(u[i], -360)
		} else if mid-c > 180 {
			u[i] = shiftRing(u[i], 360)
		}
	}
	b := u[0].Bound()
	if b.Min[0] >= -180 && b.Max[0] <= 180 {
		return orb.MultiPolygon{u}
	}
	var out orb.MultiPolygon
	for _, shift := range []float64{-360, 0, 360} {
		if b.Max[0]+shift <= -180 || b.Min[0]+shift >= 180 {
			continue
		}
		s := make(orb.Polygon, len(u))
		for i, r := range u {
			s[i] = shiftRing(r, shift)
		}
		if c := clip.Polygon(world, s); len(c) > 0 && len(c[0]) >= 4 {
			out = append(out, c)
		}
	}
	return out
}

func shiftRing(r orb.Ring, dx float64) orb.Ring {
	out := make(orb.Ring, len(r))
	for i, p := range r {
		out[i] = orb.Point{p[0] + dx, p[1]}
	}
	return out
}
