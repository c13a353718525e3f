package rasterout

import (
	"math"

	"github.com/stancemap/stancemap/widget/scene"
)

// patternCov computes, per device pixel, how much of it a pattern covers.
// Patterns are anchored at the scene origin, so neighbouring shapes with the
// same pattern line up.
type patternCov struct {
	kind    scene.PatternKind
	scale   float64 // device px per logical px
	spacing float64 // logical px
	halfW   float64 // half line width or dot radius, device px
}

func newPatternCov(p scene.Pattern, scale float64) *patternCov {
	return &patternCov{kind: p.Kind, scale: scale, spacing: p.Spacing, halfW: p.Width * scale / 2}
}

// at returns the coverage 0-255 of the pixel whose top-left corner is (x, y).
func (p *patternCov) at(x, y int) uint32 {
	lx := (float64(x) + 0.5) / p.scale
	ly := (float64(y) + 0.5) / p.scale
	var d float64 // distance to the nearest line or dot centre, device px
	switch p.kind {
	case scene.PatternHatch:
		d = p.lineDist(lx + ly)
	case scene.PatternBackHatch:
		d = p.lineDist(lx - ly)
	case scene.PatternCross:
		d = math.Min(p.lineDist(lx+ly), p.lineDist(lx-ly))
	case scene.PatternDots:
		dx := lx - p.spacing*math.Round(lx/p.spacing)
		dy := ly - p.spacing*math.Round(ly/p.spacing)
		d = math.Hypot(dx, dy) * p.scale
	default:
		return 0
	}
	c := p.halfW - d + 0.5 // a one-pixel ramp gives anti-aliased edges
	switch {
	case c <= 0:
		return 0
	case c >= 1:
		return 255
	}
	return uint32(c * 255)
}

// lineDist returns the distance, in device px, to the nearest of the lines
// u = k·spacing·√2 where u is x+y or x−y: diagonal lines spacing apart.
func (p *patternCov) lineDist(u float64) float64 {
	period := p.spacing * math.Sqrt2
	r := u - period*math.Round(u/period)
	return math.Abs(r) / math.Sqrt2 * p.scale
}
