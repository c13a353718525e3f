package state

import (
	"math"

	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/layout"
)

// key handles a key press: first by the focused control, then as a
// shortcut for the whole widget.
func (s *State) key(in Input, lay *layout.Layout) {
	if in.Key == KeyTab {
		s.moveFocus(in.Shift, lay)
		return
	}
	if in.Key == KeyEscape {
		switch {
		case s.more:
			s.more = false
		case s.pinned != "":
			s.pinned = ""
		case s.legendPinned != "":
			s.legendPinned = ""
		default:
			s.focus = ""
		}
		return
	}
	if s.focusedKey(in.Key, lay) {
		return
	}
	switch in.Key {
	case KeyLeft:
		s.stepByHand(s.tl.Current() - 1)
	case KeyRight:
		s.stepByHand(s.tl.Current() + 1)
	case KeyHome:
		s.stepByHand(0)
	case KeyEnd:
		s.stepByHand(s.tl.Len() - 1)
	case KeySpace:
		s.activate("play", lay)
	case KeyPlus:
		s.activate("zoomIn", lay)
	case KeyMinus:
		s.activate("zoomOut", lay)
	case KeyZero:
		s.activate("reset", lay)
	}
}

// focusedKey lets the focused control use a key; false passes it on.
func (s *State) focusedKey(k Key, lay *layout.Layout) bool {
	id := s.focus
	switch {
	case id == "":
		return false
	case id == "slider":
		switch k {
		case KeyUp:
			s.stepByHand(s.tl.Current() + 1)
			return true
		case KeyDown:
			s.stepByHand(s.tl.Current() - 1)
			return true
		}
		return false
	case id == "map":
		return s.mapKey(k, lay)
	}
	if k == KeyEnter || k == KeySpace {
		s.activate(id, lay)
		return true
	}
	return false
}

// mapKey moves the country selection with the arrows; Enter tells the page.
func (s *State) mapKey(k Key, lay *layout.Layout) bool {
	switch k {
	case KeyLeft:
		s.moveSelection(-1, 0, lay)
	case KeyRight:
		s.moveSelection(1, 0, lay)
	case KeyUp:
		s.moveSelection(0, -1, lay)
	case KeyDown:
		s.moveSelection(0, 1, lay)
	case KeyEnter, KeySpace:
		if s.pinned != "" {
			s.notices = append(s.notices, Notice{Kind: "countryclick", Event: s.tl.Current(), Code: s.pinned})
		} else {
			s.moveSelection(0, 0, lay)
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
func (s *State) moveSelection(dx, dy float64, lay *layout.Layout) {
	m := lay.Map
	v := s.View(lay)
	fromX, fromY := m.X+m.W/2, m.Y+m.H/2
	from := s.pinned
	if c := s.world.Country(from); c != nil {
		fromX, fromY = v.ToScreen(c.Anchor)
	} else {
		dx, dy = 0, 0
	}
	best, bestScore := "", math.Inf(1)
	for _, c := range s.world.Countries {
		if c.Code == from || atlas.Hidden(c.Code) {
			continue
		}
		x, y := v.ToScreen(c.Anchor)
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
	s.pin(best)
	c := s.world.Country(best)
	if x, y := v.ToScreen(c.Anchor); !m.Contains(x, y) {
		s.view.pan(m.X+m.W/2-x, m.Y+m.H/2-y, lay)
	}
}
