package layout

import (
	"math"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/timeline"
)

// buttonWidth is the width of a text button.
func (l *Layout) buttonWidth(label string) float64 {
	return math.Max(l.Btn, round(TextWidth(label, l.Sizes.Small, false)+1.6*l.Sizes.Base))
}

// flowRegions places the region buttons in rows from (x, y) within width and
// returns the height they take. With measure set, it only measures.
func (p *Planner) flowRegions(l *Layout, x0, y, width float64, measure, onMap bool) float64 {
	gap := round(l.Sizes.Base * 0.5)
	x, rows := x0, 1
	for _, id := range regionButtons {
		label := i18n.T(p.lang, id)
		bw := l.buttonWidth(label)
		if x > x0 && x+bw > x0+width {
			x, rows = x0, rows+1
		}
		if !measure {
			ry := y + float64(rows-1)*(l.Btn+gap)
			l.Controls = append(l.Controls, Control{ID: "region:" + id, Box: Rect{x, ry, bw, l.Btn}, Label: label, OnMap: onMap})
		}
		x += bw + gap
	}
	return float64(rows)*l.Btn + float64(rows-1)*gap
}

// regionButtons are the region presets offered as buttons.
var regionButtons = []string{"world", "americas", "europe"}

// placeZoom stacks the zoom buttons in the map's top-right corner, or lays
// them in a row when the map is too short for a stack.
func (p *Planner) placeZoom(l *Layout) {
	gap := round(l.Btn * 0.15)
	m := l.Map
	x := m.X + m.W - l.Pad/2 - l.Btn
	y := m.Y + l.Pad/2
	vertical := 3*l.Btn+2*gap+l.Pad <= m.H
	for i, id := range zoomButtons {
		r := Rect{x, y + float64(i)*(l.Btn+gap), l.Btn, l.Btn}
		if !vertical {
			r = Rect{x - float64(2-i)*(l.Btn+gap), y, l.Btn, l.Btn}
		}
		l.Controls = append(l.Controls, Control{ID: id, Box: r, Label: i18n.T(p.lang, id), OnMap: true})
	}
}

var zoomButtons = []string{"zoomIn", "zoomOut", "reset"}

// sliderHeight is the slider row: the play button beside a track with a line
// of tick labels and a line of year labels under it; in a tight frame the
// years share the tick labels' line (Slider.OneLine).
func (p *Planner) sliderHeight(l *Layout) float64 {
	thumbR := round(l.Sizes.Base * 0.55)
	lines := 2.0
	if l.Tight {
		lines = 1
	}
	return math.Max(l.Btn, l.Btn/2+thumbR+4+lines*l.Sizes.Small*LinePitch)
}

// flowSlider places the play button and the track inside row.
func (p *Planner) flowSlider(l *Layout, row Rect) {
	s := &l.Slider
	s.Row = row
	s.ThumbR = round(l.Sizes.Base * 0.55)
	s.Play = Rect{row.X, row.Y, l.Btn, l.Btn}
	s.TrackY = row.Y + l.Btn/2
	// Keep half the widest tick label free at each end so labels stay inside.
	half := 0.0
	for _, d := range p.dates {
		half = math.Max(half, TextWidth(i18n.DayMonth(p.lang, d), l.Sizes.Small, false)/2)
	}
	half = math.Max(half, s.ThumbR)
	x0 := s.Play.X + s.Play.W + l.Pad + half
	x1 := row.X + row.W - half
	gap := round(l.Sizes.Base * 2)
	s.Axis = timeline.NewAxis(p.dates, x0, math.Max(x1, x0+1), gap, math.Max(MinTouch/2, l.Sizes.Base))
	s.LabelY = s.TrackY + s.ThumbR + 4
	s.YearY = s.LabelY + l.Sizes.Small*LinePitch
	if s.OneLine = l.Tight; s.OneLine {
		s.YearY = s.LabelY
	}
	s.Hit = Rect{x0 - half, row.Y, x1 - x0 + 2*half, row.H}
	l.Controls = append(l.Controls,
		Control{ID: "slider", Box: Rect{x0 - s.ThumbR - 2, s.TrackY - s.ThumbR - 2, x1 - x0 + 2*s.ThumbR + 4, 2*s.ThumbR + 4}, Label: i18n.T(p.lang, "slider")},
		Control{ID: "play", Box: s.Play, Label: i18n.T(p.lang, "play")},
	)
}
