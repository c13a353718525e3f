package state

import (
	"math"

	"github.com/stancemap/stancemap/widget/layout"
)

// InputKind is what happened.
type InputKind uint8

const (
	InputNone    InputKind = iota
	PointerMove            // X, Y; Touch and ID for touches
	PointerDown            // X, Y
	PointerUp              // X, Y
	PointerLeave           // the pointer left the widget
	Wheel                  // X, Y pointer; DY scroll in px (positive: zoom out), or Factor
	Pinch                  // X, Y centre; Factor the change in scale (a trackpad or gesture event)
	KeyPress               // Key, Shift, Ctrl
	Resize                 // X width, Y height, Factor device pixel ratio
)

// Key is a key the widget understands; backends map their key codes to it.
type Key uint8

const (
	KeyNone Key = iota
	KeyLeft
	KeyRight
	KeyUp
	KeyDown
	KeyHome
	KeyEnd
	KeySpace
	KeyEnter
	KeyEscape
	KeyTab
	KeyPlus
	KeyMinus
	KeyZero
)

// Input is one input intent from a backend, in logical px.
type Input struct {
	Kind         InputKind
	X, Y, DX, DY float64
	Factor       float64
	Key          Key
	Shift, Ctrl  bool
	Touch        bool
	ID           int // pointer or touch id
}

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
		s.zoomIfOnMap(in.X, in.Y, f, lay)
	case Pinch:
		s.zoomIfOnMap(in.X, in.Y, in.Factor, lay)
	case KeyPress:
		s.key(in, lay)
	}
}
