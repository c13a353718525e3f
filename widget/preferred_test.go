package widget

import (
	"fmt"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/layout"
)

// TestPreferredHeightLaysOut draws every step of the shipped story at its
// preferred height (layout.PreferredHeight) at phone, column and desktop
// widths: nothing overlaps, every summary shows, and the method agrees with
// the function.
func TestPreferredHeightLaysOut(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		width float64
		lang  string
	}{{320, "en"}, {360, "ru"}, {700, "es"}, {1000, "en"}, {1280, "en"}, {1920, "en"}} {
		name := fmt.Sprintf("%v/%s", tt.width, tt.lang)
		h := PreferredHeight(s, world, tt.width, tt.lang)
		if want := layout.PreferredHeight(s, world, tt.width, tt.lang); h != want {
			t.Errorf("%s: %v, layout says %v", name, h, want)
		}
		w := New(s, world, Options{Lang: tt.lang})
		if got := w.PreferredHeight(tt.width); got != h {
			t.Errorf("%s: method gives %v, function %v", name, got, h)
		}
		w.Resize(tt.width, h, 2)
		w.layout()
		// Map first: each step shows its condensed caption at least, and
		// More opens the rest.
		for step, lv := range w.layout().Levels {
			if lv > layout.LevelGlance {
				t.Errorf("%s: step %d shows its headline alone", name, step)
			}
		}
		for step := range s.Events {
			w.SetEvent(step)
			checkChrome(t, fmt.Sprintf("%s/step%d", name, step), w.Scene(), layout.Rect{X: 0, Y: 0, W: tt.width, H: h})
		}
		checkControls(t, name, w)
	}
}
