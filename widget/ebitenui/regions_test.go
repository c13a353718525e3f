package ebitenui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestRegionsMatchFullRedraw checks a step change made from the id image
// (the shader recolouring the countries, the step's outlines and markers
// over them) against the same step drawn afresh, at every step of the
// story, in both themes and at two device scales: the two may differ
// only where rounding does, and the countries' shapes were drawn once.
func TestRegionsMatchFullRedraw(t *testing.T) {
	for _, tc := range []struct {
		theme string
		dpr   float64
	}{{"light", 1}, {"dark", 1}, {"light", 2}} {
		wd, story, _ := newWidget(t, tc.theme, 700, 480, tc.dpr)
		w, h := int(700*tc.dpr), int(480*tc.dpr)
		dst := ebiten.NewImage(w, h)
		c := newCompositor()
		c.prepareOn = true
		wd.SetEvent(0)
		c.draw(dst, wd.Scene(), tc.dpr)
		if !c.prepareDue() {
			t.Fatalf("%s ×%g: the map at rest is not due to be prepared", tc.theme, tc.dpr)
		}
		before := readImage(dst)
		c.prepare()
		if c.regions.Drawn != 1 || c.prepareDue() {
			t.Fatalf("%s ×%g: prepare drew %d id images, still due %v", tc.theme, tc.dpr, c.regions.Drawn, c.prepareDue())
		}
		// prepare remade the map from the id image: a full frame shows
		// the same picture.
		c.lastDst = nil
		c.draw(dst, wd.Scene(), tc.dpr)
		mapClip := c.layers[scene.LayerMap].clip
		if n, of := differing(readImage(dst), before, mapClip, 24); n*1000 > of {
			t.Errorf("%s ×%g: the prepared map differs from the drawn one in %d of %d pixels", tc.theme, tc.dpr, n, of)
		}
		for step := 1; step < len(story.Events); step++ {
			wd.SetEvent(step)
			vertices := c.paint.Vertices
			c.draw(dst, wd.Scene(), tc.dpr)
			got := readImage(dst)
			if c.regions.Recoloured != step+1 {
				t.Fatalf("%s ×%g step %d: the map was not recoloured (%d)", tc.theme, tc.dpr, step, c.regions.Recoloured)
			}
			fresh := ebiten.NewImage(w, h)
			full := newCompositor()
			full.draw(fresh, wd.Scene(), tc.dpr)
			if d := c.paint.Vertices - vertices; d*3 > full.paint.Vertices {
				t.Errorf("%s ×%g step %d: %d vertices for a step, %d for a full frame: the countries are drawn again", tc.theme, tc.dpr, step, d, full.paint.Vertices)
			}
			want := readImage(fresh)
			fresh.Deallocate()
			n, of := differingPlain(c, wd.Scene(), got, want, 24)
			// Two pixels in a thousand: rounding, and the edges of the
			// switched outlines, which are shrunk apart and laid over the
			// shrunk map instead of over its samples.
			if n*500 > of {
				t.Errorf("%s ×%g step %d (%s): %d of %d map pixels differ from a full redraw", tc.theme, tc.dpr, step, story.Events[step].Date, n, of)
			}
			if n, _ := differing(got, want, image.Rect(0, 0, w, h), 24); n*100 > w*h {
				t.Errorf("%s ×%g step %d: %d pixels of the frame differ", tc.theme, tc.dpr, step, n)
			}
		}
		if c.regions.Drawn != 1 {
			t.Errorf("%s ×%g: %d id images for one view", tc.theme, tc.dpr, c.regions.Drawn)
		}
		dst.Deallocate()
	}
}

// differingPlain counts the pixels of the map that differ by more than tol
// between a and b, leaving out the countries filled with a translucent
// pattern (the uncertain hatch): the full redraw draws a pattern through
// the stencil once per fan triangle over a pixel, so its hatch lines come
// out darker where those overlap, which the shader does not copy.
func differingPlain(c *compositor, sc *scene.Scene, a, b *image.RGBA, tol int) (n, of int) {
	l := sc.Layer(scene.LayerMap)
	hatched := map[int]bool{}
	for _, it := range l.Items[:l.Regions] {
		s := it.(*scene.Shape)
		if p := s.Fill.Pattern; p.Kind != scene.PatternNone && p.Color.A < 255 {
			hatched[c.regions.index[s.ID]] = true
		}
	}
	ids := readImage(c.regions.ids)
	at := c.regions.at
	clip := c.layers[scene.LayerMap].clip
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		for x := clip.Min.X; x < clip.Max.X; x++ {
			skip := false
			for _, d := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				j := ids.PixOffset(2*x+d[0]-at.Min.X, 2*y+d[1]-at.Min.Y)
				skip = skip || hatched[int(ids.Pix[j])+256*int(ids.Pix[j+1])]
			}
			if skip {
				continue
			}
			of++
			if m, _ := differing(a, b, image.Rect(x, y, x+1, y+1), tol); m > 0 {
				n++
			}
		}
	}
	return n, of
}
