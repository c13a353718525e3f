package widget

import (
	"fmt"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// TestDefaultStory draws the shipped story at 23 Jan 2019 and checks the
// colours a reader would check first, at two sizes and in both themes.
func TestDefaultStory(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	step, err := s.FindEvent("2019-01-23")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w, h  float64
		theme string
	}{{1280, 720, "light"}, {360, 640, "dark"}} {
		w := New(s, world, Options{Event: step, Theme: tc.theme})
		w.Resize(tc.w, tc.h, 2)
		sc := w.Scene()
		m := sc.Layer(scene.LayerMap)
		for code, side := range map[string]string{"USA": "guaido", "BRA": "guaido", "RUS": "maduro"} {
			sd := s.Side(side)
			hex := sd.Color
			if tc.theme == "dark" && sd.ColorDark != "" {
				hex = sd.ColorDark
			}
			want, _ := theme.Parse(hex)
			if got, ok := fillOf(m, code); !ok || got != want {
				t.Errorf("%v %s: %s fill %v, want %s %v", tc, tc.theme, code, got, side, want)
			}
		}
		checkChrome(t, "default", sc, layout.Rect{X: 0, Y: 0, W: tc.w, H: tc.h})
		writePNG(t, sc, "default_"+tc.theme+".png")
	}
}

// TestDefaultStoryLayout lays out every step of the shipped story at the
// sizes readers meet (a desktop window, a laptop, an article column, a
// phone) and checks that no text overlaps or leaves the widget, and that
// the caption shows each step's summary and sources wherever the brief
// says it must.
func TestDefaultStoryLayout(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w, h        float64
		lang        string
		allSummary  bool // every step shows its summary
		someSummary int  // at least this many steps show it
		noQuestion  bool // some step may show its headline alone
	}{
		// Map first (issue 26): stacked, the caption is condensed to the
		// date, the headline and a line of what changed, and More opens
		// the rest; only a frame wide and short enough for the column
		// beside the map shows the summaries there.
		{1280, 720, "en", false, 0, false}, {1280, 720, "es", false, 0, false}, {1280, 720, "ru", false, 0, false},
		{1024, 640, "en", false, 0, false}, {1024, 640, "ru", false, 0, false},
		{700, 600, "en", false, 0, false}, {700, 600, "es", false, 0, false},
		{360, 640, "en", false, 0, false}, {360, 640, "ru", false, 0, false},
		{1600, 600, "en", false, 6, false}, {1600, 600, "ru", false, 6, false},
	} {
		name := fmt.Sprintf("%vx%v/%s", tc.w, tc.h, tc.lang)
		w := New(s, world, Options{Lang: tc.lang})
		w.Resize(tc.w, tc.h, 2)
		w.layout()
		n := w.layout().SummaryCount()
		if tc.allSummary && n != len(s.Events) {
			t.Errorf("%s: summary shown at %d of %d steps (levels %v)", name, n, len(s.Events), w.layout().Levels)
		}
		if n < tc.someSummary {
			t.Errorf("%s: summary shown at only %d steps", name, n)
		}
		for step, lv := range w.layout().Levels {
			if lv > layout.LevelGlance && !tc.noQuestion {
				t.Errorf("%s: step %d shows its headline alone (level %d)", name, step, lv)
			}
		}
		for step := range s.Events {
			w.SetEvent(step)
			sc := w.Scene()
			stepName := fmt.Sprintf("%s/step%d", name, step)
			checkChrome(t, stepName, sc, layout.Rect{X: 0, Y: 0, W: tc.w, H: tc.h})
			if w.layout().Levels[step].ShowsSummary() {
				for _, id := range []string{"caption.summary", "caption.question", "caption.sources"} {
					if findText(sc.Layer(scene.LayerChrome), id) == nil {
						t.Errorf("%s: no %s", stepName, id)
					}
				}
			}
			if step == 1 || step == 8 {
				writePNG(t, sc, fmt.Sprintf("default_%vx%v_%s_step%d.png", tc.w, tc.h, tc.lang, step))
			}
		}
		checkControls(t, name, w)
	}
}
