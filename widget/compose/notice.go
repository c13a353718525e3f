package compose

import (
	"image/color"
	"math"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// noteItems draws the notice centred near the foot of the map, wrapped to
// the map's width.
func (p *painter) noteItems(l *layout.Layout) []scene.Item {
	alpha := p.f.NoteAlpha
	if alpha == 0 {
		return nil
	}
	fade := func(c color.NRGBA) color.NRGBA { return theme.WithAlpha(c, uint8(math.Round(float64(c.A)*alpha))) }
	m := l.Map
	size := l.Sizes.Small
	inset := round(size * 0.7)
	maxW := math.Max(40, math.Min(m.W, l.W)-4*inset)
	ws, h := layout.WrapParas([]layout.Para{{ID: "notice.text", S: p.f.Note, Size: size}}, maxW-2*inset)
	textW := 0.0
	for _, wp := range ws {
		for _, line := range wp.Lines {
			textW = math.Max(textW, layout.TextWidth(line, size, false))
		}
	}
	bw, bh := textW+2*inset, h+2*inset
	box := layout.Rect{X: round(m.X + (m.W-bw)/2), Y: round(m.Y + m.H - bh - inset), W: bw, H: bh}
	items := []scene.Item{sceneRect(box, &scene.Fill{Color: fade(p.th.TipFill)}, &scene.Stroke{Color: fade(p.th.TipBorder), Width: 1}, 4, "notice")}
	items, _ = emitParasCentred(ws, box.X+bw/2, box.Y+inset, fade(p.th.Text), items)
	return items
}

// emitParasCentred places wrapped lines in colour c centred on x from the
// top y.
func emitParasCentred(ws []layout.Wrapped, x, y float64, c color.NRGBA, items []scene.Item) ([]scene.Item, float64) {
	for _, wp := range ws {
		for _, line := range wp.Lines {
			items = append(items, lineAt(wp.ID, line, x, y, wp.Size, wp.Bold, c, scene.AlignCenter))
			y += wp.Size * layout.LinePitch
		}
	}
	return items, y
}
