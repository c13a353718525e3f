package compose

import (
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/words"
)

// fixture loads the shipped story and the world atlas (datatest.Shipped).
func fixture(t testing.TB) (*data.Story, *geo.World) {
	t.Helper()
	return datatest.Shipped(t)
}

// screen is the shipped story's layers and a layout at w×h in lang.
type screen struct {
	story  *data.Story
	world  *geo.World
	layers *Layers
	plan   *layout.Planner
}

func newScreen(t testing.TB, lang string) screen {
	t.Helper()
	s, world := fixture(t)
	w := words.New(s, world, lang)
	lg := legend.New(s, world, w)
	return screen{story: s, world: world, layers: NewLayers(s, world, w, lg), plan: layout.NewPlanner(s, world, w, lg)}
}

// frame is a frame at step on a w×h layout, at the world view, nothing
// hovered.
func (sc screen) frame(step int, w, h float64) (Frame, *layout.Layout) {
	l := sc.plan.Plan(w, h, 1, sc.story.Events[step].Question)
	return Frame{Step: step, Region: "world", AtPreset: true, View: layout.FitRegion("world", l.Map)}, l
}

// findText returns the first text with id in the layer, or nil.
func findText(l *scene.Layer, id string) *scene.Text {
	for _, it := range l.Items {
		if t, ok := it.(*scene.Text); ok && t.ID == id {
			return t
		}
	}
	return nil
}

// TestLayerKeysAreValues checks a layer's key is equal for equal frames and
// differs where the layer differs: a hover changes the overlay alone, a
// step every layer.
func TestLayerKeysAreValues(t *testing.T) {
	sc := newScreen(t, "en")
	look := Look{Theme: theme.Light()}
	f, l := sc.frame(2, 1280, 720)
	k0 := sc.layers.Keys(look, f, l)
	if k0 == (Keys{}) || sc.layers.Keys(look, f, l) != k0 {
		t.Fatal("the same frame has other keys")
	}
	hover := f
	hover.Hover, hover.PointerX, hover.PointerY = "BRA", 600, 300
	k1 := sc.layers.Keys(look, hover, l)
	if k1.m != k0.m || k1.c != k0.c || k1.o == k0.o {
		t.Error("a hover changed the map or chrome key, or not the overlay's")
	}
	step := f
	step.Step = 3
	k2 := sc.layers.Keys(look, step, sc.plan.Plan(1280, 720, 1, sc.story.Events[3].Question))
	if k2.m == k0.m || k2.c == k0.c || k2.o == k0.o {
		t.Error("a step kept a layer's key")
	}
	a, b := sc.layers.Scene(look, f, l), sc.layers.Scene(look, hover, l)
	if a.Layers[0].Key != b.Layers[0].Key || a.Layers[2].Key == b.Layers[2].Key {
		t.Error("the scene's layer keys do not follow the keys")
	}
	if &a.Layers[0].Items[0] != &b.Layers[0].Items[0] {
		t.Error("a hover frame built the map again")
	}
}

// TestStandingTooltip reads the tooltip of Russia on 5 January 2020, before
// it spoke on the Assembly: no statement on this question, where it stands
// on the presidency, and the standing position's sources.
func TestStandingTooltip(t *testing.T) {
	for _, tc := range []struct{ lang, side, since string }{
		{"en", "No statement found on this question", "Standing position: Backed Maduro, since 23 Jan 2019"},
		{"es", "Sin postura conocida sobre esta pregunta", "Postura vigente: Apoyó a Maduro, desde el 23 ene 2019"},
		{"ru", "По этому вопросу позиция не найдена", "Текущая позиция: На стороне Мадуро, с 23 янв. 2019"},
	} {
		sc := newScreen(t, tc.lang)
		step, err := sc.story.FindEvent("2020-01-05")
		if err != nil {
			t.Fatal(err)
		}
		f, l := sc.frame(step, 1280, 720)
		p := sc.layers.painter(Look{Theme: theme.Light()}, f, l)
		ps, key := p.tooltipParas("RUS", l.Sizes, false)
		got := map[string]string{}
		for _, para := range ps {
			got[para.ID] = para.S
		}
		if key != "standing:maduro" || got["tip.side"] != tc.side || got["tip.since"] != tc.since {
			t.Errorf("%s: tooltip %v (swatch %q), want side %q, since %q", tc.lang, got, key, tc.side, tc.since)
		}
		if got["tip.sources"] == "" || got["tip.sources"][len(got["tip.sources"])-len("Página/12"):] != "Página/12" {
			t.Errorf("%s: the tooltip cites the standing position's sources: %q", tc.lang, got["tip.sources"])
		}
	}
}

// TestStill checks a still is the scene its first frame shows.
func TestStill(t *testing.T) {
	sc := newScreen(t, "es")
	f, l := sc.frame(3, 700, 640)
	want := sc.layers.Scene(Look{Theme: theme.Dark()}, f, l)
	got := Still(sc.story, sc.world, StillOptions{Event: 3, Lang: "es", Theme: "dark", W: 700, H: 640})
	if got.W != want.W || got.H != want.H || got.Title != want.Title || len(got.Layers) != len(want.Layers) {
		t.Fatalf("still %vx%v %q, want %vx%v %q", got.W, got.H, got.Title, want.W, want.H, want.Title)
	}
	for i := range want.Layers {
		if a, b := got.Layers[i], want.Layers[i]; a.Key != b.Key || len(a.Items) != len(b.Items) {
			t.Errorf("layer %s: key %v, %d items; want %v, %d", a.Name, a.Key, len(a.Items), b.Key, len(b.Items))
		}
	}
}

// TestStillOpensOnTheStoryView checks that a still (a poster) shows the
// region the story opens on, as the live widget does, and that an asked
// region wins over it.
func TestStillOpensOnTheStoryView(t *testing.T) {
	sc := newScreen(t, "en")
	am := *sc.story
	am.View = "americas"
	mapKey := func(s *scene.Scene) any {
		for _, ly := range s.Layers {
			if ly.Name == scene.LayerMap {
				return ly.Key
			}
		}
		t.Fatal("no map layer")
		return nil
	}
	opt := StillOptions{Event: 3, W: 700, H: 560}
	world := Still(sc.story, sc.world, opt)
	opened := Still(&am, sc.world, opt)
	if mapKey(world) == mapKey(opened) {
		t.Errorf("a story with view americas gives the world's map layer")
	}
	opt.Region = "americas"
	if asked := Still(sc.story, sc.world, opt); mapKey(asked) != mapKey(opened) {
		t.Errorf("region americas asked: map layer %v, want the story view's %v", mapKey(asked), mapKey(opened))
	}
	opt.Region = "world"
	if asked := Still(&am, sc.world, opt); mapKey(asked) != mapKey(world) {
		t.Errorf("region world asked over view americas: map layer %v, want the world's", mapKey(asked))
	}
}
