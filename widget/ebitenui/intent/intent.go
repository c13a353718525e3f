// Package intent turns what a backend read from the input devices in one
// frame (cursor, buttons, wheel, touches, keys) into widget.Input intents.
// It is the pure half of the Ebiten backend: it imports no Ebiten, so it is
// tested without a display, and the Ebiten half only fills in a Frame.
package intent

import (
	"slices"

	"github.com/stancemap/stancemap/widget"
)

// Touch is one finger on the screen, in logical px.
type Touch struct {
	ID   int
	X, Y float64
}

// Frame is the input state of one tick, in logical px.
type Frame struct {
	W, H   float64 // the widget's size, to tell when the cursor left it
	X, Y   float64 // cursor
	Left   bool    // left mouse button held
	WheelY float64 // scroll this tick in px; positive scrolls up (zooms in)
	Ctrl   bool
	Shift  bool
	Keys   []string // keys pressed this tick, by Ebiten's key names ("ArrowLeft", "Space"…)
	// Touches are the fingers down now. While any is down the mouse is
	// ignored, so a browser's emulated mouse events never count twice.
	Touches []Touch
}

// Tracker remembers the previous frame so each Next reports only what changed.
// The zero value is ready; the first frame only sets the starting state.
type Tracker struct {
	prev    Frame
	started bool
	inside  bool // the cursor was over the widget
}

// Next returns the intents between the previous frame and f, in the order a
// person did them: touches, then the mouse, then the wheel, then keys.
func (t *Tracker) Next(f Frame) []widget.Input {
	if !t.started {
		t.started = true
		t.inside = f.in(f.X, f.Y)
		t.prev = f
		t.prev.Touches = slices.Clone(f.Touches)
		// The first frame is the starting state, not a change: a cursor
		// resting over the window is not a hover until it moves.
		return nil
	}
	var out []widget.Input
	out = t.touches(out, f)
	if len(f.Touches) == 0 && len(t.prev.Touches) == 0 {
		out = t.mouse(out, f)
	}
	if f.WheelY != 0 {
		out = append(out, widget.Input{Kind: widget.Wheel, X: f.X, Y: f.Y, DY: -f.WheelY, Ctrl: f.Ctrl, Shift: f.Shift})
	}
	for _, name := range f.Keys {
		if k := KeyOf(name); k != widget.KeyNone {
			out = append(out, widget.Input{Kind: widget.KeyPress, Key: k, Shift: f.Shift, Ctrl: f.Ctrl})
		}
	}
	t.prev = f
	t.prev.Touches = slices.Clone(f.Touches)
	t.prev.Keys = nil
	return out
}

func (f Frame) in(x, y float64) bool { return x >= 0 && y >= 0 && x < f.W && y < f.H }

// mouse reports moves, presses, releases and leaving the widget. While the
// button is held, moves outside still count, so a drag can finish anywhere.
func (t *Tracker) mouse(out []widget.Input, f Frame) []widget.Input {
	p := t.prev
	moved := f.X != p.X || f.Y != p.Y
	inside := f.in(f.X, f.Y)
	switch {
	case moved && (inside || f.Left || p.Left):
		out = append(out, widget.Input{Kind: widget.PointerMove, X: f.X, Y: f.Y})
	case moved && t.inside && !inside:
		out = append(out, widget.Input{Kind: widget.PointerLeave, X: f.X, Y: f.Y})
	}
	t.inside = inside
	switch {
	case f.Left && !p.Left && inside:
		out = append(out, widget.Input{Kind: widget.PointerDown, X: f.X, Y: f.Y, Shift: f.Shift, Ctrl: f.Ctrl})
	case !f.Left && p.Left:
		out = append(out, widget.Input{Kind: widget.PointerUp, X: f.X, Y: f.Y, Shift: f.Shift, Ctrl: f.Ctrl})
	}
	return out
}

// touches reports fingers that went down, moved or lifted, by touch id; the
// widget turns two fingers into a pinch.
func (t *Tracker) touches(out []widget.Input, f Frame) []widget.Input {
	for _, old := range t.prev.Touches {
		if !slices.ContainsFunc(f.Touches, func(n Touch) bool { return n.ID == old.ID }) {
			out = append(out, widget.Input{Kind: widget.PointerUp, X: old.X, Y: old.Y, Touch: true, ID: old.ID})
		}
	}
	for _, n := range f.Touches {
		i := slices.IndexFunc(t.prev.Touches, func(o Touch) bool { return o.ID == n.ID })
		switch {
		case i < 0:
			out = append(out, widget.Input{Kind: widget.PointerDown, X: n.X, Y: n.Y, Touch: true, ID: n.ID})
		case t.prev.Touches[i].X != n.X || t.prev.Touches[i].Y != n.Y:
			out = append(out, widget.Input{Kind: widget.PointerMove, X: n.X, Y: n.Y, Touch: true, ID: n.ID})
		}
	}
	return out
}

// KeyOf maps an Ebiten key name to the widget's key, or KeyNone for keys the
// widget does not use. "+" sits on Equal on most layouts, so Equal zooms in
// with or without Shift.
func KeyOf(name string) widget.Key {
	switch name {
	case "ArrowLeft":
		return widget.KeyLeft
	case "ArrowRight":
		return widget.KeyRight
	case "ArrowUp":
		return widget.KeyUp
	case "ArrowDown":
		return widget.KeyDown
	case "Home":
		return widget.KeyHome
	case "End":
		return widget.KeyEnd
	case "Space":
		return widget.KeySpace
	case "Enter", "NumpadEnter":
		return widget.KeyEnter
	case "Escape":
		return widget.KeyEscape
	case "Tab":
		return widget.KeyTab
	case "Equal", "NumpadAdd":
		return widget.KeyPlus
	case "Minus", "NumpadSubtract":
		return widget.KeyMinus
	case "Digit0", "Numpad0":
		return widget.KeyZero
	}
	return widget.KeyNone
}
