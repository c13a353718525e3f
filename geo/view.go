package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// View places projected coordinates on screen: the rectangle X,Y,W,H (logical
// px) shows the projected point Center at its middle, at Scale screen px per
// projected unit. Screen y grows downwards, projected y upwards.
type View struct {
	X, Y, W, H float64
	Scale      float64
	Center     orb.Point
}

// Fit returns the view that shows the projected bound b whole inside the
// rectangle x,y,w,h with pad px kept free on every side.
func Fit(b orb.Bound, x, y, w, h, pad float64) View {
	v := View{X: x, Y: y, W: w, H: h, Center: b.Center()}
	bw, bh := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	aw, ah := math.Max(w-2*pad, 1), math.Max(h-2*pad, 1)
	switch {
	case bw > 0 && bh > 0:
		v.Scale = math.Min(aw/bw, ah/bh)
	case bw > 0:
		v.Scale = aw / bw
	case bh > 0:
		v.Scale = ah / bh
	default:
		v.Scale = 1
	}
	return v
}

// ToScreen maps a projected point to screen px.
func (v View) ToScreen(p orb.Point) (x, y float64) {
	return v.X + v.W/2 + (p[0]-v.Center[0])*v.Scale,
		v.Y + v.H/2 - (p[1]-v.Center[1])*v.Scale
}

// FromScreen maps screen px back to a projected point.
func (v View) FromScreen(x, y float64) orb.Point {
	if v.Scale == 0 {
		return v.Center
	}
	return orb.Point{
		v.Center[0] + (x-v.X-v.W/2)/v.Scale,
		v.Center[1] - (y-v.Y-v.H/2)/v.Scale,
	}
}

// ZoomAt multiplies the scale by factor, keeping the projected point under
// the screen point (x,y) where it is. A factor that is not positive and
// finite leaves the view unchanged.
func (v View) ZoomAt(x, y, factor float64) View {
	if !(factor > 0) || math.IsInf(factor, 0) || v.Scale == 0 {
		return v
	}
	p := v.FromScreen(x, y)
	v.Scale *= factor
	v.Center = orb.Point{
		p[0] - (x-v.X-v.W/2)/v.Scale,
		p[1] + (y-v.Y-v.H/2)/v.Scale,
	}
	return v
}

// Pan moves the map by dx,dy screen px (a drag to the right moves the map
// right, so the centre moves left).
func (v View) Pan(dx, dy float64) View {
	if v.Scale == 0 || math.IsNaN(dx) || math.IsNaN(dy) {
		return v
	}
	v.Center = orb.Point{v.Center[0] - dx/v.Scale, v.Center[1] + dy/v.Scale}
	return v
}

// Clamp keeps the scale within [minScale, maxScale] and the centre where the
// map cannot be lost: when the world is smaller than the rectangle along an
// axis it stays wholly inside it; when larger, the rectangle stays wholly
// on the world. A bad scale (zero, NaN) becomes minScale.
func (v View) Clamp(world orb.Bound, minScale, maxScale float64) View {
	if maxScale < minScale {
		maxScale = minScale
	}
	if !(v.Scale >= minScale) { // also catches NaN
		v.Scale = minScale
	}
	if v.Scale > maxScale {
		v.Scale = maxScale
	}
	if !(v.Scale > 0) {
		return v
	}
	hw, hh := v.W/2/v.Scale, v.H/2/v.Scale
	v.Center[0] = clampBetween(v.Center[0], world.Min[0]+hw, world.Max[0]-hw)
	v.Center[1] = clampBetween(v.Center[1], world.Min[1]+hh, world.Max[1]-hh)
	return v
}

// clampBetween clamps c to the interval spanned by a and b, in either order.
func clampBetween(c, a, b float64) float64 {
	lo, hi := math.Min(a, b), math.Max(a, b)
	if math.IsNaN(c) {
		return (lo + hi) / 2
	}
	return math.Max(lo, math.Min(hi, c))
}
