//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/ebitenui"
)

// maxFrameTimes caps window.stancemap.frameTimes.
const maxFrameTimes = 600

// waited is how long an Update must take to count as a sleep on the wake
// channel rather than work.
const waited = 50 * time.Millisecond

// timedGame records how long each frame's work takes (Update, unless it
// slept waiting for the page, plus Draw) into window.stancemap.frameTimes,
// the same array object, in ms, for the benchmark's hover and drag figures.
//
// It also keeps window.stancemap.updates (Update calls so far, for the
// benchmark's check that an idle embed stops ticking),
// window.stancemap.composited and compositedAt (how many frames showed
// something new, such as each frame of a step's fade, and when the last
// did, by performance.now()), window.stancemap.recoloured (maps made by
// recolouring rather than filling: the map's preparation at rest, then
// each quick step; see ebitenui.Options.QuickSteps) and
// window.stancemap.sleeping, true while inside Update: an Update that
// blocks on the wake channel is the only time the Go program idles with
// the flag set (the tests wait for it).
type timedGame struct {
	*ebitenui.Game
	sm           js.Value // window.stancemap
	mark         func(name string)
	frames       js.Value // the JS array
	onFirstFrame func()
	updates      int

	update     time.Duration
	drawn      int
	recoloured int
}

func (t *timedGame) Update() error {
	t.updates++
	if t.updates == 1 && t.mark != nil {
		t.mark("firstUpdateAt") // Ebiten is up: its loop runs
	}
	t.sm.Set("updates", t.updates)
	t.sm.Set("sleeping", true)
	start := time.Now()
	err := t.Game.Update()
	t.sm.Set("sleeping", false)
	if d := time.Since(start); d < waited {
		t.update = d
	} else {
		t.update = 0
	}
	return err
}

func (t *timedGame) Draw(screen *ebiten.Image) {
	if t.drawn == 0 && t.mark != nil {
		t.mark("firstDrawAt")
	}
	start := time.Now()
	n := t.Composited()
	t.Game.Draw(screen)
	if c := t.Composited(); c != n {
		t.sm.Set("composited", c)
		t.sm.Set("compositedAt", js.Global().Get("performance").Call("now"))
	}
	if r := t.Recoloured(); r != t.recoloured {
		t.recoloured = r
		t.sm.Set("recoloured", r)
	}
	ms := float64(t.update+time.Since(start)) / float64(time.Millisecond)
	t.update = 0
	t.drawn++
	if t.frames.Truthy() {
		if t.frames.Length() >= maxFrameTimes {
			t.frames.Call("splice", 0, t.frames.Length()-maxFrameTimes+1)
		}
		t.frames.Call("push", ms)
	}
	if t.drawn == 1 && t.onFirstFrame != nil {
		t.onFirstFrame()
	}
}

// LayoutF keeps ebitenui's fractional layout (the struct embedding alone
// would hide it behind Layout for some readers of the interface).
func (t *timedGame) LayoutF(w, h float64) (float64, float64) { return t.Game.LayoutF(w, h) }
