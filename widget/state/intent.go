package state

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
