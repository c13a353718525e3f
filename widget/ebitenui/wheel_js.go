//go:build js

package ebitenui

// wheelPixels converts Ebiten's wheel offset to px scrolled. In the browser
// it already is px (the DOM's deltaY). A trackpad pinch arrives as a wheel
// with Ctrl held and small deltas, so it counts ten times as much, as maps
// on the web usually do.
func wheelPixels(y float64, ctrl bool) float64 {
	if ctrl {
		return y * 10
	}
	return y
}
