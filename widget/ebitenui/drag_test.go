package ebitenui

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// differing counts the pixels inside r whose channels differ by more than tol.
func differing(a, b *image.RGBA, r image.Rectangle, tol int) (n, of int) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := a.PixOffset(x, y)
			for c := 0; c < 3; c++ {
				if d := int(a.Pix[i+c]) - int(b.Pix[i+c]); d > tol || d < -tol {
					n++
					break
				}
			}
			of++
		}
	}
	return n, of
}

// blocksDiffering compares a and b in blocks of 8×8 pixels inside r by
// their mean colour, which a pattern's phase does not change: a map shown
// shifted keeps its dots where they were drawn, a fresh one anchors them at
// the origin.
func blocksDiffering(a, b *image.RGBA, r image.Rectangle, tol float64) (n, of int) {
	const k = 8
	for y := r.Min.Y; y+k <= r.Max.Y; y += k {
		for x := r.Min.X; x+k <= r.Max.X; x += k {
			var sa, sb [3]float64
			for yy := y; yy < y+k; yy++ {
				for xx := x; xx < x+k; xx++ {
					i := a.PixOffset(xx, yy)
					for c := 0; c < 3; c++ {
						sa[c] += float64(a.Pix[i+c])
						sb[c] += float64(b.Pix[i+c])
					}
				}
			}
			for c := 0; c < 3; c++ {
				if d := (sa[c] - sb[c]) / (k * k); d > tol || d < -tol {
					n++
					break
				}
			}
			of++
		}
	}
	return n, of
}

// A drag shows the cached map shifted, without redrawing it; the shifted
// frame looks like a fresh one away from the edges a pan uncovers, and once
// the drag ends the map is redrawn and equals a fresh frame.
func TestDragShiftsThenRedraws(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose()})
	v := wd.View()
	x, y := v.X+v.W/2, v.Y+v.H/2
	wd.Handle(widget.Input{Kind: widget.PointerDown, X: x, Y: y})
	var moved [2]float64
	for i, d := range [][2]float64{{9.3, 4.6}, {12.7, 3.1}, {-6.2, 9.8}} {
		x, y = x+d[0], y+d[1]
		moved[0], moved[1] = moved[0]+d[0], moved[1]+d[1]
		wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
		sc := wd.Scene()
		c.drawMoving(dst, sc, 1, motion{pose: wd.MapPose(), moving: true})
		if c.Redraws[scene.LayerMap] != 1 {
			t.Fatalf("move %d redrew the map: %v", i, c.Redraws)
		}
		if !c.stale() {
			t.Fatalf("move %d: the compositor does not know the map is shifted", i)
		}
		if i < 2 {
			continue
		}
		fresh := ebiten.NewImage(800, 500)
		newCompositor().draw(fresh, sc, 1)
		m := v
		inner := image.Rect(int(m.X+30), int(m.Y+30), int(m.X+m.W-30), int(m.Y+m.H-30))
		n, of := blocksDiffering(readImage(dst), readImage(fresh), inner, 24)
		if dir := os.Getenv("STANCEMAP_PNG"); dir != "" {
			for name, img := range map[string]*image.RGBA{"drag_shifted.png": readImage(dst), "drag_fresh.png": readImage(fresh)} {
				f, _ := os.Create(filepath.Join(dir, name))
				png.Encode(f, img)
				f.Close()
			}
		}
		t.Logf("shifted by (%.1f, %.1f): %d of %d blocks differ from a fresh frame", moved[0], moved[1], n, of)
		if float64(n) > 0.01*float64(of) {
			t.Errorf("shifted map: %d of %d 8×8 blocks differ from a fresh frame by more than 24 levels on average", n, of)
		}
	}
	wd.Handle(widget.Input{Kind: widget.PointerUp, X: x, Y: y})
	sc := wd.Scene()
	c.drawMoving(dst, sc, 1, motion{pose: wd.MapPose()})
	if c.Redraws[scene.LayerMap] != 2 || c.stale() {
		t.Fatalf("after the drag: redraws %v, stale %v; want the map drawn again", c.Redraws, c.stale())
	}
	fresh := ebiten.NewImage(800, 500)
	newCompositor().draw(fresh, sc, 1)
	if n, _ := differing(readImage(dst), readImage(fresh), dst.Bounds(), 2); n > 0 {
		t.Errorf("after the drag, %d pixels differ from a fresh frame", n)
	}
}

// A step while the map is shown shifted is not a pan: the map is redrawn
// at once even while moving.
func TestStepDuringDragRedraws(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose()})
	v := wd.View()
	x, y := v.X+v.W/2, v.Y+v.H/2
	wd.Handle(widget.Input{Kind: widget.PointerDown, X: x, Y: y})
	wd.Handle(widget.Input{Kind: widget.PointerMove, X: x + 20, Y: y})
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose(), moving: true})
	wd.SetEvent(wd.Event() + 1)
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose(), moving: true})
	if c.Redraws[scene.LayerMap] != 2 || c.stale() {
		t.Errorf("a step while panning: redraws %v, stale %v; want the map drawn afresh", c.Redraws, c.stale())
	}
}

// The game shows a pan by shifting the map, keeps asking for frames while
// the map is shown shifted, and redraws it once the pan has rested.
func TestGamePanSettles(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	g := New(wd, Options{})
	g.LayoutF(800, 500)
	screen := ebiten.NewImage(800, 500)
	g.Update()
	g.Draw(screen)
	v := wd.View()
	x, y := v.X+v.W/2, v.Y+v.H/2
	g.Post(func(w *widget.Widget) {
		w.Handle(widget.Input{Kind: widget.PointerDown, X: x, Y: y})
		w.Handle(widget.Input{Kind: widget.PointerMove, X: x + 25, Y: y + 12})
	})
	g.Update()
	g.Draw(screen)
	if g.comp.Redraws[scene.LayerMap] != 1 || !g.mapShifted() {
		t.Fatalf("during the pan: map redraws %v, shifted %v; want the map shifted, not redrawn", g.comp.Redraws, g.mapShifted())
	}
	if g.idle(time.Now().Add(time.Hour)) {
		t.Error("idle while the map is shown shifted")
	}
	time.Sleep(settleAfter + 20*time.Millisecond)
	g.Update()
	g.Draw(screen)
	if g.comp.Redraws[scene.LayerMap] != 2 || g.mapShifted() {
		t.Fatalf("after the pan rested: map redraws %v, shifted %v; want it redrawn", g.comp.Redraws, g.mapShifted())
	}
	fresh := ebiten.NewImage(800, 500)
	newCompositor().draw(fresh, wd.Scene(), 1)
	if n, _ := differing(readImage(screen), readImage(fresh), screen.Bounds(), 2); n > 0 {
		t.Errorf("after the pan rested, %d pixels differ from a fresh frame", n)
	}
}

// A zoom while the view moves shows the cached map scaled, close to a fresh
// frame away from the edges (the markers and the subject's label scale
// with it for that moment, where a fresh frame keeps their size), and the
// map is redrawn when the zoom rests.
func TestZoomScalesThenRedraws(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose()})
	v := wd.View()
	x, y := v.X+v.W*0.45, v.Y+v.H*0.55
	for i, f := range []float64{1.12, 1.1, 0.93} {
		wd.Handle(widget.Input{Kind: widget.Wheel, X: x, Y: y, Factor: f})
		sc := wd.Scene()
		c.drawMoving(dst, sc, 1, motion{pose: wd.MapPose(), moving: true})
		if c.Redraws[scene.LayerMap] != 1 || !c.stale() {
			t.Fatalf("zoom %d: map redraws %v, stale %v; want it scaled, not redrawn", i, c.Redraws, c.stale())
		}
		fresh := ebiten.NewImage(800, 500)
		newCompositor().draw(fresh, sc, 1)
		inner := image.Rect(int(v.X+30), int(v.Y+30), int(v.X+v.W-30), int(v.Y+v.H-30))
		n, of := blocksDiffering(readImage(dst), readImage(fresh), inner, 24)
		t.Logf("zoom %d: %d of %d blocks differ from a fresh frame", i, n, of)
		if dir := os.Getenv("STANCEMAP_PNG"); dir != "" && i == 1 {
			for name, img := range map[string]*image.RGBA{"zoom_scaled.png": readImage(dst), "zoom_fresh.png": readImage(fresh)} {
				f, _ := os.Create(filepath.Join(dir, name))
				png.Encode(f, img)
				f.Close()
			}
		}
		if float64(n) > 0.05*float64(of) {
			t.Errorf("zoom %d: %d of %d 8×8 blocks differ from a fresh frame by more than 24 levels on average", i, n, of)
		}
	}
	sc := wd.Scene()
	c.drawMoving(dst, sc, 1, motion{pose: wd.MapPose()})
	if c.Redraws[scene.LayerMap] != 2 || c.stale() {
		t.Fatalf("after the zoom: redraws %v, stale %v", c.Redraws, c.stale())
	}
	fresh := ebiten.NewImage(800, 500)
	newCompositor().draw(fresh, sc, 1)
	if n, _ := differing(readImage(dst), readImage(fresh), dst.Bounds(), 2); n > 0 {
		t.Errorf("after the zoom, %d pixels differ from a fresh frame", n)
	}
}

// A frame that shows the map shifted repaints the top layer outside the
// map's clip too, where it was and where it is: a box of the top layer that
// hung below the map before a drag and has moved since leaves nothing
// behind, and shows where it is now.
func TestShiftedFrameRepaintsTopOutsideClip(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 800, 500, 1)
	dst := ebiten.NewImage(800, 500)
	c := newCompositor()
	v := wd.View()
	// withBox adds a box of the top layer across the map's lower edge.
	withBox := func(sc *scene.Scene, x float64) *scene.Scene {
		top := &sc.Layers[len(sc.Layers)-1]
		items := append(append([]scene.Item(nil), top.Items...),
			&scene.Rect{ID: "probe", X: x, Y: v.Y + v.H - 20, W: 60, H: 50, Fill: &scene.Fill{Color: color.NRGBA{200, 30, 30, 255}}})
		top.Items, top.Key = items, top.Key^uint64(x)
		return sc
	}
	c.drawMoving(dst, withBox(wd.Scene(), v.X+40), 1, motion{pose: wd.MapPose()})
	// The first move of a drag also changes the chrome (the map takes the
	// focus), which repaints everything; the second is a shifted frame.
	x, y := v.X+v.W/2, v.Y+v.H/2
	wd.Handle(widget.Input{Kind: widget.PointerDown, X: x, Y: y})
	wd.Handle(widget.Input{Kind: widget.PointerMove, X: x + 14, Y: y + 9})
	c.drawMoving(dst, withBox(wd.Scene(), v.X+40), 1, motion{pose: wd.MapPose(), moving: true})
	wd.Handle(widget.Input{Kind: widget.PointerMove, X: x + 25, Y: y + 4})
	sc := withBox(wd.Scene(), v.X+160)
	c.drawMoving(dst, sc, 1, motion{pose: wd.MapPose(), moving: true})
	if !c.stale() || c.Redraws[scene.LayerMap] != 1 {
		t.Fatalf("not a shifted frame: redraws %v, stale %v", c.Redraws, c.stale())
	}
	fresh := ebiten.NewImage(800, 500)
	newCompositor().draw(fresh, sc, 1)
	a, b := readImage(dst), readImage(fresh)
	clip := c.lower[0].clip
	for _, r := range geom.Minus(dst.Bounds(), clip) {
		if n, of := differing(a, b, r, 2); n > 0 {
			t.Errorf("outside the map's clip %v, in %v: %d of %d pixels differ from a fresh frame", clip, r, n, of)
		}
	}
}
