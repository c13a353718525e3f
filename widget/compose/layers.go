package compose

import (
	"hash/maphash"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/words"
)

// Layers composes the interactive widget's scenes for one story in one
// language, keeping the last layer of each kind with its key, so Scene
// builds only the layers whose key changed. It is not safe for concurrent
// use.
type Layers struct {
	src     source
	keys    Keys
	built   [3]bool
	layers  [3]scene.Layer
	paths   map[string]countryPath // the map layer's screen paths, for the overlay and the next map at their view
	pathsAt shapesKey              // what paths were projected for
	marks   []geo.Marker           // the map layer's small-state markers, for the overlay
	pal     *palette
	palFor  paletteKey
	ctl     controlsCache
}

// NewLayers returns the layers of story on world, in w's language, with
// the legend lg. A nil story or world draws only the background.
func NewLayers(story *data.Story, world *geo.World, w *words.Words, lg *legend.Legend) *Layers {
	return &Layers{src: newSource(story, world, w, lg)}
}

// seed hashes keys into scene.Layer.Key for the backends that keep a drawn
// copy of a layer; the hash is only compared within one process.
var seed = maphash.MakeSeed()

// Keys returns the layers' keys for a frame; zero when there is nothing to
// draw.
func (c *Layers) Keys(look Look, f Frame, l *layout.Layout) Keys {
	if l == nil || !c.src.ready() {
		return Keys{}
	}
	p := c.painter(look, f, l)
	fk := frameKey{W: l.W, H: l.H, DPR: l.DPR, Theme: look.Theme.Name, Gray: look.Gray, Step: f.Step}
	k := Keys{m: mapKey{fk, f.View}}
	k.c = chromeKey{frameKey: fk, Focus: f.Focus, Playing: f.Playing, HoverControl: f.HoverControl,
		Highlight: f.Highlight, Region: f.Region, AtPreset: f.AtPreset, More: f.More}
	code, x, y := p.tipTarget()
	k.o = overlayKey{frameKey: fk, View: f.View, Hover: f.Hover, Pinned: f.Pinned, Highlight: f.Highlight,
		Tip: code, HoverOnMarker: f.HoverOnMarker, PinnedOnMarker: f.PinnedOnMarker, Region: f.Region, AtPreset: f.AtPreset, Note: f.Note, NoteAlpha: f.NoteAlpha, More: f.More}
	if p.isOnMap(f.HoverControl) {
		k.o.HoverOnMap = f.HoverControl
	}
	if fc, ok := p.focused(); ok && fc.OnMap {
		k.o.FocusOnMap = fc.ID
	}
	if code != "" {
		k.o.TipX, k.o.TipY = x, y
	}
	return k
}

// paletteKey says which palette a look needs.
type paletteKey struct {
	theme string
	gray  bool
}

// painter is a painter for one frame, with the look's palette, built once.
func (c *Layers) painter(look Look, f Frame, l *layout.Layout) *painter {
	pk := paletteKey{look.Theme.Name, look.Gray}
	if c.pal == nil || c.palFor != pk {
		p := newPalette(c.src.story, look.Theme, look.Gray, 1)
		c.pal, c.palFor = &p, pk
	}
	return &painter{source: &c.src, th: look.Theme, gray: look.Gray, pal: *c.pal, f: f, l: l, paths: c.paths, markers: c.marks, ctl: &c.ctl}
}

// Scene returns what to draw for a frame. Layers whose key did not change
// since the last call are reused as they were, so an idle or hover frame
// is cheap.
func (c *Layers) Scene(look Look, f Frame, l *layout.Layout) *scene.Scene {
	sc := &scene.Scene{W: l.W, H: l.H, Background: look.Theme.Background}
	if !c.src.ready() {
		return sc
	}
	sc.Title = c.src.words.Title(f.Step)
	k := c.Keys(look, f, l)
	p := c.painter(look, f, l)
	clip := &scene.Rect{X: l.Map.X, Y: l.Map.Y, W: l.Map.W, H: l.Map.H}
	if !c.built[0] || c.keys.m != k.m {
		sk := shapesKey{W: l.W, H: l.H, DPR: l.DPR, View: f.View}
		ms := p.mapSpec()
		if c.built[0] && c.pathsAt == sk {
			ms.reuse = c.paths
		}
		ml := buildMap(ms)
		c.paths, p.paths, c.pathsAt = ml.paths, ml.paths, sk
		c.marks, p.markers = ml.markers, ml.markers
		c.layers[0] = scene.Layer{Name: scene.LayerMap, Key: maphash.Comparable(seed, k.m), Clip: clip, Items: ml.items,
			Regions: ml.regions, Fixed: ml.fixed, Shapes: maphash.Comparable(seed, sk)}
		c.built[0] = true
	}
	if !c.built[1] || c.keys.c != k.c {
		c.layers[1] = scene.Layer{Name: scene.LayerChrome, Key: maphash.Comparable(seed, k.c), Items: p.buildChrome(l)}
		c.built[1] = true
	}
	if !c.built[2] || c.keys.o != k.o {
		c.layers[2] = scene.Layer{Name: scene.LayerOverlay, Key: maphash.Comparable(seed, k.o), Items: p.buildOverlay(l)}
		c.built[2] = true
	}
	c.keys = k
	sc.Layers = append(sc.Layers, c.layers[:]...)
	return sc
}

// MapPose returns the pose of the map layer Scene returns for a frame.
func (c *Layers) MapPose(look Look, f Frame, l *layout.Layout) MapPose {
	k := c.Keys(look, f, l)
	if k == (Keys{}) {
		return MapPose{}
	}
	v := k.m.View
	return MapPose{base: mapBase{frameKey: k.m.frameKey, X: v.X, Y: v.Y, W: v.W, H: v.H}, View: v}
}

// mapSpec describes the map of the frame.
func (p *painter) mapSpec() mapSpec {
	return mapSpec{
		story: p.story, world: p.world, view: p.f.View, step: p.f.Step,
		pal: p.pal, th: p.th, unit: 1, labelSize: p.l.Sizes.Small,
		subject: p.words.IsSubject, name: p.words.Name, markerSize: geo.MarkerSizeFor(p.f.View), bordersApart: true, facts: atlas.Of(p.world),
	}
}
