package layout

import (
	"math"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/i18n"
)

// Plan lays the story out at width×height logical px and dpr device px
// per logical px, with the legend of question (a step's Question: the
// legend's entries and labels follow it, and its height is the tallest
// question's, so the map keeps its place when the question changes).
func (p *Planner) Plan(width, height, dpr float64, question string) *Layout {
	sz := fontSizes(width, height)
	l := &Layout{W: width, H: height, DPR: dpr, Question: question, Sizes: sz, planner: p}
	l.Pad = round(clamp(sz.Base*0.9, 8, 28))
	l.Btn = math.Max(MinTouch, round(sz.Base*2.2))
	l.Line = math.Max(0.5, 1/dpr)
	l.Side = (width >= sideFrom && width >= sideAspect*height) ||
		(width >= landscapeFrom && width >= landscapeAspect*height)
	if !p.ready {
		l.Map = Rect{0, 0, width, height}
		return l
	}
	l.step = p.firstStep(question)
	if l.Side {
		p.layoutSide(l)
	} else {
		p.layoutStack(l)
	}
	l.Controls = append(l.Controls, Control{ID: "map", Box: l.Map, Label: i18n.T(p.lang, "map")})
	return l
}

// layoutStack puts caption, map, a toolbar row (region and zoom buttons),
// legend and slider in one column, top to bottom. The map is promised its
// natural height (the world at full width) or a third of the widget,
// whichever is less; the caption takes what is left up to what its steps
// need, and the map gets the rest. Where the world then leaves empty
// margins beside it, the buttons move onto the map and the toolbar row's
// height goes to the caption.
func (p *Planner) layoutStack(l *Layout) {
	row := *l
	p.stackWith(&row, false)
	onMap := *l
	p.stackWith(&onMap, true)
	if onMap.Map.H > 0 && p.buttonsFitBeside(&onMap) && summaryCount(onMap.Levels) >= summaryCount(row.Levels) {
		*l = onMap
		return
	}
	*l = row
}

func (p *Planner) stackWith(l *Layout, buttonsOnMap bool) {
	inner := l.W - 2*l.Pad
	l.CaptionCols = 1
	if inner >= 34*l.Sizes.Base {
		l.CaptionCols = 2
	}
	l.CaptionBox = Rect{l.Pad, l.Pad, inner, 0}
	sliderH := p.sliderHeight(l)
	toolH := p.flowToolbar(l, l.Pad, 0, inner, true) + l.Pad/2
	if buttonsOnMap {
		toolH = 0
	}
	legendH := p.flowLegend(l, l.Pad, 0, inner, true, false)
	// pad, caption, pad/2, map, pad/2, [toolbar, pad/2], legend, pad, slider, pad
	fixed := 4*l.Pad + toolH + legendH + sliderH
	minMap := math.Min(naturalMapHeight(l.W), math.Max(120, 0.32*l.H))
	l.Levels, l.CaptionBox.H = p.pickLevels(l, l.H-fixed-minMap)
	mapY := l.CaptionBox.Y + l.CaptionBox.H + l.Pad/2
	l.Map = Rect{0, mapY, l.W, math.Max(l.H-fixed-l.CaptionBox.H, 40)}
	y := l.Map.Y + l.Map.H + l.Pad/2
	l.Controls, l.Legend = nil, nil
	p.flowSlider(l, Rect{l.Pad, l.H - l.Pad - sliderH, inner, sliderH})
	if buttonsOnMap {
		p.placeZoom(l)
		m := l.Map
		p.flowRegions(l, m.X+l.Pad, m.Y+l.Pad/2, p.regionColumnWidth(l), false, true)
	} else {
		p.flowToolbar(l, l.Pad, y, inner, false)
		y += toolH
	}
	p.flowLegend(l, l.Pad, y, inner, false, false)
}

// regionColumnWidth is the width of the widest region button.
func (p *Planner) regionColumnWidth(l *Layout) float64 {
	bw := 0.0
	for _, id := range regionButtons {
		bw = math.Max(bw, l.buttonWidth(i18n.T(p.lang, id)))
	}
	return bw
}

// buttonsFitBeside reports whether the buttons on the map lie in the empty
// margins the world preset leaves beside it and above the slider.
func (p *Planner) buttonsFitBeside(l *Layout) bool {
	m := l.Map
	r, _ := geo.RegionByID("world")
	v := geo.Fit(r.Projected(), m.X, m.Y, m.W, m.H, 4)
	world := ScreenBound(r.Projected(), v)
	for _, c := range l.Controls {
		if c.OnMap && (c.Box.Overlaps(world) || !c.Box.Inside(m)) {
			return false
		}
	}
	return true
}

// layoutSide puts the caption and legend in a column on the left, the map
// on the right with its region and zoom buttons on it, and the slider along
// the bottom. The column is as narrow as lets every step show its summary,
// within 30–42 % of the width.
func (p *Planner) layoutSide(l *Layout) {
	sliderH := p.sliderHeight(l)
	colH := l.H - 2*l.Pad - sliderH - l.Pad
	l.CaptionCols = 1
	lo := round(clamp(l.W*0.3, 300, 34*l.Sizes.Base))
	hi := math.Max(lo, round(math.Min(l.W*0.42, 44*l.Sizes.Base)))
	best, bestN, colW := []Level(nil), -1, lo
	var bestH, legendH float64
	for k := 0; k <= 4; k++ {
		cw := round(lo + (hi-lo)*float64(k)/4)
		inner := cw - l.Pad
		l.CaptionBox = Rect{l.Pad, l.Pad, inner, 0}
		lh := p.flowLegend(l, l.Pad, 0, inner, true, false)
		// Caption and legend share the column, and the legend sits at
		// its foot: a step's caption may take what its own question's
		// legend leaves (the standing positions' rows are only there on
		// the steps that show them).
		legendAt := map[string]float64{} // by question: a story may have 100 steps
		levels, h := p.pickLevelsWithin(l, func(step int) float64 {
			q := p.story.Events[step].Question
			lh, ok := legendAt[q]
			if !ok {
				lh = p.flowLegendAt(l, step, 0, 0, inner, true)
				legendAt[q] = lh
			}
			return colH - lh - l.Pad
		})
		if n := summaryCount(levels); n > bestN {
			best, bestN, bestH, colW, legendH = levels, n, h, cw, lh
		}
		if bestN == len(levels) || hi == lo {
			break
		}
	}
	inner := colW - l.Pad
	l.Levels = best
	l.CaptionBox = Rect{l.Pad, l.Pad, inner, bestH}
	l.Map = Rect{colW + l.Pad, l.Pad, l.W - colW - 2*l.Pad, colH}
	l.Controls = nil
	p.flowSlider(l, Rect{l.Pad, l.H - l.Pad - sliderH, l.W - 2*l.Pad, sliderH})
	p.placeZoom(l)
	// The region buttons go in the map's top-left corner, left of the zoom
	// buttons: at the world view that is empty sea or margin.
	m := l.Map
	p.flowRegions(l, m.X+l.Pad/2, m.Y+l.Pad/2, m.W-2*l.Pad-l.Btn, false, true)
	// The legend sits at the foot of the column, level with the map's
	// bottom; spare height falls between it and the caption.
	p.flowLegend(l, l.Pad, l.Pad+colH-legendH, inner, false, true)
}
