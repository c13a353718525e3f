package timeline

import (
	"testing"
	"time"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// storyDates are the default story's steps: six in January 2019, two in January 2020.
var storyDates = []time.Time{
	day(2019, 1, 4), day(2019, 1, 10), day(2019, 1, 23), day(2019, 1, 24),
	day(2019, 1, 26), day(2019, 1, 31), day(2020, 1, 5), day(2020, 1, 10),
}

func TestAxisBreaksBetweenYears(t *testing.T) {
	a := NewAxis(storyDates, 0, 800, 40, 12)
	if len(a.Segments) != 2 || len(a.Breaks) != 1 {
		t.Fatalf("segments %d breaks %d, want 2 and 1", len(a.Segments), len(a.Breaks))
	}
	if s := a.Segments[0]; s.First != 0 || s.Last != 5 {
		t.Errorf("first segment %+v", s)
	}
	if b := a.Breaks[0]; b <= a.Ticks[5] || b >= a.Ticks[6] {
		t.Errorf("break at %v not between ticks %v and %v", b, a.Ticks[5], a.Ticks[6])
	}
	if gap := a.Segments[1].X0 - a.Segments[0].X1; gap != 40 {
		t.Errorf("gap = %v, want 40", gap)
	}
}

func TestAxisTicksOrderedSpacedAndInside(t *testing.T) {
	for _, width := range []float64{120, 280, 800, 3000} {
		a := NewAxis(storyDates, 10, 10+width, 24, 10)
		for i, x := range a.Ticks {
			if x < a.X0 || x > a.X1 {
				t.Errorf("w=%v tick %d at %v outside [%v,%v]", width, i, x, a.X0, a.X1)
			}
			if i > 0 && x <= a.Ticks[i-1] {
				t.Errorf("w=%v tick %d not after tick %d", width, i, i-1)
			}
		}
		if width >= 280 {
			for i := 1; i < len(a.Ticks); i++ {
				if a.SegmentOf(i) == a.SegmentOf(i-1) && a.Ticks[i]-a.Ticks[i-1] < 10-1e-9 {
					t.Errorf("w=%v ticks %d,%d only %.1f px apart", width, i-1, i, a.Ticks[i]-a.Ticks[i-1])
				}
			}
		}
	}
}

func TestAxisRealTimeSpacing(t *testing.T) {
	a := NewAxis(storyDates, 0, 2000, 40, 4)
	// 10 Jan -> 23 Jan (13 days) must be wider than 23 Jan -> 24 Jan (1 day).
	if a.Ticks[2]-a.Ticks[1] <= 5*(a.Ticks[3]-a.Ticks[2]) {
		t.Errorf("ticks not spaced by time: %v", a.Ticks)
	}
}

func TestAxisNearest(t *testing.T) {
	a := NewAxis(storyDates, 0, 800, 40, 12)
	tests := []struct {
		x    float64
		want int
	}{
		{-50, 0}, {a.Ticks[3] + 1, 3}, {a.Breaks[0] + 30, 6}, {900, 7},
	}
	for _, tt := range tests {
		if got := a.Nearest(tt.x); got != tt.want {
			t.Errorf("Nearest(%v) = %d, want %d", tt.x, got, tt.want)
		}
	}
}

func TestAxisEdgeCases(t *testing.T) {
	if a := NewAxis(nil, 0, 100, 10, 5); len(a.Ticks) != 0 || a.Nearest(3) != 0 {
		t.Error("empty axis")
	}
	a := NewAxis(storyDates[:1], 0, 100, 10, 5)
	if a.Ticks[0] != 50 || len(a.Breaks) != 0 {
		t.Errorf("single date: %+v", a)
	}
	same := []time.Time{day(2019, 1, 1), day(2019, 1, 1), day(2019, 1, 1)}
	a = NewAxis(same, 0, 300, 10, 20)
	if !(a.Ticks[0] < a.Ticks[1] && a.Ticks[1] < a.Ticks[2]) {
		t.Errorf("equal dates should still get distinct ticks: %v", a.Ticks)
	}
}

func BenchmarkNewAxis(b *testing.B) {
	for b.Loop() {
		NewAxis(storyDates, 0, 800, 40, 12)
	}
}
