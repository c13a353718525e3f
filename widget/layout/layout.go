// Package layout places the widget at a size: the caption's box and how
// much of each step's caption shows, the map's box, the legend's entries,
// the buttons and the slider, each control with its box, in focus order.
// A Layout is a function of the size, the device scale, the story, the
// language and the question on screen (the legend's entries follow it),
// and of nothing a reader does: the state hit-tests its boxes, compose
// draws in them, and the print page, the posters and PreferredHeight ask
// for one without a widget. Text is measured with the glyph fonts every
// backend draws, remembering the words it has measured.
package layout

import (
	"github.com/stancemap/stancemap/widget/timeline"
)

// Layout thresholds, in logical px.
const (
	sideFrom   = 900 // caption and legend in a side column from this width…
	sideAspect = 1.2 // …when the widget is at least this much wider than tall
	// A phone on its side has no height to stack in: side column too.
	landscapeFrom   = 560
	landscapeAspect = 1.4
	// MinTouch is the smallest tap target.
	MinTouch = 32
	// MinTarget is the smallest a legend row gets in a tight frame: the
	// least target size WCAG 2.2 allows (2.5.8, 24 CSS px).
	MinTarget = 24
)

// Control is a clickable, focusable thing: a button, a legend entry, the
// slider or the map.
type Control struct {
	ID    string // "more", "play", "zoomIn", "zoomOut", "reset", "region:<id>", "legend:<key>", "slider", "map"
	Box   Rect
	Label string
	OnMap bool // drawn over the map, above the overlay's highlights
}

// LegendEntry is one row of the legend: a swatch, a label and a count. Its
// label follows the question (legend.Legend.Label).
type LegendEntry struct {
	Key    string // a legend key: a side id, "standing:<side id>", "nodata" or "uncertain"
	Box    Rect   // the whole entry, also its hit and focus area
	Swatch Rect
	TextX  float64
	CountX float64 // right edge of the count
}

// Slider is where the time slider goes.
type Slider struct {
	Row    Rect // the whole slider row
	Play   Rect
	Axis   timeline.Axis
	TrackY float64 // centre line of the track
	Hit    Rect    // where a press grabs the slider
	ThumbR float64
	LabelY float64 // top of the tick label line
	YearY  float64 // top of the year label line
	// OneLine: the year labels share the tick labels' line (a tight
	// frame), and a tick's label gives way to a year's.
	OneLine bool
}

// Layout is everything positioned for one size, language and question.
type Layout struct {
	W, H, DPR float64
	Question  string // the question whose legend is laid out
	Sizes     Sizes
	Pad       float64
	Btn       float64 // a button's side
	Side      bool    // caption and legend in a side column
	// Tight is a stacked frame whose host fixed a height too short for
	// the map to keep MapShare at the usual spacing: padding and legend
	// rows shrink (the rows to MinTarget).
	Tight       bool
	CaptionBox  Rect
	CaptionCols int     // 1, or 2 where a stacked caption is wide enough
	Levels      []Level // each step's caption detail level
	Map         Rect
	Legend      []LegendEntry
	LegendHead  Rect      // the heading over the standing positions' entries, if any
	Controls    []Control // in focus order
	Slider      Slider
	Line        float64 // hairline width
	// DetailsBox is where the whole caption opens over the map when a
	// reader asks for More; zero where every step shows it already.
	DetailsBox Rect

	planner *Planner // for the captions, wrapped once for many layouts
	step    int      // the question's first step, whose words the legend uses
}

// Control returns the control with id, if the layout has one.
func (l *Layout) Control(id string) (Control, bool) {
	for _, c := range l.Controls {
		if c.ID == id {
			return c, true
		}
	}
	return Control{}, false
}

// SummaryCount is how many steps show their caption's summary.
func (l *Layout) SummaryCount() int { return summaryCount(l.Levels) }
