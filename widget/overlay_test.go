package widget

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestVeilUnderMapControls highlights a legend entry, which veils the map,
// and checks that every button stays undimmed: the veil keeps to the map,
// and buttons on the map are drawn after the veil and the highlighted
// countries, while buttons off the map lie outside the veil.
func TestVeilUnderMapControls(t *testing.T) {
	for _, size := range [][2]float64{{1280, 720}, {700, 600}, {360, 640}} {
		name := fmt.Sprintf("%vx%v", size[0], size[1])
		w := newTest(t, size[0], size[1], Options{Event: 7})
		// Zoom in on the Americas so highlighted countries pass under the
		// buttons' corner.
		_ = w.SetRegion("americas")
		r := ctlRect(t, w, "legend:guaido")
		w.Handle(Input{Kind: PointerMove, X: r.X + 3, Y: r.Y + r.H/2})
		ov := w.Scene().Layer(scene.LayerOverlay)
		veil, lastMapItem := -1, -1
		drawn := map[string]int{}
		for i, it := range ov.Items {
			id := itemID(it)
			switch {
			case id == "veil":
				veil = i
				v := it.(*scene.Rect)
				if !(layout.Rect{X: v.X, Y: v.Y, W: v.W, H: v.H}).Inside(w.layout().Map) {
					t.Errorf("%s: veil %+v leaves the map %+v", name, v, w.layout().Map)
				}
				lastMapItem = i
			case strings.HasPrefix(id, "highlight:"):
				lastMapItem = i
			}
			if _, ok := drawn[id]; !ok {
				drawn[id] = i
			}
		}
		if veil < 0 {
			t.Fatalf("%s: no veil", name)
		}
		for _, c := range w.layout().Controls {
			if c.ID == "map" || c.ID == "slider" || c.ID == "play" || strings.HasPrefix(c.ID, "legend:") {
				continue
			}
			i, inOverlay := drawn[c.ID]
			switch {
			case c.OnMap && (!inOverlay || i < lastMapItem):
				t.Errorf("%s: %s on the map is drawn under the veil or highlights (at %d, last map item %d)", name, c.ID, i, lastMapItem)
			case !c.OnMap && c.Box.Overlaps(w.layout().Map):
				t.Errorf("%s: %s lies under the veil", name, c.ID)
			}
		}
		writePNG(t, w.Scene(), "veil_"+name+".png")
	}
}
