package compose

import (
	"image/color"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// drawCaption draws step i's caption at its level.
func (p *painter) drawCaption(i int, items []scene.Item) []scene.Item {
	l := p.l
	cols, x2 := l.Caption(i)
	items, _ = emitParas(cols[0], l.CaptionBox.X, l.CaptionBox.Y, p.captionColor, items)
	items, _ = emitParas(cols[1], x2, l.CaptionBox.Y, p.captionColor, items)
	return items
}

// drawDetails draws the whole caption of the step in the details box over
// the map, as the More button opens it.
func (p *painter) drawDetails(l *layout.Layout, items []scene.Item) []scene.Item {
	paras, box := l.Details(p.f.Step)
	if len(paras) == 0 {
		return items
	}
	face := theme.WithAlpha(p.th.Background, 0xf4)
	items = append(items, sceneRect(box, &scene.Fill{Color: face}, &scene.Stroke{Color: p.th.Rule, Width: l.Line}, 6, "details"))
	in := l.Pad / 2
	items, _ = emitParas(paras, box.X+in, box.Y+in, p.captionColor, items)
	return items
}

// captionColor is the colour of a caption paragraph: the date and the
// sources muted, the rest in the text colour.
func (p *painter) captionColor(id string) color.NRGBA {
	if id == "caption.date" || id == "caption.sources" {
		return p.th.Muted
	}
	return p.th.Text
}
