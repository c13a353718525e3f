//go:build !js

package ebitenui

import (
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// pacer keeps frames coming while the game wants them. On desktop, with
// FPSModeVsyncOffMinimum, a ScheduleFrame called inside Update or Draw can
// be used up by the frame in progress and the loop then sleeps until the
// next input event (seen under Xvfb with Ebiten v2.8.8). So a goroutine asks
// instead, and asks again until an Update has run after the request.
type pacer struct {
	updates    atomic.Uint64
	wantAfter  atomic.Uint64
	lastUpdate atomic.Int64  // unix ns
	interval   atomic.Int64  // ns between the last Update and the next
	wants      atomic.Uint64 // want calls so far
	ch         chan struct{}
}

func newPacer() *pacer {
	p := &pacer{ch: make(chan struct{}, 1)}
	go p.run()
	return p
}

// updateStarted counts an Update.
func (p *pacer) updateStarted(now time.Time) {
	p.updates.Add(1)
	p.lastUpdate.Store(now.UnixNano())
}

// want asks for one more Update and Draw, about interval after the last.
func (p *pacer) want(interval time.Duration) {
	p.wants.Add(1)
	p.interval.Store(int64(interval))
	p.wantAfter.Store(p.updates.Load())
	select {
	case p.ch <- struct{}{}:
	default:
	}
}

func (p *pacer) run() {
	for range p.ch {
		for p.updates.Load() <= p.wantAfter.Load() {
			if d := time.Duration(p.interval.Load()) - time.Since(time.Unix(0, p.lastUpdate.Load())); d > 0 {
				time.Sleep(d)
			}
			ebiten.ScheduleFrame()
			time.Sleep(4 * time.Millisecond)
		}
	}
}
