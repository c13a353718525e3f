package compose

import (
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/timeline"
	"github.com/stancemap/stancemap/widget/words"
)

// StillOptions choose a still of the widget.
type StillOptions struct {
	Event int    // the step, clamped
	Lang  string // a UI language of widget/i18n (region ignored); anything else is English
	Theme string // "light" | "dark"
	W, H  float64
}

// Still is the widget's scene at W×H logical px as it first shows: the
// step at the world view, nothing hovered, pinned or focused, nothing
// playing. The embed's posters are stills; no widget is made for one. A
// size that is not positive is the widget's first, 640×480.
func Still(story *data.Story, world *geo.World, opt StillOptions) *scene.Scene {
	if !(opt.W > 0) || !(opt.H > 0) {
		opt.W, opt.H = 640, 480
	}
	w := words.New(story, world, opt.Lang)
	lg := legend.New(story, world, w)
	f := Frame{Region: "world", AtPreset: true}
	if story != nil {
		f.Step = timeline.New(len(story.Events), opt.Event).Current()
	}
	q := ""
	if story != nil && f.Step < len(story.Events) {
		q = story.Events[f.Step].Question
	}
	l := layout.NewPlanner(story, world, w, lg).Plan(opt.W, opt.H, 1, q)
	f.View = layout.FitRegion(f.Region, l.Map)
	return NewLayers(story, world, w, lg).Scene(Look{Theme: theme.ByName(opt.Theme)}, f, l)
}
