// Package state is what the reader has done to the widget, and nothing
// else: the step and playback, the country under the pointer and the one
// pinned, the legend entry highlighted, keyboard focus, the map's view, a
// notice on show, and what the page should hear about it. Input intents
// change it (Handle), and so do the embedding page's calls (SetEvent,
// Select, SetRegion, Notify); nothing else does. It draws nothing and says
// nothing in words: a layout.Layout tells it where the controls are, and
// compose and package words turn it into pictures and sentences.
package state

import (
	"fmt"
	"strings"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/timeline"
)

// Options choose the starting state.
type Options struct {
	Event  int    // the starting step, clamped
	Region string // a geo region id; "" or unknown is "world"
	// PageTouch is for a widget inside a scrolling page (the web embed):
	// one finger on the map scrolls the page instead of moving the map,
	// which takes two fingers, and taps still select. Without it one
	// finger drags the map, as in the desktop app.
	PageTouch bool
	// TouchHint is the notice a one-finger drag on the map shows with
	// PageTouch ("Use two fingers to move the map").
	TouchHint string
}

// Cursor is the pointer shape the backend should show.
type Cursor uint8

const (
	CursorDefault Cursor = iota
	CursorPointer        // over something clickable
	CursorGrab           // dragging the map
)

// Notice is something the embedding page may want to know about.
type Notice struct {
	Kind  string // "eventchange" | "countryclick"
	Event int    // the current step
	Code  string // the country, for countryclick
}

// Announcement is what the page's live region should say next, by its
// subject; package words words it.
type Announcement struct {
	Kind AnnouncementKind
	Step int    // the step it speaks of
	Code string // the country, for AnnounceCountry
	// Group is a merged marker's states, comma-separated, where the
	// country was pinned by it: the announcement names each.
	Group string
	Msg   string // the notice, for AnnounceNotice
}

// AnnouncementKind says what an Announcement is about.
type AnnouncementKind uint8

const (
	AnnounceStep    AnnouncementKind = iota // a step was shown: its headline and counts
	AnnounceCountry                         // a country was pinned: its stance at the step
	AnnounceNotice                          // a notice was shown
)

// State is the reader's widget state. It is not safe for concurrent use:
// one goroutine (the backend's update loop) drives it.
type State struct {
	story     *data.Story
	world     *geo.World
	pageTouch bool
	touchHint string
	tl        *timeline.Controller

	w, h, dpr float64
	more      bool // the whole caption is open (the More button)

	view        mapView
	startRegion string // the region Reset returns to

	hover     string // country under the pointer
	hoverSide string // legend entry under the pointer ("" none)
	hoverCtl  string // control under the pointer
	pinned    string // country whose tooltip stays open
	// hoverOnMarker and pinnedOnMarker: the pointer found the country by
	// its small-state marker.
	hoverOnMarker, pinnedOnMarker bool
	marks                         markerCache
	focus                         string // the control with keyboard focus, "" none
	// legendPinned is a legend entry tapped or clicked: its highlight stays.
	legendPinned string
	ptr          pointer

	notices  []Notice
	announce Announcement
	note     notice // a short message over the map (Notify)
}

// New returns the state of a widget showing story on world, 640×480 px
// until Resize says otherwise. A nil story or world is a widget without
// steps, which ignores input.
func New(story *data.Story, world *geo.World, opt Options) *State {
	s := &State{
		story: story, world: world, pageTouch: opt.PageTouch, touchHint: opt.TouchHint,
		view: mapView{region: "world"}, w: 640, h: 480, dpr: 1,
	}
	n := 0
	if story != nil {
		n = len(story.Events)
	}
	s.tl = timeline.New(n, opt.Event)
	if _, ok := geo.RegionByID(opt.Region); ok {
		s.view.region = opt.Region
	}
	s.startRegion = s.view.region
	s.announce = Announcement{Kind: AnnounceStep, Step: s.tl.Current()}
	return s
}

// Ready reports whether there is a story with steps on a world to show.
func (s *State) Ready() bool { return s.story != nil && s.world != nil && s.tl.Len() > 0 }

// Resize sets the logical size and the device pixel ratio, and reports
// whether they changed. A new size fits the region preset to the new map.
func (s *State) Resize(width, height, dpr float64) bool {
	if !(width > 0) || !(height > 0) {
		return false
	}
	if !(dpr > 0) {
		dpr = 1
	}
	if width == s.w && height == s.h && dpr == s.dpr {
		return false
	}
	s.w, s.h, s.dpr = width, height, dpr
	s.view.preset(s.view.region)
	return true
}

// Size returns the logical size and device pixel ratio set by Resize.
func (s *State) Size() (width, height, dpr float64) { return s.w, s.h, s.dpr }

// Step returns the current step.
func (s *State) Step() int { return s.tl.Current() }

// Question is the current step's question ("" without a story): the
// layout's legend follows it.
func (s *State) Question() string {
	if !s.Ready() {
		return ""
	}
	return s.story.Events[s.tl.Current()].Question
}

// SetEvent shows step i (clamped); an eventchange notice follows if it
// changed.
func (s *State) SetEvent(i int) {
	from := s.tl.Current()
	if s.tl.Set(i) {
		s.stepChanged(from)
	}
}

// stepChanged records the notice and the announcement of a new step. Where
// the question changed, the legend's entries change with it: keyboard
// focus on a standing position's entry that the new question does not
// show goes to the first control in focus order, the slider.
func (s *State) stepChanged(from int) {
	to := s.tl.Current()
	s.notices = append(s.notices, Notice{Kind: "eventchange", Event: to})
	s.announce = Announcement{Kind: AnnounceStep, Step: to}
	if s.focus != "" && !s.controlActive(s.focus) {
		s.focus = "slider"
	}
}

// Select pins the tooltip of country code, as a click or tap would; ""
// unpins. Unknown codes are ignored.
func (s *State) Select(code string) {
	if code == "" {
		s.pinned = ""
		return
	}
	if s.world == nil || s.world.Country(code) == nil {
		return
	}
	s.pin(code)
}

func (s *State) pin(code string) {
	s.pinned, s.pinnedOnMarker = code, false
	s.announce = Announcement{Kind: AnnounceCountry, Step: s.tl.Current(), Code: code}
}

// Pinned returns the country whose tooltip is pinned, or "".
func (s *State) Pinned() string { return s.pinned }

// More reports whether the whole caption is open (the More button).
func (s *State) More() bool { return s.more }

// Hovered returns the country under the pointer, or "".
func (s *State) Hovered() string { return s.hover }

// HoverControl returns the control under the pointer, or "".
func (s *State) HoverControl() string { return s.hoverCtl }

// SetRegion fits the map to a region preset ("world", "americas",
// "europe"…).
func (s *State) SetRegion(id string) error {
	if _, ok := geo.RegionByID(id); !ok {
		return fmt.Errorf("widget: unknown region %q", id)
	}
	s.view.preset(id)
	return nil
}

// Region returns the last region preset chosen.
func (s *State) Region() string { return s.view.region }

// AtPreset reports whether the view is still the fitted region preset, so
// its button shows as chosen.
func (s *State) AtPreset() bool { return !s.view.moved }

// Playing reports whether playback runs.
func (s *State) Playing() bool { return s.tl.Playing() }

// Busy reports whether the backend must keep ticking Advance: only while
// playing or while a notice shows (Notify). Idle costs nothing.
func (s *State) Busy() bool { return s.tl.Playing() || s.note.left > 0 }

// Advance moves playback and a notice's fade on by dt and reports whether
// what is shown changed.
func (s *State) Advance(dt time.Duration) bool {
	changed := s.note.advance(dt)
	from := s.tl.Current()
	if s.tl.Advance(dt) {
		s.stepChanged(from)
		return true
	}
	return changed
}

// Notices returns and forgets the notices since the last call.
func (s *State) Notices() []Notice {
	n := s.notices
	s.notices = nil
	return n
}

// Announcement is what the page's live region should say: the step after
// a step change, a country after a pin, a notice after Notify.
func (s *State) Announcement() Announcement { return s.announce }

// Cursor returns the pointer shape for the current pointer position.
func (s *State) Cursor() Cursor {
	switch {
	case s.ptr.down && s.ptr.target == targetMap && s.ptr.dragging:
		return CursorGrab
	case s.hoverCtl != "" || s.hover != "":
		return CursorPointer
	}
	return CursorDefault
}

// View returns the map's view in lay's map box: where the reader panned
// and zoomed to, else the region preset fitted to the box.
func (s *State) View(lay *layout.Layout) geo.View { return s.view.at(lay) }

// Notify shows msg for a few seconds in a box at the foot of the map, then
// fades it out, e.g. "Saved stancemap-guaido-claim-en.png" after a desktop
// Ctrl+S. It is also the next Announcement, for screen readers. Busy stays
// true until the notice is gone, so the backend keeps calling Advance. An
// empty msg removes the notice at once.
func (s *State) Notify(msg string) {
	msg = strings.Join(strings.Fields(msg), " ")
	if msg == "" {
		s.note = notice{}
		return
	}
	s.note = notice{msg: msg, left: notifyFor}
	s.announce = Announcement{Kind: AnnounceNotice, Step: s.tl.Current(), Msg: msg}
}

// Notice returns the message on show, "" if none.
func (s *State) Notice() string {
	if s.note.left <= 0 {
		return ""
	}
	return s.note.msg
}

// NoteAlpha is how opaque the notice is now: 1 while it shows fully, then
// falling in fade steps (each one frame to draw) to 0 when it is gone.
func (s *State) NoteAlpha() float64 { return float64(s.note.level()) / fadeSteps }

// Pointer is where the pointer last was, and whether the last press was a
// touch (a touch has no keyboard hints).
func (s *State) Pointer() (x, y float64, touch bool) { return s.ptr.x, s.ptr.y, s.ptr.touch }

// controlActive reports whether the current step shows control id: a
// standing position's legend entry shows only at steps whose question takes
// a context (legend.Active); every other control always.
func (s *State) controlActive(id string) bool {
	key, ok := strings.CutPrefix(id, "legend:")
	return !ok || s.story == nil || legend.Active(s.story, key, s.tl.Current())
}
