package ebitenui

import (
	"image/color"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs Ebiten's loop, which offscreen drawing and ReadPixels need,
// and the tests beside it. It needs a display: run these tests under
// xvfb-run (xvfb-run -a go test ./widget/ebitenui/).
func TestMain(m *testing.M) {
	g := &testLoop{done: make(chan int), started: make(chan struct{})}
	go func() {
		<-g.started // ReadPixels needs the loop running
		g.done <- m.Run()
	}()
	ebiten.SetWindowSize(64, 64)
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
	os.Exit(g.code)
}

// testLoop keeps Ebiten's loop running until the tests end.
type testLoop struct {
	done    chan int
	started chan struct{}
	once    bool
	code    int
}

func (l *testLoop) Update() error {
	if !l.once {
		l.once = true
		close(l.started)
	}
	select {
	case l.code = <-l.done:
		return ebiten.Termination
	default:
		return nil
	}
}

func (*testLoop) Draw(*ebiten.Image)         {}
func (*testLoop) Layout(w, h int) (int, int) { return w, h }

var (
	blackN = color.NRGBA{A: 255}
	whiteN = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)
