//go:build js && wasm

// Package bare is what the floor probes share: the bare game Ebiten runs
// on its own, and the page's state, set as the embed sets
// window.stancemap.state.
package bare

import (
	"image/color"
	"math"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Game fills the screen and draws one rectangle on it: Ebiten's own work
// for a frame, and almost nothing of ours.
type Game struct{}

func (Game) Update() error { return nil }

func (Game) Draw(screen *ebiten.Image) {
	screen.Fill(color.RGBA{0xf6, 0xf3, 0xec, 0xff})
	vector.DrawFilledRect(screen, 40, 40, 320, 180, color.RGBA{0x2b, 0x6c, 0xb0, 0xff}, true)
}

func (Game) Layout(w, h int) (int, int) { return w, h }

// Run runs g as the embed runs the widget (wasm/main.go), setting
// window.floorState to "loading" now and to "live" at the animation frame
// after the first Draw, when that frame is on screen (as the embed's
// bridge reports live).
func Run(g ebiten.Game) error {
	js.Global().Set("floorState", "loading")
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOn)
	return ebiten.RunGameWithOptions(&first{Game: g}, &ebiten.RunGameOptions{InitUnfocused: true, ScreenTransparent: true})
}

// Fail reports what a probe could not run as floor.js reports its own
// failures (window.floorFail: on the page, in window.floorState and on the
// console).
func Fail(err error) {
	js.Global().Call("floorFail", "floor: "+err.Error())
}

// first wraps a game to report live after its first Draw. It passes on
// the optional methods Ebiten looks for (embedding the interface alone
// would hide the widget's fractional layout and final screen).
type first struct {
	ebiten.Game
	drawn bool
}

func (g *first) LayoutF(w, h float64) (float64, float64) {
	if l, ok := g.Game.(interface {
		LayoutF(w, h float64) (float64, float64)
	}); ok {
		return l.LayoutF(w, h)
	}
	sw, sh := g.Layout(int(math.Ceil(w)), int(math.Ceil(h)))
	return float64(sw), float64(sh)
}

func (g *first) DrawFinalScreen(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM) {
	if d, ok := g.Game.(ebiten.FinalScreenDrawer); ok {
		d.DrawFinalScreen(screen, offscreen, geoM)
		return
	}
	screen.DrawImage(offscreen, &ebiten.DrawImageOptions{GeoM: geoM})
}

func (g *first) Draw(screen *ebiten.Image) {
	g.Game.Draw(screen)
	if g.drawn {
		return
	}
	g.drawn = true
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Set("floorState", "live")
		f.Release()
		return nil
	})
	js.Global().Call("requestAnimationFrame", f)
}
