package widget

import (
	"image/color"
	"math"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

// linePitch is the distance between baselines, as a multiple of the font
// size; it leaves room for the Go fonts' ascent plus descent (about 1.14).
const linePitch = 1.3

// para is a paragraph of text to wrap into a column.
type para struct {
	id    string
	s     string
	size  float64
	bold  bool
	color color.NRGBA
	gap   float64 // space above, px
}

// wrapped is a paragraph broken into lines for a width.
type wrapped struct {
	para
	lines []string
}

func font(bold bool) *glyph.Font { return glyph.Face(bold) }

// textWidth measures s as drawn.
func textWidth(s string, size float64, bold bool) float64 {
	return measure(bold).width(s, size)
}

// wrapParas breaks each paragraph to width and returns them with the total
// height they take.
func wrapParas(ps []para, width float64) ([]wrapped, float64) {
	out := make([]wrapped, 0, len(ps))
	h := 0.0
	for i, p := range ps {
		if p.s == "" {
			continue
		}
		lines := measure(p.bold).wrap(p.s, p.size, width)
		if i > 0 || len(out) > 0 {
			h += p.gap
		}
		h += float64(len(lines)) * p.size * linePitch
		out = append(out, wrapped{para: p, lines: lines})
	}
	return out, h
}

// emitParas places wrapped paragraphs from the top-left (x, y) and returns
// the text items and the y below the last line.
func emitParas(ws []wrapped, x, y float64, items []scene.Item) ([]scene.Item, float64) {
	for i, wp := range ws {
		if i > 0 {
			y += wp.gap
		}
		for _, line := range wp.lines {
			items = append(items, lineAt(wp.id, line, x, y, wp.size, wp.bold, wp.color, scene.AlignLeft))
			y += wp.size * linePitch
		}
	}
	return items, y
}

// lineAt makes a Text whose line box (pitch high) starts at top y.
func lineAt(id, s string, x, top, size float64, bold bool, c color.NRGBA, align scene.Align) *scene.Text {
	asc, desc, _ := font(bold).Metrics(size)
	base := top + (size*linePitch-(asc+desc))/2 + asc
	return &scene.Text{ID: id, X: x, Y: base, S: s, Size: size, Bold: bold, Color: c, Align: align}
}

func (r rect) overlaps(o rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

func (r rect) inside(o rect) bool {
	const eps = 0.01
	return r.X >= o.X-eps && r.Y >= o.Y-eps && r.X+r.W <= o.X+o.W+eps && r.Y+r.H <= o.Y+o.H+eps
}

func round(v float64) float64 { return math.Round(v) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
