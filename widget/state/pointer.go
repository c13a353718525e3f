package state

import (
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/layout"
)

// clickSlop is how far a press may move and still be a click, not a drag.
const clickSlop = 4.0

type target uint8

const (
	targetNone target = iota
	targetMap
	targetSlider
	targetControl
	targetPinch
)

type pt struct{ X, Y float64 }

// pointer tracks the press in progress and the touches down.
type pointer struct {
	x, y         float64
	in           bool
	down         bool
	startX       float64
	startY       float64
	dragging     bool
	target       target
	ctl          string
	touches      map[int]pt
	pinchD       float64
	pinchX       float64
	pinchY       float64
	legendPinned string // a legend entry tapped or clicked: its highlight stays
	touch        bool   // the last press was a touch: no keyboard hints
	hinted       bool   // this press showed the two-finger hint
}

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

// countryAt returns the country under (x, y) on the map, or "".
func (s *State) countryAt(x, y float64, lay *layout.Layout) string {
	if !lay.Map.Contains(x, y) {
		return ""
	}
	code := s.world.CountryAtScreen(s.View(lay), x, y)
	if atlas.Hidden(code) {
		return ""
	}
	return code
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
	s.hover = s.countryAt(x, y, lay)
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
			s.setView(clampView(s.View(lay).Pan(dx, dy), lay.Map), lay)
		}
	}
}

// pinchTwo returns the centre and spread of the two touches down.
func (s *State) pinchTwo() (cx, cy, d float64) {
	var ps []pt
	for _, p := range s.ptr.touches {
		ps = append(ps, p)
	}
	return (ps[0].X + ps[1].X) / 2, (ps[0].Y + ps[1].Y) / 2, math.Hypot(ps[0].X-ps[1].X, ps[0].Y-ps[1].Y)
}

// pinchMove zooms by the change in spread about the touches' centre and
// pans by the centre's movement.
func (s *State) pinchMove(lay *layout.Layout) {
	p := &s.ptr
	cx, cy, d := s.pinchTwo()
	v := s.View(lay).Pan(cx-p.pinchX, cy-p.pinchY)
	if p.pinchD > 0 && d > 0 {
		v = v.ZoomAt(cx, cy, d/p.pinchD)
	}
	s.setView(clampView(v, lay.Map), lay)
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
			p.pinchX, p.pinchY, p.pinchD = s.pinchTwo()
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
	code := s.countryAt(x, y, lay)
	if code == "" {
		s.pinned = ""
		return
	}
	s.pin(code)
	s.notices = append(s.notices, Notice{Kind: "countryclick", Event: s.tl.Current(), Code: code})
}

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
		s.zoom(m.X+m.W/2, m.Y+m.H/2, f, lay)
	case id == "reset":
		s.pinned = ""
		s.ptr.legendPinned = ""
		_ = s.SetRegion(s.startRegion)
	case strings.HasPrefix(id, "region:"):
		_ = s.SetRegion(strings.TrimPrefix(id, "region:"))
	case strings.HasPrefix(id, "legend:"):
		k := strings.TrimPrefix(id, "legend:")
		if s.ptr.legendPinned == k {
			k = ""
		}
		s.ptr.legendPinned = k
	}
}
