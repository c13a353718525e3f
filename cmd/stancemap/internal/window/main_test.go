package window

import (
	"testing"

	"github.com/stancemap/stancemap/internal/ebitentest"
)

// TestMain runs the tests inside Ebiten's loop; they need a display:
// xvfb-run -a go test ./cmd/stancemap/internal/window/.
func TestMain(m *testing.M) { ebitentest.Main(m) }
