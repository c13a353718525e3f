package compose_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/rasterout"
)

// TestShots writes stills to $STANCEMAP_SHOTS for a look by eye; it is
// skipped without it.
func TestShots(t *testing.T) {
	dir := os.Getenv("STANCEMAP_SHOTS")
	if dir == "" {
		t.Skip("STANCEMAP_SHOTS not set")
	}
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	// The issue 26 widths at their preferred heights (h 0), and frames
	// whose host fixes the height.
	sizes := [][2]float64{{320, 0}, {360, 0}, {700, 0}, {1000, 0}, {1280, 0}, {1920, 0}, {700, 480}, {1280, 720}, {700, 900}}
	for _, size := range sizes {
		w := size[0]
		for _, lang := range i18n.Langs {
			for _, th := range []string{"light", "dark"} {
				// A step of each question: the first (no standing
				// positions) and the last (with them).
				for _, ev := range []int{0, 10} {
					h := size[1]
					if h == 0 {
						h = layout.PreferredHeight(story, world, w, lang)
					}
					sc := compose.Still(story, world, compose.StillOptions{Event: ev, Lang: lang, Theme: th, W: w, H: h})
					f, err := os.Create(fmt.Sprintf("%s/still-%vx%v-%s-%s-%d.png", dir, w, h, lang, th, ev))
					if err != nil {
						t.Fatal(err)
					}
					if err := rasterout.EncodePNG(f, rasterout.Render(sc, 1), 96); err != nil {
						t.Fatal(err)
					}
					f.Close()
				}
			}
		}
	}
}
