package ebitenui

import (
	"image"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/scene"
)

// flush waits until the GPU has drawn everything queued for img, by
// reading one pixel back.
func flush(img *ebiten.Image) {
	var px [4]byte
	img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).ReadPixels(px[:])
}

// reportCPU adds the process CPU time per op since start (ms) to the
// benchmark's figures.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// frameTimes records each iteration's wall time and reports the least, the
// median and the 95th percentile, which a shared machine disturbs less than
// the mean.
type frameTimes struct {
	b     *testing.B
	times []time.Duration
	t0    time.Time
}

func newFrameTimes(b *testing.B) *frameTimes {
	return &frameTimes{b: b, times: make([]time.Duration, 0, b.N)}
}

// timeFrames resets b's timer and starts taking its frame times and CPU
// time; done reports them (defer it).
func timeFrames(b *testing.B) (ft *frameTimes, done func()) {
	ft = newFrameTimes(b)
	b.ResetTimer()
	start := cpuTime()
	return ft, func() {
		ft.report()
		reportCPU(b, start)
	}
}

func (f *frameTimes) start() { f.t0 = time.Now() }
func (f *frameTimes) stop()  { f.times = append(f.times, time.Since(f.t0)) }

func (f *frameTimes) report() {
	if len(f.times) == 0 {
		return
	}
	slices.Sort(f.times)
	at := func(q float64) float64 {
		return float64(f.times[min(len(f.times)-1, int(q*float64(len(f.times))))]) / 1e6
	}
	f.b.ReportMetric(at(0), "min-ms")
	f.b.ReportMetric(at(0.5), "p50-ms")
	f.b.ReportMetric(at(0.95), "p95-ms")
}

// BenchmarkMapRedraw is the expensive frame: the map layer drawn afresh at
// 1280×720 (a step, pan or zoom), then composited.
func BenchmarkMapRedraw(b *testing.B) { benchRedraw(b, scene.LayerMap) }

// BenchmarkChromeRedraw is the chrome (caption, legend, controls,
// slider: most of the widget's text) drawn afresh at 1280×720, as in the
// first frame and a resize, then composited.
func BenchmarkChromeRedraw(b *testing.B) { benchRedraw(b, scene.LayerChrome) }

// BenchmarkFirstDraw is a page's first frame at 704×616 drawn at twice
// the size, as the demo article's is: a new compositor, so its buffers and
// Ebiten's grow from nothing. B/op holds the cost of growing them (see
// reserve); the browser's first visit pays it in baseline-compiled wasm.
func BenchmarkFirstDraw(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 704, 616, 2)
	sc := wd.Scene()
	dst := ebiten.NewImage(1408, 1232)
	b.ReportAllocs()
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		c := newCompositor()
		c.draw(dst, sc, 2)
		flush(dst)
		ft.stop()
		b.StopTimer()
		c.reset() // its painter's images go with the compositor
		b.StartTimer()
	}
}

// benchRedraw times frames at 1280×720 that draw the layer named layer
// afresh and composite the screen.
func benchRedraw(b *testing.B, layer string) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	sc := wd.Scene()
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, sc, 1)
	flush(dst)
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		c.layers[layer].valid = false
		c.draw(dst, sc, 1)
		flush(dst)
		ft.stop()
	}
}

// BenchmarkStepFrame is a step change at rest, as a reader pressing an
// arrow key makes it: the map recoloured from its id image (see regions),
// the chrome redrawn where it changed, the screen repainted there. It
// alternates between two steps; no fade (each frame of one composites
// two images).
func BenchmarkStepFrame(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.prepareOn = true
	c.draw(dst, wd.Scene(), 1)
	c.prepare()
	flush(dst)
	step := wd.Event()
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		wd.SetEvent(step + 1 - i%2)
		c.draw(dst, wd.Scene(), 1)
		flush(dst)
		ft.stop()
	}
	b.StopTimer()
	if c.regions.Recoloured < b.N || c.regions.Drawn != 1 {
		b.Fatalf("%d frames, %d recoloured, %d id images", b.N, c.regions.Recoloured, c.regions.Drawn)
	}
}

// BenchmarkHoverFrame is a pointer move from one country to another: the
// widget's input handling and scene, the overlay redrawn, the cached map and
// chrome composited.
func BenchmarkHoverFrame(b *testing.B) {
	wd, _, world := newWidget(b, "light", 1280, 720, 1)
	v := wd.View()
	var pts [2][2]float64
	for i, code := range []string{"BRA", "USA"} {
		pts[i][0], pts[i][1] = v.ToScreen(world.Country(code).Anchor)
	}
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	flush(dst)
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		p := pts[i%2]
		wd.Handle(widget.Input{Kind: widget.PointerMove, X: p[0], Y: p[1]})
		c.draw(dst, wd.Scene(), 1)
		flush(dst)
		ft.stop()
	}
	b.StopTimer()
	if c.Redraws[scene.LayerMap] != 1 {
		b.Fatalf("hover frames redrew the map: %v", c.Redraws)
	}
}

// BenchmarkIdleFrame is a frame where nothing changed: three cached layers
// composited.
func BenchmarkIdleFrame(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.draw(dst, wd.Scene(), 1)
	flush(dst) // wait for the first frame, which is not what this measures
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		c.draw(dst, wd.Scene(), 1)
		flush(dst)
		ft.stop()
	}
}

// BenchmarkReadback is the cost of flush alone, to subtract from the
// figures above: a one-pixel fill, then the read-back that waits for it.
// (Until this was measured apart, it filled the whole image first, which
// on the software GL costs as much again.)
func BenchmarkReadback(b *testing.B) {
	dst := ebiten.NewImage(1280, 720)
	dst.Fill(whiteN)
	flush(dst)
	dot := dst.SubImage(image.Rect(640, 360, 641, 361)).(*ebiten.Image)
	ft := newFrameTimes(b)
	b.ResetTimer()
	defer ft.report()
	for i := 0; i < b.N; i++ {
		ft.start()
		dot.Fill(blackN) // something to flush, as a frame would have
		flush(dst)
		ft.stop()
	}
}

// BenchmarkFillScreen is one full-screen fill and the read-back: on the
// software GL every pass over the screen costs about this.
func BenchmarkFillScreen(b *testing.B) {
	dst := ebiten.NewImage(1280, 720)
	dst.Fill(whiteN)
	flush(dst)
	ft := newFrameTimes(b)
	b.ResetTimer()
	defer ft.report()
	for i := 0; i < b.N; i++ {
		ft.start()
		dst.Fill(blackN)
		flush(dst)
		ft.stop()
	}
}

// BenchmarkDragFrame is a drag of the map by a few pixels a frame: the
// widget's input handling and scene, the cached map shown shifted, the
// overlay and the lower layers composited.
func BenchmarkDragFrame(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	v := wd.View()
	x, y := v.X+v.W/2, v.Y+v.H/2
	// Zoomed in, so that the pan is not clamped.
	wd.Handle(widget.Input{Kind: widget.Wheel, X: x, Y: y, Factor: 2})
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose()})
	wd.Handle(widget.Input{Kind: widget.PointerDown, X: x, Y: y})
	x += 10 // past the click slop: the drag has started
	wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
	v = wd.View()
	flush(dst)
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		// Back and forth, 3 px a frame, so the map stays in view.
		if i%40 < 21 {
			x += 3
		} else {
			x -= 3
		}
		wd.Handle(widget.Input{Kind: widget.PointerMove, X: x, Y: y})
		c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose(), moving: true})
		flush(dst)
		ft.stop()
	}
	b.StopTimer()
	if wd.View().Center == v.Center {
		b.Fatal("the drag did not pan")
	}
}

// BenchmarkZoomFrame is a wheel zoom, in and out by 8 % a frame: the
// widget's input and scene, the cached map shown scaled, the overlay and
// the rest composited.
func BenchmarkZoomFrame(b *testing.B) {
	wd, _, _ := newWidget(b, "light", 1280, 720, 1)
	v := wd.View()
	x, y := v.X+v.W*0.45, v.Y+v.H*0.55
	dst := ebiten.NewImage(1280, 720)
	c := newCompositor()
	wd.Handle(widget.Input{Kind: widget.Wheel, X: x, Y: y, Factor: 1.5})
	c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose()})
	flush(dst)
	ft, done := timeFrames(b)
	defer done()
	for i := 0; i < b.N; i++ {
		ft.start()
		f := 1.08
		if i%10 >= 5 {
			f = 1 / 1.08
		}
		wd.Handle(widget.Input{Kind: widget.Wheel, X: x, Y: y, Factor: f})
		c.drawMoving(dst, wd.Scene(), 1, motion{pose: wd.MapPose(), moving: true})
		flush(dst)
		ft.stop()
	}
	b.StopTimer()
	if c.Redraws[scene.LayerMap] != 1 {
		b.Fatalf("zoom frames redrew the map: %v", c.Redraws)
	}
}
