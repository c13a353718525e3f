package layout

import (
	"math"
	"strings"

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
		side, stack := *l, *l
		p.layoutSide(&side)
		p.layoutStack(&stack)
		// Map first: the column goes beside the map only where that
		// shows the world larger than a stacked map would.
		if worldArea(&stack) > worldArea(&side) {
			stack.Side = false
			side = stack
		}
		*l = side
	} else {
		p.layoutStack(l)
	}
	if !l.Side && l.W >= shareFrom && l.Map.H < MapShare*l.H {
		// A host fixed the height: space the frame tighter for the map.
		l.Tight = true
		l.Pad = round(math.Max(8, l.Pad*0.6))
		p.layoutStack(l)
	}
	l.Controls = append(l.Controls, Control{ID: "map", Box: l.Map, Label: i18n.T(p.lang, "map")})
	return l
}

// layoutStack puts the caption, the map, the legend and the slider in one
// column, top to bottom: the map first. The caption is condensed to its
// date, headline and one line of what changed, with a More button beside
// it for the rest; the zoom buttons sit in the map's top-right corner and
// the region buttons in its bottom-left one, the Pacific at the world
// view, where they leave the land clear; else (a phone's width) in a row
// under the map. The legend is one compact row where it fits. The map
// takes all the height the others leave.
func (p *Planner) layoutStack(l *Layout) {
	p.layoutStackWith(l, false)
	if !p.regionsClearOfLand(l) {
		p.layoutStackWith(l, true)
	}
}

// layoutStackWith is layoutStack with the region buttons on the map or,
// with below set, in a row under it.
func (p *Planner) layoutStackWith(l *Layout, below bool) {
	inner := l.W - 2*l.Pad
	l.CaptionCols = 1
	moreW := p.moreWidth(l)
	l.CaptionBox = Rect{l.Pad, l.Pad, inner - moreW - l.Pad/2, 0}
	sliderH := p.sliderHeight(l)
	legendH := p.flowLegend(l, l.Pad, 0, inner, true, false)
	onMapW := l.W - 2*l.Pad - l.Btn // left of the zoom buttons
	regionsH := 0.0                 // the row under the map, when they go there
	if below {
		regionsH = p.flowRegions(l, 0, 0, inner, true, false) + l.Pad/2
	}
	// pad, caption, pad/2, map, [region buttons,] legend, pad/2, slider,
	// pad (the world's fit leaves a margin of its own under the map)
	fixed := 3*l.Pad + legendH + sliderH + regionsH
	minMap := math.Min(naturalMapHeight(l.W), math.Max(120, 0.42*l.H))
	if l.W >= shareFrom {
		minMap = math.Max(minMap, math.Min(naturalMapHeight(l.W), MapShare*l.H))
	}
	// Where the frame has height to spare (a host fixed it taller than
	// the preferred height), a step shows its summary if it fits while the
	// map keeps its natural height and MapShare of the frame; else the
	// condensed caption.
	rich := math.Max(naturalMapHeight(l.W), MapShare*l.H)
	l.Levels, l.CaptionBox.H = p.pickStackLevels(l, l.H-fixed-rich, l.H-fixed-minMap)
	l.CaptionBox.H = math.Max(l.CaptionBox.H, l.Btn)
	mapY := l.CaptionBox.Y + l.CaptionBox.H + l.Pad/2
	l.Map = Rect{0, mapY, l.W, math.Max(l.H-fixed-l.CaptionBox.H, 40)}
	l.Controls, l.Legend = nil, nil
	p.placeMore(l, Rect{l.W - l.Pad - moreW, l.Pad, moreW, l.Btn})
	p.flowSlider(l, Rect{l.Pad, l.H - l.Pad - sliderH, inner, sliderH})
	p.placeZoom(l)
	m := l.Map
	if below {
		p.flowRegions(l, l.Pad, m.Y+m.H+round(l.Pad/4), inner, false, false)
	} else {
		rowsH := p.flowRegions(l, 0, 0, onMapW, true, true)
		p.flowRegions(l, m.X+l.Pad/2, m.Y+m.H-l.Pad/2-rowsH, onMapW, false, true)
	}
	p.flowLegend(l, l.Pad, m.Y+m.H+regionsH, inner, false, false)
	p.placeDetails(l)
}

// regionsClearOfLand reports whether the region buttons laid on the map
// leave the land of the world view clear, with a gap: at the foot of the
// map, left of where land begins there (the Pacific).
func (p *Planner) regionsClearOfLand(l *Layout) bool {
	var u Rect
	for _, c := range l.Controls {
		if strings.HasPrefix(c.ID, "region:") {
			if u.W == 0 {
				u = c.Box
				continue
			}
			x0, y0 := math.Min(u.X, c.Box.X), math.Min(u.Y, c.Box.Y)
			x1, y1 := math.Max(u.X+u.W, c.Box.X+c.Box.W), math.Max(u.Y+u.H, c.Box.Y+c.Box.H)
			u = Rect{x0, y0, x1 - x0, y1 - y0}
		}
	}
	world, _ := geo.RegionByID("world")
	wr := ScreenBound(world.Projected(), FitRegion("world", l.Map))
	if u.W == 0 || !(wr.W > 0 && wr.H > 0) {
		return true
	}
	land := wr.X + p.land.leftAt((wr.Y+wr.H-u.Y)/wr.H)*wr.W
	return u.X+u.W+l.Pad/2 <= land
}

// moreWidth is the More button's width: its longer label's.
func (p *Planner) moreWidth(l *Layout) float64 {
	return math.Max(l.buttonWidth(i18n.T(p.lang, "more")), l.buttonWidth(i18n.T(p.lang, "less")))
}

// placeMore adds the More button at r where some step's caption leaves
// out its summary, question or sources.
func (p *Planner) placeMore(l *Layout, r Rect) {
	if summaryCount(l.Levels) == len(l.Levels) {
		return
	}
	l.Controls = append(l.Controls, Control{ID: "more", Box: r, Label: i18n.T(p.lang, "more")})
}

// placeDetails sets the box the whole caption opens in when a reader asks
// for More: over the map's top-left, as wide as reads well and clear of
// the zoom buttons in its top-right corner.
func (p *Planner) placeDetails(l *Layout) {
	if _, ok := l.Control("more"); !ok {
		l.DetailsBox = Rect{}
		return
	}
	m := l.Map
	l.DetailsBox = Rect{m.X + l.Pad/2, m.Y + l.Pad/2, math.Min(m.W-1.5*l.Pad-l.Btn, round(36*l.Sizes.Base)), m.H - l.Pad}
}

// worldArea is the area the world preset takes in the layout's map box.
func worldArea(l *Layout) float64 {
	world, _ := geo.RegionByID("world")
	r := ScreenBound(world.Projected(), FitRegion("world", l.Map))
	return r.W * r.H
}

// regionColumnWidth is the width of the widest region button.
func (p *Planner) regionColumnWidth(l *Layout) float64 {
	bw := 0.0
	for _, id := range regionButtons {
		bw = math.Max(bw, l.buttonWidth(i18n.T(p.lang, id)))
	}
	return bw
}

// layoutSide puts the caption and legend in a column on the left, the map
// on the right with its region and zoom buttons on it, and the slider along
// the bottom. The column is as narrow as lets every step show its summary,
// within 30–42 % of the width.
func (p *Planner) layoutSide(l *Layout) {
	sliderH := p.sliderHeight(l)
	colH := l.H - 2*l.Pad - sliderH - l.Pad
	l.CaptionCols = 1
	lo := round(clamp(l.W*0.22, 240, 24*l.Sizes.Base))
	hi := math.Max(lo, round(math.Min(l.W*0.28, 30*l.Sizes.Base)))
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
		levels, h := p.pickLevelsWithin(l, LevelFull, func(step int) float64 {
			q := p.story.Events[step].Question
			lh, ok := legendAt[q]
			if !ok {
				lh = p.flowLegendAt(l, step, 0, 0, inner, true)
				legendAt[q] = lh
			}
			return colH - lh - 2*l.Pad - l.Btn // room for More
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
	// More goes just above the legend of the layout's question, which
	// every caption of the question leaves room for.
	ownLegend := p.flowLegendAt(l, l.step, 0, 0, inner, true)
	p.placeMore(l, Rect{l.Pad, l.Pad + colH - ownLegend - l.Pad/2 - l.Btn, p.moreWidth(l), l.Btn})
	p.flowSlider(l, Rect{l.Pad, l.H - l.Pad - sliderH, l.W - 2*l.Pad, sliderH})
	p.placeZoom(l)
	// The region buttons go in the map's top-left corner, left of the zoom
	// buttons: at the world view that is empty sea or margin.
	m := l.Map
	p.flowRegions(l, m.X+l.Pad/2, m.Y+l.Pad/2, m.W-2*l.Pad-l.Btn, false, true)
	// The legend sits at the foot of the column, level with the map's
	// bottom; spare height falls between it and the caption.
	p.flowLegend(l, l.Pad, l.Pad+colH-legendH, inner, false, true)
	p.placeDetails(l)
}

// MapShare is the part of a stacked frame's height the map keeps from
// shareFrom px wide, also where the host fixes the frame's height: the
// caption gives up its line of what changed first (it stays a More away),
// then the frame's spacing and the legend's rows shrink (Layout.Tight).
const MapShare = 0.55

// shareFrom is the width from which the map keeps MapShare.
const shareFrom = 600
