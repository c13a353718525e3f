//go:build js && wasm

package main

import (
	"math"
	"runtime"
	"sync"
	"syscall/js"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/wasm/embedcfg"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/ebitenui"
)

// bridge connects the widget to the page. Fields below "game goroutine
// only" are touched only in ebitenui hooks and posted functions.
type bridge struct {
	p      *page
	cfg    embedcfg.Config
	story  *data.Story
	world  *geo.World
	lang   string
	g      *ebitenui.Game
	wake   chan struct{}
	canvas js.Value
	funcs  []js.Func // kept for the life of the page

	mu      sync.Mutex
	heights map[int]float64 // preferred height by frame width
	keys    keyQueue        // the canvas's key presses, for the game's ticks

	// game goroutine only
	w         *widget.Widget
	shown     int // the step whose text alternative is in the DOM; -1 none
	announced string
	region    string // the region preset published as stancemap.region
	pinned    string // the selected country published as stancemap.country
	pinnedSet bool   // whether stancemap.country has been set
}

// newBridge connects w to the page; lang is the widget's language, as
// start.Resolve gave it (the story's spelling).
func newBridge(p *page, cfg embedcfg.Config, lang string, story *data.Story, world *geo.World, w *widget.Widget) *bridge {
	b := &bridge{
		p: p, cfg: cfg, lang: lang, story: story, world: world, w: w, shown: -1,
		wake: make(chan struct{}, 1), heights: map[int]float64{},
		canvas: p.doc.Call("querySelector", "canvas"),
	}
	// The exact preferred height, which the page asks where its exact
	// table does not answer (another story, another language, a width
	// outside it, the table not come yet); newBridge then sizes the page
	// (loader-host.js sends the height messages).
	p.sm.Set("lang", lang)
	p.sm.Set("searchHeight", b.fn(func(args []js.Value) any { return b.heightFor(args[0].Float()) }))
	// loader.js asks, at each one-finger touchstart on the canvas, whether
	// the widget follows it or the page scrolls (widget.OwnsTouch; x, y in
	// CSS px from the canvas's corner). A JS callback runs only while Go
	// waits between frames, so this reads the widget at rest.
	p.sm.Set("ownsTouch", b.fn(func(args []js.Value) any {
		if len(args) < 2 {
			return true
		}
		return b.w.OwnsTouch(args[0].Float(), args[1].Float())
	}))
	// The poster's script shows the step the reader chose on the poster
	// while the wasm started, as a host's stancemap:set would (not
	// reported back: the poster reported it).
	p.sm.Set("showEvent", b.fn(func(args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeString {
			b.post(func(w *widget.Widget) { b.apply(w, embedcfg.Set{Event: args[0].String()}) })
		}
		return nil
	}))
	if r := p.sm.Get("resize"); r.Type() == js.TypeFunction {
		r.Invoke(true)
	}
	b.listen()
	b.listenKeys()
	return b
}

// fn wraps f as a JS function kept alive for the page's life.
func (b *bridge) fn(f func(args []js.Value) any) js.Func {
	jf := js.FuncOf(func(_ js.Value, args []js.Value) any { return f(args) })
	b.funcs = append(b.funcs, jf)
	return jf
}

// poke wakes a blocked Update without ever blocking the caller.
func (b *bridge) poke() {
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// heightFor is the widget's preferred height at a frame width (about
// 10 ms, so cached by width). It runs on JS's resize callback, which Go on
// wasm runs while the game goroutine waits, and asks the widget's own
// planner: a planner of its own would wrap every caption a second time,
// which with a story at the limits took the wasm past its memory budget.
func (b *bridge) heightFor(width float64) float64 {
	if !(width > 0) || math.IsInf(width, 0) {
		return 0
	}
	key := int(math.Round(width))
	b.mu.Lock()
	h, ok := b.heights[key]
	b.mu.Unlock()
	if !ok {
		// The search plans the layout some thirty times. Asked while
		// the start-up's garbage (a large story's bytes, the atlas decode)
		// is still uncollected, its own garbage on top grew the wasm's
		// memory, which never shrinks, past the budget with a story at
		// the limits (121 MB against 96): collect first when the heap is
		// that large. The built-in story's start leaves a few MB, and a
		// collection then cost ~110 ms of a first visit for nothing.
		if heapBytes() > collectAbove {
			runtime.GC()
		}
		h = b.w.PreferredHeight(float64(key))
		b.mu.Lock()
		b.heights[key] = h
		b.mu.Unlock()
	}
	return h
}

// report sends a message to the host page (to nobody when not framed).
func (b *bridge) report(m map[string]any) {
	parent := b.p.win.Get("parent")
	if parent.Equal(b.p.win) {
		return
	}
	parent.Call("postMessage", m, "*")
}

// attach gives the bridge the game, for posting work from page events.
func (b *bridge) attach(g *ebitenui.Game) {
	b.g = g
	b.p.sm.Set("download", b.fn(func(args []js.Value) any {
		if len(args) > 0 {
			b.download(args[0].String())
		}
		return nil
	}))
}

// afterUpdate runs on the game goroutine after each Update: notices go to
// the host, and the DOM's text alternative and live region follow the widget.
func (b *bridge) afterUpdate(w *widget.Widget) {
	for _, n := range w.Notices() {
		b.notice(n)
	}
	b.syncText(w)
}

func (b *bridge) notice(n widget.Notice) {
	switch n.Kind {
	case "eventchange":
		if n.Event >= 0 && n.Event < len(b.story.Events) {
			e := b.story.Events[n.Event]
			b.report(embedcfg.EventChange(e.ID, e.Date.Format("2006-01-02"), n.Event))
		}
	case "countryclick":
		b.report(embedcfg.CountryClick(n.Code, b.world.Name(n.Code, b.lang)))
	}
}

// syncText keeps the text alternative (a visually hidden element that
// describes the step) and the aria-live announcement up to date. Story text
// goes in with textContent only.
func (b *bridge) syncText(w *widget.Widget) {
	if i := w.Event(); i != b.shown {
		b.shown = i
		e := b.story.Events[i]
		// loader.js puts it in the URL before a reload (a lost WebGL context).
		b.p.sm.Set("event", e.ID)
		// Unchanged text is left alone: the page already shows the poster
		// step's, and replacing it had the browser lay the page out again
		// when Ebiten next read its size (~30 ms of a first visit's first
		// Update on the bench box).
		if alt, text := b.p.el("alt"), w.TextAlternative(); alt.Get("textContent").String() != text {
			alt.Set("textContent", text)
		}
		if b.canvas.Truthy() {
			b.canvas.Call("setAttribute", "aria-label", e.Headline.In(b.lang, b.story.Lang)+" — "+
				b.story.Title.In(b.lang, b.story.Lang))
		}
	}
	if r := w.Region(); r != b.region {
		b.region = r
		b.p.sm.Set("region", r) // kept in the URL across a reload, as the step is
	}
	if c := w.Pinned(); c != b.pinned || !b.pinnedSet {
		b.pinned, b.pinnedSet = c, true
		b.p.sm.Set("country", c) // "" when none is selected
	}
	if a := w.Announcement(); a != b.announced {
		b.announced = a
		b.p.el("announce").Set("textContent", a)
	}
}

// firstFrame runs after the first Draw: label the canvas, show the tools,
// and report "live" once the frame is on screen.
func (b *bridge) firstFrame() {
	b.p.mark("firstFrameAt")
	if c := b.canvas; c.Truthy() {
		c.Call("setAttribute", "role", "img")
		c.Call("setAttribute", "aria-describedby", "alt")
		c.Call("setAttribute", "aria-roledescription", "interactive map")
		c.Call("setAttribute", "tabindex", "0") // Ebiten sets 1; keep the page's tab order
	}
	b.p.el("tools").Set("hidden", false)
	var live js.Func
	live = js.FuncOf(func(js.Value, []js.Value) any {
		b.p.sm.Set("state", "live")
		live.Release()
		return nil
	})
	b.p.win.Call("requestAnimationFrame", live)
}

// collectAbove is the heap size (bytes of objects, garbage included) above
// which heightFor collects before its search: a third of the memory limit.
// The built-in story's start leaves ~2.5 MB, a story at the loader's
// limits ~34 MB.
const collectAbove = memoryLimit / 3

// heapBytes is the bytes of heap objects, live or not yet collected. (It
// stops the world, which in the browser's one thread costs nothing;
// runtime/metrics would add 35 KB to the wasm.)
func heapBytes() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
