package widget

import (
	"fmt"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
)

// TestPreferredHeight checks the embed height for the shipped story: in a
// sane range at phone, column and desktop widths, minimal (a little less
// loses something), and a layout at that height that shows every step's
// summary with nothing overlapping.
func TestPreferredHeight(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		width, lo, hi float64
		lang          string
	}{
		{320, 560, 900, "en"},
		{360, 560, 820, "en"},
		{360, 560, 860, "ru"},
		{700, 520, 720, "en"},
		{700, 520, 760, "es"},
		// The side column holds the legend's standing positions (three
		// entries under a heading) on the Assembly steps of 2020.
		{1000, 520, 760, "en"},
		{1280, 560, 720, "en"},
		{1920, 600, 1100, "en"},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%v/%s", tt.width, tt.lang)
		h := PreferredHeight(s, world, tt.width, tt.lang)
		t.Logf("%s: %v", name, h)
		if h < tt.lo || h > tt.hi {
			t.Errorf("%s: preferred height %v, want %v–%v", name, h, tt.lo, tt.hi)
		}
		w := New(s, world, Options{Lang: tt.lang})
		if got := w.PreferredHeight(tt.width); got != h {
			t.Errorf("%s: method gives %v, function %v", name, got, h)
		}
		if w.comfortableAt(tt.width, h-8) {
			t.Errorf("%s: %v px is comfortable already", name, h-8)
		}
		w.Resize(tt.width, h, 2)
		w.layoutNow()
		if n := summaryCount(w.lay.levels); n != len(s.Events) {
			t.Errorf("%s: summary at %d of %d steps", name, n, len(s.Events))
		}
		for step := range s.Events {
			w.SetEvent(step)
			checkChrome(t, fmt.Sprintf("%s/step%d", name, step), w.Scene(), rect{0, 0, tt.width, h})
		}
		checkControls(t, name, w)
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
	_, world := fixture(b)
	s, err := datatest.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		PreferredHeight(s, world, 700, "en")
	}
}
