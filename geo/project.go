package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// Equal Earth coefficients from Šavrič, Patterson & Jenny (2018),
// "The Equal Earth map projection", IJGIS 33(3).
const (
	eeA1 = 1.340264
	eeA2 = -0.081106
	eeA3 = 0.000893
	eeA4 = 0.003796
)

var eeM = math.Sqrt(3) / 2

// EqualEarth projects a lon/lat point in degrees to Equal Earth on the unit
// sphere: x spans about ±2.7066 and y about ±1.3173, north up. It has the
// signature of an orb.Projection.
func EqualEarth(p orb.Point) orb.Point {
	lambda := p[0] * math.Pi / 180
	phi := p[1] * math.Pi / 180
	theta := math.Asin(eeM * math.Sin(phi))
	t2 := theta * theta
	t6 := t2 * t2 * t2
	x := lambda * math.Cos(theta) / (eeM * (eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)))
	y := theta * (eeA1 + eeA2*t2 + t6*(eeA3+eeA4*t2))
	return orb.Point{x, y}
}

// EqualEarthInverse maps an Equal Earth point on the unit sphere back to
// lon/lat degrees. It solves y(θ) with Newton's method; points beyond the
// poles are clamped to them.
func EqualEarthInverse(p orb.Point) orb.Point {
	x, y := p[0], p[1]
	theta := y / eeA1 // a good start: the polynomial is nearly linear
	for i := 0; i < 20; i++ {
		t2 := theta * theta
		t6 := t2 * t2 * t2
		f := theta*(eeA1+eeA2*t2+t6*(eeA3+eeA4*t2)) - y
		df := eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)
		d := f / df
		theta -= d
		if math.Abs(d) < 1e-13 {
			break
		}
	}
	maxTheta := math.Asin(eeM) // θ at the poles
	theta = math.Max(-maxTheta, math.Min(maxTheta, theta))
	t2 := theta * theta
	t6 := t2 * t2 * t2
	lambda := eeM * x * (eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)) / math.Cos(theta)
	phi := math.Asin(math.Max(-1, math.Min(1, math.Sin(theta)/eeM)))
	return orb.Point{lambda * 180 / math.Pi, phi * 180 / math.Pi}
}
