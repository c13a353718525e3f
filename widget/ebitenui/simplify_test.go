package ebitenui

import (
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
