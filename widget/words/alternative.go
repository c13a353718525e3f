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

// GroupAnnouncement is the aria-live text for a merged marker's states at
// step i: how many, then each as CountryAnnouncement says it, as the
// marker's tooltip lists them.
func (w *Words) GroupAnnouncement(i int, codes []string) string {
	parts := make([]string, len(codes))
	for k, code := range codes {
		parts[k] = w.CountryAnnouncement(i, code)
	}
	return i18n.Countries(w.lang, len(codes)) + ": " + strings.Join(parts, "; ")
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
	for _, g := range w.Groups(i) {
		b.WriteString(i18n.F(w.lang, "pair", g.Label+" ("+i18n.Countries(w.lang, len(g.Names))+")", ""))
		if len(g.Names) == 0 {
			b.WriteString("—")
		}
		b.WriteString(strings.Join(g.Names, ", ") + ".\n")
	}
	for k := len(w.story.Corrections) - 1; k >= 0; k-- {
		c := &w.story.Corrections[k]
		b.WriteString(i18n.F(w.lang, "correction", i18n.DateLong(w.lang, c.Date), w.Tx(c.Text)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// Group is the countries on one side at a step, named in the language of
// the words and sorted: a side's stances, or its standing positions.
type Group struct {
	Side     string
	Standing bool
	Label    string
	Names    []string
}

// Groups lists the countries of step i by side, as the text alternative
// and the print page list them: every side, in the story's order (empty
// ones too: "none" is news), then the standing positions of the sides
// that have any.
func (w *Words) Groups(i int) []Group {
	if w.story == nil || w.world == nil || i < 0 || i >= len(w.story.Events) {
		return nil
	}
	bySide, byStanding := map[string][]string{}, map[string][]string{}
	for code, st := range w.story.Stances(i) {
		bySide[st.Side] = append(bySide[st.Side], w.Name(code))
	}
	for code, st := range w.story.Standing(i) {
		byStanding[st.Side] = append(byStanding[st.Side], w.Name(code))
	}
	var gs []Group
	for _, s := range w.story.Sides {
		names := bySide[s.ID]
		sortNames(names)
		gs = append(gs, Group{Side: s.ID, Label: w.SideLabel(i, s.ID), Names: names})
	}
	for _, s := range w.story.Sides {
		if names := byStanding[s.ID]; len(names) > 0 {
			sortNames(names)
			gs = append(gs, Group{Side: s.ID, Standing: true, Label: w.StandingLabel(i, s.ID), Names: names})
		}
	}
	return gs
}

// TipSide is what a tooltip says of country code at step i under its
// name: the side's label (with the uncertainty) and since when; side is
// the side its colour is of, "" for none, and standing says the colour is
// the muted tint of a standing position. The story's subject and a country
// with no data have a label only. The live tooltip and the poster's say
// the same.
func (w *Words) TipSide(i int, code string) (label, since, side string, standing bool) {
	if w.IsSubject(code) {
		return i18n.T(w.lang, "subjectNote"), "", "", false
	}
	if w.story == nil || i < 0 || i >= len(w.story.Events) {
		return i18n.T(w.lang, "nodata"), "", "", false
	}
	st, ok := w.story.Stances(i)[code]
	switch {
	case ok:
		label = w.SideLabel(i, st.Side)
		since = i18n.F(w.lang, "since", i18n.Date(w.lang, st.Since))
	default:
		if st, ok = w.story.Standing(i)[code]; !ok {
			return i18n.T(w.lang, "nodata"), "", "", false
		}
		// Said plainly first: no answer to this question; then where the
		// country stands on the question that gives the context.
		label, standing = i18n.T(w.lang, "standingTip"), true
		since = i18n.F(w.lang, "standingSince", w.ContextLabel(i, st.Side), i18n.Date(w.lang, st.Since))
	}
	if st.Uncertain {
		label += " · " + i18n.T(w.lang, "uncertain")
	}
	return label, since, st.Side, standing
}
