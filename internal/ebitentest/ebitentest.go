// Package ebitentest runs a package's tests inside Ebiten's loop, which
// offscreen drawing and ReadPixels need. A test package that draws with
// Ebiten calls Main from its TestMain; its tests need a display, so run
// them under xvfb-run (xvfb-run -a go test ./...).
package ebitentest

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Main runs m's tests while Ebiten's loop runs, then exits with their
// status.
func Main(m *testing.M) {
	g := &loop{done: make(chan int), started: make(chan struct{})}
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

// loop keeps Ebiten's loop running until the tests end.
type loop struct {
	done    chan int
	started chan struct{}
	once    bool
	code    int
}

func (l *loop) Update() error {
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

func (*loop) Draw(*ebiten.Image)         {}
func (*loop) Layout(w, h int) (int, int) { return w, h }
