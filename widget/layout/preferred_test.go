package layout

import (
	"fmt"
	"testing"
)

// TestPreferredHeight checks the embed height for the shipped story: in a
// sane range at phone, column and desktop widths, minimal (a little less
// loses something), and a layout at that height that shows every step's
// condensed caption, with a More button for the rest. (The widget's tests
// draw each step at that height.) Map first (issue 26): the heights are
// lower than when every summary had to show beside or above the map.
func TestPreferredHeight(t *testing.T) {
	s, world := fixture(t)
	tests := []struct {
		width, lo, hi float64
		lang          string
	}{
		{320, 440, 600, "en"},
		{360, 440, 600, "en"},
		{360, 440, 640, "ru"},
		{700, 520, 680, "en"},
		{700, 520, 700, "es"},
		{1000, 480, 760, "en"},
		{1280, 520, 720, "en"},
		{1920, 900, 1200, "en"},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%v/%s", tt.width, tt.lang)
		h := PreferredHeight(s, world, tt.width, tt.lang)
		t.Logf("%s: %v", name, h)
		if h < tt.lo || h > tt.hi {
			t.Errorf("%s: preferred height %v, want %v–%v", name, h, tt.lo, tt.hi)
		}
		p := planner(t, s, tt.lang)
		if p.comfortableAt(tt.width, h-8) {
			t.Errorf("%s: %v px is comfortable already", name, h-8)
		}
		for _, e := range s.Events {
			l := p.Plan(tt.width, h, 2, e.Question)
			for i, lv := range l.Levels {
				if lv > LevelGlance {
					t.Errorf("%s/%s: step %d shows its headline alone", name, e.ID, i)
				}
			}
			if _, ok := l.Control("more"); !ok && l.SummaryCount() < len(s.Events) {
				t.Errorf("%s/%s: summary at %d of %d steps and no More button", name, e.ID, l.SummaryCount(), len(s.Events))
			}
		}
	}
	for _, bad := range []float64{0, -5} {
		if h := PreferredHeight(s, world, bad, "en"); h != 0 {
			t.Errorf("width %v: %v, want 0", bad, h)
		}
	}
	if h := PreferredHeight(nil, world, 500, "en"); h != 300 {
		t.Errorf("no story: %v, want 300", h)
	}
}

func BenchmarkPreferredHeight(b *testing.B) {
	s, world := fixture(b)
	for b.Loop() {
		PreferredHeight(s, world, 700, "en")
	}
}

// BenchmarkLayoutDefault is a resize with the shipped story: the caption is
// wrapped for every step at each candidate column width. The width takes
// 400 values in turn, more than a planner's wrapped captions keep, so each
// resize wraps afresh.
func BenchmarkLayoutDefault(b *testing.B) {
	s, _ := fixture(b)
	p := planner(b, s, "en")
	i := 0
	for b.Loop() {
		i++
		p.Plan(1280+float64(i%400), 720, 1, s.Events[0].Question)
	}
}
