package words

import (
	"slices"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/i18n"
)

// QuestionLine says what the colours answer at step i. Where the question
// differs from the previous step's it says so first: the same colour now
// means something else, and a reader must not read the difference as
// governments changing their minds.
func (w *Words) QuestionLine(i int) string {
	q := w.story.QuestionOf(i)
	if q == nil {
		return ""
	}
	if i > 0 && w.story.Events[i].QuestionChanged {
		return i18n.F(w.lang, "questionNew", w.Tx(q.Text))
	}
	return i18n.F(w.lang, "question", w.Tx(q.Text))
}

// Changes says what moved since the step's baseline (the last step
// asking the same question), naming at most `most` countries, in three
// kinds: governments that switched sides, listed first because they are
// the news; governments whose position is recorded for the first time (no
// data -> a side), which is not a switch; and those no longer on record.
// It is "" where the question is asked for the first time: the question
// line says so.
//
// The text is kept: the layout asks for every step's at every size it
// tries (PreferredHeight tries dozens), and it depends only on the step.
func (w *Words) Changes(i, most int) string {
	key := [2]int{i, most}
	if s, ok := w.changes[key]; ok {
		return s
	}
	s := w.describeChanges(i, most)
	if w.changes == nil {
		w.changes = map[[2]int]string{}
	}
	w.changes[key] = s
	return s
}

func (w *Words) describeChanges(i, most int) string {
	base := w.story.Baseline(i)
	if i <= 0 || base < 0 {
		return ""
	}
	when := i18n.Date(w.lang, w.story.Events[base].Date)
	if base != i-1 {
		when = i18n.F(w.lang, "lastMapOf", when)
	}
	var switched, on, off []data.Change
	for _, c := range w.story.BaselineChanges(i) {
		switch c.Kind() {
		case data.Switched:
			switched = append(switched, c)
		case data.OnRecord:
			on = append(on, c)
		case data.OffRecord:
			off = append(off, c)
		}
	}
	if len(switched)+len(on)+len(off) == 0 {
		return i18n.F(w.lang, "noChanges", when)
	}
	var parts []string
	// The first sentence carries the date.
	lead := func(key string) string {
		if len(parts) == 0 {
			return i18n.F(w.lang, key+"Since", when)
		}
		return i18n.T(w.lang, key)
	}
	if len(switched) > 0 {
		parts = append(parts, lead("switched")+" "+w.switchList(i, switched, most)+".")
	}
	if len(on) > 0 {
		parts = append(parts, lead("onRecord")+" "+w.recordList(i, on, most, true)+".")
	}
	if len(off) > 0 {
		parts = append(parts, lead("offRecord")+" "+w.recordList(i, off, most, false)+".")
	}
	return strings.Join(parts, " ")
}

// switchList groups step i's switches by move ("Bolivia and El Salvador: Backed
// Maduro → Backed Guaidó"), rarest move first: a country crossing between
// camps stands out from a bloc drifting together. A group that would take
// the name count past most is given as a number of governments.
func (w *Words) switchList(i int, ch []data.Change, most int) string {
	type group struct {
		from, to string
		names    []string
	}
	var groups []*group
	for _, c := range ch {
		k := slices.IndexFunc(groups, func(g *group) bool { return g.from == c.From && g.to == c.To })
		if k < 0 {
			groups = append(groups, &group{from: c.From, to: c.To})
			k = len(groups) - 1
		}
		groups[k].names = append(groups[k].names, w.Name(c.Code))
	}
	for _, g := range groups {
		slices.Sort(g.names)
	}
	slices.SortStableFunc(groups, func(a, b *group) int {
		if d := len(a.names) - len(b.names); d != 0 {
			return d
		}
		return strings.Compare(a.names[0], b.names[0])
	})
	var out []string
	for _, g := range groups {
		who := i18n.Governments(w.lang, len(g.names))
		if len(g.names) <= most {
			who = i18n.List(w.lang, g.names)
			most -= len(g.names)
		}
		out = append(out, i18n.F(w.lang, "pair", who, w.SideLabel(i, g.from)+" → "+w.SideLabel(i, g.to)))
	}
	return strings.Join(out, "; ")
}

// recordList names the countries newly on record (with their side) or off
// it when there are three or fewer, and counts them otherwise: dozens of
// governments appearing at once is one fact, not a list to read.
func (w *Words) recordList(i int, ch []data.Change, most int, withSide bool) string {
	if len(ch) > min(3, most) {
		return i18n.Governments(w.lang, len(ch))
	}
	names := make([]string, len(ch))
	for k, c := range ch {
		names[k] = w.Name(c.Code)
		if withSide {
			names[k] += " (" + w.SideLabel(i, c.To) + ")"
		}
	}
	sortNames(names)
	return strings.Join(names, ", ")
}
