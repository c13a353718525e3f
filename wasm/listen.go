//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"

	"github.com/stancemap/stancemap/wasm/embedcfg"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/theme"
)

// wakeEvents are the page events after which the game may have work. The
// listeners only wake it; Ebiten's own listeners read the input.
var wakeEvents = []string{
	"pointerdown", "pointermove", "pointerup", "pointercancel",
	"mousedown", "mousemove", "mouseup", "wheel",
	"keydown", "keyup", "touchstart", "touchmove", "touchend", "touchcancel",
	"resize", "focus", "blur",
}

// listen registers the page listeners: wake-ups, visibility, the host's
// messages and the reader's colour-scheme preference.
func (b *bridge) listen() {
	opts := js.ValueOf(map[string]any{"capture": true, "passive": true})
	wake := b.fn(func([]js.Value) any { b.poke(); return nil })
	for _, ev := range wakeEvents {
		b.p.win.Call("addEventListener", ev, wake, opts)
	}
	// Ebiten may think a key is still down when focus leaves mid-press: its
	// canvas blur listener releases everything, so hand it one when the
	// window loses focus or the tab is hidden while the canvas has focus.
	release := b.fn(func([]js.Value) any {
		b.releaseKeys()
		b.poke()
		return nil
	})
	b.p.win.Call("addEventListener", "blur", release)
	b.p.doc.Call("addEventListener", "visibilitychange", release)
	b.p.win.Call("addEventListener", "message", b.fn(func(args []js.Value) any {
		// Only the page that frames the embed may steer it: any window
		// that holds a handle can post here (a sibling ad frame reaches
		// it through parent.frames). Opened on its own, the embed is its
		// own parent.
		if !args[0].Get("source").Equal(b.p.win.Get("parent")) {
			return nil
		}
		b.message(args[0].Get("data"))
		b.poke()
		return nil
	}))
	if b.cfg.Theme == "" || b.cfg.Theme == theme.ModeAuto {
		if mm := b.p.win.Get("matchMedia"); mm.Type() == js.TypeFunction {
			q := b.p.win.Call("matchMedia", "(prefers-color-scheme: dark)")
			q.Call("addEventListener", "change", b.fn(func(args []js.Value) any {
				dark := args[0].Get("matches").Bool()
				b.p.doc.Get("documentElement").Get("classList").Call("toggle", "dark", dark)
				mode := theme.ModeAuto.Resolve(func() bool { return dark })
				b.post(func(w *widget.Widget) { w.SetTheme(string(mode)) })
				return nil
			}))
		}
	}
}

// releaseKeys gives Ebiten's canvas a blur event when it has focus.
func (b *bridge) releaseKeys() {
	if !b.canvas.Truthy() || !b.p.doc.Get("activeElement").Equal(b.canvas) {
		return
	}
	b.canvas.Call("dispatchEvent", js.Global().Get("FocusEvent").New("blur"))
}

// post runs f on the game goroutine (waking it).
func (b *bridge) post(f func(w *widget.Widget)) {
	if b.g != nil {
		b.g.Post(f)
	}
	b.poke()
}

// message handles a host's stancemap:set; other messages pass quietly.
func (b *bridge) message(d js.Value) {
	if d.Type() != js.TypeObject || d.Get("type").Type() != js.TypeString ||
		d.Get("type").String() != embedcfg.TypeSet {
		return
	}
	raw, ok := stringify(d)
	if !ok {
		b.p.warn("ignoring a " + embedcfg.TypeSet + " message that is not plain data")
		return
	}
	// Measured in JavaScript, before the string is copied into Go (a
	// String object: syscall/js reads no property of a plain string).
	if n := js.Global().Get("String").New(raw).Get("length").Int(); n > embedcfg.MaxMessage {
		b.p.warn(fmt.Sprintf("ignoring a %s message of %d characters (at most %d)", embedcfg.TypeSet, n, embedcfg.MaxMessage))
		return
	}
	set, ok, err := embedcfg.ParseMessage(raw.String())
	if err != nil {
		b.p.warn("ignoring a message: " + err.Error())
		return
	}
	if ok {
		b.post(func(w *widget.Widget) { b.apply(w, set) })
	}
}

// stringify is JSON.stringify, as a JavaScript string; false when it
// throws (a cyclic object).
func stringify(v js.Value) (s js.Value, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = js.Undefined(), false
		}
	}()
	r := js.Global().Get("JSON").Call("stringify", v)
	return r, r.Type() == js.TypeString
}

// apply carries out a host's request on the game goroutine.
func (b *bridge) apply(w *widget.Widget, s embedcfg.Set) {
	for _, msg := range embedcfg.Apply(w, b.story, b.world, s, b.notice) {
		b.p.warn(msg)
	}
}
