package layout

import (
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/i18n"
)

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
	if g := p.glance(i, l.Sizes.Small, ct.colW); g != "" {
		para := Para{ID: "caption.glance", S: g, Size: l.Sizes.Small, Gap: l.Sizes.Base * 0.3}
		ct.paras = append(ct.paras, Wrapped{Para: para, Lines: []string{g}})
	}
	if p.wraps == nil || len(p.wraps) >= maxWraps {
		p.wraps = map[wrapKey]captionText{}
	}
	p.wraps[key] = ct
	return ct
}

// pickLevels chooses, for each step, the richest level whose caption fits
// maxH, and returns the levels with the tallest caption among them. A step
// whose headline alone does not fit still gets its headline.
func (p *Planner) pickLevels(l *Layout, maxH float64) (levels []Level, h float64) {
	return p.pickLevelsFrom(l, LevelFull, maxH)
}

// pickStackLevels chooses, for each step, the richest level that shows
// its summary within richH if every step has one, else the condensed
// caption (LevelGlance, or the headline alone) within glanceH. All or
// none: the box is as tall as its tallest caption, and a step that fell
// back to its glance would leave a band of nothing under it; the levels
// between leave out the line of what changed, which a stacked caption
// keeps.
func (p *Planner) pickStackLevels(l *Layout, richH, glanceH float64) (levels []Level, h float64) {
	levels, h = p.pickLevelsFrom(l, LevelFull, richH)
	for _, lv := range levels {
		if !lv.ShowsSummary() {
			return p.pickLevelsFrom(l, LevelGlance, glanceH)
		}
	}
	return levels, h
}

// pickLevelsWithin is pickLevelsFrom with a height limit per step.
func (p *Planner) pickLevelsWithin(l *Layout, top Level, maxH func(step int) float64) (levels []Level, h float64) {
	levels = make([]Level, len(p.story.Events))
	for i := range p.story.Events {
		ct := p.wrapCaption(i, l)
		limit := maxH(i)
		level, ch := LevelHeadline, 0.0
		for lv := top; lv < levelCount; lv++ {
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

// glance is the one line of step i's condensed caption: what changed
// since the last step, naming as many countries as fit the width, or,
// where the step asks a question for the first time, the question. A line
// that does not fit ends in an ellipsis; the whole text is one tap away
// (More) and in the text alternative.
func (p *Planner) glance(i int, size, width float64) string {
	s := ""
	for most := 3; most >= 1; most-- {
		if s = p.words.Changes(i, most); s == "" || len(Wrap(s, size, width, false)) == 1 {
			break
		}
	}
	if s == "" {
		s = p.words.QuestionLine(i)
	}
	if s == "" || len(Wrap(s, size, width, false)) == 1 {
		return s
	}
	const ell = "…"
	line := Wrap(s, size, width-TextWidth(ell, size, false), false)[0]
	return strings.TrimRight(line, " ,;:.") + ell
}

// pickLevelsFrom is pickLevels with no level richer than top.
func (p *Planner) pickLevelsFrom(l *Layout, top Level, maxH float64) (levels []Level, h float64) {
	return p.pickLevelsWithin(l, top, func(int) float64 { return maxH })
}

// Details is step i's whole caption as the More button opens it in the
// details box, and that box cut to the text's height: date, headline,
// summary, question, changes and sources, or the richest level that fits.
// A layout without a details box gives nothing.
func (l *Layout) Details(i int) ([]Wrapped, Rect) {
	if i < 0 || i >= len(l.Levels) || l.DetailsBox.W <= 0 {
		return nil, Rect{}
	}
	in := l.Pad / 2
	d := *l
	d.CaptionCols = 1
	d.CaptionBox = Rect{l.DetailsBox.X + in, l.DetailsBox.Y + in, l.DetailsBox.W - 2*in, 0}
	ct := l.planner.wrapCaption(i, &d)
	for lv := LevelFull; lv < levelCount; lv++ {
		if h := ct.height(lv); h <= l.DetailsBox.H-2*in || lv == LevelHeadline {
			cols, _ := ct.at(lv)
			box := l.DetailsBox
			box.H = math.Min(box.H, h+2*in)
			return cols[0], box
		}
	}
	return nil, Rect{}
}
