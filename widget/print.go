package widget

import (
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// PrintOptions choose what a print or screenshot export shows
// (compose.PrintOptions).
type PrintOptions = compose.PrintOptions

// PrintScene lays out one step as a newspaper graphic (compose.Print): no
// widget is made for it.
func PrintScene(story *data.Story, world *geo.World, opt PrintOptions) *scene.Scene {
	return compose.Print(story, world, opt)
}

// PreferredHeight returns the height in logical px at which the widget
// shows story comfortably at width in lang (layout.PreferredHeight). An
// embedding page sizes its iframe to this. Bad input gives 0; a missing
// story or world gives a plain 3:5 box.
func PreferredHeight(story *data.Story, world *geo.World, width float64, lang string) float64 {
	return layout.PreferredHeight(story, world, width, lang)
}

// PreferredHeight is the package function for this widget's story and
// language.
func (w *Widget) PreferredHeight(width float64) float64 {
	if !w.ready() {
		return layout.PreferredHeight(nil, nil, width, w.words.Lang())
	}
	return layout.PreferredHeight(w.story, w.world, width, w.words.Lang())
}
