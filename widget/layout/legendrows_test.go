package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/legend"
)

// legendRows counts the rows the layout's legend takes.
func legendRows(l *Layout) int {
	ys := map[float64]bool{}
	for _, e := range l.Legend {
		ys[e.Box.Y] = true
	}
	return len(ys)
}

// TestLegendRows checks the compact legend: one row where the width holds
// it, and the standing positions' entries, with their heading, in the row
// of the others or on one row of their own, never split.
func TestLegendRows(t *testing.T) {
	s, world := fixture(t)
	// The shipped story asks three questions, first at steps 0, 2 and 6;
	// step 6's takes a context (standing positions). Step 0's sides have
	// long labels ("Refused Maduro's new term") that hold one row only
	// from about 760 px.
	tests := []struct {
		w    float64
		lang string
		rows [3]int // most rows at steps 0, 2 and 6
	}{
		{700, "en", [3]int{2, 1, 2}},
		{700, "es", [3]int{2, 1, 2}},
		{700, "ru", [3]int{2, 1, 2}},
		{1920, "en", [3]int{1, 1, 1}},
		{1920, "ru", [3]int{1, 1, 1}},
	}
	for _, tt := range tests {
		p := planner(t, s, tt.lang)
		h := PreferredHeight(s, world, tt.w, tt.lang)
		for k, q := range p.questionSteps {
			name := fmt.Sprintf("%v/%s/step %d", tt.w, tt.lang, q)
			l := p.Plan(tt.w, h, 1, s.Events[q].Question)
			if n := legendRows(l); n > tt.rows[k] {
				t.Errorf("%s: legend in %d rows, want ≤ %d", name, n, tt.rows[k])
			}
			for _, e := range l.Legend {
				if !strings.HasPrefix(e.Key, legend.StandingPrefix) {
					continue
				}
				if l.LegendHead.W == 0 || e.Box.Y != l.LegendHead.Y {
					t.Errorf("%s: %s at y %v, its heading at %v", name, e.Key, e.Box.Y, l.LegendHead.Y)
				}
			}
			for _, e := range l.Legend {
				if e.Box.X < l.Pad-0.5 || e.Box.X+e.Box.W > l.W-l.Pad+0.5 {
					t.Errorf("%s: %s at x %v–%v, outside the padding", name, e.Key, e.Box.X, e.Box.X+e.Box.W)
				}
				if _, ok := l.Control("legend:" + e.Key); !ok {
					t.Errorf("%s: %s is not a focusable control", name, e.Key)
				}
			}
		}
	}
}
