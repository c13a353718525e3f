package layout

import (
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/words"
)

// fixture loads the shipped story and the world atlas (datatest.Shipped).
func fixture(t testing.TB) (*data.Story, *geo.World) {
	t.Helper()
	return datatest.Shipped(t)
}

// planner returns a planner for story in lang.
func planner(t testing.TB, story *data.Story, lang string) *Planner {
	t.Helper()
	_, world := fixture(t)
	w := words.New(story, world, lang)
	return NewPlanner(story, world, w, legend.New(story, world, w))
}

// TestFontScales checks that text grows with the screen: a 4K screen at
// DPR 1 must not get phone-sized text.
func TestFontScales(t *testing.T) {
	small, large := fontSizes(320, 480), fontSizes(3840, 2160)
	if small.Base < 13 || large.Base < 2*small.Base {
		t.Errorf("base sizes %v (phone) and %v (4K)", small.Base, large.Base)
	}
	if mid := fontSizes(1280, 720); mid.Base <= small.Base || mid.Base >= large.Base {
		t.Errorf("1280x720 base %v not between", mid.Base)
	}
}

func TestLayoutModes(t *testing.T) {
	s, _ := fixture(t)
	p := planner(t, s, "en")
	tests := []struct {
		w, h float64
		side bool
	}{
		// Map first: the column goes beside the map only where the
		// world shows larger so; at 16:9 the stacked map's is larger.
		{360, 640, false}, {768, 1024, false}, {1280, 720, false}, {3840, 2160, false}, {1000, 1000, false},
		{1280, 480, true}, {1600, 600, true},
	}
	for _, tt := range tests {
		l := p.Plan(tt.w, tt.h, 1, s.Events[0].Question)
		if l.Side != tt.side {
			t.Errorf("%vx%v side = %v", tt.w, tt.h, l.Side)
		}
		if !tt.side {
			// Stacked: caption above the map, map above legend, slider last.
			if !(l.CaptionBox.Y+l.CaptionBox.H <= l.Map.Y && l.Map.Y+l.Map.H <= l.Legend[0].Box.Y && l.Legend[len(l.Legend)-1].Box.Y < l.Slider.Row.Y) {
				t.Errorf("%vx%v not stacked caption/map/legend/slider", tt.w, tt.h)
			}
		} else if l.CaptionBox.X+l.CaptionBox.W > l.Map.X {
			t.Errorf("%vx%v caption column overlaps the map", tt.w, tt.h)
		}
		// More comes first where some step's caption is condensed
		// (at 1600×600 the column shows every caption whole).
		order := l.Controls
		if l.SummaryCount() < len(l.Levels) {
			if order[0].ID != "more" {
				t.Errorf("%vx%v: focus order from %s, want more first", tt.w, tt.h, order[0].ID)
			}
			order = order[1:]
		}
		if order[0].ID != "slider" || order[len(order)-1].ID != "map" {
			t.Errorf("%vx%v: focus order from %s to %s, want (more,) slider to map", tt.w, tt.h, order[0].ID, order[len(order)-1].ID)
		}
	}
}

// TestQuestionKeepsMap checks a layout is the same for every step of a
// question, and that a change of question moves the legend's entries but
// not the map, the caption or the slider.
func TestQuestionKeepsMap(t *testing.T) {
	s, _ := fixture(t)
	p := planner(t, s, "en")
	for _, size := range [][2]float64{{1280, 720}, {700, 900}, {360, 640}} {
		var first *Layout
		for _, e := range s.Events {
			l := p.Plan(size[0], size[1], 1, e.Question)
			if first == nil {
				first = l
				continue
			}
			if l.Map != first.Map || l.CaptionBox != first.CaptionBox || l.Slider.Row != first.Slider.Row {
				t.Errorf("%v %s: map %v caption %v, was %v %v", size, e.ID, l.Map, l.CaptionBox, first.Map, first.CaptionBox)
			}
		}
	}
}

// TestBare checks a planner without a story lays out a bare map box.
func TestBare(t *testing.T) {
	_, world := fixture(t)
	w := words.New(nil, world, "en")
	l := NewPlanner(nil, world, w, legend.New(nil, world, w)).Plan(300, 200, 1, "")
	if l.Map != (Rect{0, 0, 300, 200}) || len(l.Controls) != 0 {
		t.Errorf("bare layout: map %v, %d controls", l.Map, len(l.Controls))
	}
}
