//go:build js && wasm

// Command ebiten is the floor probe of Ebiten alone (package bare's game),
// run as the embed runs the widget.
package main

import "github.com/stancemap/stancemap/cmd/serve/internal/floor/probe/bare"

func main() {
	if err := bare.Run(bare.Game{}); err != nil {
		bare.Fail(err)
	}
}
