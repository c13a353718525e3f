package widget

import (
	"strings"
	"time"

	"github.com/stancemap/stancemap/widget/state"
)

// Event returns the current step.
func (w *Widget) Event() int { return w.st.Step() }

// SetEvent shows step i (clamped); an eventchange notice follows if it changed.
func (w *Widget) SetEvent(i int) { w.st.SetEvent(i) }

// Select pins the tooltip of country code, as a click or tap would; "" unpins.
// Unknown codes are ignored.
func (w *Widget) Select(code string) { w.st.Select(code) }

// Pinned returns the country whose tooltip is pinned, or "".
func (w *Widget) Pinned() string { return w.st.Pinned() }

// Hovered returns the country under the pointer, or "".
func (w *Widget) Hovered() string { return w.st.Hovered() }

// SetRegion fits the map to a region preset ("world", "americas", "europe"…).
func (w *Widget) SetRegion(id string) error { return w.st.SetRegion(id) }

// Region returns the last region preset chosen.
func (w *Widget) Region() string { return w.st.Region() }

// Playing reports whether playback runs.
func (w *Widget) Playing() bool { return w.st.Playing() }

// Busy reports whether the backend must keep ticking Advance: only while
// playing or while a notice shows (Notify). Idle costs nothing.
func (w *Widget) Busy() bool { return w.st.Busy() }

// Advance moves playback and a notice's fade on by dt and reports whether
// a redraw is needed.
func (w *Widget) Advance(dt time.Duration) bool { return w.st.Advance(dt) }

// Notices returns and forgets the notices since the last call.
func (w *Widget) Notices() []Notice { return w.st.Notices() }

// Cursor returns the pointer shape for the current pointer position.
func (w *Widget) Cursor() Cursor { return w.st.Cursor() }

// OwnsTouch reports whether a one-finger touch that starts at (x, y) is
// the widget's to follow, so its page should not scroll with it: with
// Options.PageTouch only on the timeline's slider, which a finger scrubs;
// elsewhere the page scrolls, and a tap still reaches the widget. Two
// fingers are always the widget's (a pinch).
func (w *Widget) OwnsTouch(x, y float64) bool { return w.st.OwnsTouch(x, y, w.layout()) }

// Notify shows msg for a few seconds in a box at the foot of the map, then
// fades it out, e.g. "Saved stancemap-guaido-claim-en.png" after a desktop
// Ctrl+S. It is also the next Announcement, for screen readers. Busy stays
// true until the notice is gone, so the backend keeps calling Advance. An
// empty msg removes the notice at once.
func (w *Widget) Notify(msg string) { w.st.Notify(msg) }

// Notice returns the message on show, "" if none.
func (w *Widget) Notice() string { return w.st.Notice() }

// Announcement is the latest text for an aria-live region: the step's
// headline and counts after a step change, a country's stance after a pin,
// a notice after Notify.
func (w *Widget) Announcement() string {
	a := w.st.Announcement()
	if !w.said.ok || w.said.of != a {
		text := a.Msg
		switch a.Kind {
		case state.AnnounceStep:
			text = w.words.StepAnnouncement(a.Step)
		case state.AnnounceCountry:
			text = w.words.CountryAnnouncement(a.Step, a.Code)
			if a.Group != "" {
				text = w.words.GroupAnnouncement(a.Step, strings.Split(a.Group, ","))
			}
		}
		w.said = said{of: a, text: text, ok: true}
	}
	return w.said.text
}

// TextAlternative describes the current step for readers who cannot see the
// map (words.Words.TextAlternative).
func (w *Widget) TextAlternative() string { return w.words.TextAlternative(w.st.Step()) }

// FindCountry returns the codes of countries whose name matches query
// (words.Words.FindCountry), for an embedding page's search box; pass the
// pick to Select.
func (w *Widget) FindCountry(query string) []string { return w.words.FindCountry(query) }
