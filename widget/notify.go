package widget

import (
	"math"
	"strings"
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

// Notify shows msg for a few seconds in a box at the foot of the map, then
// fades it out, e.g. "Saved stancemap-guaido-claim-en.png" after a desktop
// Ctrl+S. It is also the next Announcement, for screen readers. Busy stays
// true until the notice is gone, so the backend keeps calling Advance. An
// empty msg removes the notice at once.
func (w *Widget) Notify(msg string) {
	msg = strings.Join(strings.Fields(msg), " ")
	if msg == "" {
		w.note = notice{}
		return
	}
	w.note = notice{msg: msg, left: notifyFor}
	w.announce = msg
}

// Notice returns the message on show, "" if none.
func (w *Widget) Notice() string {
	if w.note.left <= 0 {
		return ""
	}
	return w.note.msg
}

// noteLevel is how opaque the notice is now, in whole fade steps:
// fadeSteps while it shows fully, 0 when it is gone.
func (w *Widget) noteLevel() int {
	if w.note.left <= 0 || w.note.msg == "" {
		return 0
	}
	if w.note.left >= notifyFade {
		return fadeSteps
	}
	return int(math.Ceil(float64(w.note.left) / float64(notifyFade) * fadeSteps))
}

// advanceNote counts the notice down and reports whether it looks different.
func (w *Widget) advanceNote(dt time.Duration) bool {
	if w.note.left <= 0 {
		return false
	}
	before := w.noteLevel()
	w.note.left -= dt
	if w.note.left <= 0 {
		w.note = notice{}
	}
	return w.noteLevel() != before
}
