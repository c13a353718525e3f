//go:build js && wasm

package main

import (
	"bytes"
	"syscall/js"

	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/svgout"
)

// overlayHost shows the widget's overlay layer (hover outlines, tooltip,
// the buttons on the map) as SVG in the page's #overlay, over the canvas
// (ebitenui.Options.Overlay): a hover then changes a few DOM nodes, which
// the browser repaints where they are, instead of a frame of the whole
// canvas. Text goes as outlines, the glyphs the canvas would have drawn.
type overlayHost struct {
	p   *page
	el  js.Value
	buf bytes.Buffer
	one scene.Scene
}

func newOverlayHost(p *page) *overlayHost {
	return &overlayHost{p: p, el: p.el("overlay")}
}

// hook is the Overlay hook for ebitenui, or nil when the page has no
// #overlay (the game then draws the layer itself).
func (o *overlayHost) hook() func(l *scene.Layer, w, h float64) {
	if !o.el.Truthy() {
		return nil
	}
	return o.show
}

func (o *overlayHost) show(l *scene.Layer, w, h float64) {
	o.one = scene.Scene{W: w, H: h, Layers: []scene.Layer{*l}}
	o.buf.Reset()
	// The page's own ids (#tip, #note…) and its style rules must not meet
	// the items' ids.
	if err := svgout.Write(&o.buf, outlineText(&o.one), svgout.Options{IDPrefix: "ov-"}); err != nil {
		o.p.warn("the overlay could not be drawn: " + err.Error())
		return
	}
	o.el.Set("innerHTML", o.buf.String())
}
