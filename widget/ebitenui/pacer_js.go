//go:build js

package ebitenui

import (
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// pacer asks for frames. In the browser Ebiten keeps a ScheduleFrame made
// during Update for the next animation frame, so no goroutine is needed
// (and none runs while the tab is idle); frames that change nothing skip
// drawing, so the interval is not needed either. (The embed runs Ebiten
// in FPSModeVsyncOn, where every animation frame is a tick until Update
// blocks, and asking changes nothing; a page that keeps
// FPSModeVsyncOffMinimum gets its frames from here.)
type pacer struct {
	wants atomic.Uint64 // want calls so far
}

func newPacer() *pacer                     { return &pacer{} }
func (*pacer) updateStarted(now time.Time) {}

func (p *pacer) want(time.Duration) {
	p.wants.Add(1)
	ebiten.ScheduleFrame()
}
