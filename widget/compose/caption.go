package compose

import (
	"image/color"

	"github.com/stancemap/stancemap/widget/scene"
)

// drawCaption draws step i's caption at its level.
func (p *painter) drawCaption(i int, items []scene.Item) []scene.Item {
	l := p.l
	cols, x2 := l.Caption(i)
	items, _ = emitParas(cols[0], l.CaptionBox.X, l.CaptionBox.Y, p.captionColor, items)
	items, _ = emitParas(cols[1], x2, l.CaptionBox.Y, p.captionColor, items)
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
