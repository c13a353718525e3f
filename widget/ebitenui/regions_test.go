package ebitenui

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestRegionsMatchFullRedraw checks a step change made from the id image
// (the shader recolouring the countries whose fill changed, the step's
// outlines and markers over them) against the same step drawn afresh, at
// every step of the story, in both themes and at two device scales: the
// two may differ only where rounding does, the countries' shapes were
// drawn once, and some steps recoloured only part of the map.
func TestRegionsMatchFullRedraw(t *testing.T) {
	for _, tc := range []struct {
		theme string
		dpr   float64
	}{{"light", 1}, {"dark", 1}, {"light", 1.5}, {"light", 3}} { // 3: drawn at the device size
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
		partial := 0
		for step := 1; step < len(story.Events); step++ {
			wd.SetEvent(step)
			vertices := c.paint.Vertices
			pixels := c.regions.Pixels
			c.draw(dst, wd.Scene(), tc.dpr)
			got := readImage(dst)
			if c.regions.Recoloured != step+1 {
				t.Fatalf("%s ×%g step %d: the map was not recoloured (%d)", tc.theme, tc.dpr, step, c.regions.Recoloured)
			}
			if c.regions.Pixels-pixels < mapClip.Dx()*mapClip.Dy() {
				partial++
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
		if partial < 3 {
			t.Errorf("%s ×%g: only %d steps recoloured part of the map, not all of it", tc.theme, tc.dpr, partial)
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
	k, samples := c.ss(), [][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}}
	if k == 1 {
		samples = samples[:1]
	}
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		for x := clip.Min.X; x < clip.Max.X; x++ {
			skip := false
			for _, d := range samples {
				j := ids.PixOffset(k*x+d[0]-at.Min.X, k*y+d[1]-at.Min.Y)
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

// TestChromeRedrawnInParts checks that a step redraws the chrome (title,
// counts, slider) only where it changed, and repaints the screen only
// there and on the map, yet every frame equals the step drawn afresh; and
// that the game prepares the id image once the widget rests.
func TestChromeRedrawnInParts(t *testing.T) {
	for _, th := range []string{"light", "dark"} {
		wd, story, _ := newWidget(t, th, 700, 480, 1)
		g := New(wd, Options{QuickSteps: true, Wake: make(chan struct{})})
		g.LayoutF(700, 480)
		screen := ebiten.NewImage(700, 480)
		g.Update()
		g.Draw(screen)
		if !g.prepareDue() || g.idle(time.Now().Add(time.Hour)) {
			t.Fatalf("%s: the map at rest is not waiting to be prepared", th)
		}
		// No input for long, and the first frame just on screen (a
		// first visit's): not yet, or the map would go live behind a
		// second frame's worth of work.
		g.lastActive = time.Now().Add(-time.Second)
		g.Draw(screen)
		if g.comp.regions.Drawn != 0 || !g.prepareDue() {
			t.Fatalf("%s: prepared right behind the first frame", th)
		}
		g.shownAt = time.Now().Add(-time.Second)
		g.Draw(screen)
		if g.comp.regions.Drawn != 1 || g.prepareDue() || !g.idle(time.Now().Add(time.Hour)) {
			t.Fatalf("%s: after rest: %d id images, still due %v", th, g.comp.regions.Drawn, g.prepareDue())
		}
		for step := 1; step < len(story.Events); step++ {
			g.Post(func(w *widget.Widget) { w.SetEvent(step) })
			g.Update()
			parts := g.comp.Parts
			g.Draw(screen)
			if g.comp.Parts != parts+1 {
				t.Errorf("%s step %d: the chrome was redrawn whole", th, step)
			}
			fresh := ebiten.NewImage(700, 480)
			newCompositor().draw(fresh, wd.Scene(), 1)
			got, want := readImage(screen), readImage(fresh)
			// The map from the id image is checked above; the rest of
			// the frame must be the same to the pixel.
			for _, r := range geom.Minus(screen.Bounds(), g.comp.layers[scene.LayerMap].clip) {
				if n, _ := differing(got, want, r, 2); n > 0 {
					t.Errorf("%s step %d: %d pixels in %v differ from the step drawn afresh", th, step, n, r)
				}
			}
			if n, of := differingPlain(g.comp, wd.Scene(), got, want, 24); n*500 > of {
				t.Errorf("%s step %d: %d of %d map pixels differ", th, step, n, of)
			}
			fresh.Deallocate()
		}
	}
}

// TestRecolouredStepFades checks the fade over a map recoloured from the
// id image: the frame of the step change shows the old map (and does not
// repaint it), a frame within the fade differs from both steps, and the
// fade ends on the new step.
func TestRecolouredStepFades(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.fade.on, c.prepareOn = true, true
	t0 := time.Unix(1e9, 0)
	at := func(d time.Duration) *image.RGBA {
		c.drawMoving(dst, wd.Scene(), 1, motion{now: t0.Add(d)})
		return readImage(dst)
	}
	before := at(0)
	c.prepare()
	wd.SetEvent(wd.Event() + 1)
	recoloured := c.regions.Recoloured
	mapClip := c.layers[scene.LayerMap].clip
	if n, _ := differing(at(10*time.Millisecond), before, mapClip, 2); n > 0 {
		t.Errorf("the frame of the step change: %d map pixels differ from the old step", n)
	}
	if c.regions.Recoloured != recoloured+1 || !c.fade.active() {
		t.Fatalf("the step was not recoloured (%d) or does not fade (%v)", c.regions.Recoloured-recoloured, c.fade.active())
	}
	mid := at(10*time.Millisecond + FadeDuration/3)
	fresh := ebiten.NewImage(800, 500)
	newCompositor().draw(fresh, wd.Scene(), 1)
	after := readImage(fresh)
	betweenSteps(t, mid, before, after, mapClip)
	end := at(10*time.Millisecond + FadeDuration + time.Millisecond)
	if c.fade.active() {
		t.Error("the fade goes on after FadeDuration")
	}
	if n, of := differingPlain(c, wd.Scene(), end, after, 24); n*500 > of {
		t.Errorf("after the fade %d of %d map pixels differ from the new step", n, of)
	}
}

// TestIDImageMemory checks the id image's cap: a 1280-px-wide map at
// device scale 1 may take a 32 MB texture, a phone's map at device scale 3
// no more than 16 MB, and past the cap the map is not prepared.
func TestIDImageMemory(t *testing.T) {
	c := newCompositor()
	c.scale = 1
	if !c.idFits(image.Rect(0, 0, 2560, 1400)) || c.idFits(image.Rect(0, 0, 4100, 1400)) {
		t.Error("scale 1: the 32 MB cap misplaced")
	}
	c.scale = 3
	if !c.idFits(image.Rect(0, 0, 2000, 2000)) || c.idFits(image.Rect(0, 0, 2340, 1300)) {
		t.Error("scale 3: the 16 MB cap misplaced")
	}
	// Past the cap: a 1000×700 px embed at device scale 2, its map doubled.
	wd, _, _ := newWidget(t, "light", 1000, 700, 2)
	c = newCompositor()
	c.prepareOn = true
	c.draw(ebiten.NewImage(2000, 1400), wd.Scene(), 2)
	if want := c.up(c.layers[scene.LayerMap].clip); c.atDevice || c.idFits(want) || c.prepareDue() {
		t.Errorf("scale 2, doubled map %v: at device size %v, fits %v, due %v", want.Size(), c.atDevice, c.idFits(want), c.prepareDue())
	}
	// A phone at device scale 3 is drawn at its device size (see
	// deviceSizeFrom), and so is its id image, which fits.
	wd, _, _ = newWidget(t, "light", 390, 700, 3)
	c = newCompositor()
	c.prepareOn = true
	c.draw(ebiten.NewImage(1170, 2100), wd.Scene(), 3)
	clip := c.layers[scene.LayerMap].clip
	if want := c.up(clip); !c.atDevice || want != clip || !c.idFits(want) || !c.prepareDue() {
		t.Errorf("a phone at scale 3, map %v: at device size %v, fits %v, due %v", want.Size(), c.atDevice, c.idFits(want), c.prepareDue())
	}
}

// TestHoverKeepsToRings checks that a hovered country's outline is kept
// (and so repainted) ring by ring, not as one box: France's box with
// French Guiana spans the Atlantic, the United States' the North Pacific.
func TestHoverKeepsToRings(t *testing.T) {
	wd, _, world := newWidget(t, "light", 1280, 720, 1)
	v := wd.View()
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	for _, code := range []string{"FRA", "USA"} {
		x, y := v.ToScreen(world.Country(code).Anchor)
		wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
		sc := wd.Scene()
		c.draw(dst, sc, 1)
		var whole image.Rectangle
		for _, it := range sc.Layer(scene.LayerOverlay).Items {
			if s, ok := it.(*scene.Shape); ok && s.ID == "outline:"+code {
				r, _ := c.itemRect(s)
				whole = r
			}
		}
		area := 0
		for _, r := range c.layers[scene.LayerOverlay].rects {
			if r.Overlaps(whole) {
				area += r.Intersect(whole).Dx() * r.Intersect(whole).Dy()
			}
		}
		if whole.Empty() || area*2 > whole.Dx()*whole.Dy() {
			t.Errorf("%s: the overlay keeps %d px of the outline's box %v (%d px)", code, area, whole, whole.Dx()*whole.Dy())
		}
	}
}

// TestPreparedWhilePlaying checks that a widget playing the timeline,
// never at rest, is prepared for quick steps between two steps, once it
// has drawn nothing for a while.
func TestPreparedWhilePlaying(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 700, 480, 1)
	wd.SetEvent(0)
	g := New(wd, Options{QuickSteps: true})
	g.LayoutF(700, 480)
	screen := ebiten.NewImage(700, 480)
	g.Update()
	g.Draw(screen)
	g.Post(func(w *widget.Widget) { w.Handle(widget.Input{Kind: widget.KeyPress, Key: widget.KeySpace}) })
	deadline := time.Now().Add(2 * time.Second)
	for g.comp.regions.Drawn == 0 && time.Now().Before(deadline) {
		g.Update()
		g.Draw(screen)
		time.Sleep(20 * time.Millisecond)
	}
	if !wd.Busy() {
		t.Fatal("space did not start playback")
	}
	if g.comp.regions.Drawn != 1 || wd.Event() != 0 {
		t.Fatalf("playing: %d id images drawn before the first step (now at step %d)", g.comp.regions.Drawn, wd.Event())
	}
}

// TestTinyFramesPrepareNothing checks that frames too small for a map,
// or barely big enough, neither panic (a 1×1 frame did, wrapping its
// caption at a negative width) nor prepare an empty id image.
func TestTinyFramesPrepareNothing(t *testing.T) {
	for _, sz := range [][2]float64{{1, 1}, {40, 30}, {120, 80}} {
		wd, _, _ := newWidget(t, "light", sz[0], sz[1], 1)
		g := New(wd, Options{QuickSteps: true})
		g.LayoutF(sz[0], sz[1])
		screen := ebiten.NewImage(int(sz[0]), int(sz[1]))
		g.Update()
		g.Draw(screen)
		g.lastActive, g.shownAt = time.Now().Add(-time.Second), time.Now().Add(-time.Second)
		g.Draw(screen)
		g.Post(func(w *widget.Widget) { w.SetEvent(w.Event() + 1) })
		g.Update()
		g.Draw(screen)
		if g.comp == nil {
			t.Fatalf("%v: nothing drawn", sz)
		}
		if cl := g.comp.layers[scene.LayerMap]; cl != nil && (cl.clip.Dx() < 2 || cl.clip.Dy() < 2) && g.comp.regions.Drawn > 0 {
			t.Errorf("%v: an id image for a map of %v", sz, cl.clip)
		}
	}
}
