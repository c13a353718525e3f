package state

import (
	"strings"

	"github.com/stancemap/stancemap/widget/layout"
)

// stepByHand shows step i after a reader's action: playback pauses, since
// the reader has taken over.
func (s *State) stepByHand(i int) {
	if s.tl.Playing() {
		s.tl.Pause()
	}
	from := s.tl.Current()
	if s.tl.Set(i) {
		s.stepChanged(from)
	}
}

// activate runs a control, as a click or Enter/Space on it does.
func (s *State) activate(id string, lay *layout.Layout) {
	switch {
	case id == "more":
		s.more = !s.more
	case id == "play":
		from := s.tl.Current()
		if s.tl.Toggle() {
			s.stepChanged(from)
		}
	case id == "zoomIn", id == "zoomOut":
		f := 1.5
		if id == "zoomOut" {
			f = 1 / f
		}
		m := lay.Map
		s.view.zoom(m.X+m.W/2, m.Y+m.H/2, f, lay)
	case id == "reset":
		s.pinned = ""
		s.legendPinned = ""
		_ = s.SetRegion(s.startRegion)
	case strings.HasPrefix(id, "region:"):
		_ = s.SetRegion(strings.TrimPrefix(id, "region:"))
	case strings.HasPrefix(id, "legend:"):
		k := strings.TrimPrefix(id, "legend:")
		if s.legendPinned == k {
			k = ""
		}
		s.legendPinned = k
	}
}
