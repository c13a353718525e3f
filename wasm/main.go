//go:build js && wasm

// Command wasm is the stancemap widget compiled to WebAssembly.
//
// For now it is a placeholder: a minimal Ebiten game that fills the
// canvas with the background colour and reports readiness to the page
// by setting window.stancemap.state to "live" after its first frame.
package main

import (
	"image/color"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

// background is the light theme's page colour.
var background = color.RGBA{0xf7, 0xf5, 0xf0, 0xff}

// game draws a plain background; it redraws only when Ebiten asks.
type game struct {
	drawn bool
}

func (g *game) Update() error { return nil }

func (g *game) Draw(screen *ebiten.Image) {
	screen.Fill(background)
	if !g.drawn {
		g.drawn = true
		// The loader's setter records timings.liveAt when the state changes.
		if sm := js.Global().Get("stancemap"); sm.Truthy() {
			sm.Set("state", "live")
		}
	}
}

func (g *game) Layout(outsideWidth, outsideHeight int) (int, int) {
	return outsideWidth, outsideHeight
}

func main() {
	// A still picture needs no frame loop: update only on input.
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
	ebiten.SetScreenClearedEveryFrame(false)
	if err := ebiten.RunGame(&game{}); err != nil {
		fail(err)
	}
}

// fail reports err to the page so the embed can fall back to its poster.
func fail(err error) {
	if sm := js.Global().Get("stancemap"); sm.Truthy() {
		sm.Set("error", err.Error())
		sm.Set("state", "error")
	}
	js.Global().Get("console").Call("error", "stancemap: "+err.Error())
}
