package compose

import (
	"math"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/words"
)

// printList lays out, in box, what the full print layout carries besides
// the map: the step's summary, then the countries by side with their
// counts (as the text alternative lists them), in columns. The type is
// the largest, from a little over the page's base size down to a floor,
// at which it all fits, in as many columns of a readable width as the box
// holds or one fewer (fewer, taller columns use more of a tall box); at
// the floor, what does not fit is counted in an "and N more" line rather
// than drawn past the box.
func (p *painter) printList(box layout.Rect, base float64) []scene.Item {
	if box.W <= 0 || box.H <= 0 {
		return nil
	}
	groups := p.words.Groups(p.f.Step)
	summary := p.words.Tx(p.story.Events[p.f.Step].Summary)
	floor := math.Max(6.5, base*0.62)
	for size := base * 1.1; ; size *= 0.93 {
		size = math.Max(size, floor)
		last := size == floor
		most := int(clamp(math.Floor((box.W+size*1.6)/(size*15)), 1, 6))
		for cols := max(1, most-1); cols <= most; cols++ {
			if items, ok := p.listAt(box, size, cols, groups, summary, last && cols == most); ok {
				return items
			}
		}
	}
}

// listRow is one row of the list: a side's heading (with a swatch) or a
// country's name, wrapped to its column.
type listRow struct {
	head  bool
	key   string // the legend key whose swatch a heading shows
	lines []string
	gap   float64 // space above, dropped at the top of a column
	names int     // countries the row names
}

// listAt lays the list out at one type size. It reports false when the
// list does not fit and truncate is false.
func (p *painter) listAt(box layout.Rect, size float64, cols int, groups []words.Group, summary string, truncate bool) ([]scene.Item, bool) {
	pitch := size * layout.LinePitch
	var items []scene.Item
	y := box.Y
	if summary != "" {
		ws, h := layout.WrapParas([]layout.Para{{ID: "print.summary", S: summary, Size: size * 1.05}}, box.W)
		if h > box.H*0.4 && !truncate {
			return nil, false
		}
		items, y = emitParas(ws, box.X, y, p.printColor, items)
		y += size * 0.9
	}
	gutter := size * 1.6
	colW := (box.W - float64(cols-1)*gutter) / float64(cols)
	sw := size * 0.85
	indent := sw + size*0.45
	var rows []listRow
	for gi, g := range groups {
		key := g.Side
		if g.Standing {
			key = legend.StandingPrefix + g.Side
		}
		head := g.Label + "  " + i18n.Int(p.lang, len(g.Names))
		r := listRow{head: true, key: key, lines: layout.Wrap(head, size, colW-indent, true)}
		if gi > 0 {
			r.gap = size * 0.9
		}
		rows = append(rows, r)
		if len(g.Names) == 0 {
			rows = append(rows, listRow{lines: []string{"—"}})
		}
		for _, n := range g.Names {
			rows = append(rows, listRow{lines: layout.Wrap(n, size, colW-indent, false), names: 1})
		}
	}
	avail := box.Y + box.H - y
	col, off, n := placeRows(rows, cols, avail, pitch)
	if n < len(rows) && !truncate {
		return nil, false
	}
	more := 0
	if n < len(rows) {
		// Make room for the "and N more" line: drop the last row placed,
		// and a heading left last without its countries.
		n = max(0, n-1)
		for n > 0 && rows[n-1].head {
			n--
		}
		for _, r := range rows[n:] {
			more += r.names
		}
	} else {
		// Balance the columns: the shortest height that holds every row.
		lo, hi := pitch, avail
		for k := 0; k < 24 && hi-lo > 0.5; k++ {
			if mid := (lo + hi) / 2; func() bool { _, _, m := placeRows(rows, cols, mid, pitch); return m == len(rows) }() {
				hi = mid
			} else {
				lo = mid
			}
		}
		col, off, _ = placeRows(rows, cols, hi, pitch)
	}
	unit := math.Max(1, size/14)
	for k, r := range rows[:n] {
		x, ry := box.X+float64(col[k])*(colW+gutter), y+off[k]
		c := p.th.Text
		if r.head {
			f := p.legendFill(r.key, unit)
			items = append(items, &scene.Rect{ID: "print.list.swatch:" + r.key, X: x, Y: ry + (pitch-sw)/2, W: sw, H: sw, Fill: &f, Stroke: &scene.Stroke{Color: p.th.Muted, Width: 0.75}})
		} else if r.names == 0 {
			c = p.th.Muted
		}
		for j, line := range r.lines {
			items = append(items, lineAt("print.list", line, x+indent, ry+float64(j)*pitch, size, r.head, c, scene.AlignLeft))
		}
	}
	if more > 0 {
		x, ry := box.X, y
		if n < len(col) {
			x, ry = box.X+float64(col[n])*(colW+gutter), y+off[n]
		}
		items = append(items, lineAt("print.list.more", i18n.F(p.lang, "andMore", more), x+indent, ry, size, false, p.th.Muted, scene.AlignLeft))
	}
	return items, true
}

// placeRows puts rows into up to cols columns of height h, top to bottom,
// keeping a heading with the row after it. It returns each placed row's
// column and offset from the top, and how many rows were placed.
func placeRows(rows []listRow, cols int, h, pitch float64) (col []int, off []float64, n int) {
	c, y := 0, 0.0
	for k, r := range rows {
		rh := float64(len(r.lines)) * pitch
		need := r.gap + rh
		if r.head && k+1 < len(rows) {
			need += float64(len(rows[k+1].lines)) * pitch
		}
		if y > 0 && y+need > h {
			c, y = c+1, 0
		}
		gap := r.gap
		if y == 0 {
			gap = 0
		}
		if c >= cols || y+gap+rh > h {
			return col, off, k
		}
		y += gap
		col, off = append(col, c), append(off, y)
		y += rh
	}
	return col, off, len(rows)
}

// itemsBottom is the lowest edge of the texts' line boxes and rectangles
// among items.
func itemsBottom(items []scene.Item) float64 {
	bottom := 0.0
	for _, it := range items {
		switch v := it.(type) {
		case *scene.Text:
			_, desc, _ := font(v.Bold).Metrics(v.Size)
			bottom = math.Max(bottom, v.Y+desc)
		case *scene.Rect:
			bottom = math.Max(bottom, v.Y+v.H)
		}
	}
	return bottom
}

// shiftItems moves the texts and rectangles among items down by dy.
func shiftItems(items []scene.Item, dy float64) {
	for _, it := range items {
		switch v := it.(type) {
		case *scene.Text:
			v.Y += dy
		case *scene.Rect:
			v.Y += dy
		}
	}
}
