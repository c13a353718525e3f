package ebitenui

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
)

// returnsWithin runs g.Update and reports whether it returned within d.
func returnsWithin(g *Game, d time.Duration) (chan struct{}, bool) {
	done := make(chan struct{})
	go func() { g.Update(); close(done) }()
	select {
	case <-done:
		return done, true
	case <-time.After(d):
		return done, false
	}
}

// idleGame is a 640×400 game with a Wake channel that may block after
// 30 ms without input, and a screen to draw it on.
func idleGame(t *testing.T) (*widget.Widget, *Game, chan struct{}, *ebiten.Image) {
	wd, _, _ := newWidget(t, "light", 640, 400, 1)
	wake := make(chan struct{}, 1)
	g := New(wd, Options{Wake: wake, IdleAfter: 30 * time.Millisecond})
	g.LayoutF(640, 400)
	return wd, g, wake, ebiten.NewImage(640, 400)
}

// With a Wake channel, Update blocks once nothing has moved for IdleAfter
// and the last frame is drawn, and returns when woken or posted to; it never
// blocks while the widget is busy playing.
func TestUpdateBlocksWhenIdle(t *testing.T) {
	wd, g, wake, screen := idleGame(t)

	if _, ok := returnsWithin(g, time.Second); !ok {
		t.Fatal("the first Update blocked before any frame was drawn")
	}
	if _, ok := returnsWithin(g, time.Second); !ok {
		t.Fatal("Update blocked with a frame still to draw")
	}
	g.Draw(screen)
	time.Sleep(50 * time.Millisecond)
	done, ok := returnsWithin(g, 150*time.Millisecond)
	if ok {
		t.Fatal("Update returned while idle")
	}
	wake <- struct{}{}
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("a send on Wake did not wake Update")
	}
	if !g.stale {
		t.Error("the tick that woke should mark its input as stale")
	}
	g.Draw(screen)

	// A Post wakes a blocked Update and runs on the game goroutine.
	time.Sleep(50 * time.Millisecond)
	done, ok = returnsWithin(g, 150*time.Millisecond)
	if ok {
		t.Fatal("Update returned while idle (second time)")
	}
	g.Post(func(w *widget.Widget) { w.SetEvent(0) })
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("Post did not wake Update")
	}
	if _, ok := returnsWithin(g, time.Second); !ok {
		t.Fatal("Update blocked with a posted call waiting")
	}
	if wd.Event() != 0 {
		t.Errorf("the posted SetEvent did not run: event %d", wd.Event())
	}
	if n := wd.Notices(); len(n) != 1 || n[0].Kind != "eventchange" {
		t.Errorf("notices %+v, want one eventchange", n)
	}

	// Playing keeps Update from blocking.
	g.Post(func(w *widget.Widget) { w.Handle(widget.Input{Kind: widget.KeyPress, Key: widget.KeySpace}) })
	g.Update()
	g.Draw(screen)
	if !wd.Busy() {
		t.Fatal("space did not start playback")
	}
	time.Sleep(50 * time.Millisecond)
	if _, ok := returnsWithin(g, time.Second); !ok {
		t.Error("Update blocked while playing")
	}
}

// fitScale keeps the screen within the GPU's largest texture, padding
// included, and lowers the scale no further than that needs.
func TestFitScale(t *testing.T) {
	for _, c := range []struct{ w, h, dpr float64 }{
		{390, 700, 3}, {1920, 1080, 2}, {2560, 1440, 2}, {3000, 1000, 3}, {1000, 3000, 3},
		{1801, 901, 5}, {4095, 10, 1}, {4096, 10, 1}, {8191, 8191, 1}, {700, 560, 1.25}, {10000, 7000, 2.75},
	} {
		for _, m := range []int{0, 2048, 4096, 5000, 8192, 16384} {
			d := fitScale(c.dpr, c.w, c.h, m)
			if m == 0 {
				if d != c.dpr {
					t.Errorf("%v, no limit: scale %v, want %v", c, d, c.dpr)
				}
				continue
			}
			side := max(ceil(c.w*d), ceil(c.h*d))
			tex := float64(floorPow2(m))
			switch {
			case d > c.dpr:
				t.Errorf("%v, limit %d: scale raised to %v", c, m, d)
			case side+1 > tex: // Ebiten's pixel of padding
				t.Errorf("%v, limit %d: scale %v makes a %v px side, past %v with its padding", c, m, d, side, tex)
			case d < c.dpr && side < tex-3:
				t.Errorf("%v, limit %d: scale %v makes a %v px side, lower than the %v texture needs", c, m, d, side, tex)
			case max(ceil(c.w*c.dpr), ceil(c.h*c.dpr))+2 <= tex && d != c.dpr:
				t.Errorf("%v, limit %d: scale lowered to %v though the screen fits", c, m, d)
			}
		}
	}
}

// With a Wake channel a frame is asked for after every Update and Draw that
// does not block, also when the idle time runs out between an Update and
// its Draw: in the browser only a frame asked for calls Update again, so
// without one no Update would block, and Ebiten's animation frames would
// go on empty, 60 a second.
func TestFrameAskedForUntilUpdateBlocks(t *testing.T) {
	_, g, wake, screen := idleGame(t)
	g.Update()
	g.Draw(screen)
	// The first frame may take longer than the idle time on a busy
	// software GPU; the clock starts again so that the next Update comes
	// within it, as it does in a browser between an input and its frame.
	g.lastActive = time.Now()
	g.Update() // within the idle time: does not block
	time.Sleep(50 * time.Millisecond)
	n := g.pace.wants.Load()
	g.Draw(screen)
	if g.pace.wants.Load() == n {
		t.Fatal("the Draw after the idle time ran out asked for no frame: no Update would come to block")
	}
	done, ok := returnsWithin(g, 150*time.Millisecond)
	if ok {
		t.Fatal("Update returned while idle")
	}
	wake <- struct{}{}
	<-done
}
