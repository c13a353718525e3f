package layout

import (
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/legend"
)

// flowLegend places the legend of the layout's question in rows (several
// entries per row where they fit) within the height the tallest
// question's legend needs, which it returns; with bottom set the legend
// sits at the foot of that height. With measure set, it only measures.
// Entries follow the question (its side labels, and the standing
// positions' entries only where it takes a context), so each question has
// a layout of its own; the reserved height keeps the map where it was.
func (p *Planner) flowLegend(l *Layout, x0, y, width float64, measure, bottom bool) float64 {
	reserved := 0.0
	for _, step := range p.questionSteps {
		reserved = math.Max(reserved, p.flowLegendAt(l, step, x0, 0, width, true))
	}
	if measure {
		return reserved
	}
	step := l.step
	if bottom {
		y += reserved - p.flowLegendAt(l, step, x0, 0, width, true)
	}
	p.flowLegendAt(l, step, x0, y, width, false)
	return reserved
}

// flowLegendAt lays out step's legend from (x0, y) and returns its height.
// The standing positions' entries follow a heading that flows like an
// entry without a swatch.
func (p *Planner) flowLegendAt(l *Layout, step int, x0, y, width float64, measure bool) float64 {
	// Compact: the legend's type is the small size, so that its entries
	// go in one row where the width allows; rows stay a tap target tall.
	size := l.Sizes.Small
	sw := round(size)
	gapIn := round(size * 0.4)
	gapOut := round(size * 1.1)
	rowH := math.Max(MinTouch, round(size*1.8))
	countW := TextWidth("888", size, true)
	x, top := x0, 0.0 // top: of the current row, below y
	headed := false
	if !measure {
		l.LegendHead = Rect{}
	}
	for _, key := range p.legend.Keys() {
		if !p.legend.Active(key, step) {
			continue
		}
		if strings.HasPrefix(key, legend.StandingPrefix) && !headed {
			headed = true
			hw := math.Min(TextWidth(i18n.T(p.lang, "standingHead"), l.Sizes.Small, false), width)
			// The heading flows like an entry, kept on a row with the
			// entry after it.
			first := sw + gapIn + TextWidth(p.legend.Label(key, step), size, false) + gapIn + countW
			if x > x0 && x+hw+gapIn+first > x0+width {
				x, top = x0, top+rowH
			}
			if !measure {
				l.LegendHead = Rect{x, y + top, hw, rowH}
			}
			x += hw + gapIn
		}
		ew := sw + gapIn + TextWidth(p.legend.Label(key, step), size, false)
		if legend.Counted(key) {
			ew += gapIn + countW
		}
		ew = math.Min(ew, width)
		if x > x0 && x+ew > x0+width {
			x, top = x0, top+rowH
		}
		if !measure {
			ry := y + top
			e := LegendEntry{Key: key, Box: Rect{x, ry, ew, rowH}}
			e.Swatch = Rect{x, ry + (rowH-sw)/2, sw, sw}
			e.TextX = x + sw + gapIn
			e.CountX = x + ew
			l.Legend = append(l.Legend, e)
			l.Controls = append(l.Controls, Control{ID: "legend:" + key, Box: e.Box})
		}
		x += ew + gapOut
	}
	return top + rowH
}
