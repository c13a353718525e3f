package embedcfg

import (
	"fmt"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
)

// Apply carries out a host's stancemap:set on w (on the game goroutine),
// passing the widget's notices to report and returning a warning for each
// part of the request it cannot honour. A step set by the host is not
// reported back to it as an eventchange; notices the reader's own input
// left pending (a step the reader chose in the same frame) are reported
// first, in order.
func Apply(w *widget.Widget, story *data.Story, world *geo.World, s Set, report func(widget.Notice)) []string {
	for _, n := range w.Notices() {
		report(n)
	}
	var warn []string
	if s.Region != "" {
		if err := w.SetRegion(s.Region); err != nil {
			warn = append(warn, fmt.Sprintf("ignoring region %q: %v", s.Region, err))
		}
	}
	switch {
	case s.EventIsIndex && s.Index < len(story.Events):
		w.SetEvent(s.Index)
	case s.EventIsIndex:
		warn = append(warn, fmt.Sprintf("ignoring event %d: the story has steps 0 to %d", s.Index, len(story.Events)-1))
	case s.Event != "":
		if i, err := story.FindEvent(s.Event); err != nil {
			warn = append(warn, fmt.Sprintf("ignoring event %q: %v", s.Event, err))
		} else {
			w.SetEvent(i)
		}
	}
	for _, n := range w.Notices() {
		if n.Kind != "eventchange" {
			report(n)
		}
	}
	if s.Country != "" {
		if p := w.SelectNamed(s.Country); p != nil {
			warn = append(warn, fmt.Sprintf("ignoring country %q: %v", s.Country, p.Err))
		}
	}
	return warn
}
