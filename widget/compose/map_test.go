package compose

import (
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// The facts worked out once for the atlas build the same map as working
// them out for each view: the same rings and the same order of fills.
func TestAtlasFactsMatchPerView(t *testing.T) {
	sc := newScreen(t, "en")
	for _, tc := range []struct {
		region string
		zoom   float64
	}{{"world", 1}, {"americas", 1}, {"europe", 1}, {"europe", 6}, {"world", 3}} {
		f, l := sc.frame(2, 1000, 600)
		f.View = layout.FitRegion(tc.region, l.Map)
		if tc.zoom != 1 {
			v := f.View
			f.View = v.ZoomAt(v.X+v.W/2, v.Y+v.H/2, tc.zoom)
		}
		spec := sc.layers.painter(Look{Theme: theme.Light()}, f, l).mapSpec()
		if spec.facts == nil {
			t.Fatal("no atlas facts")
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

// Every country's shape carries its points' ranks, ring for ring as the
// atlas has them (rings too small to draw left out with theirs), at the
// view's scale; the borders carry them all, in the atlas's order.
func TestMapShapesCarryTheAtlasRanks(t *testing.T) {
	sc := newScreen(t, "en")
	f, l := sc.frame(2, 1000, 600)
	spec := sc.layers.painter(Look{Theme: theme.Light()}, f, l).mapSpec()
	v := spec.view
	ml := buildMap(spec)
	byCode := map[string]*scene.Shape{}
	for _, it := range ml.items[:ml.regions] {
		s := it.(*scene.Shape)
		byCode[s.ID] = s
		c := sc.world.Country(s.ID)
		if c == nil || s.Detail == nil || s.Detail.Scale != v.Scale || len(s.Detail.Ranks) != len(s.Path) {
			t.Fatalf("%s: detail %+v for %d rings at scale %v", s.ID, s.Detail, len(s.Path), v.Scale)
		}
		// Walk the atlas's rings in order: each drawn ring is the next
		// one that projects to it, and its ranks are that ring's.
		next := 0
		for i, poly := range c.Projected {
			for j, ring := range poly {
				if next == len(s.Path) {
					break
				}
				x, y := v.ToScreen(ring[0])
				if got := s.Path[next]; len(got) != len(ring) || got[0] != (scene.Point{X: x, Y: y}) {
					continue
				}
				if r := s.Detail.Ranks[next]; len(r) != len(ring)-1 || &r[0] != &c.Detail[i][j][0] {
					t.Fatalf("%s ring %d (atlas %d.%d): %d ranks, not the atlas's %d", s.ID, next, i, j, len(r), len(ring)-1)
				}
				next++
			}
		}
		if next != len(s.Path) {
			t.Fatalf("%s: ring %d of %d is none of the atlas's", s.ID, next, len(s.Path))
		}
	}
	var all [][]uint8
	for _, c := range sc.world.Countries {
		if s := byCode[c.Code]; s != nil {
			all = append(all, s.Detail.Ranks...)
		}
	}
	borders := ml.items[ml.regions].(*scene.Shape)
	if borders.ID != "borders" || !sameDetail(borders.Detail, &scene.Detail{Ranks: all, Scale: v.Scale}) {
		t.Errorf("the borders' detail is not the countries' ranks in order")
	}
}

func BenchmarkMapLayer(b *testing.B) {
	sc := newScreen(b, "en")
	f, l := sc.frame(2, 1280, 720)
	spec := sc.layers.painter(Look{Theme: theme.Light()}, f, l).mapSpec()
	for b.Loop() {
		buildMap(spec)
	}
}

// A map built for a new step at the same view takes the last map's screen
// paths instead of projecting them again, and is the same map as one
// built afresh.
func TestStepReusesScreenPaths(t *testing.T) {
	sc := newScreen(t, "en")
	look := Look{Theme: theme.Light()}
	reused := 0
	var last scene.Path
	for step := range sc.story.Events {
		f, l := sc.frame(step, 1000, 600)
		got := sc.layers.Scene(look, f, l).Layers[0]
		fresh := NewLayers(sc.story, sc.world, sc.layers.src.words, sc.layers.src.legend).Scene(look, f, l).Layers[0]
		if len(got.Items) != len(fresh.Items) {
			t.Fatalf("step %d: %d map items, %d built afresh", step, len(got.Items), len(fresh.Items))
		}
		for i := range got.Items {
			a, aok := got.Items[i].(*scene.Shape)
			b, bok := fresh.Items[i].(*scene.Shape)
			if aok != bok || (aok && (a.ID != b.ID || !samePath(a.Path, b.Path) || !sameDetail(a.Detail, b.Detail))) {
				t.Fatalf("step %d: item %d differs from the map built afresh", step, i)
			}
		}
		p := sc.layers.paths["BRA"].path
		if len(p) == 0 {
			t.Fatalf("step %d: no screen path for Brazil", step)
		}
		if last != nil && &p[0][0] == &last[0][0] {
			reused++
		}
		last = p
	}
	if reused == 0 {
		t.Error("no step took the last map's screen paths")
	}
}

// sameDetail reports whether two shapes' ranks are the same, ring by ring.
func sameDetail(a, b *scene.Detail) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Scale != b.Scale || len(a.Ranks) != len(b.Ranks) {
		return false
	}
	for i := range a.Ranks {
		if string(a.Ranks[i]) != string(b.Ranks[i]) {
			return false
		}
	}
	return true
}

func samePath(a, b scene.Path) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}
