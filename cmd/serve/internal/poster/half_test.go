package poster

import (
	"image"
	"image/color"
	"testing"
)

func TestHalfAverages(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 4, 2))
	img.SetRGBA(0, 0, color.RGBA{200, 0, 0, 255})
	img.SetRGBA(1, 1, color.RGBA{200, 0, 0, 255})
	h := Half(img)
	if h.Bounds().Dx() != 2 || h.Bounds().Dy() != 1 {
		t.Fatalf("bounds %v", h.Bounds())
	}
	if got := h.RGBAAt(0, 0); got != (color.RGBA{100, 0, 0, 128}) {
		t.Errorf("got %v", got)
	}
}
