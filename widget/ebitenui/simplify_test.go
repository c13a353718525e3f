package ebitenui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
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
