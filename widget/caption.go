package widget

import (
	"image/color"

	"github.com/stancemap/stancemap/widget/scene"
)

// drawCaption draws step i's caption at its level.
func (w *Widget) drawCaption(i int, items []scene.Item) []scene.Item {
	l := w.lay
	cols, x2 := l.Caption(i)
	items, _ = emitParas(cols[0], l.CaptionBox.X, l.CaptionBox.Y, w.captionColor, items)
	items, _ = emitParas(cols[1], x2, l.CaptionBox.Y, w.captionColor, items)
	return items
}

// captionColor is the colour of a caption paragraph: the date and the
// sources muted, the rest in the text colour.
func (w *Widget) captionColor(id string) color.NRGBA {
	if id == "caption.date" || id == "caption.sources" {
		return w.th.Muted
	}
	return w.th.Text
}
