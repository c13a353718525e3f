package state

import "math"

// clickSlop is how far a press may move and still be a click, not a drag.
const clickSlop = 4.0

type target uint8

const (
	targetNone target = iota
	targetMap
	targetSlider
	targetControl
	targetPinch
)

type pt struct{ X, Y float64 }

// pointer tracks the press in progress and the touches down.
type pointer struct {
	x, y     float64
	in       bool
	down     bool
	startX   float64
	startY   float64
	dragging bool
	target   target
	ctl      string
	touches  map[int]pt
	pinchD   float64
	pinchX   float64
	pinchY   float64
	touch    bool // the last press was a touch: no keyboard hints
	hinted   bool // this press showed the two-finger hint
}

// pinchTwo returns the centre and spread of the two touches down.
func (p *pointer) pinchTwo() (cx, cy, d float64) {
	var ps []pt
	for _, t := range p.touches {
		ps = append(ps, t)
	}
	return (ps[0].X + ps[1].X) / 2, (ps[0].Y + ps[1].Y) / 2, math.Hypot(ps[0].X-ps[1].X, ps[0].Y-ps[1].Y)
}
