package atlas

import (
	"slices"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

// Markers are the small-state markers of story's map at step in view v,
// at size: for the states whose side the map shows at the step (a stance,
// a standing position, or the story's subject), never for those with no
// statement found. The map draws them and the state hit-tests them, so
// both ask here.
func Markers(world *geo.World, story *data.Story, step int, v geo.View, size geo.MarkerSize) []geo.Marker {
	if world == nil || story == nil {
		return nil
	}
	stances, standing := story.Stances(step), story.Standing(step)
	shown := func(code string) bool {
		if hidden[code] {
			return false
		}
		if _, ok := stances[code]; ok {
			return true
		}
		if _, ok := standing[code]; ok {
			return true
		}
		return slices.Contains(story.Subject, code)
	}
	return world.Markers(v, size, shown)
}

// MarkerOf returns the marker that stands for country code.
func MarkerOf(ms []geo.Marker, code string) (geo.Marker, bool) {
	for _, m := range ms {
		if m.Has(code) {
			return m, true
		}
	}
	return geo.Marker{}, false
}
