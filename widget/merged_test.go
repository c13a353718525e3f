package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/i18n"
)

// TestMergedMarkerAnnouncesAll checks that a tap on a merged small-state
// marker announces every state it stands for, as its tooltip lists them,
// and a tap on a country's shape announces that country alone.
func TestMergedMarkerAnnouncesAll(t *testing.T) {
	s, world := datatest.Shipped(t) // the test story has no merged markers
	for step := range s.Events {
		w := New(s, world, Options{Event: step})
		w.Resize(360, 640, 1)
		v := w.View()
		var merged *geo.Marker
		for _, m := range atlas.Markers(world, s, step, v, geo.MarkerSizeFor(v)) {
			if m.Merged() && w.layout().Map.Contains(m.X, m.Y) {
				merged = &m
				break
			}
		}
		if merged == nil {
			continue
		}
		w.Handle(Input{Kind: PointerDown, X: merged.X, Y: merged.Y, Touch: true, ID: 1})
		w.Handle(Input{Kind: PointerUp, X: merged.X, Y: merged.Y, Touch: true, ID: 1})
		if w.Pinned() == "" {
			t.Fatalf("step %d: a tap on the merged marker at (%.0f, %.0f) pinned nothing", step, merged.X, merged.Y)
		}
		a := w.Announcement()
		if want := i18n.Countries("en", len(merged.Codes)); !strings.HasPrefix(a, want) {
			t.Errorf("step %d: announcement %q does not start with %q", step, a, want)
		}
		for _, code := range merged.Codes {
			if name := w.words.Name(code); !strings.Contains(a, name) {
				t.Errorf("step %d: announcement %q leaves out %s", step, a, name)
			}
		}
		// The shape of a large country: that country alone.
		x, y := v.ToScreen(world.Country("BRA").Anchor)
		w.Handle(Input{Kind: PointerDown, X: x, Y: y, Touch: true, ID: 2})
		w.Handle(Input{Kind: PointerUp, X: x, Y: y, Touch: true, ID: 2})
		if a := w.Announcement(); !strings.HasPrefix(a, "Brazil: ") {
			t.Errorf("step %d: a tap on Brazil announces %q", step, a)
		}
		return
	}
	t.Fatal("no step has a merged marker on the map at 360 px: the test proves nothing")
}
