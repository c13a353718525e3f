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
	// Region is the region preset the map shows; "" is the story's view
	// (data.Story.View), else the world, as the widget first opens.
	Region string
	W, H   float64
}

// Still is the widget's scene at W×H logical px as it first shows: the
// step at the story's view (or opt.Region), nothing hovered, pinned or focused, nothing
// playing. The embed's posters are stills; no widget is made for one. A
// size that is not positive is the widget's first, 640×480.
func Still(story *data.Story, world *geo.World, opt StillOptions) *scene.Scene {
	s := planStill(story, world, opt)
	return NewLayers(story, world, s.words, s.legend).Scene(Look{Theme: theme.ByName(opt.Theme)}, s.frame, s.layout)
}

// StillBoxes are the boxes of Still's layout (the map, the controls, the
// slider's ticks): where a page that shows the still finds them.
func StillBoxes(story *data.Story, world *geo.World, opt StillOptions) layout.Boxes {
	return planStill(story, world, opt).layout.Boxes()
}

// still is a still's plan: its words, legend, frame and layout.
type still struct {
	words  *words.Words
	legend *legend.Legend
	frame  Frame
	layout *layout.Layout
}

func planStill(story *data.Story, world *geo.World, opt StillOptions) still {
	if !(opt.W > 0) || !(opt.H > 0) {
		opt.W, opt.H = 640, 480
	}
	w := words.New(story, world, opt.Lang)
	lg := legend.New(story, world, w)
	f := Frame{Region: StillRegion(story, opt.Region), AtPreset: true}
	if story != nil {
		f.Step = timeline.New(len(story.Events), opt.Event).Current()
	}
	q := ""
	if story != nil && f.Step < len(story.Events) {
		q = story.Events[f.Step].Question
	}
	l := layout.NewPlanner(story, world, w, lg).Plan(opt.W, opt.H, 1, q)
	f.View = layout.FitRegion(f.Region, l.Map)
	return still{words: w, legend: lg, frame: f, layout: l}
}

// StillRegion is the region a still opens on: the one asked for if it is
// a preset, else the story's view, else the world.
func StillRegion(story *data.Story, asked string) string {
	if _, ok := geo.RegionByID(asked); ok {
		return asked
	}
	if story != nil && story.View != "" {
		return story.View
	}
	return "world"
}
