package ebitenui

import (
	"image/color"
	"testing"

	"github.com/stancemap/stancemap/internal/ebitentest"
)

// TestMain runs the tests inside Ebiten's loop; they need a display:
// xvfb-run -a go test ./widget/ebitenui/.
func TestMain(m *testing.M) { ebitentest.Main(m) }

var (
	blackN = color.NRGBA{A: 255}
	whiteN = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)
