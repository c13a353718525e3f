package widget

import (
	"github.com/stancemap/stancemap/widget/layout"
	"image/color"
	"math"
	"strings"
	"time"

	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// How long a notice shows, the last part of it fading out.
const (
	notifyFor  = 4 * time.Second
	notifyFade = 600 * time.Millisecond
	fadeSteps  = 6 // the fade is drawn in this many steps, each one frame
)

// notice is a short message over the foot of the map.
type notice struct {
	msg  string
	left time.Duration
}

// Notify shows msg for a few seconds in a box at the foot of the map, then
// fades it out, e.g. "Saved stancemap-guaido-claim-en.png" after a desktop
// Ctrl+S. It is also the next Announcement, for screen readers. Busy stays
// true until the notice is gone, so the backend keeps calling Advance. An
// empty msg removes the notice at once.
func (w *Widget) Notify(msg string) {
	msg = strings.Join(strings.Fields(msg), " ")
	if msg == "" {
		w.note = notice{}
		return
	}
	w.note = notice{msg: msg, left: notifyFor}
	w.announce = msg
}

// Notice returns the message on show, "" if none.
func (w *Widget) Notice() string {
	if w.note.left <= 0 {
		return ""
	}
	return w.note.msg
}

// noteLevel is how opaque the notice is now, in whole fade steps:
// fadeSteps while it shows fully, 0 when it is gone.
func (w *Widget) noteLevel() int {
	if w.note.left <= 0 || w.note.msg == "" {
		return 0
	}
	if w.note.left >= notifyFade {
		return fadeSteps
	}
	return int(math.Ceil(float64(w.note.left) / float64(notifyFade) * fadeSteps))
}

// advanceNote counts the notice down and reports whether it looks different.
func (w *Widget) advanceNote(dt time.Duration) bool {
	if w.note.left <= 0 {
		return false
	}
	before := w.noteLevel()
	w.note.left -= dt
	if w.note.left <= 0 {
		w.note = notice{}
	}
	return w.noteLevel() != before
}

// noteItems draws the notice centred near the foot of the map, wrapped to
// the map's width.
func (w *Widget) noteItems(l *layout.Layout) []scene.Item {
	level := w.noteLevel()
	if level == 0 {
		return nil
	}
	alpha := float64(level) / fadeSteps
	fade := func(c color.NRGBA) color.NRGBA { return theme.WithAlpha(c, uint8(math.Round(float64(c.A)*alpha))) }
	m := l.Map
	size := l.Sizes.Small
	inset := round(size * 0.7)
	maxW := math.Max(40, math.Min(m.W, l.W)-4*inset)
	ws, h := layout.WrapParas([]layout.Para{{ID: "notice.text", S: w.note.msg, Size: size}}, maxW-2*inset)
	textW := 0.0
	for _, wp := range ws {
		for _, line := range wp.Lines {
			textW = math.Max(textW, layout.TextWidth(line, size, false))
		}
	}
	bw, bh := textW+2*inset, h+2*inset
	box := layout.Rect{X: round(m.X + (m.W-bw)/2), Y: round(m.Y + m.H - bh - inset), W: bw, H: bh}
	items := []scene.Item{sceneRect(box, &scene.Fill{Color: fade(w.th.TipFill)}, &scene.Stroke{Color: fade(w.th.TipBorder), Width: 1}, 4, "notice")}
	items, _ = emitParasCentred(ws, box.X+bw/2, box.Y+inset, fade(w.th.Text), items)
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
