package widget

import (
	"image/color"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

var (
	fixtureOnce  sync.Once
	fixtureStory *data.Story
	fixtureWorld *geo.World
	fixtureErr   error
)

// fixture loads the test story (testdata/story.json, a cut-down copy of the
// default story with all eight steps) and the real world atlas.
func fixture(t testing.TB) (*data.Story, *geo.World) {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureWorld, fixtureErr = geo.Load()
		if fixtureErr != nil {
			return
		}
		var b []byte
		b, fixtureErr = os.ReadFile(filepath.Join("testdata", "story.json"))
		if fixtureErr != nil {
			return
		}
		fixtureStory, fixtureErr = data.Load(b, data.Options{KnownCode: fixtureWorld.Known})
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureStory, fixtureWorld
}

// newTest returns a widget of the given size at step 2 (23 Jan 2019).
func newTest(t testing.TB, w, h float64, opt Options) *Widget {
	t.Helper()
	s, world := fixture(t)
	wg := New(s, world, opt)
	wg.Resize(w, h, 1)
	return wg
}

// writePNG renders a scene into the test's output directory when
// STANCEMAP_PNG names one, so a person can look at it.
func writePNG(t *testing.T, sc *scene.Scene, name string) {
	dir := os.Getenv("STANCEMAP_PNG")
	if dir == "" {
		return
	}
	img := rasterout.Render(sc, 1)
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := rasterout.EncodePNG(f, img, 96); err != nil {
		t.Fatal(err)
	}
}

// texts returns the Text items of a layer.
func texts(l *scene.Layer) []*scene.Text {
	var ts []*scene.Text
	for _, it := range l.Items {
		if t, ok := it.(*scene.Text); ok {
			ts = append(ts, t)
		}
	}
	return ts
}

// findText returns the first text with id in the layer, or nil.
func findText(l *scene.Layer, id string) *scene.Text {
	for _, t := range texts(l) {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// textBox returns the box a Text covers: its advance width and its ascent
// and descent around the baseline.
func textBox(t *scene.Text) layout.Rect {
	w := layout.TextWidth(t.S, t.Size, t.Bold)
	asc, desc, _ := glyph.Face(t.Bold).Metrics(t.Size)
	x := t.X
	switch t.Align {
	case scene.AlignCenter:
		x -= w / 2
	case scene.AlignRight:
		x -= w
	}
	return layout.Rect{X: x, Y: t.Y - asc, W: w, H: asc + desc}
}

// A4 landscape at 96 px per inch: a print page's size when none is given.
const a4W, a4H = 1123.0, 794.0

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// anchorOf returns the screen position of a country's label anchor.
func anchorOf(t *testing.T, w *Widget, code string) (float64, float64) {
	t.Helper()
	c := w.world.Country(code)
	if c == nil {
		t.Fatalf("no country %s", code)
	}
	return w.View().ToScreen(c.Anchor)
}

// ctlRect is the box of the control with id, failing the test if there is none.
func ctlRect(t *testing.T, w *Widget, id string) layout.Rect {
	t.Helper()
	w.layout()
	for _, c := range w.layout().Controls {
		if c.ID == id {
			return c.Box
		}
	}
	t.Fatalf("no control %s", id)
	return layout.Rect{}
}

// click moves the pointer to (x, y), then presses and releases it there.
func click(w *Widget, x, y float64) {
	w.Handle(Input{Kind: PointerMove, X: x, Y: y})
	w.Handle(Input{Kind: PointerDown, X: x, Y: y})
	w.Handle(Input{Kind: PointerUp, X: x, Y: y})
}

// key presses k and reports whether the widget changed.
func key(w *Widget, k Key) bool { return w.Handle(Input{Kind: KeyPress, Key: k}) }

// fillOf is the fill colour of the shape with id in l, if it is drawn filled.
func fillOf(l *scene.Layer, id string) (color.NRGBA, bool) {
	for _, it := range l.Items {
		if s, ok := it.(*scene.Shape); ok && s.ID == id && s.Fill != nil {
			return s.Fill.Color, true
		}
	}
	return color.NRGBA{}, false
}
