package state

import (
	"math"
	"time"
)

// How long a notice shows, the last part of it fading out.
const (
	notifyFor  = 4 * time.Second
	notifyFade = 600 * time.Millisecond
	fadeSteps  = 6 // the fade is drawn in this many steps, each one frame
)

// notice is a short message over the foot of the map.
type notice struct {
	msg  string
	left time.Duration
}

// level is how opaque the notice is now, in whole fade steps: fadeSteps
// while it shows fully, 0 when it is gone.
func (n notice) level() int {
	if n.left <= 0 || n.msg == "" {
		return 0
	}
	if n.left >= notifyFade {
		return fadeSteps
	}
	return int(math.Ceil(float64(n.left) / float64(notifyFade) * fadeSteps))
}

// advance counts the notice down and reports whether it looks different.
func (n *notice) advance(dt time.Duration) bool {
	if n.left <= 0 {
		return false
	}
	before := n.level()
	n.left -= dt
	if n.left <= 0 {
		*n = notice{}
	}
	return n.level() != before
}
