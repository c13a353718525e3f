package layout

import "math"

// Tip placement, logical px.
const (
	tipOffset = 14 // from the pointer to the tooltip's corner
	tipGap    = 6  // from a country's bounds to a tooltip set beside them
	tipMargin = 4  // from the frame's edge
)

// PlaceTip returns where a tooltip w×h goes for a pointer at (px, py) over
// a country covering the rects avoid: beside the pointer on the side with
// room, else just beside the country, clear of avoid wherever the frame
// leaves room for that, and always inside frame; never over the pointer
// itself. Where every place covers some of avoid it takes the one covering
// least; ties go to the first in the order below.
func PlaceTip(frame Rect, w, h, px, py float64, avoid []Rect) Rect {
	f := Rect{frame.X + tipMargin, frame.Y + tipMargin, frame.W - 2*tipMargin, frame.H - 2*tipMargin}
	u := Union(avoid)
	cands := [][2]float64{
		// Beside the pointer: below right first, as readers expect.
		{px + tipOffset, py + tipOffset},
		{px - tipOffset - w, py + tipOffset},
		{px + tipOffset, py - tipOffset - h},
		{px - tipOffset - w, py - tipOffset - h},
		// Just beside the country's bounds, level with the pointer.
		{u.X + u.W + tipGap, py - h/2},
		{u.X - tipGap - w, py - h/2},
		{px - w/2, u.Y + u.H + tipGap},
		{px - w/2, u.Y - tipGap - h},
	}
	pointer := Rect{px - tipOffset/2, py - tipOffset/2, tipOffset, tipOffset}
	best, bestCover := Rect{}, math.Inf(1)
	for _, c := range cands {
		r := Rect{clampIn(c[0], f.X, f.W, w), clampIn(c[1], f.Y, f.H, h), w, h}
		cover := overlapArea(r, pointer)
		for _, a := range avoid {
			cover += overlapArea(r, a)
		}
		if cover < bestCover-0.5 {
			best, bestCover = r, cover
		}
	}
	return best
}

// PlaceSheet returns where a touch's tooltip goes: a sheet h tall across
// the map box m's foot, or across its top where the foot would cover more
// of avoid (the tapped country).
func PlaceSheet(m Rect, h float64, avoid []Rect) Rect {
	w := m.W - 2*tipMargin
	h = math.Min(h, m.H-2*tipMargin)
	foot := Rect{m.X + tipMargin, m.Y + m.H - tipMargin - h, w, h}
	top := Rect{m.X + tipMargin, m.Y + tipMargin, w, h}
	var atFoot, atTop float64
	for _, a := range avoid {
		atFoot += overlapArea(foot, a)
		atTop += overlapArea(top, a)
	}
	if atTop < atFoot {
		return top
	}
	return foot
}

// clampIn keeps a span of length n starting at v within [lo, lo+span],
// flush with lo where it is longer.
func clampIn(v, lo, span, n float64) float64 {
	return math.Max(lo, math.Min(v, lo+span-n))
}

// overlapArea is the area r and o share.
func overlapArea(r, o Rect) float64 {
	w := math.Min(r.X+r.W, o.X+o.W) - math.Max(r.X, o.X)
	h := math.Min(r.Y+r.H, o.Y+o.H) - math.Max(r.Y, o.Y)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

// Union is the smallest rect holding every rect of rs; zero for none.
func Union(rs []Rect) Rect {
	if len(rs) == 0 {
		return Rect{}
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range rs {
		x0, y0 = math.Min(x0, r.X), math.Min(y0, r.Y)
		x1, y1 = math.Max(x1, r.X+r.W), math.Max(y1, r.Y+r.H)
	}
	return Rect{x0, y0, x1 - x0, y1 - y0}
}
