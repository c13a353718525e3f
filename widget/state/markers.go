package state

import (
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/layout"
)

// Slack around a marker's circle that still hits it, in px: a finger is
// less precise than a mouse, and the markers are small on a phone.
const (
	markerSlack      = 2.0
	markerSlackTouch = 6.0
)

// markerCache keeps the markers of the last view and step: the pointer
// hit-tests them at every move, and merging them costs up to a
// millisecond (geo.BenchmarkMarkers).
type markerCache struct {
	view geo.View
	step int
	ms   []geo.Marker
	ok   bool
}

// markers are the small-state markers the map draws now
// (atlas.Markers, at the size geo.MarkerSizeFor gives the view).
func (s *State) markers(lay *layout.Layout) []geo.Marker {
	v, step := s.View(lay), s.tl.Current()
	c := &s.marks
	if !c.ok || c.view != v || c.step != step {
		*c = markerCache{view: v, step: step, ok: true,
			ms: atlas.Markers(s.world, s.story, step, v, geo.MarkerSizeFor(v))}
	}
	return c.ms
}

// markerAt returns the state under (x, y) by its marker: of a merged
// marker, the one whose anchor is nearest.
func (s *State) markerAt(x, y float64, touch bool, lay *layout.Layout) (string, bool) {
	slack := markerSlack
	if touch {
		slack = markerSlackTouch
	}
	m, ok := geo.MarkerAt(s.markers(lay), x, y, slack)
	if !ok {
		return "", false
	}
	return s.world.Nearest(s.View(lay), m, x, y), true
}

// HoverOnMarker reports whether the pointer is on the hovered country's
// small-state marker (of which a merged one lists all its states).
func (s *State) HoverOnMarker() bool { return s.hover != "" && s.hoverOnMarker }

// PinnedOnMarker reports whether the pinned country was tapped or clicked
// on its small-state marker.
func (s *State) PinnedOnMarker() bool { return s.pinned != "" && s.pinnedOnMarker }
