package compose

import (
	"fmt"
	"os"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/theme"
)

// TestTipShots writes a hovered tooltip and a tap's sheet to
// $STANCEMAP_SHOTS for a look by eye; it is skipped without it.
func TestTipShots(t *testing.T) {
	dir := os.Getenv("STANCEMAP_SHOTS")
	if dir == "" {
		t.Skip("STANCEMAP_SHOTS not set")
	}
	for _, lang := range []string{"en", "ru"} {
		sc := newScreen(t, lang)
		for _, w := range []float64{360, 700} {
			h := layout.PreferredHeight(sc.story, sc.world, w, lang)
			for _, code := range []string{"BRA", "FRA", "BEL", "ARG"} {
				for _, touch := range []bool{false, true} {
					f, l := sc.frame(10, w, h)
					x, y := f.View.ToScreen(sc.world.Country(code).Anchor)
					if touch {
						f.Pinned, f.Touch = code, true
					} else {
						f.Hover, f.PointerX, f.PointerY = code, x, y
					}
					name := fmt.Sprintf("%s/tip-%v-%s-%s-touch%v.png", dir, w, lang, code, touch)
					out, err := os.Create(name)
					if err != nil {
						t.Fatal(err)
					}
					s := sc.layers.Scene(Look{Theme: theme.Light()}, f, l)
					if err := rasterout.EncodePNG(out, rasterout.Render(s, 1), 96); err != nil {
						t.Fatal(err)
					}
					out.Close()
				}
			}
		}
	}
}
