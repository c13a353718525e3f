package layout

import (
	"math"

	"github.com/stancemap/stancemap/widget/i18n"
)

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
	LevelHeadline                // date and headline
	levelCount
)

// ShowsSummary reports whether a level shows date, headline, summary,
// question and sources: what a reader needs to follow the story.
func (lv Level) ShowsSummary() bool { return lv <= LevelNoChanges }

// captionGutter is the space between the two caption columns, in base sizes.
const captionGutter = 1.5

// captionParas is every paragraph the caption of step i may show; inLevel
// says which ones a level keeps.
func (p *Planner) captionParas(i int, sz Sizes) []Para {
	ev := &p.story.Events[i]
	date := i18n.DateLong(p.lang, ev.Date) + "  ·  " + i18n.F(p.lang, "stepOf", i+1, len(p.story.Events))
	ps := []Para{
		{ID: "caption.date", S: date, Size: sz.Date, Bold: true},
		{ID: "caption.headline", S: p.words.Tx(ev.Headline), Size: sz.Head, Bold: true, Gap: sz.Base * 0.2},
		{ID: "caption.summary", S: p.words.Tx(ev.Summary), Size: sz.Base, Gap: sz.Base * 0.3},
	}
	if q := p.words.QuestionLine(i); q != "" {
		ps = append(ps, Para{ID: "caption.question", S: q, Size: sz.Small, Bold: true, Gap: sz.Base * 0.5})
	}
	if c := p.words.Changes(i, 8); c != "" {
		ps = append(ps, Para{ID: "caption.changes", S: c, Size: sz.Small, Gap: sz.Base * 0.3})
		if short := p.words.Changes(i, 3); short != c {
			ps = append(ps, Para{ID: "caption.changes3", S: short, Size: sz.Small, Gap: sz.Base * 0.3})
		}
	}
	// Published facts change: the line that says what the step rests on
	// also says when the story last did.
	if src := p.words.CaptionSources(i); src != "" {
		ps = append(ps, Para{ID: "caption.sources", S: src, Size: sz.Small, Gap: sz.Base * 0.3})
	}
	return ps
}

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

// wrapCaption wraps step i's paragraphs for the layout's caption box. The
// result is kept: a layout wraps every step's caption, and PreferredHeight
// lays out many heights whose caption box and type are often the same.
func (p *Planner) wrapCaption(i int, l *Layout) captionText {
	ct := captionText{cols: l.CaptionCols, colW: l.CaptionBox.W}
	if ct.cols == 2 {
		ct.colW = (l.CaptionBox.W - captionGutter*l.Sizes.Base) / 2
	}
	key := wrapKey{step: i, cols: ct.cols, colW: ct.colW, sz: l.Sizes}
	if c, ok := p.wraps[key]; ok {
		return c
	}
	for _, para := range p.captionParas(i, l.Sizes) {
		ct.paras = append(ct.paras, Wrapped{Para: para, Lines: measure(para.Bold).wrap(para.S, para.Size, ct.colW)})
	}
	if p.wraps == nil || len(p.wraps) >= maxWraps {
		p.wraps = map[wrapKey]captionText{}
	}
	p.wraps[key] = ct
	return ct
}

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

// pickLevels chooses, for each step, the richest level whose caption fits
// maxH, and returns the levels with the tallest caption among them. A step
// whose headline alone does not fit still gets its headline.
func (p *Planner) pickLevels(l *Layout, maxH float64) (levels []Level, h float64) {
	return p.pickLevelsWithin(l, func(int) float64 { return maxH })
}

// pickLevelsWithin is pickLevels with a height limit per step.
func (p *Planner) pickLevelsWithin(l *Layout, maxH func(step int) float64) (levels []Level, h float64) {
	levels = make([]Level, len(p.story.Events))
	for i := range p.story.Events {
		ct := p.wrapCaption(i, l)
		limit := maxH(i)
		level, ch := LevelHeadline, 0.0
		for lv := LevelFull; lv < levelCount; lv++ {
			ch = ct.height(lv)
			if ch <= limit || lv == LevelHeadline {
				level = lv
				break
			}
		}
		levels[i] = level
		h = math.Max(h, ch)
	}
	return levels, h
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

// Caption is step i's caption at its level: the paragraphs of each column,
// the first at Caption's left edge and the second at x2.
func (l *Layout) Caption(i int) (cols [2][]Wrapped, x2 float64) {
	if i < 0 || i >= len(l.Levels) {
		return cols, 0
	}
	ct := l.planner.wrapCaption(i, l)
	cols, _ = ct.at(l.Levels[i])
	x2 = l.CaptionBox.X
	if ct.cols == 2 {
		x2 += ct.colW + captionGutter*l.Sizes.Base
	}
	return cols, x2
}
