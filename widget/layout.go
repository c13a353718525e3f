package widget

import (
	"github.com/stancemap/stancemap/widget/legend"
	"math"
	"strings"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/timeline"
)

// Layout thresholds, in logical px.
const (
	sideFrom   = 900 // caption and legend in a side column from this width…
	sideAspect = 1.2 // …when the widget is at least this much wider than tall
	// A phone on its side has no height to stack in: side column too.
	landscapeFrom   = 560
	landscapeAspect = 1.4
	minTouch        = 32 // the smallest tap target
)

// control is a clickable, focusable thing: a button, a legend entry, the
// slider or the map.
type control struct {
	id    string // "play", "zoomIn", "zoomOut", "reset", "region:<id>", "legend:<side>", "slider", "map"
	r     rect
	label string
	onMap bool // drawn over the map, above the overlay's highlights
}

// legendEntry is one row of the legend: a swatch, a label and a count. Its
// label follows the step's question (legendLabel).
type legendEntry struct {
	key    string // a side id, "standing:<side id>", "nodata" or "uncertain"
	r      rect   // the whole entry, also its hit and focus area
	swatch rect
	textX  float64
	countX float64 // right edge of the count
}

// sliderLayout is where the time slider goes.
type sliderLayout struct {
	row    rect // the whole slider row
	play   rect
	axis   timeline.Axis
	trackY float64 // centre line of the track
	hit    rect    // where a press grabs the slider
	thumbR float64
	labelY float64 // top of the tick label line
	yearY  float64 // top of the year label line
}

// sizes are the font sizes for one layout.
type sizes struct {
	base, head, small, date float64
}

// layout is everything positioned for one widget size and language.
type layout struct {
	w, h, dpr   float64
	sz          sizes
	pad         float64
	btn         float64
	side        bool // caption and legend in a side column
	caption     rect
	captionCols int   // 1, or 2 where a stacked caption is wide enough
	levels      []int // each step's caption detail level
	mapRect     rect
	legend      []legendEntry
	legendHead  rect      // the heading over the standing positions' entries, if any
	controls    []control // in focus order
	slider      sliderLayout
	line        float64 // hairline width
}

// fontSizes scales text with the widget: 13 px on phones, growing by 1 px
// per 200 px of the smaller of width and 1.6×height, so 1280×720 gets 16 px
// and a 4K screen at DPR 1 gets 27 px, not phone-sized text.
func fontSizes(w, h float64) sizes {
	base := round(clamp(13+(math.Min(w, 1.6*h)-600)/200, 13, 30))
	return sizes{base: base, head: round(base * 1.3), small: round(base * 0.86), date: round(base * 0.92)}
}

func (w *Widget) computeLayout() *layout {
	sz := fontSizes(w.w, w.h)
	l := &layout{w: w.w, h: w.h, dpr: w.dpr, sz: sz}
	l.pad = round(clamp(sz.base*0.9, 8, 28))
	l.btn = math.Max(minTouch, round(sz.base*2.2))
	l.line = math.Max(0.5, 1/w.dpr)
	l.side = (w.w >= sideFrom && w.w >= sideAspect*w.h) ||
		(w.w >= landscapeFrom && w.w >= landscapeAspect*w.h)
	if !w.ready() {
		l.mapRect = rect{0, 0, w.w, w.h}
		return l
	}
	if l.side {
		w.layoutSide(l)
	} else {
		w.layoutStack(l)
	}
	l.controls = append(l.controls, control{id: "map", r: l.mapRect, label: i18n.T(w.lang, "map")})
	return l
}

// layoutStack puts caption, map, a toolbar row (region and zoom buttons),
// legend and slider in one column, top to bottom. The map is promised its
// natural height (the world at full width) or a third of the widget,
// whichever is less; the caption takes what is left up to what its steps
// need, and the map gets the rest. Where the world then leaves empty
// margins beside it, the buttons move onto the map and the toolbar row's
// height goes to the caption.
func (w *Widget) layoutStack(l *layout) {
	row := *l
	w.stackWith(&row, false)
	onMap := *l
	w.stackWith(&onMap, true)
	if onMap.mapRect.H > 0 && w.buttonsFitBeside(&onMap) && summaryCount(onMap.levels) >= summaryCount(row.levels) {
		*l = onMap
		return
	}
	*l = row
}

func (w *Widget) stackWith(l *layout, buttonsOnMap bool) {
	inner := w.w - 2*l.pad
	l.captionCols = 1
	if inner >= 34*l.sz.base {
		l.captionCols = 2
	}
	l.caption = rect{l.pad, l.pad, inner, 0}
	sliderH := w.sliderHeight(l)
	toolH := w.flowToolbar(l, l.pad, 0, inner, true) + l.pad/2
	if buttonsOnMap {
		toolH = 0
	}
	legendH := w.flowLegend(l, l.pad, 0, inner, true, false)
	// pad, caption, pad/2, map, pad/2, [toolbar, pad/2], legend, pad, slider, pad
	fixed := 4*l.pad + toolH + legendH + sliderH
	minMap := math.Min(naturalMapHeight(w.w), math.Max(120, 0.32*w.h))
	l.levels, l.caption.H = w.pickLevels(l, w.h-fixed-minMap)
	mapY := l.caption.Y + l.caption.H + l.pad/2
	l.mapRect = rect{0, mapY, w.w, math.Max(w.h-fixed-l.caption.H, 40)}
	y := l.mapRect.Y + l.mapRect.H + l.pad/2
	l.controls, l.legend = nil, nil
	w.flowSlider(l, rect{l.pad, w.h - l.pad - sliderH, inner, sliderH})
	if buttonsOnMap {
		w.placeZoom(l)
		m := l.mapRect
		w.flowRegions(l, m.X+l.pad, m.Y+l.pad/2, w.regionColumnWidth(l), false, true)
	} else {
		w.flowToolbar(l, l.pad, y, inner, false)
		y += toolH
	}
	w.flowLegend(l, l.pad, y, inner, false, false)
}

// regionColumnWidth is the width of the widest region button.
func (w *Widget) regionColumnWidth(l *layout) float64 {
	bw := 0.0
	for _, id := range regionButtons {
		bw = math.Max(bw, l.buttonWidth(i18n.T(w.lang, id)))
	}
	return bw
}

// buttonsFitBeside reports whether the buttons on the map lie in the empty
// margins the world preset leaves beside it and above the slider.
func (w *Widget) buttonsFitBeside(l *layout) bool {
	m := l.mapRect
	r, _ := geo.RegionByID("world")
	v := geo.Fit(r.Projected(), m.X, m.Y, m.W, m.H, 4)
	world := screenBound(r.Projected(), v)
	for _, c := range l.controls {
		if c.onMap && (c.r.overlaps(world) || !c.r.inside(m)) {
			return false
		}
	}
	return true
}

// naturalMapHeight is the height the world preset takes at a width.
func naturalMapHeight(width float64) float64 {
	r, _ := geo.RegionByID("world")
	b := r.Projected()
	return math.Max(0, width-8)*(b.Max[1]-b.Min[1])/(b.Max[0]-b.Min[0]) + 8
}

// layoutSide puts the caption and legend in a column on the left, the map
// on the right with its region and zoom buttons on it, and the slider along
// the bottom. The column is as narrow as lets every step show its summary,
// within 30–42 % of the width.
func (w *Widget) layoutSide(l *layout) {
	sliderH := w.sliderHeight(l)
	colH := w.h - 2*l.pad - sliderH - l.pad
	l.captionCols = 1
	lo := round(clamp(w.w*0.3, 300, 34*l.sz.base))
	hi := math.Max(lo, round(math.Min(w.w*0.42, 44*l.sz.base)))
	best, bestN, colW := []int(nil), -1, lo
	var bestH, legendH float64
	for k := 0; k <= 4; k++ {
		cw := round(lo + (hi-lo)*float64(k)/4)
		inner := cw - l.pad
		l.caption = rect{l.pad, l.pad, inner, 0}
		lh := w.flowLegend(l, l.pad, 0, inner, true, false)
		// Caption and legend share the column, and the legend sits at
		// its foot: a step's caption may take what its own question's
		// legend leaves (the standing positions' rows are only there on
		// the steps that show them).
		legendAt := map[string]float64{} // by question: a story may have 100 steps
		levels, h := w.pickLevelsWithin(l, func(step int) float64 {
			q := w.story.Events[step].Question
			lh, ok := legendAt[q]
			if !ok {
				lh = w.flowLegendAt(l, step, 0, 0, inner, true)
				legendAt[q] = lh
			}
			return colH - lh - l.pad
		})
		if n := summaryCount(levels); n > bestN {
			best, bestN, bestH, colW, legendH = levels, n, h, cw, lh
		}
		if bestN == len(levels) || hi == lo {
			break
		}
	}
	inner := colW - l.pad
	l.levels = best
	l.caption = rect{l.pad, l.pad, inner, bestH}
	l.mapRect = rect{colW + l.pad, l.pad, w.w - colW - 2*l.pad, colH}
	l.controls = nil
	w.flowSlider(l, rect{l.pad, w.h - l.pad - sliderH, w.w - 2*l.pad, sliderH})
	w.placeZoom(l)
	// The region buttons go in the map's top-left corner, left of the zoom
	// buttons: at the world view that is empty sea or margin.
	m := l.mapRect
	w.flowRegions(l, m.X+l.pad/2, m.Y+l.pad/2, m.W-2*l.pad-l.btn, false, true)
	// The legend sits at the foot of the column, level with the map's
	// bottom; spare height falls between it and the caption.
	w.flowLegend(l, l.pad, l.pad+colH-legendH, inner, false, true)
}

// buttonWidth is the width of a text button.
func (l *layout) buttonWidth(label string) float64 {
	return math.Max(l.btn, round(textWidth(label, l.sz.small, false)+1.6*l.sz.base))
}

// flowRegions places the region buttons in rows from (x, y) within width and
// returns the height they take. With measure set, it only measures.
func (w *Widget) flowRegions(l *layout, x0, y, width float64, measure, onMap bool) float64 {
	gap := round(l.sz.base * 0.5)
	x, rows := x0, 1
	for _, id := range regionButtons {
		label := i18n.T(w.lang, id)
		bw := l.buttonWidth(label)
		if x > x0 && x+bw > x0+width {
			x, rows = x0, rows+1
		}
		if !measure {
			ry := y + float64(rows-1)*(l.btn+gap)
			l.controls = append(l.controls, control{id: "region:" + id, r: rect{x, ry, bw, l.btn}, label: label, onMap: onMap})
		}
		x += bw + gap
	}
	return float64(rows)*l.btn + float64(rows-1)*gap
}

// regionButtons are the region presets offered as buttons.
var regionButtons = []string{"world", "americas", "europe"}

// placeZoom stacks the zoom buttons in the map's top-right corner, or lays
// them in a row when the map is too short for a stack.
func (w *Widget) placeZoom(l *layout) {
	gap := round(l.btn * 0.15)
	m := l.mapRect
	x := m.X + m.W - l.pad/2 - l.btn
	y := m.Y + l.pad/2
	vertical := 3*l.btn+2*gap+l.pad <= m.H
	for i, id := range zoomButtons {
		r := rect{x, y + float64(i)*(l.btn+gap), l.btn, l.btn}
		if !vertical {
			r = rect{x - float64(2-i)*(l.btn+gap), y, l.btn, l.btn}
		}
		l.controls = append(l.controls, control{id: id, r: r, label: i18n.T(w.lang, id), onMap: true})
	}
}

var zoomButtons = []string{"zoomIn", "zoomOut", "reset"}

// flowToolbar places the row under a stacked map: region buttons from the
// left, the zoom buttons at the right end of the last row (or on a row of
// their own when they do not fit). It returns the height; with measure set
// it only measures.
func (w *Widget) flowToolbar(l *layout, x0, y, width float64, measure bool) float64 {
	gap := round(l.sz.base * 0.5)
	zgap := round(l.btn * 0.15)
	zoomW := 3*l.btn + 2*zgap
	n := len(l.controls)
	h := w.flowRegions(l, x0, y, width, measure, false)
	// Where the last row of region buttons ends.
	end, lastY := x0, y+h-l.btn
	if !measure {
		for _, c := range l.controls[n:] {
			if c.r.Y == lastY {
				end = math.Max(end, c.r.X+c.r.W)
			}
		}
	} else {
		end = x0 + w.lastRegionRowWidth(l, width)
	}
	if end+gap+zoomW > x0+width {
		h += gap + l.btn
		lastY = y + h - l.btn
	}
	if measure {
		return h
	}
	regions := append([]control(nil), l.controls[n:]...)
	l.controls = l.controls[:n]
	for i, id := range zoomButtons {
		r := rect{x0 + width - zoomW + float64(i)*(l.btn+zgap), lastY, l.btn, l.btn}
		l.controls = append(l.controls, control{id: id, r: r, label: i18n.T(w.lang, id)})
	}
	// Zoom before regions in focus order, as on the side layout.
	l.controls = append(l.controls, regions...)
	return h
}

// lastRegionRowWidth is how far the last row of region buttons reaches.
func (w *Widget) lastRegionRowWidth(l *layout, width float64) float64 {
	gap := round(l.sz.base * 0.5)
	x := 0.0
	for _, id := range regionButtons {
		bw := l.buttonWidth(i18n.T(w.lang, id))
		if x > 0 && x+bw > width {
			x = 0
		}
		x += bw + gap
	}
	return x - gap
}

// sliderHeight is the slider row: the play button beside a track with a line
// of tick labels and a line of year labels under it.
func (w *Widget) sliderHeight(l *layout) float64 {
	thumbR := round(l.sz.base * 0.55)
	return math.Max(l.btn, l.btn/2+thumbR+4+2*l.sz.small*linePitch)
}

// flowSlider places the play button and the track inside row.
func (w *Widget) flowSlider(l *layout, row rect) {
	s := &l.slider
	s.row = row
	s.thumbR = round(l.sz.base * 0.55)
	s.play = rect{row.X, row.Y, l.btn, l.btn}
	s.trackY = row.Y + l.btn/2
	// Keep half the widest tick label free at each end so labels stay inside.
	half := 0.0
	for _, d := range w.dates {
		half = math.Max(half, textWidth(i18n.DayMonth(w.lang, d), l.sz.small, false)/2)
	}
	half = math.Max(half, s.thumbR)
	x0 := s.play.X + s.play.W + l.pad + half
	x1 := row.X + row.W - half
	gap := round(l.sz.base * 2)
	s.axis = timeline.NewAxis(w.dates, x0, math.Max(x1, x0+1), gap, math.Max(minTouch/2, l.sz.base))
	s.labelY = s.trackY + s.thumbR + 4
	s.yearY = s.labelY + l.sz.small*linePitch
	s.hit = rect{x0 - half, row.Y, x1 - x0 + 2*half, row.H}
	l.controls = append(l.controls,
		control{id: "slider", r: rect{x0 - s.thumbR - 2, s.trackY - s.thumbR - 2, x1 - x0 + 2*s.thumbR + 4, 2*s.thumbR + 4}, label: i18n.T(w.lang, "slider")},
		control{id: "play", r: s.play, label: i18n.T(w.lang, "play")},
	)
}

// flowLegend places the legend of the current step's question in rows
// (several entries per row where they fit) within the height the tallest
// question's legend needs, which it returns; with bottom set the legend
// sits at the foot of that height. With measure set, it only measures.
// Entries follow the step's question (its side labels, and the standing
// positions' entries only where it takes a context), so a change of
// question lays the widget out again (stepChanged); the reserved height
// keeps the map where it was.
func (w *Widget) flowLegend(l *layout, x0, y, width float64, measure, bottom bool) float64 {
	reserved := 0.0
	for _, step := range w.questionSteps() {
		reserved = math.Max(reserved, w.flowLegendAt(l, step, x0, 0, width, true))
	}
	if measure || w.tl.Len() == 0 {
		return reserved
	}
	step := w.tl.Current()
	if bottom {
		y += reserved - w.flowLegendAt(l, step, x0, 0, width, true)
	}
	w.flowLegendAt(l, step, x0, y, width, false)
	return reserved
}

// questionSteps is the first step of each question the story asks.
func (w *Widget) questionSteps() []int {
	var steps []int
	seen := map[string]bool{}
	for i, e := range w.story.Events {
		if !seen[e.Question] {
			seen[e.Question] = true
			steps = append(steps, i)
		}
	}
	return steps
}

// flowLegendAt lays out step's legend from (x0, y) and returns its height.
// The standing positions' entries follow a heading that starts a row and
// flows like an entry without a swatch.
func (w *Widget) flowLegendAt(l *layout, step int, x0, y, width float64, measure bool) float64 {
	sw := round(l.sz.base)
	gapIn := round(l.sz.base * 0.45)
	gapOut := round(l.sz.base * 1.2)
	rowH := math.Max(minTouch, round(l.sz.base*1.8))
	countW := textWidth("888", l.sz.base, true)
	x, top := x0, 0.0 // top: of the current row, below y
	headed := false
	if !measure {
		l.legendHead = rect{}
	}
	for _, key := range w.legend.Keys() {
		if !w.legend.Active(key, step) {
			continue
		}
		if strings.HasPrefix(key, legend.StandingPrefix) && !headed {
			headed = true
			if x > x0 {
				x, top = x0, top+rowH
			}
			hw := math.Min(textWidth(i18n.T(w.lang, "standingHead"), l.sz.small, false), width)
			if !measure {
				l.legendHead = rect{x, y + top, hw, rowH}
			}
			x += hw + gapIn
		}
		ew := sw + gapIn + textWidth(w.legend.Label(key, step), l.sz.base, false)
		if legend.Counted(key) {
			ew += gapIn + countW
		}
		ew = math.Min(ew, width)
		if x > x0 && x+ew > x0+width {
			x, top = x0, top+rowH
		}
		if !measure {
			ry := y + top
			e := legendEntry{key: key, r: rect{x, ry, ew, rowH}}
			e.swatch = rect{x, ry + (rowH-sw)/2, sw, sw}
			e.textX = x + sw + gapIn
			e.countX = x + ew
			l.legend = append(l.legend, e)
			l.controls = append(l.controls, control{id: "legend:" + key, r: e.r})
		}
		x += ew + gapOut
	}
	return top + rowH
}
