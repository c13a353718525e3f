package widget

import (
	"github.com/stancemap/stancemap/widget/atlas"
	"hash/fnv"
	"math"

	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// sceneCache keeps the last built layers by key, so Scene rebuilds only the
// layers whose inputs changed: a hover frame rebuilds the overlay alone.
type sceneCache struct {
	keys   layerKeys
	built  [3]bool
	layers [3]scene.Layer
	paths  map[string]scene.Path
	pal    *palette
	palFor string
	// The buttons drawn on the map, reused while their key holds.
	ctlItems []scene.Item
	ctlKey   uint64
}

// layerKeys are the three layer keys.
type layerKeys struct{ mapKey, chrome, overlay uint64 }

// hasher builds a layer key from exactly what the layer depends on.
type hasher struct{ h uint64 }

func newHasher(layer string) *hasher {
	h := fnv.New64a()
	h.Write([]byte(layer))
	return &hasher{h.Sum64()}
}

func (h *hasher) u(v uint64) *hasher {
	// FNV-1a over the 8 bytes of v.
	for i := 0; i < 8; i++ {
		h.h ^= v & 0xff
		h.h *= 1099511628211
		v >>= 8
	}
	return h
}

func (h *hasher) f(vs ...float64) *hasher {
	for _, v := range vs {
		h.u(math.Float64bits(v))
	}
	return h
}

func (h *hasher) i(v int) *hasher { return h.u(uint64(v)) }

func (h *hasher) b(v bool) *hasher {
	if v {
		return h.u(1)
	}
	return h.u(0)
}

func (h *hasher) s(vs ...string) *hasher {
	for _, v := range vs {
		for i := 0; i < len(v); i++ {
			h.h ^= uint64(v[i])
			h.h *= 1099511628211
		}
		h.u(uint64(len(v)))
	}
	return h
}

// keys computes the three layer keys for the current state.
func (w *Widget) keys() layerKeys {
	if w.lay == nil || !w.ready() {
		return layerKeys{}
	}
	v := w.view
	base := func(layer string) *hasher {
		return newHasher(layer).f(w.w, w.h, w.dpr).s(w.lang, w.th.Name).b(w.gray).i(w.tl.Current())
	}
	var k layerKeys
	k.mapKey = base("map").f(v.X, v.Y, v.W, v.H, v.Scale, v.Center[0], v.Center[1]).h
	k.chrome = base("chrome").i(w.focus).b(w.tl.Playing()).s(w.hoverCtl, w.legendHighlight(), w.region).b(w.atPreset).h
	code, x, y := w.tipTarget()
	ov := base("overlay").f(v.X, v.Y, v.W, v.H, v.Scale, v.Center[0], v.Center[1]).s(w.hover, w.pinned, w.legendHighlight(), code)
	// The buttons on the map are drawn in the overlay.
	ov.s(w.region).b(w.atPreset)
	if w.isOnMap(w.hoverCtl) {
		ov.s(w.hoverCtl)
	}
	if c, ok := w.focused(); ok && c.OnMap {
		ov.s(c.ID)
	}
	if code != "" {
		ov.f(x, y)
	}
	ov.s(w.note.msg).i(w.noteLevel())
	k.overlay = ov.h
	return k
}

// palette returns the fills for the current theme and mode, built once.
func (w *Widget) palette() palette {
	id := w.th.Name
	if w.gray {
		id += "/gray"
	}
	if w.cache.pal == nil || w.cache.palFor != id {
		p := newPalette(w.story, w.th, w.gray, 1)
		w.cache.pal, w.cache.palFor = &p, id
	}
	return *w.cache.pal
}

// SetTheme switches between "light" and "dark" (a backend resolving "auto"
// calls it when the reader's preference changes).
func (w *Widget) SetTheme(name string) {
	w.th = theme.ByName(name)
}

// Scene returns what to draw now. Layers whose key did not change since the
// last call are reused as they were, so an idle or hover frame is cheap.
func (w *Widget) Scene() *scene.Scene {
	w.layoutNow()
	l := w.lay
	sc := &scene.Scene{W: w.w, H: w.h, Background: w.th.Background}
	if !w.ready() {
		return sc
	}
	sc.Title = w.words.Title(w.tl.Current())
	k := w.keys()
	c := &w.cache
	clip := &scene.Rect{X: l.Map.X, Y: l.Map.Y, W: l.Map.W, H: l.Map.H}
	if !c.built[0] || c.keys.mapKey != k.mapKey {
		ml := buildMap(w.mapSpec())
		c.paths = ml.paths
		c.layers[0] = scene.Layer{Name: scene.LayerMap, Key: k.mapKey, Clip: clip, Items: ml.items}
		c.built[0] = true
	}
	if !c.built[1] || c.keys.chrome != k.chrome {
		c.layers[1] = scene.Layer{Name: scene.LayerChrome, Key: k.chrome, Items: w.buildChrome(l)}
		c.built[1] = true
	}
	if !c.built[2] || c.keys.overlay != k.overlay {
		c.layers[2] = scene.Layer{Name: scene.LayerOverlay, Key: k.overlay, Items: w.buildOverlay(l)}
		c.built[2] = true
	}
	c.keys = k
	sc.Layers = append(sc.Layers, c.layers[:]...)
	return sc
}

// mapSpec describes the map for the current state.
func (w *Widget) mapSpec() mapSpec {
	return mapSpec{
		story: w.story, world: w.world, view: w.view, step: w.tl.Current(),
		pal: w.palette(), th: w.th, unit: 1, labelSize: w.lay.Sizes.Small,
		subject: w.words.IsSubject, name: w.words.Name, marked: w.storyCodes, bordersApart: true, facts: atlas.Of(w.world),
	}
}
