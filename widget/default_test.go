package widget

import (
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// TestDefaultStory draws the shipped story at 23 Jan 2019 and checks the
// colours a reader would check first, at two sizes and in both themes.
func TestDefaultStory(t *testing.T) {
	_, world := fixture(t)
	s, err := data.Default()
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
		checkChrome(t, "default", sc, rect{0, 0, tc.w, tc.h})
		writePNG(t, sc, "default_"+tc.theme+".png")
	}
}
