package widget

import (
	"math"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/scene"
)

// Caption detail levels, from everything to the headline alone. Each step
// shows the richest level that fits the caption's box, whose height is
// fixed for all steps so the map does not jump when the step changes. The
// list of changed countries goes before the summary: the map outlines them
// anyway, while the summary is said nowhere else.
const (
	levelFull       = iota // date, headline, summary, question, changes (8 names), sources
	levelFewChanges        // changes cut to three names
	levelNoChanges         // no list of changes
	levelNoSummary         // date, headline, question, sources
	levelQuestion          // date, headline, question
	levelHeadline          // date and headline
	levelCount
)

// showsSummary reports whether a level shows date, headline, summary,
// question and sources: what a reader needs to follow the story.
func showsSummary(level int) bool { return level <= levelNoChanges }

// captionGutter is the space between the two caption columns, in base sizes.
const captionGutter = 1.5

// captionParas is every paragraph the caption of step i may show; inLevel
// says which ones a level keeps.
func (w *Widget) captionParas(i int, sz sizes) []para {
	th := w.th
	ev := &w.story.Events[i]
	date := i18n.DateLong(w.lang, ev.Date) + "  ·  " + i18n.F(w.lang, "stepOf", i+1, len(w.story.Events))
	ps := []para{
		{id: "caption.date", s: date, size: sz.date, bold: true, color: th.Muted},
		{id: "caption.headline", s: w.words.Tx(ev.Headline), size: sz.head, bold: true, color: th.Text, gap: sz.base * 0.2},
		{id: "caption.summary", s: w.words.Tx(ev.Summary), size: sz.base, color: th.Text, gap: sz.base * 0.3},
	}
	if q := w.words.QuestionLine(i); q != "" {
		ps = append(ps, para{id: "caption.question", s: q, size: sz.small, bold: true, color: th.Text, gap: sz.base * 0.5})
	}
	if c := w.words.Changes(i, 8); c != "" {
		ps = append(ps, para{id: "caption.changes", s: c, size: sz.small, color: th.Text, gap: sz.base * 0.3})
		if short := w.words.Changes(i, 3); short != c {
			ps = append(ps, para{id: "caption.changes3", s: short, size: sz.small, color: th.Text, gap: sz.base * 0.3})
		}
	}
	// Published facts change: the line that says what the step rests on
	// also says when the story last did.
	if src := w.words.CaptionSources(i); src != "" {
		ps = append(ps, para{id: "caption.sources", s: src, size: sz.small, color: th.Muted, gap: sz.base * 0.3})
	}
	return ps
}

// inLevel reports whether paragraph id shows at a level; short says
// whether the step has the short list of changes (it exists only when it is
// shorter than the full one).
func inLevel(id string, level int, short bool) bool {
	switch id {
	case "caption.date", "caption.headline":
		return true
	case "caption.summary":
		return showsSummary(level)
	case "caption.question":
		return level <= levelQuestion
	case "caption.changes":
		return level == levelFull || (level == levelFewChanges && !short)
	case "caption.changes3":
		return level == levelFewChanges
	case "caption.sources":
		return level <= levelNoSummary
	}
	return false
}

// captionText is one step's caption wrapped for the caption box: every
// paragraph wrapped once, so each level's height is a sum.
type captionText struct {
	paras []wrapped
	cols  int
	colW  float64
}

// wrapKey is what a step's wrapped caption depends on besides the story
// and the language, which a widget never changes.
type wrapKey struct {
	step  int
	cols  int
	colW  float64
	sz    sizes
	theme string // the paragraphs carry the theme's colours
}

// maxWraps bounds the wrapped captions a widget keeps (a resize through
// many widths would otherwise grow the cache without end).
const maxWraps = 256

// wrapCaption wraps step i's paragraphs for the layout's caption box. The
// result is kept: a layout wraps every step's caption, and PreferredHeight
// lays out many heights whose caption box and type are often the same.
func (w *Widget) wrapCaption(i int, l *layout) captionText {
	ct := captionText{cols: l.captionCols, colW: l.caption.W}
	if ct.cols == 2 {
		ct.colW = (l.caption.W - captionGutter*l.sz.base) / 2
	}
	key := wrapKey{step: i, cols: ct.cols, colW: ct.colW, sz: l.sz, theme: w.th.Name}
	if c, ok := w.wraps[key]; ok {
		return c
	}
	for _, p := range w.captionParas(i, l.sz) {
		ct.paras = append(ct.paras, wrapped{para: p, lines: measure(p.bold).wrap(p.s, p.size, ct.colW)})
	}
	if w.wraps == nil || len(w.wraps) >= maxWraps {
		w.wraps = map[wrapKey]captionText{}
	}
	w.wraps[key] = ct
	return ct
}

// at returns the paragraphs a level shows, by column, with the height of
// the taller column. Two columns are balanced: paragraphs stay whole and in
// order, and the break goes where the taller column is shortest, never
// before the headline.
func (ct captionText) at(level int) (cols [2][]wrapped, h float64) {
	var buf [8]int
	ix := ct.shownAt(level, buf[:0])
	k, h := ct.split(ix)
	shown := make([]wrapped, len(ix))
	for j, i := range ix {
		shown[j] = ct.paras[i]
	}
	return [2][]wrapped{shown[:k], shown[k:]}, h
}

// height is at's height without building the columns: pickLevels asks it
// for every step and level of every layout.
func (ct captionText) height(level int) float64 {
	var buf [8]int
	_, h := ct.split(ct.shownAt(level, buf[:0]))
	return h
}

// shownAt appends to ix the indices of the paragraphs a level shows.
func (ct captionText) shownAt(level int, ix []int) []int {
	short := false // the step has the short list of changes
	for _, p := range ct.paras {
		short = short || p.id == "caption.changes3"
	}
	for i, p := range ct.paras {
		if inLevel(p.id, level, short) {
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
				v += p.gap
			}
			v += float64(len(p.lines)) * p.size * linePitch
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
func (w *Widget) pickLevels(l *layout, maxH float64) (levels []int, h float64) {
	return w.pickLevelsWithin(l, func(int) float64 { return maxH })
}

// pickLevelsWithin is pickLevels with a height limit per step.
func (w *Widget) pickLevelsWithin(l *layout, maxH func(step int) float64) (levels []int, h float64) {
	levels = make([]int, len(w.story.Events))
	for i := range w.story.Events {
		ct := w.wrapCaption(i, l)
		limit := maxH(i)
		level, ch := levelHeadline, 0.0
		for lv := levelFull; lv < levelCount; lv++ {
			ch = ct.height(lv)
			if ch <= limit || lv == levelHeadline {
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
func summaryCount(levels []int) int {
	n := 0
	for _, lv := range levels {
		if showsSummary(lv) {
			n++
		}
	}
	return n
}

// drawCaption draws step i's caption at its level.
func (w *Widget) drawCaption(l *layout, i int, items []scene.Item) []scene.Item {
	if i >= len(l.levels) {
		return items
	}
	ct := w.wrapCaption(i, l)
	cols, _ := ct.at(l.levels[i])
	items, _ = emitParas(cols[0], l.caption.X, l.caption.Y, items)
	x := l.caption.X
	if ct.cols == 2 {
		x += ct.colW + captionGutter*l.sz.base
	}
	items, _ = emitParas(cols[1], x, l.caption.Y, items)
	return items
}
