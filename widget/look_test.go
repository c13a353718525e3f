package widget

import (
	"fmt"
	"testing"
)

// TestLook renders the widget at common sizes; with STANCEMAP_PNG set the
// images are written for a person to look at. Without it, it still checks
// that the scene builds at each size.
func TestLook(t *testing.T) {
	for _, tc := range []struct {
		w, h  float64
		theme string
		lang  string
	}{
		{1280, 720, "light", "en"}, {1280, 720, "dark", "es"},
		{360, 640, "light", "ru"}, {360, 640, "dark", "en"},
	} {
		wg := newTest(t, tc.w, tc.h, Options{Event: 2, Theme: tc.theme, Lang: tc.lang})
		sc := wg.Scene()
		if len(sc.Layers) != 3 {
			t.Fatalf("%v layers", len(sc.Layers))
		}
		writePNG(t, sc, fmt.Sprintf("look_%vx%v_%s_%s.png", tc.w, tc.h, tc.theme, tc.lang))
	}
}
