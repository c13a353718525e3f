package widget

import (
	"github.com/stancemap/stancemap/widget/atlas"
	"math"
	"strings"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/i18n"
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

// Handle applies one input and reports whether anything visible changed, so
// a backend can skip drawing the frame when nothing did.
func (w *Widget) Handle(in Input) bool {
	if in.Kind == Resize {
		before := w.keys()
		w.Resize(in.X, in.Y, in.Factor)
		return w.keys() != before
	}
	if !w.ready() {
		return false
	}
	w.layoutNow()
	before := w.keys()
	switch in.Kind {
	case PointerMove:
		w.pointerMove(in)
	case PointerDown:
		w.pointerDown(in)
	case PointerUp:
		w.pointerUp(in)
	case PointerLeave:
		w.ptr.in = false
		if !w.ptr.down {
			w.hover, w.hoverCtl, w.hoverSide = "", "", ""
		}
	case Wheel:
		f := in.Factor
		if !(f > 0) {
			f = math.Exp(-in.DY * 0.002)
		}
		w.zoomIfOnMap(in.X, in.Y, f)
	case Pinch:
		w.zoomIfOnMap(in.X, in.Y, in.Factor)
	case KeyPress:
		w.key(in)
	}
	return w.keys() != before
}

func (w *Widget) zoomIfOnMap(x, y, f float64) {
	if w.lay.Map.Contains(x, y) {
		w.zoom(x, y, f)
	}
}

// zoom scales the view about (x, y), which stays fixed unless the clamp
// has to move the map back into sight.
func (w *Widget) zoom(x, y, f float64) {
	if !(f > 0) || math.IsInf(f, 0) {
		return
	}
	// Stop at the zoom limits here, about (x, y): clamping the scale
	// afterwards would zoom about the map's centre.
	lo, hi := w.scaleLimits()
	f = clamp(w.view.Scale*f, lo, hi) / w.view.Scale
	w.setView(w.clampView(w.view.ZoomAt(x, y, f)))
}

// setView moves the map; the region button no longer shows as chosen.
func (w *Widget) setView(v geo.View) {
	if v != w.view {
		w.view = v
		w.atPreset = false
	}
}

// controlAt returns the control under (x, y), or "". The map itself is not
// a control here: it is hit-tested by country.
func (w *Widget) controlAt(x, y float64) string {
	for _, c := range w.lay.Controls {
		if c.ID != "map" && c.Box.Contains(x, y) && w.controlActive(c.ID) {
			return c.ID
		}
	}
	if w.lay.Slider.Hit.Contains(x, y) {
		return "slider"
	}
	return ""
}

// OwnsTouch reports whether a one-finger touch that starts at (x, y) is
// the widget's to follow, so its page should not scroll with it: with
// Options.PageTouch only on the timeline's slider, which a finger scrubs;
// elsewhere the page scrolls, and a tap still reaches the widget. Two
// fingers are always the widget's (a pinch).
func (w *Widget) OwnsTouch(x, y float64) bool {
	if !w.pageTouch {
		return true
	}
	w.layoutNow()
	return w.lay != nil && w.lay.Slider.Hit.Contains(x, y)
}

// countryAt returns the country under (x, y) on the map, or "".
func (w *Widget) countryAt(x, y float64) string {
	if !w.lay.Map.Contains(x, y) {
		return ""
	}
	code := w.world.CountryAtScreen(w.view, x, y)
	if atlas.Hidden(code) {
		return ""
	}
	return code
}

// updateHover works out what is under the pointer.
func (w *Widget) updateHover(x, y float64, touch bool) {
	w.hoverCtl, w.hoverSide, w.hover = "", "", ""
	if touch {
		return // touch has no hover; taps pin instead
	}
	if id := w.controlAt(x, y); id != "" {
		w.hoverCtl = id
		if k, ok := strings.CutPrefix(id, "legend:"); ok {
			w.hoverSide = k
		}
		return
	}
	w.hover = w.countryAt(x, y)
}

func (w *Widget) pointerMove(in Input) {
	p := &w.ptr
	dx, dy := in.X-p.x, in.Y-p.y
	p.x, p.y, p.in = in.X, in.Y, true
	if in.Touch && p.touches != nil {
		if _, ok := p.touches[in.ID]; ok {
			p.touches[in.ID] = pt{in.X, in.Y}
			if len(p.touches) == 2 {
				w.pinchMove()
				return
			}
		}
	}
	if !p.down {
		w.updateHover(in.X, in.Y, in.Touch)
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
		w.stepByHand(w.lay.Slider.Axis.Nearest(in.X))
	case targetMap:
		if p.dragging && in.Touch && w.pageTouch {
			// One finger scrolls the page (see OwnsTouch); say how to
			// move the map instead.
			if !p.hinted {
				p.hinted = true
				w.Notify(i18n.T(w.lang, "twoFingers"))
			}
			return
		}
		if p.dragging {
			w.hover = ""
			w.setView(w.clampView(w.view.Pan(dx, dy)))
		}
	}
}

// pinchTwo returns the centre and spread of the two touches down.
func (w *Widget) pinchTwo() (cx, cy, d float64) {
	var ps []pt
	for _, p := range w.ptr.touches {
		ps = append(ps, p)
	}
	return (ps[0].X + ps[1].X) / 2, (ps[0].Y + ps[1].Y) / 2, math.Hypot(ps[0].X-ps[1].X, ps[0].Y-ps[1].Y)
}

// pinchMove zooms by the change in spread about the touches' centre and
// pans by the centre's movement.
func (w *Widget) pinchMove() {
	p := &w.ptr
	cx, cy, d := w.pinchTwo()
	v := w.view.Pan(cx-p.pinchX, cy-p.pinchY)
	if p.pinchD > 0 && d > 0 {
		v = v.ZoomAt(cx, cy, d/p.pinchD)
	}
	w.setView(w.clampView(v))
	p.pinchX, p.pinchY, p.pinchD = cx, cy, d
}

func (w *Widget) pointerDown(in Input) {
	p := &w.ptr
	if in.Touch {
		if p.touches == nil {
			p.touches = map[int]pt{}
		}
		p.touches[in.ID] = pt{in.X, in.Y}
		if len(p.touches) == 2 {
			p.target = targetPinch
			p.pinchX, p.pinchY, p.pinchD = w.pinchTwo()
			return
		}
	}
	p.x, p.y, p.in = in.X, in.Y, true
	p.touch = in.Touch
	p.down, p.dragging, p.hinted = true, false, false
	p.startX, p.startY = in.X, in.Y
	p.target, p.ctl = targetNone, ""
	switch id := w.controlAt(in.X, in.Y); {
	case id == "slider":
		p.target = targetSlider
		w.focusOn("slider")
		w.stepByHand(w.lay.Slider.Axis.Nearest(in.X))
	case id != "":
		p.target, p.ctl = targetControl, id
	case w.lay.Map.Contains(in.X, in.Y):
		p.target = targetMap
	}
}

func (w *Widget) pointerUp(in Input) {
	p := &w.ptr
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
		if click || w.controlAt(in.X, in.Y) == p.ctl {
			w.focusOn(p.ctl)
			w.activate(p.ctl)
		}
	case targetMap:
		if click {
			w.clickMap(in.X, in.Y)
		}
	}
	p.target, p.dragging = targetNone, false
	w.updateHover(in.X, in.Y, in.Touch)
}

// clickMap pins the clicked country's tooltip and tells the page; a click
// on the sea closes a pinned tooltip.
func (w *Widget) clickMap(x, y float64) {
	code := w.countryAt(x, y)
	if code == "" {
		w.pinned = ""
		return
	}
	w.pin(code)
	w.notices = append(w.notices, Notice{Kind: "countryclick", Event: w.tl.Current(), Code: code})
}

// stepByHand shows step i after a reader's action: playback pauses, since
// the reader has taken over.
func (w *Widget) stepByHand(i int) {
	if w.tl.Playing() {
		w.tl.Pause()
	}
	from := w.tl.Current()
	if w.tl.Set(i) {
		w.stepChanged(from)
	}
}

// activate runs a control, as a click or Enter/Space on it does.
func (w *Widget) activate(id string) {
	switch {
	case id == "play":
		from := w.tl.Current()
		if w.tl.Toggle() {
			w.stepChanged(from)
		}
	case id == "zoomIn", id == "zoomOut":
		f := 1.5
		if id == "zoomOut" {
			f = 1 / f
		}
		m := w.lay.Map
		w.zoom(m.X+m.W/2, m.Y+m.H/2, f)
	case id == "reset":
		w.pinned = ""
		w.ptr.legendPinned = ""
		_ = w.SetRegion(w.startRegion)
		w.layoutNow()
	case strings.HasPrefix(id, "region:"):
		_ = w.SetRegion(strings.TrimPrefix(id, "region:"))
		w.layoutNow()
	case strings.HasPrefix(id, "legend:"):
		k := strings.TrimPrefix(id, "legend:")
		if w.ptr.legendPinned == k {
			k = ""
		}
		w.ptr.legendPinned = k
	}
}
