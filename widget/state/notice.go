package state

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
func (s *State) Notify(msg string) {
	msg = strings.Join(strings.Fields(msg), " ")
	if msg == "" {
		s.note = notice{}
		return
	}
	s.note = notice{msg: msg, left: notifyFor}
	s.announce = Announcement{Kind: AnnounceNotice, Step: s.tl.Current(), Msg: msg}
}

// Notice returns the message on show, "" if none.
func (s *State) Notice() string {
	if s.note.left <= 0 {
		return ""
	}
	return s.note.msg
}

// NoteAlpha is how opaque the notice is now: 1 while it shows fully, then
// falling in fadeSteps steps (each one frame to draw) to 0 when it is gone.
func (s *State) NoteAlpha() float64 { return float64(s.noteLevel()) / fadeSteps }

// noteLevel is how opaque the notice is now, in whole fade steps:
// fadeSteps while it shows fully, 0 when it is gone.
func (s *State) noteLevel() int {
	if s.note.left <= 0 || s.note.msg == "" {
		return 0
	}
	if s.note.left >= notifyFade {
		return fadeSteps
	}
	return int(math.Ceil(float64(s.note.left) / float64(notifyFade) * fadeSteps))
}

// advanceNote counts the notice down and reports whether it looks different.
func (s *State) advanceNote(dt time.Duration) bool {
	if s.note.left <= 0 {
		return false
	}
	before := s.noteLevel()
	s.note.left -= dt
	if s.note.left <= 0 {
		s.note = notice{}
	}
	return s.noteLevel() != before
}
