//go:build js && wasm

// Command wasm is the stancemap widget compiled to WebAssembly, for the
// embed page (wasm/web/embed.html). It reads its URL parameters through
// package embedcfg (a bad value is ignored with one console warning), loads
// the world and the story (the built-in one, or the bytes loader.js fetched
// for data=), and runs the widget with the Ebiten backend. Its bridge to the
// page gives loader.js the exact height to size the frame by (loader.js
// tells the host), keeps the text
// alternative and the aria-live announcement in the DOM, answers the
// postMessage API, saves PNG and SVG downloads, and wakes the idle game
// loop on page events so an idle embed costs nothing.
package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/wasm/embedcfg"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/ebitenui"
)

// memoryLimit is the Go heap's soft limit. The wasm's linear memory only
// grows, and with the default GC pacing (GOGC=100) start-up garbage (the
// atlas decode, the first scene's paths) let it reach 90–94 MiB against a
// 96 MB budget; collecting harder near this limit keeps it well below, at
// the cost of a few more collections while loading.
const memoryLimit = 48 << 20

func main() {
	debug.SetMemoryLimit(memoryLimit)
	// Collect only as the heap nears the limit. Start-up's garbage is
	// short-lived, and each collection then took the main thread, and V8's
	// background compiles of the collector's hot code took the other core.
	// Turned back to 100 when the map went live, the collector marked the
	// start's heap (~15 MB) in the same animation frame, ~80 ms before the
	// page could answer a reader. What the widget keeps after the start is
	// a fraction of the limit, so collections near it come seldom, each
	// marking the same live heap as one at GOGC=100 would.
	debug.SetGCPercent(-1)
	p := newPage()
	if err := run(p); err != nil {
		var ps data.Problems
		if errors.As(err, &ps) {
			lines := make([]any, len(ps))
			for i, pr := range ps {
				lines[i] = pr.String()
			}
			p.fail(fmt.Sprintf("the story file is not valid (%d problems)", ps.Total()), lines)
			return
		}
		p.fail(err.Error(), nil)
	}
}

func run(p *page) error {
	p.mark("mainAt")
	cfg, warns := embedcfg.Parse(p.query())
	for _, w := range warns {
		p.warn(w)
	}
	world, err := geo.Load()
	if err != nil {
		return err
	}
	p.mark("worldAt")
	story, err := p.story(cfg, world)
	if err != nil {
		return err
	}
	if err := styleStory(story); err != nil {
		p.warn(err.Error()) // a data= story the bundle's style does not fit: its own colours
	}
	p.mark("storyAt")
	st, warns := cfg.Resolve(story, p.prefersDark)
	for _, w := range warns {
		p.warn(w)
	}
	opt := widget.Starting(st)
	opt.PageTouch = true // one finger scrolls the article; two move the map
	w := widget.New(story, world, opt)
	b := newBridge(p, cfg, st.Lang, story, world, w)
	if cfg.Country != "" {
		if pr := w.SelectNamed(cfg.Country); pr != nil {
			p.warn(embedcfg.Ignoring(pr))
		}
	}
	p.mark("bridgeAt")
	g := ebitenui.New(w, ebitenui.Options{Wake: b.wake, AfterUpdate: b.afterUpdate, Keys: b.keys.take,
		Transitions: !p.prefers("(prefers-reduced-motion: reduce)"), QuickSteps: true, Overlay: newOverlayHost(p).hook()})
	b.attach(g)
	tg := &timedGame{Game: g, sm: p.sm, mark: p.mark, frames: p.sm.Get("frameTimes"), onFirstFrame: b.firstFrame}

	// Not ebitenui.Run's settings: never take focus on load (a click does),
	// let the page's background show instead of black until the first
	// frame, and (but in WebKit, below) run a frame per animation frame
	// while the widget is active. The loop still stops when the widget
	// idles, as Update then blocks on the wake channel. FPSModeVsyncOffMinimum, the desktop's
	// mode, makes Ebiten run a whole frame at every input event in the
	// browser, besides the animation frames: a pointer moving over the map
	// presented the canvas two to four times per animation frame, each a
	// copy of the canvas and a composite of it (docs/performance-notes.md,
	// "Hover").
	ebiten.SetScreenClearedEveryFrame(false)
	if p.sm.Get("onDemand").Truthy() {
		// WebKit (loader-ebiten.js): in WebKitGTK 2.50 on Mesa the
		// embed's frame was reloaded, its process gone, after a click in
		// one load of three with a tick per frame; never on demand.
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum) //nolint:staticcheck // on demand in v2.8
	} else {
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOn)
	}
	return ebiten.RunGameWithOptions(tg, &ebiten.RunGameOptions{InitUnfocused: true, ScreenTransparent: true})
}

// story returns the built-in story, or the one loader.js fetched for data=
// (the page decides whether it may be fetched, and runs no wasm when it may
// not or when the fetch fails).
func (p *page) story(cfg embedcfg.Config, world *geo.World) (*data.Story, error) {
	if cfg.Data == "" {
		return data.LoadDefault(data.Options{KnownCode: world.Known})
	}
	raw := p.sm.Get("storyBytes")
	if !raw.Truthy() {
		return nil, fmt.Errorf("the story at %s was not fetched", cfg.Data)
	}
	b := make([]byte, raw.Get("length").Int())
	js.CopyBytesToGo(b, raw)
	p.sm.Delete("storyBytes")
	s, err := data.Load(b, data.Options{KnownCode: world.Known})
	if err != nil && !errors.As(err, new(data.Problems)) {
		return nil, fmt.Errorf("the story at %s: %w", cfg.Data, err)
	}
	return s, err
}

// page is the embed page as Go sees it: window.stancemap and a few elements.
type page struct {
	win, doc, sm js.Value
}

func newPage() *page {
	win := js.Global()
	sm := win.Get("stancemap")
	if !sm.Truthy() {
		// Run without loader.js (a test page): keep the same shape.
		sm = js.ValueOf(map[string]any{"frameTimes": []any{}})
		win.Set("stancemap", sm)
	}
	return &page{win: win, doc: win.Get("document"), sm: sm}
}

func (p *page) query() string {
	return strings.TrimPrefix(p.win.Get("location").Get("search").String(), "?")
}

// mark records performance.now() as stancemap.timings[name], for the
// benchmark's breakdown of the time to live.
func (p *page) mark(name string) {
	if t := p.sm.Get("timings"); t.Truthy() {
		t.Set(name, p.win.Get("performance").Call("now"))
	}
}

func (p *page) warn(msg string) { p.win.Get("console").Call("warn", "stancemap: "+msg) }

func (p *page) el(id string) js.Value { return p.doc.Call("getElementById", id) }

// fail hands the failure to loader.js, which keeps the poster (or lists
// details in its place) and sets state "error".
func (p *page) fail(msg string, details []any) {
	if f := p.sm.Get("fail"); f.Type() == js.TypeFunction {
		f.Invoke(msg, js.ValueOf(details))
		return
	}
	p.sm.Set("error", msg)
	p.sm.Set("state", "error")
	p.warn(msg)
}

// prefersDark reports whether the reader prefers dark (an auto theme).
func (p *page) prefersDark() bool { return p.prefers("(prefers-color-scheme: dark)") }

// prefers reports whether the browser matches a media query, such as the
// reader's wish for less motion.
func (p *page) prefers(query string) bool {
	mm := p.win.Get("matchMedia")
	return mm.Type() == js.TypeFunction && p.win.Call("matchMedia", query).Get("matches").Bool()
}
