package state

import (
	"testing"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/words"
)

// fixture loads the shipped story and the world atlas (datatest.Shipped).
func fixture(t testing.TB) (*data.Story, *geo.World) {
	t.Helper()
	return datatest.Shipped(t)
}

// shown is a state with the layouts its widget would show it in.
type shown struct {
	*State
	plan *layout.Planner
}

func newShown(t testing.TB, opt Options) shown {
	t.Helper()
	s, world := fixture(t)
	w := words.New(s, world, "en")
	return shown{New(s, world, opt), layout.NewPlanner(s, world, w, legend.New(s, world, w))}
}

// lay is the layout for the state's size and question.
func (s shown) lay() *layout.Layout {
	w, h, dpr := s.Size()
	return s.plan.Plan(w, h, dpr, s.Question())
}

func (s shown) key(k Key) { s.Handle(Input{Kind: KeyPress, Key: k}, s.lay()) }

// TestNotifyFades shows a notice, which keeps the state busy while it
// fades in fadeSteps steps, each one redraw, and is then gone.
func TestNotifyFades(t *testing.T) {
	s := newShown(t, Options{})
	s.Notify("  Saved\tstancemap-guaido-claim-en.png ")
	if got := s.Notice(); got != "Saved stancemap-guaido-claim-en.png" {
		t.Errorf("Notice() = %q", got)
	}
	if a := s.Announcement(); a.Kind != AnnounceNotice || a.Msg != s.Notice() {
		t.Errorf("announcement %+v, want the notice", a)
	}
	if s.NoteAlpha() != 1 {
		t.Errorf("a fresh notice has alpha %v", s.NoteAlpha())
	}
	redraws, alpha := 0, 1.0
	for elapsed := time.Duration(0); s.Busy(); elapsed += 16 * time.Millisecond {
		if elapsed > notifyFor+time.Second {
			t.Fatal("still busy long after the notice should have gone")
		}
		if s.Advance(16 * time.Millisecond) {
			redraws++
			if s.NoteAlpha() >= alpha {
				t.Errorf("redraw %d: alpha %v, not below %v", redraws, s.NoteAlpha(), alpha)
			}
			alpha = s.NoteAlpha()
		}
	}
	if redraws != fadeSteps || s.Notice() != "" || s.NoteAlpha() != 0 {
		t.Errorf("%d redraws, want %d; notice %q at alpha %v after", redraws, fadeSteps, s.Notice(), s.NoteAlpha())
	}
	s.Notify("x")
	s.Notify("")
	if s.Busy() || s.Notice() != "" {
		t.Error("an empty Notify did not remove the notice")
	}
}

// TestFocusLeavesWithTheQuestion focuses a standing position's legend
// entry, which only the 2020 Assembly question shows, then steps back to a
// presidency step: focus goes to the slider, first in focus order.
func TestFocusLeavesWithTheQuestion(t *testing.T) {
	st, _ := fixture(t)
	step, err := st.FindEvent("2020-01-05")
	if err != nil {
		t.Fatal(err)
	}
	s := newShown(t, Options{Event: step})
	s.Resize(1280, 720, 1)
	for i := 0; i < 40 && s.Focus() != "legend:standing:maduro"; i++ {
		s.key(KeyTab)
	}
	if s.Focus() != "legend:standing:maduro" {
		t.Fatal("Tab never reached the standing position's entry")
	}
	if s.Highlight() != "standing:maduro" {
		t.Errorf("focused entry highlights %q", s.Highlight())
	}
	s.SetEvent(step - 1)
	if s.Question() == st.Events[step].Question {
		t.Fatal("the step before asks the same question")
	}
	if s.Focus() != "slider" || s.Highlight() != "" {
		t.Errorf("focus %q, highlight %q after the question changed; want the slider, none", s.Focus(), s.Highlight())
	}
}

// TestViewFollowsPresetUntilMoved checks the view is the region's preset
// fitted to the map until the reader pans, and again after a resize or a
// new region.
func TestViewFollowsPresetUntilMoved(t *testing.T) {
	s := newShown(t, Options{Region: "europe"})
	s.Resize(1000, 600, 1)
	lay := s.lay()
	if v := s.View(lay); v != layout.FitRegion("europe", lay.Map) || !s.AtPreset() {
		t.Errorf("view %+v, want Europe's preset", v)
	}
	m := lay.Map
	s.Handle(Input{Kind: Wheel, X: m.X + m.W/2, Y: m.Y + m.H/2, DY: -300}, lay)
	if s.AtPreset() {
		t.Error("a zoom left the view at the preset")
	}
	if lo, hi := ScaleLimits(m); !(s.View(lay).Scale > lo && s.View(lay).Scale <= hi) {
		t.Errorf("scale %v outside %v–%v", s.View(lay).Scale, lo, hi)
	}
	s.Resize(800, 600, 1)
	if lay = s.lay(); !s.AtPreset() || s.View(lay) != layout.FitRegion("europe", lay.Map) {
		t.Error("a resize kept the zoomed view")
	}
	if err := s.SetRegion("mars"); err == nil {
		t.Error("an unknown region was taken")
	}
}

// TestNoStoryIgnoresInput checks a state without a story takes no input.
func TestNoStoryIgnoresInput(t *testing.T) {
	_, world := fixture(t)
	s := New(nil, world, Options{})
	w := words.New(nil, world, "en")
	lay := layout.NewPlanner(nil, world, w, legend.New(nil, world, w)).Plan(300, 200, 1, "")
	s.Handle(Input{Kind: KeyPress, Key: KeyRight}, lay)
	s.Handle(Input{Kind: PointerDown, X: 10, Y: 10}, lay)
	if s.Ready() || s.Step() != 0 || len(s.Notices()) != 0 || s.Cursor() != CursorDefault {
		t.Error("a state without a story changed")
	}
}
