package layout

import (
	"math"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/words"
)

// Bounds of the height search, logical px.
const (
	minPreferred = 240
	maxPreferred = 2400
)

// PreferredHeight returns the height in logical px at which the widget
// shows story comfortably at width in lang: the smallest height (to 4 px)
// at which every step's caption shows at least its date, headline and a
// line of what changed (the rest is a More away), the text is at most a
// size smaller than the width alone would make it, and the map shows the
// world at its map's full width. An embedding page sizes its iframe to
// this. Bad
// input gives 0; a missing story or world gives a plain 3:5 box.
func PreferredHeight(story *data.Story, world *geo.World, width float64, lang string) float64 {
	if !(width > 0) || math.IsInf(width, 0) {
		return 0
	}
	if story == nil || world == nil || len(story.Events) == 0 {
		return round(width * 0.6)
	}
	w := words.New(story, world, lang)
	return NewPlanner(story, world, w, legend.New(story, world, w)).PreferredHeight(width)
}

// PreferredHeights is PreferredHeight at each whole width from first to
// last, through one planner, which keeps the captions it has wrapped.
func PreferredHeights(story *data.Story, world *geo.World, lang string, first, last int) []float64 {
	if last < first {
		return nil
	}
	out := make([]float64, 0, last-first+1)
	if story == nil || world == nil || len(story.Events) == 0 {
		for w := first; w <= last; w++ {
			out = append(out, PreferredHeight(story, world, float64(w), lang))
		}
		return out
	}
	wd := words.New(story, world, lang)
	p := NewPlanner(story, world, wd, legend.New(story, world, wd))
	for w := first; w <= last; w++ {
		out = append(out, p.PreferredHeight(float64(w)))
	}
	return out
}

// PreferredHeight is the package function for the planner's story and
// language, sharing the planner's wrapped captions: a live widget asks its
// own planner, which holds them already, rather than a second one that
// would wrap every caption again (with a story at the loader's limits,
// two planners at once grew the wasm's memory by some 45 MB).
func (p *Planner) PreferredHeight(width float64) float64 {
	if !(width > 0) || math.IsInf(width, 0) {
		return 0
	}
	if !p.ready {
		return round(width * 0.6)
	}
	return p.preferredHeight(width)
}

// preferredHeight searches upward in coarse steps, then back in fine ones.
func (p *Planner) preferredHeight(width float64) float64 {
	const coarse, fine = 32.0, 4.0
	h := float64(minPreferred)
	for ; h < maxPreferred && !p.comfortableAt(width, h); h += coarse {
	}
	if h >= maxPreferred {
		return maxPreferred
	}
	for h-fine >= minPreferred && p.comfortableAt(width, h-fine) {
		h -= fine
	}
	return h
}

// comfortableAt reports whether the layout at width×height shows every
// step's condensed caption (date, headline and a line of what changed)
// with the world at its map's full width. The question does not matter:
// the caption and the map are laid out alike for all.
func (p *Planner) comfortableAt(width, height float64) bool {
	l := p.Plan(width, height, 1, p.story.Events[0].Question)
	for _, lv := range l.Levels {
		if lv > LevelGlance {
			return false
		}
	}
	// Text may be a size smaller than the width alone would give it, no
	// more: a wide, short box would otherwise fit by shrinking the type.
	if l.Sizes.Base < fontSizes(width, width).Base-1 {
		return false
	}
	return l.Map.H >= naturalMapHeight(l.Map.W)
}
