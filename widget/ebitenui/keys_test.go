package ebitenui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestGameTakesQueuedKeys checks Options.Keys: the presses it gives reach
// the widget in the next tick, as a page's queue hands them over, and
// each only once.
func TestGameTakesQueuedKeys(t *testing.T) {
	wd, _, _ := newWidget(t, "light", 640, 400, 1)
	var queue []string
	g := New(wd, Options{Keys: func() []string { q := queue; queue = nil; return q }})
	g.LayoutF(640, 400)
	screen := ebiten.NewImage(640, 400)
	g.Update()
	g.Draw(screen)
	start := wd.Event()
	queue = []string{"ArrowLeft", "ArrowLeft"}
	g.Update()
	if got := wd.Event(); got != start-2 {
		t.Errorf("two queued ArrowLeft presses: step %d, want %d", got, start-2)
	}
	g.Update()
	if got := wd.Event(); got != start-2 {
		t.Errorf("a tick with an empty queue moved the step to %d", got)
	}
}
