package widget

import (
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

// The facts worked out once for the atlas build the same map as working
// them out for each view: the same rings and the same order of fills.
func TestAtlasFactsMatchPerView(t *testing.T) {
	for _, tc := range []struct {
		region string
		zoom   float64
	}{{"world", 1}, {"americas", 1}, {"europe", 1}, {"europe", 6}, {"world", 3}} {
		w := newTest(t, 1000, 600, Options{Region: tc.region})
		w.layoutNow()
		if tc.zoom != 1 {
			v := w.View()
			w.Handle(Input{Kind: Wheel, X: v.X + v.W/2, Y: v.Y + v.H/2, Factor: tc.zoom})
		}
		spec := w.mapSpec()
		if spec.facts == nil {
			t.Fatal("the widget gives no atlas facts")
		}
		fast := buildMap(spec).items
		spec.facts = nil
		slow := buildMap(spec).items
		if len(fast) != len(slow) {
			t.Fatalf("%s ×%v: %d items with facts, %d without", tc.region, tc.zoom, len(fast), len(slow))
		}
		for i := range fast {
			a, aok := fast[i].(*scene.Shape)
			b, bok := slow[i].(*scene.Shape)
			if aok != bok || (aok && (a.ID != b.ID || len(a.Path) != len(b.Path))) {
				t.Fatalf("%s ×%v: item %d differs: %+v vs %+v", tc.region, tc.zoom, i, fast[i], slow[i])
			}
		}
	}
}
