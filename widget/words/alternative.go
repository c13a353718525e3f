package words

import (
	"strings"

	"github.com/stancemap/stancemap/widget/i18n"
)

// StepAnnouncement is the aria-live text for step i: date, headline, a
// new question if any, what changed and the count per side.
func (w *Words) StepAnnouncement(i int) string {
	if w.story == nil || i < 0 || i >= len(w.story.Events) {
		return ""
	}
	ev := &w.story.Events[i]
	var b strings.Builder
	b.WriteString(i18n.F(w.lang, "pair", i18n.Date(w.lang, ev.Date), strings.TrimRight(w.Tx(ev.Headline), ".")) + ".")
	if ev.QuestionChanged {
		b.WriteString(" " + w.QuestionLine(i))
	}
	if c := w.Changes(i, 3); c != "" {
		b.WriteString(" " + c)
	}
	counts := w.story.Counts(i)
	for _, s := range w.story.Sides {
		b.WriteString(" " + i18n.F(w.lang, "pair", w.SideLabel(i, s.ID), i18n.Countries(w.lang, counts[s.ID])) + ".")
	}
	return b.String()
}

// CountryAnnouncement is the aria-live text for a country at step i.
func (w *Words) CountryAnnouncement(i int, code string) string {
	if w.story == nil || i < 0 || i >= len(w.story.Events) {
		return w.Name(code)
	}
	if w.IsSubject(code) {
		return i18n.F(w.lang, "pair", w.Name(code), i18n.T(w.lang, "subjectNote"))
	}
	st, ok := w.story.Stances(i)[code]
	label := ""
	switch {
	case ok:
		label = w.SideLabel(i, st.Side)
	default:
		if st, ok = w.story.Standing(i)[code]; !ok {
			return i18n.F(w.lang, "countryNoData", w.Name(code))
		}
		label = w.StandingLabel(i, st.Side)
	}
	s := i18n.F(w.lang, "countrySince", w.Name(code), label, i18n.Date(w.lang, st.Since))
	if st.Uncertain {
		s += " (" + strings.ToLower(i18n.T(w.lang, "uncertain")) + ")"
	}
	return s
}

// TextAlternative describes step i for readers who cannot see the map:
// date, headline, summary, the question, what changed, the sources, every
// country by side (and by standing position, where the question takes a
// context), and when the story was last corrected and how. It carries the
// whole caption, which the screen condenses behind a More button.
func (w *Words) TextAlternative(i int) string {
	if w.story == nil || w.world == nil || i < 0 || i >= len(w.story.Events) {
		return ""
	}
	ev := &w.story.Events[i]
	var b strings.Builder
	b.WriteString(i18n.DateLong(w.lang, ev.Date) + ". " + strings.TrimRight(w.Tx(ev.Headline), ".") + ".\n")
	if s := w.Tx(ev.Summary); s != "" {
		b.WriteString(s + "\n")
	}
	if q := w.QuestionLine(i); q != "" {
		b.WriteString(q + "\n")
	}
	if c := w.Changes(i, 12); c != "" {
		b.WriteString(c + "\n")
	}
	if src := w.CaptionSources(i); src != "" {
		b.WriteString(src + "\n")
	}
	group := func(label string, names []string) {
		sortNames(names)
		b.WriteString(i18n.F(w.lang, "pair", label+" ("+i18n.Countries(w.lang, len(names))+")", ""))
		if len(names) == 0 {
			b.WriteString("—")
		}
		b.WriteString(strings.Join(names, ", ") + ".\n")
	}
	bySide, byStanding := map[string][]string{}, map[string][]string{}
	for code, st := range w.story.Stances(i) {
		bySide[st.Side] = append(bySide[st.Side], w.Name(code))
	}
	for code, st := range w.story.Standing(i) {
		byStanding[st.Side] = append(byStanding[st.Side], w.Name(code))
	}
	for _, s := range w.story.Sides {
		group(w.SideLabel(i, s.ID), bySide[s.ID])
	}
	for _, s := range w.story.Sides {
		if names := byStanding[s.ID]; len(names) > 0 {
			group(w.StandingLabel(i, s.ID), names)
		}
	}
	for k := len(w.story.Corrections) - 1; k >= 0; k-- {
		c := &w.story.Corrections[k]
		b.WriteString(i18n.F(w.lang, "correction", i18n.DateLong(w.lang, c.Date), w.Tx(c.Text)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}
