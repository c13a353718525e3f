package state

import (
	"math"

	"github.com/stancemap/stancemap/widget/layout"
)

// Handle applies one input intent, with lay the layout the widget is
// shown in at the state's size and question (hit tests read its boxes). A
// Resize is the backend's to apply with Resize, before it lays out.
func (s *State) Handle(in Input, lay *layout.Layout) {
	if !s.Ready() {
		return
	}
	switch in.Kind {
	case PointerMove:
		s.pointerMove(in, lay)
	case PointerDown:
		s.pointerDown(in, lay)
	case PointerUp:
		s.pointerUp(in, lay)
	case PointerLeave:
		s.ptr.in = false
		if !s.ptr.down {
			s.hover, s.hoverCtl, s.hoverSide = "", "", ""
		}
	case Wheel:
		f := in.Factor
		if !(f > 0) {
			f = math.Exp(-in.DY * 0.002)
		}
		if lay.Map.Contains(in.X, in.Y) {
			s.view.zoom(in.X, in.Y, f, lay)
		}
	case Pinch:
		if lay.Map.Contains(in.X, in.Y) {
			s.view.zoom(in.X, in.Y, in.Factor, lay)
		}
	case KeyPress:
		s.key(in, lay)
	}
}
