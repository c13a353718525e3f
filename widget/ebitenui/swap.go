package ebitenui

import (
	"time"

	"github.com/stancemap/stancemap/widget"
)

// SetWidget shows w from the next frame on, in place of the Game's widget:
// the desktop app opening another story, or the same story read again. The
// old widget's cached layers and input state are dropped, and w is told the
// screen's size before it is drawn. Call it on the game goroutine: in a
// hook, or in a function given to Post.
func (g *Game) SetWidget(w *widget.Widget) {
	g.w = w
	g.comp = nil
	g.in = reader{}
	g.sized = [3]float64{}
	g.pose = widget.MapPose{}
	g.dirty, g.lastActive = true, time.Now()
	g.pace.want(frameInterval)
}
