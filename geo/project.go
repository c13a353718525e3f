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

// Robinson projects a lon/lat point in degrees to the Robinson projection on
// the unit sphere (x up to about ±2.6667), interpolating Robinson's 1974
// table quadratically (exact at every 5° node). It is offered for
// comparison; the atlas is drawn in Equal Earth.
func Robinson(p orb.Point) orb.Point {
	lat := math.Max(-90, math.Min(90, p[1]))
	a := math.Abs(lat) / 5
	i := int(a)
	if i >= len(robinsonTable)-1 {
		i = len(robinsonTable) - 2
	}
	f := a - float64(i)
	plen := lerpTable(robinsonTable, i, f, 0)
	pdfe := lerpTable(robinsonTable, i, f, 1)
	y := 1.3523 * pdfe
	if lat < 0 {
		y = -y
	}
	return orb.Point{0.8487 * plen * p[0] * math.Pi / 180, y}
}

// robinsonTable holds Robinson's PLEN and PDFE per 5° of latitude.
var robinsonTable = [...][2]float64{
	{1.0000, 0.0000}, {0.9986, 0.0620}, {0.9954, 0.1240}, {0.9900, 0.1860},
	{0.9822, 0.2480}, {0.9730, 0.3100}, {0.9600, 0.3720}, {0.9427, 0.4340},
	{0.9216, 0.4958}, {0.8962, 0.5571}, {0.8679, 0.6176}, {0.8350, 0.6769},
	{0.7986, 0.7346}, {0.7597, 0.7903}, {0.7186, 0.8435}, {0.6732, 0.8936},
	{0.6213, 0.9394}, {0.5722, 0.9761}, {0.5322, 1.0000},
}

// lerpTable interpolates column c of the table between rows i and i+1,
// using a quadratic through i-1..i+1 (or i..i+2 at the start) so the
// curve stays smooth at the nodes.
func lerpTable(t [19][2]float64, i int, f float64, c int) float64 {
	if i == 0 {
		a, b, d := t[0][c], t[1][c], t[2][c]
		return a + f*(b-a) + f*(f-1)/2*(d-2*b+a)
	}
	a, b, d := t[i-1][c], t[i][c], t[i+1][c]
	return b + f*(d-a)/2 + f*f/2*(d-2*b+a)
}
