//go:build js && wasm

// Command widget is the floor probe of the widget's own start. Without
// window.floorLevel it runs package bare's game, as the probe ebiten does,
// with every package the widget needs linked but not run. With it, the
// widget's start runs up to that level before bare's game is run:
//
//	load    the atlas and the built-in story;
//	new     and the widget made on them;
//	layout  and its first layout, at the page's size;
//	frame   and its first frame instead of bare's, drawn by the Ebiten
//	        backend as the embed draws it, but bare: no poster before it,
//	        no bridge to the page, no height search, Ebiten's own canvas.
package main

import (
	"fmt"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/cmd/serve/internal/floor/probe/bare"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/ebitenui"
)

func main() {
	g, err := start(js.Global().Get("floorLevel"))
	if err == nil {
		err = bare.Run(g)
	}
	if err != nil {
		bare.Fail(err)
	}
}

// start runs the widget's start up to level and returns the game to run.
func start(level js.Value) (ebiten.Game, error) {
	if level.IsUndefined() {
		return bare.Game{}, nil
	}
	switch l := level.String(); l {
	case "load", "new", "layout", "frame":
	default:
		return nil, fmt.Errorf("floorLevel %q: want load, new, layout or frame", l)
	}
	world, err := geo.Load()
	if err != nil {
		return nil, err
	}
	story, err := data.LoadDefault(data.Options{KnownCode: world.Known})
	if err != nil || level.String() == "load" {
		return bare.Game{}, err
	}
	w := widget.New(story, world, widget.Options{})
	switch level.String() {
	case "layout":
		win := js.Global()
		w.Handle(widget.Input{Kind: widget.Resize, X: win.Get("innerWidth").Float(), Y: win.Get("innerHeight").Float(), Factor: win.Get("devicePixelRatio").Float()})
		w.MapPose()
		fallthrough
	case "new":
		return bare.Game{}, nil
	}
	return ebitenui.New(w, ebitenui.Options{QuickSteps: true, Transitions: true}), nil
}
