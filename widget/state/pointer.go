package state

import (
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/layout"
)

// controlAt returns the control under (x, y), or "". The map itself is not
// a control here: it is hit-tested by country.
func (s *State) controlAt(x, y float64, lay *layout.Layout) string {
	for _, c := range lay.Controls {
		if c.ID != "map" && c.Box.Contains(x, y) && s.controlActive(c.ID) {
			return c.ID
		}
	}
	if lay.Slider.Hit.Contains(x, y) {
		return "slider"
	}
	return ""
}

// OwnsTouch reports whether a one-finger touch that starts at (x, y) is
// the widget's to follow, so its page should not scroll with it: with
// Options.PageTouch only on the timeline's slider, which a finger scrubs;
// elsewhere the page scrolls, and a tap still reaches the widget. Two
// fingers are always the widget's (a pinch).
func (s *State) OwnsTouch(x, y float64, lay *layout.Layout) bool {
	if !s.pageTouch {
		return true
	}
	return lay.Slider.Hit.Contains(x, y)
}

// countryAt returns the country under (x, y) on the map, or "", and
// whether it was found by its small-state marker: markers are hit first,
// then the shapes.
func (s *State) countryAt(x, y float64, touch bool, lay *layout.Layout) (code string, onMarker bool) {
	if !lay.Map.Contains(x, y) || (s.more && lay.DetailsBox.Contains(x, y)) {
		return "", false
	}
	if code, ok := s.markerAt(x, y, touch, lay); ok {
		return code, true
	}
	code = s.world.CountryAtScreen(s.View(lay), x, y)
	if atlas.Hidden(code) {
		return "", false
	}
	return code, false
}

// updateHover works out what is under the pointer.
func (s *State) updateHover(x, y float64, touch bool, lay *layout.Layout) {
	s.hoverCtl, s.hoverSide, s.hover = "", "", ""
	if touch {
		return // touch has no hover; taps pin instead
	}
	if id := s.controlAt(x, y, lay); id != "" {
		s.hoverCtl = id
		if k, ok := strings.CutPrefix(id, "legend:"); ok {
			s.hoverSide = k
		}
		return
	}
	s.hover, s.hoverOnMarker = s.countryAt(x, y, false, lay)
}

func (s *State) pointerMove(in Input, lay *layout.Layout) {
	p := &s.ptr
	dx, dy := in.X-p.x, in.Y-p.y
	p.x, p.y, p.in = in.X, in.Y, true
	if in.Touch && p.touches != nil {
		if _, ok := p.touches[in.ID]; ok {
			p.touches[in.ID] = pt{in.X, in.Y}
			if len(p.touches) == 2 {
				s.pinchMove(lay)
				return
			}
		}
	}
	if !p.down {
		s.updateHover(in.X, in.Y, in.Touch, lay)
		return
	}
	if !p.dragging && math.Hypot(in.X-p.startX, in.Y-p.startY) >= clickSlop {
		// The drag starts now but counts from the press, so the map
		// stays under the finger.
		p.dragging = true
		dx, dy = in.X-p.startX, in.Y-p.startY
	}
	switch p.target {
	case targetSlider:
		s.stepByHand(lay.Slider.Axis.Nearest(in.X))
	case targetMap:
		if p.dragging && in.Touch && s.pageTouch {
			// One finger scrolls the page (see OwnsTouch); say how to
			// move the map instead.
			if !p.hinted {
				p.hinted = true
				s.Notify(s.touchHint)
			}
			return
		}
		if p.dragging {
			s.hover = ""
			s.view.pan(dx, dy, lay)
		}
	}
}

// pinchMove zooms by the change in spread about the touches' centre and
// pans by the centre's movement.
func (s *State) pinchMove(lay *layout.Layout) {
	p := &s.ptr
	cx, cy, d := s.ptr.pinchTwo()
	v := s.View(lay).Pan(cx-p.pinchX, cy-p.pinchY)
	if p.pinchD > 0 && d > 0 {
		v = v.ZoomAt(cx, cy, d/p.pinchD)
	}
	s.view.set(clampView(v, lay.Map), lay)
	p.pinchX, p.pinchY, p.pinchD = cx, cy, d
}

func (s *State) pointerDown(in Input, lay *layout.Layout) {
	p := &s.ptr
	if in.Touch {
		if p.touches == nil {
			p.touches = map[int]pt{}
		}
		p.touches[in.ID] = pt{in.X, in.Y}
		if len(p.touches) == 2 {
			p.target = targetPinch
			p.pinchX, p.pinchY, p.pinchD = s.ptr.pinchTwo()
			return
		}
	}
	p.x, p.y, p.in = in.X, in.Y, true
	p.touch = in.Touch
	p.down, p.dragging, p.hinted = true, false, false
	p.startX, p.startY = in.X, in.Y
	p.target, p.ctl = targetNone, ""
	switch id := s.controlAt(in.X, in.Y, lay); {
	case id == "slider":
		p.target = targetSlider
		s.focusOn("slider", lay)
		s.stepByHand(lay.Slider.Axis.Nearest(in.X))
	case id != "":
		p.target, p.ctl = targetControl, id
	case lay.Map.Contains(in.X, in.Y):
		p.target = targetMap
	}
}

func (s *State) pointerUp(in Input, lay *layout.Layout) {
	p := &s.ptr
	if in.Touch && p.touches != nil {
		delete(p.touches, in.ID)
		if p.target == targetPinch {
			if len(p.touches) == 0 {
				p.down, p.target = false, targetNone
			}
			return
		}
	}
	if !p.down {
		return
	}
	p.down = false
	click := !p.dragging
	switch p.target {
	case targetControl:
		if click || s.controlAt(in.X, in.Y, lay) == p.ctl {
			s.focusOn(p.ctl, lay)
			s.activate(p.ctl, lay)
		}
	case targetMap:
		if click {
			s.clickMap(in.X, in.Y, lay)
		}
	}
	p.target, p.dragging = targetNone, false
	s.updateHover(in.X, in.Y, in.Touch, lay)
}

// clickMap pins the clicked country's tooltip and tells the page; a click
// on the sea closes a pinned tooltip.
func (s *State) clickMap(x, y float64, lay *layout.Layout) {
	code, onMarker := s.countryAt(x, y, s.ptr.touch, lay)
	if code == "" {
		s.pinned = ""
		return
	}
	s.pin(code)
	s.pinnedOnMarker = onMarker
	if m, ok := atlas.MarkerOf(s.markers(lay), code); onMarker && ok && m.Merged() {
		s.announce.Group = strings.Join(m.Codes, ",")
	}
	s.notices = append(s.notices, Notice{Kind: "countryclick", Event: s.tl.Current(), Code: code})
}
