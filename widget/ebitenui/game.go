// Package ebitenui draws the stancemap widget with Ebiten, in a desktop
// window or a browser canvas. It is the thinnest layer of the program: it
// reads input into widget intents (the pure mapping is in package intent),
// keeps one cached offscreen image per scene layer, and draws scene items as
// vector paths. It decides nothing about what is shown.
//
// Text is drawn from the glyph outlines of package glyph, filled as paths,
// not with Ebiten's text/v2: Ebiten with text/v2 is 2.52 MB brotli as wasm,
// over the 2.5 MB budget.
package ebitenui

import (
	"image"
	"math"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/ebitenui/intent"
	"github.com/stancemap/stancemap/widget/scene"
)

// Options are the hooks an embedding program gives the Game.
type Options struct {
	// Wake, when set, lets Update block while nothing moves (no input for
	// IdleAfter, not Busy, the last frame drawn), so an idle browser tab
	// costs nothing. Whoever listens for page events (pointer, wheel, key,
	// touch, resize, message, focus, visibility) sends on it without
	// blocking. Desktop programs leave it nil.
	Wake <-chan struct{}
	// IdleAfter is how long without input before Update may block; 0 means 500 ms.
	IdleAfter time.Duration
	// AfterUpdate runs on the game goroutine at the end of each Update, for
	// draining w.Notices() and reading w.Announcement().
	AfterUpdate func(w *widget.Widget)
	// Shortcut is offered Ctrl (or Cmd) + letter presses by name, like
	// "Ctrl+S"; returning true keeps the key from the widget.
	Shortcut func(name string, w *widget.Widget) bool
	// Keys, when set, gives the key presses since its last call, by
	// name (KeyboardEvent.code, a letter key as its letter), instead of
	// Ebiten's key state, which loses a press made while Update blocks
	// on Wake. Repeats of a held key are the caller's.
	Keys func() []string
	// Transitions turns on the map's cross-fade after a step change
	// (FadeDuration). Leave it off where a reader asked for reduced
	// motion; a screenshot never fades.
	Transitions bool
	// QuickSteps draws the map's countries once more, into an id image,
	// once the widget has rested prepareAfter at a view, so that a step
	// change only recolours them (see regions): on a software GPU a step
	// then costs a shader pass instead of filling every country again.
	// Screenshots never use it.
	QuickSteps bool
	// Overlay, when set, is given the scene's overlay layer (what follows
	// the pointer: hover outlines, the tooltip, the buttons on the map) to
	// show some other way, and the frame leaves that layer out. The
	// browser draws it as SVG over the canvas, so that a hover draws
	// nothing on the canvas: on a computer without a GPU every frame the
	// canvas shows costs a copy and a composite of its whole size. It runs
	// in Draw, on the game goroutine, whenever the layer's Key or the
	// scene's size (w×h logical px) changed. Screenshots do not use it.
	Overlay func(l *scene.Layer, w, h float64)
	// Screenshot, when set, turns input off, passes the screen's pixels to
	// the function once a frame has been drawn at a settled size, and ends
	// the game: RunGame returns the function's error.
	Screenshot func(img *image.RGBA) error
}

// Game is an ebiten.Game showing one widget.
type Game struct {
	w    *widget.Widget
	opt  Options
	comp *compositor
	in   reader

	outW, outH, dpr float64 // from Layout: logical size and device pixel ratio
	sized           [3]float64

	last       time.Time // the previous Update
	lastActive time.Time // the last input, wake or animation
	shownAt    time.Time // when the first frame after the last that drew began (that one on screen by then); zero until it has
	dirty      bool      // something changed that no Draw has shown yet
	stale      bool      // this tick's input state is from before a wake: ignore it
	cursor     widget.Cursor
	frames     int             // frames drawn
	drawn      image.Rectangle // the screen bounds last drawn at
	pose       widget.MapPose  // the map's pose at the last Draw
	movedAt    time.Time       // when the map last moved by a pan or zoom alone

	shotDone bool
	shotErr  error

	overlayKey  uint64        // Key of the overlay last given to Options.Overlay
	overlaySize [2]float64    // and the scene's size then
	overlaySent bool          // whether one was
	split       scene.Scene   // the scene drawn when Options.Overlay is set
	splitLayers []scene.Layer // its layers

	pace   *pacer
	mu     sync.Mutex
	queue  []func(*widget.Widget)
	posted chan struct{}
}

// New returns a Game that shows w. The Game owns w from now on: touch it
// only on the game goroutine (in hooks) or through Post.
func New(w *widget.Widget, opt Options) *Game {
	if opt.IdleAfter <= 0 {
		opt.IdleAfter = 500 * time.Millisecond
	}
	now := time.Now()
	return &Game{w: w, opt: opt, dpr: 1, last: now, lastActive: now, dirty: true, posted: make(chan struct{}, 1), pace: newPacer()}
}

// Composited is how many frames the game has composited so far: a Draw
// with nothing new to show does not count. For tests and benchmarks.
func (g *Game) Composited() int { return g.frames }

// Recoloured is how many step changes were drawn by recolouring the map
// from its id image (see regions) rather than filling it again. For tests
// and benchmarks.
func (g *Game) Recoloured() int {
	if g.comp == nil {
		return 0
	}
	return g.comp.regions.Recoloured
}

// Widget returns the widget; use it only on the game goroutine.
func (g *Game) Widget() *widget.Widget { return g.w }

// Post runs fn on the game goroutine before the next Update's input, and
// wakes a blocked Update. Safe from any goroutine: it is how a page bridge
// calls SetEvent, Select, SetRegion or SetTheme.
func (g *Game) Post(fn func(*widget.Widget)) {
	g.mu.Lock()
	g.queue = append(g.queue, fn)
	g.mu.Unlock()
	select {
	case g.posted <- struct{}{}:
	default:
	}
	// A blocked Update wakes on posted; otherwise a frame is needed. In the
	// browser ScheduleFrame only sets a flag, so it is safe while blocked.
	g.pace.want(frameInterval)
}

// Window is how the desktop window starts; a browser canvas ignores it.
type Window struct {
	Title         string
	Width, Height int // logical px
}

// Run sets Ebiten up for a widget that costs nothing while idle and runs
// the game until the window closes. It can run once per process.
func Run(g *Game, win Window) error {
	ebiten.SetWindowTitle(win.Title)
	if win.Width > 0 && win.Height > 0 {
		ebiten.SetWindowSize(win.Width, win.Height)
	}
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	// Draw only when asked (input, ScheduleFrame) and keep the last frame
	// on screen instead of clearing it.
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum) //nolint:staticcheck // the documented way to draw only on demand in v2.8
	return ebiten.RunGame(g)
}

// Update handles input, posted calls and playback.
func (g *Game) Update() error {
	if g.shotDone {
		if g.shotErr != nil {
			return g.shotErr
		}
		return ebiten.Termination
	}
	now := time.Now()
	g.pace.updateStarted(now)
	if g.opt.Wake != nil && g.idle(now) {
		// Nothing moves and the last frame is on screen: sleep until the
		// page has news. This tick still carries the input state from before
		// the wait, so it does nothing but ask for a frame.
		select {
		case <-g.opt.Wake:
		case <-g.posted:
		}
		g.last, g.lastActive, g.stale = time.Now(), time.Now(), true
		g.pace.want(frameInterval)
		return nil
	}
	if g.runPosted() {
		g.dirty, g.lastActive = true, now
	}
	g.syncSize(now)
	if !g.stale && g.opt.Screenshot == nil {
		g.handleInput(now)
	}
	dt := now.Sub(g.last)
	g.last = now
	if g.w.Busy() {
		if g.w.Advance(min(dt, 250*time.Millisecond)) {
			g.dirty = true
		}
		g.lastActive = now
	}
	if c := g.w.Cursor(); c != g.cursor {
		g.cursor = c
		ebiten.SetCursorShape(cursorShape(c))
	}
	if g.opt.AfterUpdate != nil {
		g.opt.AfterUpdate(g.w)
	}
	g.scheduleIfActive()
	return nil
}

// scheduleIfActive asks for another frame while there is something to show
// or, with a Wake channel, always: then the loop stops only in an Update
// that blocks. Under FPSModeVsyncOffMinimum in a browser, Ebiten calls
// Update only for a frame asked for, while its animation frames go on. When the
// idle time ran out between an Update and its Draw, the Draw used to ask
// for no frame: no Update came to block, and Ebiten ran 60 empty animation
// frames a second (~9 % of a core) until the reader's next input. While the
// widget is only Busy (playback waiting for its next step) the ticks come
// slower, since no frame changes between them.
func (g *Game) scheduleIfActive() {
	switch {
	case g.dirty || g.stale || (g.opt.Screenshot != nil && !g.shotDone) || g.shotDone || g.mapShifted() || g.fading():
		g.pace.want(frameInterval)
	case g.w.Busy() || g.prepareDue():
		g.pace.want(busyInterval)
	case g.opt.Wake != nil:
		g.pace.want(frameInterval) // until an Update blocks
	}
}

// Frames come every frameInterval while something changes on screen, and
// every busyInterval while the widget only needs Advance ticks.
const (
	frameInterval = time.Second / 60
	busyInterval  = time.Second / 20
)

// idle reports whether Update may block: nothing to draw, nothing playing,
// nothing posted, and no input for IdleAfter.
func (g *Game) idle(now time.Time) bool {
	if g.dirty || g.stale || g.frames == 0 || g.w.Busy() || g.mapShifted() || g.fading() || g.prepareDue() || now.Sub(g.lastActive) < g.opt.IdleAfter {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.queue) == 0
}

// runPosted runs the calls posted since the last Update.
func (g *Game) runPosted() bool {
	g.mu.Lock()
	q := g.queue
	g.queue = nil
	g.mu.Unlock()
	for _, fn := range q {
		fn(g.w)
	}
	return len(q) > 0
}

// syncSize tells the widget the size Layout reported.
func (g *Game) syncSize(now time.Time) {
	s := [3]float64{g.outW, g.outH, g.dpr}
	if s == g.sized || g.outW <= 0 || g.outH <= 0 {
		return
	}
	g.sized = s
	g.w.Handle(widget.Input{Kind: widget.Resize, X: g.outW, Y: g.outH, Factor: g.dpr})
	g.dirty, g.lastActive = true, now
}

// settleAfter is how long a pan or zoom must rest before the map, shown
// moved while the view moves, is drawn afresh.
const settleAfter = 150 * time.Millisecond

// mapShifted reports whether the screen shows the map moved by a pan or
// zoom and a redraw is still due.
func (g *Game) mapShifted() bool { return g.comp != nil && g.comp.stale() }

// fading reports whether the map fades from the last step's colours, which
// takes a frame each time.
func (g *Game) fading() bool { return g.comp != nil && g.comp.fade.active() }

// prepareAfter is how long the widget must have had no input, and its
// last frame that drew been on screen, before the map's id image is drawn
// (see regions): a frame's worth of GPU work or more, which should not
// hold up a reader's hover or key, nor come right behind another frame's.
const prepareAfter = 300 * time.Millisecond

// prepareDue reports whether the map waits to be prepared for quick step
// changes.
func (g *Game) prepareDue() bool { return g.comp != nil && g.comp.prepareDue() }

// Draw composites the cached layers, redrawing those whose key changed.
// When nothing changed since the last frame it draws nothing: the screen is
// not cleared between frames, so it still shows that frame. While the view
// pans or zooms, the map is shown moved and redrawn once the view rests.
func (g *Game) Draw(screen *ebiten.Image) {
	now := time.Now()
	g.syncSize(now)
	b := screen.Bounds()
	drew := false
	if g.dirty || g.frames == 0 || b != g.drawn || g.opt.Screenshot != nil || g.mapShifted() || g.fading() {
		drew = true
		if g.comp == nil {
			g.comp = newCompositor()
			g.comp.fade.on = g.opt.Transitions && g.opt.Screenshot == nil
			g.comp.prepareOn = g.opt.QuickSteps && g.opt.Screenshot == nil
		}
		pose := g.w.MapPose()
		if _, _, _, ok := g.pose.Transform(pose); ok && pose != g.pose {
			g.movedAt = now
		}
		g.pose = pose
		moving := now.Sub(g.movedAt) < settleAfter && g.opt.Screenshot == nil
		g.comp.drawMoving(screen, g.splitOverlay(g.w.Scene()), g.dpr, motion{pose: pose, moving: moving, now: now})
		g.drawn = b
		g.frames++
	}
	if drew {
		g.shownAt = time.Time{}
	} else {
		if g.shownAt.IsZero() {
			// The frame that drew is on screen by now: Ebiten runs the
			// next frame once the browser has presented the last.
			g.shownAt = now
		}
		if g.prepareDue() && now.Sub(g.shownAt) >= prepareAfter && (now.Sub(g.lastActive) >= prepareAfter || g.w.Busy()) {
			// At rest; or playing, between two steps (a playing widget
			// is always active, but draws nothing for seconds at a
			// time). Not right behind a frame that drew: the first
			// frame, with no input since the widget was made, was
			// followed at once by this one, which held a first visit's
			// main thread for ~0.5 s after the map went live.
			g.comp.prepare()
		}
	}
	g.dirty, g.stale = false, false
	// Three frames let the window settle at its requested size.
	if g.opt.Screenshot != nil && !g.shotDone && g.frames >= 3 {
		img := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		screen.ReadPixels(img.Pix)
		g.shotErr, g.shotDone = g.opt.Screenshot(img), true
	}
	// A frame scheduled during Update can be used up by this very frame;
	// asking again after drawing keeps the loop going while it must.
	g.scheduleIfActive()
}

// splitOverlay gives sc's overlay layer to Options.Overlay when it changed,
// and returns sc with that layer empty (the compositor keeps the layers it
// knows); without the hook, or for a screenshot, it returns sc.
func (g *Game) splitOverlay(sc *scene.Scene) *scene.Scene {
	n := len(sc.Layers)
	if g.opt.Overlay == nil || g.opt.Screenshot != nil || n == 0 || sc.Layers[n-1].Name != scene.LayerOverlay {
		return sc
	}
	ov := &sc.Layers[n-1]
	if size := [2]float64{sc.W, sc.H}; !g.overlaySent || ov.Key != g.overlayKey || size != g.overlaySize {
		g.overlayKey, g.overlaySize, g.overlaySent = ov.Key, size, true
		g.opt.Overlay(ov, sc.W, sc.H)
	}
	g.splitLayers = append(g.splitLayers[:0], sc.Layers...)
	g.splitLayers[n-1] = scene.Layer{Name: scene.LayerOverlay, Key: 1}
	g.split = *sc
	g.split.Layers = g.splitLayers
	return &g.split
}

// Layout makes the screen as many device pixels as the window has, so the
// scene is drawn crisp on HiDPI displays.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

// LayoutF records the logical size and the device pixel ratio.
func (g *Game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	dpr := 1.0
	if m := ebiten.Monitor(); m != nil {
		dpr = m.DeviceScaleFactor()
	}
	if !(dpr > 0) {
		dpr = 1
	}
	dpr = fitScale(dpr, outsideWidth, outsideHeight, maxTextureSide())
	g.outW, g.outH, g.dpr = outsideWidth, outsideHeight, dpr
	return ceil(outsideWidth * dpr), ceil(outsideHeight * dpr)
}

// fitScale lowers the device scale dpr so that a screen of w×h logical px
// fits in a texture of a GPU whose largest texture side is maxSide (0: not
// known, no limit). Ebiten keeps the screen in a texture with a pixel of
// padding, in sides up to a power of two, and stops with a panic past it;
// the compositor's own screen-size images are textures too. Past the limit
// (a wide display on a GPU limited to 4096 or 8192 px) the map is drawn at
// a lower scale and the browser stretches the canvas to fit.
func fitScale(dpr, w, h float64, maxSide int) float64 {
	limit := float64(floorPow2(maxSide) - 2) // the padding, and ceil's rounding
	if maxSide <= 0 || limit < 1 {
		return dpr
	}
	if side := max(w, h); side*dpr > limit {
		dpr = limit / side
	}
	return dpr
}

// handleInput reads this tick's input and feeds the widget.
func (g *Game) handleInput(now time.Time) {
	f := g.in.read(g.outW, g.outH, g.dpr, g.opt.Keys)
	f.Keys = g.shortcuts(f)
	ins := g.in.tracker.Next(f)
	for _, in := range ins {
		if g.w.Handle(in) {
			g.dirty = true
		}
	}
	if len(ins) > 0 || len(f.Keys) > 0 {
		g.lastActive = now
	}
}

// shortcuts offers Ctrl+letter presses to Options.Shortcut and returns the
// keys left for the widget.
func (g *Game) shortcuts(f intent.Frame) []string {
	if !f.Ctrl || g.opt.Shortcut == nil {
		return f.Keys
	}
	keep := f.Keys[:0]
	for _, k := range f.Keys {
		if len(k) == 1 && k[0] >= 'A' && k[0] <= 'Z' && g.opt.Shortcut("Ctrl+"+k, g.w) {
			g.dirty = true
			continue
		}
		keep = append(keep, k)
	}
	return keep
}

// DrawFinalScreen puts the frame on the screen (Ebiten's FinalScreenDrawer).
// At a whole scale, which is every frame the widget lays out at device
// size, it copies the frame instead of blending it over the cleared
// screen as Ebiten does: the same pixels, and one pipeline fewer for a
// software GPU to compile before the first frame shows (docs/performance-notes.md).
// At other scales it blends the frame over the screen with the linear
// filter, as Ebiten does below 1× (above, Ebiten has a shader of its own,
// which would be one more program to link).
func (g *Game) DrawFinalScreen(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM) {
	op := &ebiten.DrawImageOptions{GeoM: geoM, Blend: ebiten.BlendCopy}
	if s := geoM.Element(0, 0); s != math.Floor(s) {
		op.Blend, op.Filter = ebiten.BlendSourceOver, ebiten.FilterLinear
	}
	screen.DrawImage(offscreen, op)
}
