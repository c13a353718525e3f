package widget

import (
	"math"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

// Bounds of the height search, logical px.
const (
	minPreferred = 240
	maxPreferred = 2400
)

// PreferredHeight returns the height in logical px at which the widget
// shows story comfortably at width in lang: the smallest height (to 4 px)
// at which every step's caption shows its date, headline, summary, question
// and sources, the text is at most a size smaller than the width alone
// would make it, and the map shows the world at its map's full width (70 %
// of that height when stacked; beside the caption column, the map takes at
// least 62 % of the width). An embedding page sizes its iframe to this. Bad input gives
// 0; a missing story or world gives a plain 3:5 box.
func PreferredHeight(story *data.Story, world *geo.World, width float64, lang string) float64 {
	if !(width > 0) || math.IsInf(width, 0) {
		return 0
	}
	if story == nil || world == nil || len(story.Events) == 0 {
		return round(width * 0.6)
	}
	w := New(story, world, Options{Lang: lang})
	return w.preferredHeight(width)
}

// PreferredHeight is the package function for this widget's story and
// language.
func (w *Widget) PreferredHeight(width float64) float64 {
	if !w.ready() {
		return PreferredHeight(nil, nil, width, w.lang)
	}
	return New(w.story, w.world, Options{Lang: w.lang}).preferredHeight(width)
}

// preferredHeight searches upward in coarse steps, then back in fine ones.
// The widget it runs on is a scratch one: it is resized at will.
func (w *Widget) preferredHeight(width float64) float64 {
	const coarse, fine = 32.0, 4.0
	h := float64(minPreferred)
	for ; h < maxPreferred && !w.comfortableAt(width, h); h += coarse {
	}
	if h >= maxPreferred {
		return maxPreferred
	}
	for h-fine >= minPreferred && w.comfortableAt(width, h-fine) {
		h -= fine
	}
	return h
}

// comfortableAt reports whether the layout at width×height shows every
// summary with a map of a useful size.
func (w *Widget) comfortableAt(width, height float64) bool {
	w.Resize(width, height, 1)
	w.lay = w.computeLayout()
	l := w.lay
	if summaryCount(l.levels) < len(w.story.Events) {
		return false
	}
	// Text may be a size smaller than the width alone would give it, no
	// more: a wide, short box would otherwise fit by shrinking the type.
	if l.sz.base < fontSizes(width, width).base-1 {
		return false
	}
	// Beside a column the map should show the world at its full width; a
	// stacked map may be letterboxed a little.
	// and most of the widget's width.
	need := 0.7
	if l.side {
		need = 1
		if l.mapRect.W < 0.62*width {
			return false
		}
	}
	return l.mapRect.H >= need*naturalMapHeight(l.mapRect.W)
}
