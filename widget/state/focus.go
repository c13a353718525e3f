package state

import (
	"strings"

	"github.com/stancemap/stancemap/widget/layout"
)

// Focus returns the control with keyboard focus, "" for none.
func (s *State) Focus() string {
	if s.focus == "" || !s.controlActive(s.focus) {
		return ""
	}
	return s.focus
}

// moveFocus moves keyboard focus to the next (or previous) control in
// lay's focus order that the step shows.
func (s *State) moveFocus(back bool, lay *layout.Layout) {
	cs := lay.Controls
	n := len(cs)
	if n == 0 {
		return
	}
	at := -1
	for i, c := range cs {
		if c.ID == s.focus {
			at = i
		}
	}
	for tries := 0; tries < n; tries++ {
		switch {
		case at < 0 && back:
			at = n - 1
		case at < 0:
			at = 0
		case back:
			at = (at - 1 + n) % n
		default:
			at = (at + 1) % n
		}
		s.focus = cs[at].ID
		if s.controlActive(s.focus) {
			return
		}
	}
}

// focusOn focuses the control with id (after a click on it), keeping the
// ring hidden unless the keyboard was already in use.
func (s *State) focusOn(id string, lay *layout.Layout) {
	if s.focus == "" {
		return
	}
	if _, ok := lay.Control(id); ok {
		s.focus = id
	}
}

// Highlight is the legend entry whose countries are highlighted: the one
// under the pointer, else a tapped one, else the focused one.
func (s *State) Highlight() string {
	if s.hoverSide != "" && s.controlActive("legend:"+s.hoverSide) {
		return s.hoverSide
	}
	if s.legendPinned != "" && s.controlActive("legend:"+s.legendPinned) {
		return s.legendPinned
	}
	if k, ok := strings.CutPrefix(s.focus, "legend:"); ok && s.controlActive(s.focus) {
		return k
	}
	return ""
}
