package ebitenui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// Simplifying the map at a phone's width leaves out a good share of its
// vertices (the reason for it) without changing the draw calls.
func TestMapSimplifyingSavesVertices(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 700, 560, 1)
	sc := wd.Scene()
	draw := func(tol float64) (calls, vertices int) {
		p := newPainter()
		p.tol = tol
		p.layerSS(ebiten.NewImage(700, 560), &sc.Layers[0], 1, 1)
		return p.Calls, p.Vertices
	}
	c0, v0 := draw(0)
	c1, v1 := draw(mapTolerance)
	t.Logf("map at 700 px: %d calls, %d vertices; simplified: %d calls, %d vertices", c0, v0, c1, v1)
	if v1 > v0/2 {
		t.Errorf("simplifying kept %d of %d vertices, want at most half", v1, v0)
	}
	if c1 > c0 {
		t.Errorf("simplifying added draw calls: %d, was %d", c1, c0)
	}
}

// The map's countries are simplified by the atlas's detail ranks: as many
// draw calls as by Douglas–Peucker at the same tolerance, and about as
// many vertices (a step of the rank scale finer keeps a few more).
func TestMapSimplifiedByRanks(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 700, 560, 1)
	l := wd.Scene().Layers[0]
	ranked, stripped := 0, make([]scene.Item, len(l.Items))
	for i, it := range l.Items {
		stripped[i] = it
		if s, ok := it.(*scene.Shape); ok && s.Detail != nil {
			ranked++
			c := *s
			c.Detail = nil
			stripped[i] = &c
		}
	}
	if ranked < 150 {
		t.Fatalf("%d of the map's %d items carry ranks, want every country's", ranked, len(l.Items))
	}
	draw := func(l *scene.Layer) (calls, vertices int) {
		p := newPainter()
		p.tol = mapTolerance
		p.layerSS(ebiten.NewImage(700, 560), l, 1, 1)
		return p.Calls, p.Vertices
	}
	c0, v0 := draw(&scene.Layer{Clip: l.Clip, Items: stripped})
	c1, v1 := draw(&l)
	t.Logf("Douglas–Peucker: %d calls, %d vertices; ranks: %d calls, %d vertices", c0, v0, c1, v1)
	if c1 != c0 || v1 < v0*99/100 || v1 > v0*11/10 {
		t.Errorf("by ranks %d calls and %d vertices, by Douglas–Peucker %d and %d", c1, v1, c0, v0)
	}
}

// Simplifying may not change the map visibly: drawn as the screen draws it
// (at twice the size, then shrunk), the map simplified at mapTolerance
// differs from the map with every point in few pixels, along coasts and
// borders, and strongly in at most one pixel in 200. (At 0.3 device px one
// in 530 differed by more than 96 levels of 255; at 0.5 one in 250; at 0.7
// one in 170, which this fails.)
func TestMapSimplifiedLooksTheSame(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 700, 560, 1)
	l := &wd.Scene().Layers[0]
	draw := func(tol float64) *image.RGBA {
		p := newPainter()
		p.tol = 2 * tol // target px at twice the size
		big := ebiten.NewImage(1400, 1120)
		p.layerSS(big, l, 1, 2)
		img := ebiten.NewImage(700, 560)
		newShrinker().draw(img, big, img.Bounds(), image.Point{}, 2)
		return readImage(img)
	}
	whole, simplified := draw(0), draw(mapTolerance)
	strong, of := differing(whole, simplified, whole.Bounds(), 96)
	some, _ := differing(whole, simplified, whole.Bounds(), 16)
	t.Logf("at %.1f device px: %d of %d pixels differ by more than 16 levels, %d by more than 96", mapTolerance, some, of, strong)
	if strong*200 > of {
		t.Errorf("simplified at %.1f device px, %d of %d pixels differ by more than 96 levels from the whole map", mapTolerance, strong, of)
	}
}
