// Package timeline is the headless logic of the time slider: which step is
// current, playback at a calm pace, and the time axis that places one tick per
// step by real date, with a visible break between distant periods. It knows
// nothing about drawing; the widget draws the slider from an Axis, as OWID's
// Grapher splits its TimelineController from its TimelineComponent.
package timeline

import "time"

// DefaultStepDuration is how long playback stays on each step: long enough to
// read the headline, short enough not to bore.
const DefaultStepDuration = 2500 * time.Millisecond

// Controller holds the current step and the playback state.
// The zero value has no steps; use New.
type Controller struct {
	n       int
	current int
	playing bool
	elapsed time.Duration
	// StepDuration is the time spent on each step while playing.
	StepDuration time.Duration
}

// New returns a controller over n steps, starting at current (clamped).
func New(n, current int) *Controller {
	c := &Controller{n: n, StepDuration: DefaultStepDuration}
	c.current = c.clamp(current)
	return c
}

func (c *Controller) clamp(i int) int {
	if i >= c.n {
		i = c.n - 1
	}
	if i < 0 {
		i = 0
	}
	return i
}

// Len is the number of steps.
func (c *Controller) Len() int { return c.n }

// Current is the index of the shown step.
func (c *Controller) Current() int { return c.current }

// AtEnd reports whether the last step is shown.
func (c *Controller) AtEnd() bool { return c.current >= c.n-1 }

// Set shows step i (clamped) and reports whether the step changed. A step
// chosen by hand restarts the playback clock, so the reader gets a full step.
func (c *Controller) Set(i int) bool {
	i = c.clamp(i)
	c.elapsed = 0
	if i == c.current {
		return false
	}
	c.current = i
	return true
}

// Next shows the following step; false at the end.
func (c *Controller) Next() bool { return c.Set(c.current + 1) }

// Prev shows the preceding step; false at the start.
func (c *Controller) Prev() bool { return c.Set(c.current - 1) }

// First shows the first step.
func (c *Controller) First() bool { return c.Set(0) }

// Last shows the last step.
func (c *Controller) Last() bool { return c.Set(c.n - 1) }

// Playing reports whether playback is running.
func (c *Controller) Playing() bool { return c.playing }

// Play starts playback. Playing from the last step starts over from the
// first, which is what a reader pressing play at the end expects.
// It reports whether the step changed.
func (c *Controller) Play() bool {
	if c.n < 2 {
		return false
	}
	c.playing = true
	c.elapsed = 0
	if c.AtEnd() {
		return c.First()
	}
	return false
}

// Pause stops playback and keeps the current step.
func (c *Controller) Pause() {
	c.playing = false
	c.elapsed = 0
}

// Toggle plays when paused and pauses when playing; it reports whether the
// step changed.
func (c *Controller) Toggle() bool {
	if c.playing {
		c.Pause()
		return false
	}
	return c.Play()
}

// Advance moves the playback clock by dt and reports whether the step
// changed. Playback stops on the last step.
func (c *Controller) Advance(dt time.Duration) bool {
	if !c.playing || dt <= 0 {
		return false
	}
	step := c.StepDuration
	if step <= 0 {
		step = DefaultStepDuration
	}
	c.elapsed += dt
	changed := false
	for c.elapsed >= step && c.playing {
		c.elapsed -= step
		if c.Set(c.current + 1) {
			changed = true
		}
		if c.AtEnd() {
			c.playing = false
			c.elapsed = 0
		}
	}
	return changed
}

// Progress is the fraction of the current step's playback time elapsed, in
// [0, 1); 0 when paused.
func (c *Controller) Progress() float64 {
	if !c.playing || c.StepDuration <= 0 {
		return 0
	}
	return float64(c.elapsed) / float64(c.StepDuration)
}
