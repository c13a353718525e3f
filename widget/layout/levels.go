package layout

import "math"

// Level is how much of a step's caption shows. Each step shows the richest
// level that fits the caption's box, whose height is fixed for all steps
// so the map does not jump when the step changes. The list of changed
// countries goes before the summary: the map outlines them anyway, while
// the summary is said nowhere else.
type Level int

// Caption levels, from everything to the headline alone.
const (
	LevelFull       Level = iota // date, headline, summary, question, changes (8 names), sources
	LevelFewChanges              // changes cut to three names
	LevelNoChanges               // no list of changes
	LevelNoSummary               // date, headline, question, sources
	LevelQuestion                // date, headline, question
	LevelGlance                  // date, headline, one line of what changed (or of the question)
	LevelHeadline                // date and headline
	levelCount
)

// ShowsSummary reports whether a level shows date, headline, summary,
// question and sources: what a reader needs to follow the story.
func (lv Level) ShowsSummary() bool { return lv <= LevelNoChanges }

// captionGutter is the space between the two caption columns, in base sizes.
const captionGutter = 1.5

// inLevel reports whether paragraph id shows at a level; short says
// whether the step has the short list of changes (it exists only when it is
// shorter than the full one).
func inLevel(id string, level Level, short bool) bool {
	switch id {
	case "caption.date", "caption.headline":
		return true
	case "caption.summary":
		return level.ShowsSummary()
	case "caption.question":
		return level <= LevelQuestion
	case "caption.changes":
		return level == LevelFull || (level == LevelFewChanges && !short)
	case "caption.changes3":
		return level == LevelFewChanges
	case "caption.sources":
		return level <= LevelNoSummary
	case "caption.glance":
		return level == LevelGlance
	}
	return false
}

// captionText is one step's caption wrapped for the caption box: every
// paragraph wrapped once, so each level's height is a sum.
type captionText struct {
	paras []Wrapped
	cols  int
	colW  float64
}

// wrapKey is what a step's wrapped caption depends on besides the story
// and the language, which a planner never changes.
type wrapKey struct {
	step int
	cols int
	colW float64
	sz   Sizes
}

// maxWraps bounds the wrapped captions a planner keeps (a resize through
// many widths would otherwise grow the cache without end).
const maxWraps = 256

// at returns the paragraphs a level shows, by column, with the height of
// the taller column. Two columns are balanced: paragraphs stay whole and in
// order, and the break goes where the taller column is shortest, never
// before the headline.
func (ct captionText) at(level Level) (cols [2][]Wrapped, h float64) {
	var buf [8]int
	ix := ct.shownAt(level, buf[:0])
	k, h := ct.split(ix)
	shown := make([]Wrapped, len(ix))
	for j, i := range ix {
		shown[j] = ct.paras[i]
	}
	return [2][]Wrapped{shown[:k], shown[k:]}, h
}

// height is at's height without building the columns: pickLevels asks it
// for every step and level of every layout.
func (ct captionText) height(level Level) float64 {
	var buf [8]int
	_, h := ct.split(ct.shownAt(level, buf[:0]))
	return h
}

// shownAt appends to ix the indices of the paragraphs a level shows.
func (ct captionText) shownAt(level Level, ix []int) []int {
	short := false // the step has the short list of changes
	for _, p := range ct.paras {
		short = short || p.ID == "caption.changes3"
	}
	for i, p := range ct.paras {
		if inLevel(p.ID, level, short) {
			ix = append(ix, i)
		}
	}
	return ix
}

// split returns how many of the paragraphs ix go in the first column (all
// of them in one column) and the taller column's height.
func (ct captionText) split(ix []int) (k int, h float64) {
	col := func(from, to int) float64 {
		v := 0.0
		for j := from; j < to; j++ {
			p := &ct.paras[ix[j]]
			if j > from {
				v += p.Gap
			}
			v += float64(len(p.Lines)) * p.Size * LinePitch
		}
		return v
	}
	n := len(ix)
	k, h = n, col(0, n)
	if ct.cols == 1 || n < 3 {
		return k, h
	}
	for b := 2; b < n; b++ {
		if v := math.Max(col(0, b), col(b, n)); v < h {
			k, h = b, v
		}
	}
	return k, h
}

// summaryCount is how many steps show their summary.
func summaryCount(levels []Level) int {
	n := 0
	for _, lv := range levels {
		if lv.ShowsSummary() {
			n++
		}
	}
	return n
}
