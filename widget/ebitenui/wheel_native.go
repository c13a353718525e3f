//go:build !js

package ebitenui

// wheelPixels converts Ebiten's wheel offset to px scrolled. Desktop
// systems report notches (1 per click); a notch counts as 100 px, what a
// browser reports for one.
func wheelPixels(y float64, ctrl bool) float64 { return y * 100 }
