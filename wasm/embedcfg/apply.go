package embedcfg

import (
	"fmt"
	"strings"

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
		if code := Country(w, world, s.Country); code == "" {
			warn = append(warn, fmt.Sprintf("ignoring country %q: no country has that code or name", s.Country))
		} else {
			w.Select(code)
		}
	}
	return warn
}

// Country resolves a host's or the URL's country, a code or a name in any
// of the story's languages, to a code of the world, or "" if none matches.
func Country(w *widget.Widget, world *geo.World, s string) string {
	if code := strings.ToUpper(s); world.Known(code) {
		return code
	}
	if found := w.FindCountry(s); len(found) > 0 {
		return found[0]
	}
	return ""
}
