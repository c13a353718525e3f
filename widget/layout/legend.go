package layout

import (
	"math"
	"strconv"
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

// legendItem is one entry of a step's legend with its width.
type legendItem struct {
	key string
	w   float64
}

// flowLegendAt lays out step's legend from (x0, y) and returns its height.
// Compact: swatch, label and a count as wide as its largest number on the
// question, in one row where the width holds them. The standing positions'
// entries follow a heading and stay together: on the row of the others
// where it holds the whole group, else on a row of their own.
func (p *Planner) flowLegendAt(l *Layout, step int, x0, y, width float64, measure bool) (measured float64) {
	// The legend's type is the small size; rows stay a tap target tall.
	size := l.Sizes.Small
	if measure {
		// A height depends on these alone; a layout measures every
		// question's legend, and the height search lays out dozens.
		key := legendKey{step, width, size, l.Tight}
		if h, ok := p.legendHeights[key]; ok {
			return h
		}
		defer func(h *float64) {
			if p.legendHeights == nil || len(p.legendHeights) >= maxLegendHeights {
				p.legendHeights = map[legendKey]float64{}
			}
			p.legendHeights[key] = *h
		}(&measured)
	}
	sw := round(size)
	gapIn := round(size * 0.35)
	gapOut := round(size * 0.9)
	rowH := math.Max(MinTouch, round(size*1.8))
	if l.Tight {
		rowH = math.Max(MinTarget, round(size*1.6))
	}
	var plain, standing []legendItem
	for _, key := range p.legend.Keys() {
		if !p.legend.Active(key, step) {
			continue
		}
		ew := sw + gapIn + TextWidth(p.legend.Label(key, step), size, false)
		if legend.Counted(key) {
			ew += gapIn + p.countWidth(key, step, size)
		}
		it := legendItem{key, math.Min(ew, width)}
		if strings.HasPrefix(key, legend.StandingPrefix) {
			standing = append(standing, it)
		} else {
			plain = append(plain, it)
		}
	}
	x, top := x0, 0.0 // top: of the current row, below y
	if !measure {
		l.LegendHead = Rect{}
	}
	place := func(it legendItem) {
		if x > x0 && x+it.w > x0+width {
			x, top = x0, top+rowH
		}
		if !measure {
			ry := y + top
			e := LegendEntry{Key: it.key, Box: Rect{x, ry, it.w, rowH}}
			e.Swatch = Rect{x, ry + (rowH-sw)/2, sw, sw}
			e.TextX = x + sw + gapIn
			e.CountX = x + it.w
			l.Legend = append(l.Legend, e)
			l.Controls = append(l.Controls, Control{ID: "legend:" + it.key, Box: e.Box})
		}
		x += it.w + gapOut
	}
	for _, it := range plain {
		place(it)
	}
	if len(standing) > 0 {
		hw := math.Min(TextWidth(i18n.T(p.lang, "standingHead"), size, false), width)
		group := hw
		for _, it := range standing {
			group += gapOut + it.w
		}
		// The group starts a row of its own only where the rest of this
		// row cannot hold all of it; the heading keeps its first entry.
		if x > x0 && (x+group > x0+width || x+hw+gapIn+standing[0].w > x0+width) {
			x, top = x0, top+rowH
		}
		if !measure {
			l.LegendHead = Rect{x, y + top, hw, rowH}
		}
		x += hw + gapIn
		for _, it := range standing {
			place(it)
		}
	}
	return top + rowH
}

// legendKey names a measured legend height (Planner.legendHeights).
type legendKey struct {
	step        int
	width, size float64
	tight       bool
}

// maxLegendHeights bounds the measured heights a planner keeps: a window
// dragged through every width would otherwise grow them without end.
const maxLegendHeights = 4096

// countWidth is the width of the count of entry key on step's question:
// its largest number's digits in the count's bold type, so that counts do
// not leave room for three digits where the story has at most two.
func (p *Planner) countWidth(key string, step int, size float64) float64 {
	q := p.story.Events[step].Question
	ck := q + "\x00" + key
	n, ok := p.maxCounts[ck]
	if !ok {
		for i, e := range p.story.Events {
			if e.Question == q {
				n = max(n, p.legend.Count(key, i))
			}
		}
		if p.maxCounts == nil {
			p.maxCounts = map[string]int{}
		}
		p.maxCounts[ck] = n
	}
	return TextWidth(strings.Repeat("8", len(strconv.Itoa(n))), size, true)
}
