package widget

import (
	"github.com/stancemap/stancemap/widget/atlas"
	"math"
	"strings"
)

// key handles a key press: first by the focused control, then as a
// shortcut for the whole widget.
func (w *Widget) key(in Input) {
	if in.Key == KeyTab {
		w.moveFocus(in.Shift)
		return
	}
	if in.Key == KeyEscape {
		switch {
		case w.pinned != "":
			w.pinned = ""
		case w.ptr.legendPinned != "":
			w.ptr.legendPinned = ""
		default:
			w.focus = -1
		}
		return
	}
	if w.focusedKey(in.Key) {
		return
	}
	switch in.Key {
	case KeyLeft:
		w.stepByHand(w.tl.Current() - 1)
	case KeyRight:
		w.stepByHand(w.tl.Current() + 1)
	case KeyHome:
		w.stepByHand(0)
	case KeyEnd:
		w.stepByHand(w.tl.Len() - 1)
	case KeySpace:
		w.activate("play")
	case KeyPlus:
		w.activate("zoomIn")
	case KeyMinus:
		w.activate("zoomOut")
	case KeyZero:
		w.activate("reset")
	}
}

// focusedKey lets the focused control use a key; false passes it on.
func (w *Widget) focusedKey(k Key) bool {
	id := w.focusedID()
	switch {
	case id == "":
		return false
	case id == "slider":
		switch k {
		case KeyUp:
			w.stepByHand(w.tl.Current() + 1)
			return true
		case KeyDown:
			w.stepByHand(w.tl.Current() - 1)
			return true
		}
		return false
	case id == "map":
		return w.mapKey(k)
	}
	if k == KeyEnter || k == KeySpace {
		w.activate(id)
		return true
	}
	return false
}

// mapKey moves the country selection with the arrows; Enter tells the page.
func (w *Widget) mapKey(k Key) bool {
	switch k {
	case KeyLeft:
		w.moveSelection(-1, 0)
	case KeyRight:
		w.moveSelection(1, 0)
	case KeyUp:
		w.moveSelection(0, -1)
	case KeyDown:
		w.moveSelection(0, 1)
	case KeyEnter, KeySpace:
		if w.pinned != "" {
			w.notices = append(w.notices, Notice{Kind: "countryclick", Event: w.tl.Current(), Code: w.pinned})
		} else {
			w.moveSelection(0, 0)
		}
	default:
		return false
	}
	return true
}

// moveSelection selects the nearest country in direction (dx, dy) from the
// selected one, judged by label anchors on screen; with no selection, or
// (0, 0), the country nearest the map's centre. Off-screen picks pan the
// map to them.
func (w *Widget) moveSelection(dx, dy float64) {
	m := w.lay.Map
	fromX, fromY := m.X+m.W/2, m.Y+m.H/2
	from := w.pinned
	if c := w.world.Country(from); c != nil {
		fromX, fromY = w.view.ToScreen(c.Anchor)
	} else {
		dx, dy = 0, 0
	}
	best, bestScore := "", math.Inf(1)
	for _, c := range w.world.Countries {
		if c.Code == from || atlas.Hidden(c.Code) {
			continue
		}
		x, y := w.view.ToScreen(c.Anchor)
		vx, vy := x-fromX, y-fromY
		along := vx*dx + vy*dy
		across := math.Abs(vx*dy - vy*dx)
		score := math.Hypot(vx, vy)
		if dx != 0 || dy != 0 {
			if along <= 0 || across > 2*along {
				continue
			}
			score = along + 2*across
		}
		if score < bestScore {
			best, bestScore = c.Code, score
		}
	}
	if best == "" {
		return
	}
	w.pin(best)
	c := w.world.Country(best)
	if x, y := w.view.ToScreen(c.Anchor); !m.Contains(x, y) {
		w.setView(w.clampView(w.view.Pan(m.X+m.W/2-x, m.Y+m.H/2-y)))
	}
}

// focusedID is the id of the focused control, or "".
func (w *Widget) focusedID() string {
	if w.lay == nil || w.focus < 0 || w.focus >= len(w.lay.Controls) {
		return ""
	}
	return w.lay.Controls[w.focus].ID
}

// moveFocus moves keyboard focus to the next (or previous) control the
// step shows.
func (w *Widget) moveFocus(back bool) {
	n := len(w.lay.Controls)
	if n == 0 {
		return
	}
	for tries := 0; tries < n; tries++ {
		switch {
		case w.focus < 0 && back:
			w.focus = n - 1
		case w.focus < 0:
			w.focus = 0
		case back:
			w.focus = (w.focus - 1 + n) % n
		default:
			w.focus = (w.focus + 1) % n
		}
		if w.controlActive(w.lay.Controls[w.focus].ID) {
			return
		}
	}
}

// controlActive reports whether the current step shows control id: a
// standing position's legend entry shows only at steps whose question takes
// a context (legendActive); every other control always.
func (w *Widget) controlActive(id string) bool {
	key, ok := strings.CutPrefix(id, "legend:")
	return !ok || w.story == nil || w.legend.Active(key, w.tl.Current())
}

// refocus gives keyboard focus back to the control with id after a new
// layout, or none where that control is gone; "" leaves focus as it is.
func (w *Widget) refocus(id string) {
	if id == "" || w.focus < 0 {
		return
	}
	w.focus = -1
	for i, c := range w.lay.Controls {
		if c.ID == id {
			w.focus = i
			return
		}
	}
	// The control left with the question (a standing position's legend
	// entry): focus stays in the legend's place, on the next control.
	w.focus = 0
}

// focusOn focuses the control with id (after a click on it), keeping the
// ring hidden unless the keyboard was already in use.
func (w *Widget) focusOn(id string) {
	if w.focus < 0 {
		return
	}
	for i, c := range w.lay.Controls {
		if c.ID == id {
			w.focus = i
		}
	}
}

// legendHighlight is the legend entry whose countries are highlighted: the
// one under the pointer, else a tapped one, else the focused one.
func (w *Widget) legendHighlight() string {
	if w.hoverSide != "" && w.controlActive("legend:"+w.hoverSide) {
		return w.hoverSide
	}
	if w.ptr.legendPinned != "" && w.controlActive("legend:"+w.ptr.legendPinned) {
		return w.ptr.legendPinned
	}
	if k, ok := strings.CutPrefix(w.focusedID(), "legend:"); ok && w.controlActive(w.focusedID()) {
		return k
	}
	return ""
}
