package intent

import (
	"reflect"
	"testing"

	"github.com/stancemap/stancemap/widget"
)

func TestTracker(t *testing.T) {
	base := Frame{W: 800, H: 600, X: 100, Y: 100}
	with := func(f func(*Frame)) Frame { g := base; f(&g); return g }
	in := func(k widget.InputKind, x, y float64) widget.Input { return widget.Input{Kind: k, X: x, Y: y} }
	touch := func(k widget.InputKind, id int, x, y float64) widget.Input {
		return widget.Input{Kind: k, X: x, Y: y, Touch: true, ID: id}
	}
	tests := []struct {
		name   string
		frames []Frame // the first sets the starting state
		want   []widget.Input
	}{
		{"still cursor is not a move", []Frame{base, base}, nil},
		{"move", []Frame{base, with(func(f *Frame) { f.X = 120 })}, []widget.Input{in(widget.PointerMove, 120, 100)}},
		{"click", []Frame{base, with(func(f *Frame) { f.Left = true }), base},
			[]widget.Input{in(widget.PointerDown, 100, 100), in(widget.PointerUp, 100, 100)}},
		{"drag ends outside", []Frame{base, with(func(f *Frame) { f.Left = true }), with(func(f *Frame) { f.Left, f.X = true, 900 }), with(func(f *Frame) { f.X = 900 })},
			[]widget.Input{in(widget.PointerDown, 100, 100), in(widget.PointerMove, 900, 100), in(widget.PointerUp, 900, 100)}},
		{"leave", []Frame{base, with(func(f *Frame) { f.X = -5 }), with(func(f *Frame) { f.X = -10 })},
			[]widget.Input{in(widget.PointerLeave, -5, 100)}},
		{"press outside is ignored", []Frame{with(func(f *Frame) { f.X = -5 }), with(func(f *Frame) { f.X, f.Left = -5, true })}, nil},
		{"wheel up zooms in (negative DY)", []Frame{base, with(func(f *Frame) { f.WheelY = 100; f.Ctrl = true })},
			[]widget.Input{{Kind: widget.Wheel, X: 100, Y: 100, DY: -100, Ctrl: true}}},
		{"keys with modifiers", []Frame{base, with(func(f *Frame) { f.Keys = []string{"Tab", "KeyQ", "ArrowRight"}; f.Shift = true })},
			[]widget.Input{{Kind: widget.KeyPress, Key: widget.KeyTab, Shift: true}, {Kind: widget.KeyPress, Key: widget.KeyRight, Shift: true}}},
		{"keys are not repeated next frame", []Frame{base, with(func(f *Frame) { f.Keys = []string{"Home"} }), base},
			[]widget.Input{{Kind: widget.KeyPress, Key: widget.KeyHome}}},
		{"tap", []Frame{base,
			with(func(f *Frame) { f.Touches = []Touch{{ID: 7, X: 50, Y: 60}} }),
			base},
			[]widget.Input{touch(widget.PointerDown, 7, 50, 60), touch(widget.PointerUp, 7, 50, 60)}},
		{"pinch: two ids, both move, lift", []Frame{base,
			with(func(f *Frame) { f.Touches = []Touch{{ID: 1, X: 10, Y: 10}} }),
			with(func(f *Frame) { f.Touches = []Touch{{ID: 1, X: 10, Y: 10}, {ID: 2, X: 50, Y: 50}} }),
			with(func(f *Frame) { f.Touches = []Touch{{ID: 1, X: 5, Y: 5}, {ID: 2, X: 60, Y: 60}} }),
			with(func(f *Frame) { f.Touches = []Touch{{ID: 2, X: 60, Y: 60}} }),
			base},
			[]widget.Input{
				touch(widget.PointerDown, 1, 10, 10),
				touch(widget.PointerDown, 2, 50, 50),
				touch(widget.PointerMove, 1, 5, 5), touch(widget.PointerMove, 2, 60, 60),
				touch(widget.PointerUp, 1, 5, 5),
				touch(widget.PointerUp, 2, 60, 60),
			}},
		{"mouse is ignored while touching and on the lift frame", []Frame{base,
			with(func(f *Frame) { f.Touches = []Touch{{ID: 3, X: 10, Y: 10}}; f.X, f.Left = 10, true }),
			with(func(f *Frame) { f.X = 10 })},
			[]widget.Input{touch(widget.PointerDown, 3, 10, 10), touch(widget.PointerUp, 3, 10, 10)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tr Tracker
			var got []widget.Input
			for _, f := range tt.frames {
				got = append(got, tr.Next(f)...)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestKeyOf(t *testing.T) {
	tests := map[string]widget.Key{
		"ArrowLeft": widget.KeyLeft, "ArrowRight": widget.KeyRight, "ArrowUp": widget.KeyUp, "ArrowDown": widget.KeyDown,
		"Home": widget.KeyHome, "End": widget.KeyEnd, "Space": widget.KeySpace, "Enter": widget.KeyEnter,
		"NumpadEnter": widget.KeyEnter, "Escape": widget.KeyEscape, "Tab": widget.KeyTab,
		"Equal": widget.KeyPlus, "NumpadAdd": widget.KeyPlus, "Minus": widget.KeyMinus, "NumpadSubtract": widget.KeyMinus,
		"Digit0": widget.KeyZero, "Numpad0": widget.KeyZero, "S": widget.KeyNone, "": widget.KeyNone,
	}
	for name, want := range tests {
		if got := KeyOf(name); got != want {
			t.Errorf("KeyOf(%q) = %v, want %v", name, got, want)
		}
	}
}
