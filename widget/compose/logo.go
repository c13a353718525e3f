package compose

import (
	"math"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// Logo is a newsroom's logo: its PNG file and its size in pixels.
type Logo struct {
	PNG  []byte
	W, H int
}

// footLogo sizes the logo for a print page's foot: two lines of the foot's
// type high, and at most a fifth of the text width wide, keeping its
// aspect. It returns the item (placed by the caller) and the width it
// takes from the foot's text, gap included; nil and 0 without a logo.
func footLogo(l *Logo, small, inner float64) (*scene.Image, float64) {
	if l == nil || len(l.PNG) == 0 || l.W <= 0 || l.H <= 0 {
		return nil, 0
	}
	aspect := float64(l.W) / float64(l.H)
	h := 2 * small * layout.LinePitch
	w := h * aspect
	if limit := inner / 5; w > limit {
		w, h = limit, limit/aspect
	}
	// Whole pixels high, for a crisp foot; the width keeps the aspect.
	h = math.Floor(h)
	w = h * aspect
	if w < 1 || h < 1 {
		return nil, 0
	}
	return &scene.Image{ID: "print.logo", W: w, H: h, PNG: l.PNG}, w + math.Round(small)
}
