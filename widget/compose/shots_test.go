package compose_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
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
	for _, w := range []float64{360, 700, 1280} {
		for _, lang := range []string{"en", "es", "ru"} {
			for _, th := range []string{"light", "dark"} {
				// A step of each question: the first (no standing
				// positions) and the last (with them).
				for _, ev := range []int{0, 10} {
					h := layout.PreferredHeight(story, world, w, lang)
					sc := compose.Still(story, world, compose.StillOptions{Event: ev, Lang: lang, Theme: th, W: w, H: h})
					f, err := os.Create(fmt.Sprintf("%s/still-%v-%s-%s-%d.png", dir, w, lang, th, ev))
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
