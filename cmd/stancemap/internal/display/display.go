// Package display stops the desktop app with a message, not a panic, when
// there is no display to open its window on. Ebiten opens GLFW while Go
// initialises its packages, before main runs, and panics with a stack
// trace when that fails; main cannot catch it. This package's init runs
// first: it depends on nothing of Ebiten's, and Go initialises packages
// in import-path order as their dependencies allow, so while Ebiten's
// GLFW package waits for golang.org/x/sys (which sorts after this
// module's path) this one is ready. cmd/stancemap imports it for that
// effect alone; a test runs the built app without a display.
package display

import (
	"fmt"
	"os"
)

// message is what the app prints, without a display, before it exits 1.
const message = `stancemap: no display to open a window on: $DISPLAY is not set.
The desktop app needs a graphical session (X11, or XWayland under Wayland).
Without one, run it under xvfb-run (for -screenshot), or use mapshot to make
the map's images (cmd/mapshot).`

func init() {
	if needsDisplay && os.Getenv("DISPLAY") == "" {
		fmt.Fprintln(os.Stderr, message)
		os.Exit(1)
	}
}
