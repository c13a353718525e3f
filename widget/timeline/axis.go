package timeline

import (
	"math"
	"time"
)

// BreakAfter is the shortest pause between two steps that splits the axis
// into segments: January 2019 and January 2020 are a year apart, and a true
// scale would squeeze each January into a dot.
const BreakAfter = 60 * 24 * time.Hour

// Segment is a run of steps without a break, drawn as one piece of track.
type Segment struct {
	First, Last int     // step indices, inclusive
	X0, X1      float64 // extent on screen
}

// Axis places the steps' ticks on a horizontal track from X0 to X1.
type Axis struct {
	X0, X1   float64
	Ticks    []float64 // x of each step
	Segments []Segment
	Breaks   []float64 // x at the centre of each gap between segments
}

// NewAxis lays out one tick per date between x0 and x1. Dates split into
// segments wherever consecutive dates are more than BreakAfter apart; each
// segment gets track length in proportion to its number of steps, and the
// segments are separated by gap pixels. Within a segment ticks are placed by
// real time, but never closer than minSep pixels where room allows, so every
// tick stays clickable. Dates must be in ascending order.
func NewAxis(dates []time.Time, x0, x1, gap, minSep float64) Axis {
	a := Axis{X0: x0, X1: x1, Ticks: make([]float64, len(dates))}
	if len(dates) == 0 {
		return a
	}
	var segs []Segment
	start := 0
	for i := 1; i <= len(dates); i++ {
		if i == len(dates) || dates[i].Sub(dates[i-1]) > BreakAfter {
			segs = append(segs, Segment{First: start, Last: i - 1})
			start = i
		}
	}
	if len(segs) == 1 {
		gap = 0
	}
	avail := x1 - x0 - gap*float64(len(segs)-1)
	if avail < 0 {
		avail = 0
	}
	// A segment of k steps takes k-1 intervals plus one more interval shared
	// out as margin, so a one-step segment still gets room for its tick.
	unit := avail / float64(len(dates))
	x := x0
	for si := range segs {
		s := &segs[si]
		k := s.Last - s.First + 1
		s.X0 = x
		s.X1 = x + unit*float64(k)
		placeSegment(a.Ticks[s.First:s.Last+1], dates[s.First:s.Last+1], s.X0+unit/2, s.X1-unit/2, minSep)
		x = s.X1 + gap
		if si > 0 {
			a.Breaks = append(a.Breaks, (segs[si-1].X1+s.X0)/2)
		}
	}
	a.Segments = segs
	return a
}

// placeSegment spreads ticks between lo and hi by real time, then pushes
// crowded ticks apart to at least minSep and squeezes the result back into
// [lo, hi].
func placeSegment(out []float64, dates []time.Time, lo, hi, minSep float64) {
	n := len(out)
	if n == 1 {
		out[0] = (lo + hi) / 2
		return
	}
	span := dates[n-1].Sub(dates[0]).Seconds()
	for i := range out {
		f := float64(i) / float64(n-1)
		if span > 0 {
			f = dates[i].Sub(dates[0]).Seconds() / span
		}
		out[i] = lo + f*(hi-lo)
	}
	if minSep*float64(n-1) > hi-lo {
		minSep = (hi - lo) / float64(n-1)
	}
	// Push forward, then pull back from the end; both passes keep order.
	for i := 1; i < n; i++ {
		out[i] = math.Max(out[i], out[i-1]+minSep)
	}
	out[n-1] = math.Min(out[n-1], hi)
	for i := n - 2; i >= 0; i-- {
		out[i] = math.Min(out[i], out[i+1]-minSep)
	}
}

// Nearest returns the step whose tick is closest to x: dragging the thumb or
// clicking the track snaps to a step.
func (a Axis) Nearest(x float64) int {
	best, bestD := 0, math.Inf(1)
	for i, t := range a.Ticks {
		if d := math.Abs(t - x); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// SegmentOf returns the index of the segment holding step i, or -1.
func (a Axis) SegmentOf(i int) int {
	for si, s := range a.Segments {
		if i >= s.First && i <= s.Last {
			return si
		}
	}
	return -1
}
