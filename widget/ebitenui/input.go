package ebitenui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/ebitenui/intent"
)

// reader fills an intent.Frame from Ebiten's input state, reusing buffers.
type reader struct {
	tracker intent.Tracker
	keys    []ebiten.Key
	touches []ebiten.TouchID
}

// Held keys repeat after keyDelay ticks, every keyEvery ticks.
const (
	keyDelay = 24
	keyEvery = 4
)

// read returns this tick's input in logical px (Ebiten reports device px,
// since Layout makes the screen dpr times the window). The key presses
// come from keys where it is set (Options.Keys), else from Ebiten.
func (r *reader) read(w, h, dpr float64, keys func() []string) intent.Frame {
	x, y := ebiten.CursorPosition()
	f := intent.Frame{
		W: w, H: h,
		X: float64(x) / dpr, Y: float64(y) / dpr,
		Left:  ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft),
		Ctrl:  ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta),
		Shift: ebiten.IsKeyPressed(ebiten.KeyShift),
	}
	_, wy := ebiten.Wheel()
	f.WheelY = wheelPixels(wy, f.Ctrl)
	if keys != nil {
		f.Keys = keys()
	} else {
		r.keys = inpututil.AppendJustPressedKeys(r.keys[:0])
		for _, k := range []ebiten.Key{ebiten.KeyArrowLeft, ebiten.KeyArrowRight, ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyEqual, ebiten.KeyMinus} {
			if d := inpututil.KeyPressDuration(k); d > keyDelay && (d-keyDelay)%keyEvery == 0 {
				r.keys = append(r.keys, k)
			}
		}
		for _, k := range r.keys {
			f.Keys = append(f.Keys, k.String())
		}
	}
	r.touches = ebiten.AppendTouchIDs(r.touches[:0])
	for _, id := range r.touches {
		tx, ty := ebiten.TouchPosition(id)
		f.Touches = append(f.Touches, intent.Touch{ID: int(id), X: float64(tx) / dpr, Y: float64(ty) / dpr})
	}
	return f
}

// cursorShape is the system pointer for the widget's cursor.
func cursorShape(c widget.Cursor) ebiten.CursorShapeType {
	switch c {
	case widget.CursorPointer:
		return ebiten.CursorShapePointer
	case widget.CursorGrab:
		return ebiten.CursorShapeMove
	}
	return ebiten.CursorShapeDefault
}

func ceil(v float64) float64 { return math.Ceil(v) }
