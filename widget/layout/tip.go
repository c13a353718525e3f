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

// PlaceSheet returns where a touch's tooltip goes: a sheet w×h at the map
// box m's left, across its foot or across its top, whichever covers less
// of avoid (the tapped country); between places that cover as much of it,
// the one clear of keep (the buttons on the map): a band moved above the
// buttons at the foot or below those at the top, as far as the map's
// height allows. The caller leaves the zoom buttons' column beside the
// sheet by its width.
func PlaceSheet(m Rect, w, h float64, avoid, keep []Rect) Rect {
	w = math.Min(w, m.W-2*tipMargin)
	h = math.Min(h, m.H-2*tipMargin)
	lo, hi := m.Y+tipMargin, m.Y+m.H-tipMargin-h // the sheet's top stays in [lo, hi]
	foot := Rect{m.X + tipMargin, hi, w, h}
	top := Rect{m.X + tipMargin, lo, w, h}
	up, down := foot, top
	// Move each band off the buttons it covers, one button at a time:
	// a button the move brings the band onto is left for the next round.
	for range keep {
		for _, k := range keep {
			if overlapArea(up, k) > 0 {
				up.Y = math.Max(lo, k.Y-tipGap-h)
			}
			if overlapArea(down, k) > 0 {
				down.Y = math.Min(hi, k.Y+k.H+tipGap)
			}
		}
	}
	cover := func(r Rect, rs []Rect) float64 {
		v := 0.0
		for _, a := range rs {
			// A state of a pixel or less counts as 4×4: a tap found it.
			if a.W < 4 {
				a.X, a.W = a.X+a.W/2-2, 4
			}
			if a.H < 4 {
				a.Y, a.H = a.Y+a.H/2-2, 4
			}
			v += overlapArea(r, a)
		}
		return v
	}
	best := foot
	for _, r := range []Rect{up, down, foot, top} {
		c, b := cover(r, avoid), cover(best, avoid)
		if c < b-0.5 || (c <= b+0.5 && cover(r, keep) < cover(best, keep)-0.5) {
			best = r
		}
	}
	return best
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
