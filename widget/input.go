package widget

import "github.com/stancemap/stancemap/widget/state"

// The input intents a backend feeds Handle, the pointer shapes it shows
// and the notices it passes on to the page are the state's (package
// state); these names keep the backends' code short.
type (
	Input     = state.Input
	InputKind = state.InputKind
	Key       = state.Key
	Cursor    = state.Cursor
	Notice    = state.Notice
)

const (
	InputNone    = state.InputNone
	PointerMove  = state.PointerMove
	PointerDown  = state.PointerDown
	PointerUp    = state.PointerUp
	PointerLeave = state.PointerLeave
	Wheel        = state.Wheel
	Pinch        = state.Pinch
	KeyPress     = state.KeyPress
	Resize       = state.Resize

	KeyNone   = state.KeyNone
	KeyLeft   = state.KeyLeft
	KeyRight  = state.KeyRight
	KeyUp     = state.KeyUp
	KeyDown   = state.KeyDown
	KeyHome   = state.KeyHome
	KeyEnd    = state.KeyEnd
	KeySpace  = state.KeySpace
	KeyEnter  = state.KeyEnter
	KeyEscape = state.KeyEscape
	KeyTab    = state.KeyTab
	KeyPlus   = state.KeyPlus
	KeyMinus  = state.KeyMinus
	KeyZero   = state.KeyZero

	CursorDefault = state.CursorDefault
	CursorPointer = state.CursorPointer
	CursorGrab    = state.CursorGrab
)
