package widget

import (
	"github.com/stancemap/stancemap/widget/layout"
)

// PreferredHeight is the package function for this widget's story and
// language.
func (w *Widget) PreferredHeight(width float64) float64 {
	if !w.ready() {
		return layout.PreferredHeight(nil, nil, width, w.words.Lang())
	}
	return layout.PreferredHeight(w.story, w.world, width, w.words.Lang())
}
