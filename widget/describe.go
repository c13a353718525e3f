package widget

import (
	"sort"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/i18n"
)

// tx picks a story text in the UI language, else the story's own language.
func (w *Widget) tx(t data.Text) string { return t.In(w.lang, w.story.Lang) }

// name is a country's name in the UI language.
func (w *Widget) name(code string) string {
	if w.world == nil {
		return code
	}
	return w.world.Name(code, w.lang)
}

// isSubject reports whether code is drawn as the story's subject: one of
// the countries the story says it is about (data.Story.Subject), drawn dark
// and labelled, with no side. A story without a subject has none.
func (w *Widget) isSubject(code string) bool {
	return w.story != nil && w.story.IsSubject(code)
}

// sideLabel is a side's label at step i, in the words of the step's
// question (data.Story.SideLabel) and the UI language; "" is no data.
func (w *Widget) sideLabel(i int, id string) string {
	q := ""
	if i >= 0 && i < len(w.story.Events) {
		q = w.story.Events[i].Question
	}
	if t := w.story.SideLabel(q, id); t != nil {
		return w.tx(t)
	}
	return i18n.T(w.lang, "nodata")
}

// contextLabel is side's label in the words of the question step i takes
// its context from: where a country with no stance at step i stands
// ("Recognised Guaidó"). It is the no-data label where there is no context.
func (w *Widget) contextLabel(i int, side string) string {
	q := w.story.QuestionOf(i)
	if q == nil || q.Context == "" {
		return i18n.T(w.lang, "nodata")
	}
	return w.tx(w.story.SideLabel(q.Context, side))
}

// standingLabel says in full that a country has no stance on step i's
// question and where it stands on the context question: "No statement
// found on this question; standing position: Recognised Guaidó".
func (w *Widget) standingLabel(i int, side string) string {
	return i18n.F(w.lang, "standingGroup", w.contextLabel(i, side))
}

// sourceNames lists the short names (publishers) of sources, once each.
func (w *Widget) sourceNames(ids []string) string {
	var names []string
	seen := map[string]bool{}
	for _, id := range ids {
		n := id
		if s := w.story.Source(id); s != nil && s.Publisher != "" {
			n = s.Publisher
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// stepAnnouncement is the aria-live text for the current step: date,
// headline, a new question if any, what changed and the count per side.
func (w *Widget) stepAnnouncement() string {
	if w.story == nil || w.tl.Len() == 0 {
		return ""
	}
	i := w.tl.Current()
	ev := &w.story.Events[i]
	var b strings.Builder
	b.WriteString(i18n.Date(w.lang, ev.Date) + ": " + strings.TrimRight(w.tx(ev.Headline), ".") + ".")
	if ev.QuestionChanged {
		b.WriteString(" " + w.questionLine(i))
	}
	if c := w.changesText(i, 3); c != "" {
		b.WriteString(" " + c)
	}
	counts := w.story.Counts(i)
	for _, s := range w.story.Sides {
		b.WriteString(" " + w.sideLabel(i, s.ID) + ": " + i18n.Countries(w.lang, counts[s.ID]) + ".")
	}
	return b.String()
}

// countryAnnouncement is the aria-live text for a country at this step.
func (w *Widget) countryAnnouncement(code string) string {
	if w.story == nil || w.tl.Len() == 0 {
		return w.name(code)
	}
	if w.isSubject(code) {
		return w.name(code) + ": " + i18n.T(w.lang, "subjectNote")
	}
	i := w.tl.Current()
	st, ok := w.story.Stances(i)[code]
	label := ""
	switch {
	case ok:
		label = w.sideLabel(i, st.Side)
	default:
		if st, ok = w.story.Standing(i)[code]; !ok {
			return i18n.F(w.lang, "countryNoData", w.name(code))
		}
		label = w.standingLabel(i, st.Side)
	}
	s := i18n.F(w.lang, "countrySince", w.name(code), label, i18n.Date(w.lang, st.Since))
	if st.Uncertain {
		s += " (" + strings.ToLower(i18n.T(w.lang, "uncertain")) + ")"
	}
	return s
}

// TextAlternative describes the current step for readers who cannot see the
// map: date, headline, the question, what changed, every country by side
// (and by standing position, where the question takes a context), and when
// the story was last corrected and how.
func (w *Widget) TextAlternative() string {
	if !w.ready() {
		return ""
	}
	i := w.tl.Current()
	ev := &w.story.Events[i]
	var b strings.Builder
	b.WriteString(i18n.DateLong(w.lang, ev.Date) + ". " + strings.TrimRight(w.tx(ev.Headline), ".") + ".\n")
	if q := w.questionLine(i); q != "" {
		b.WriteString(q + "\n")
	}
	if c := w.changesText(i, 12); c != "" {
		b.WriteString(c + "\n")
	}
	group := func(label string, names []string) {
		sort.Strings(names)
		b.WriteString(label + " (" + i18n.Countries(w.lang, len(names)) + "): ")
		if len(names) == 0 {
			b.WriteString("—")
		}
		b.WriteString(strings.Join(names, ", ") + ".\n")
	}
	bySide, byStanding := map[string][]string{}, map[string][]string{}
	for code, st := range w.story.Stances(i) {
		bySide[st.Side] = append(bySide[st.Side], w.name(code))
	}
	for code, st := range w.story.Standing(i) {
		byStanding[st.Side] = append(byStanding[st.Side], w.name(code))
	}
	for _, s := range w.story.Sides {
		group(w.sideLabel(i, s.ID), bySide[s.ID])
	}
	for _, s := range w.story.Sides {
		if names := byStanding[s.ID]; len(names) > 0 {
			group(w.standingLabel(i, s.ID), names)
		}
	}
	for k := len(w.story.Corrections) - 1; k >= 0; k-- {
		c := &w.story.Corrections[k]
		b.WriteString(i18n.F(w.lang, "correction", i18n.DateLong(w.lang, c.Date), w.tx(c.Text)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// updatedLine is "Updated 6 Dec 2026" with the story's latest correction,
// or "" for a story never corrected.
func (w *Widget) updatedLine() string {
	d, ok := w.story.Updated()
	if !ok {
		return ""
	}
	return i18n.F(w.lang, "updated", i18n.Date(w.lang, d))
}
