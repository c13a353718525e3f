package widget

import (
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// The print scene and the preferred height are compose's and layout's;
// these names keep the widget's tests, which compare them with the live
// widget, short.

// PrintOptions choose what a print or screenshot export shows
// (compose.PrintOptions).
type PrintOptions = compose.PrintOptions

// PrintScene is compose.Print.
func PrintScene(story *data.Story, world *geo.World, opt PrintOptions) *scene.Scene {
	return compose.Print(story, world, opt)
}

// PreferredHeight is layout.PreferredHeight.
func PreferredHeight(story *data.Story, world *geo.World, width float64, lang string) float64 {
	return layout.PreferredHeight(story, world, width, lang)
}
