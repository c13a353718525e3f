package widget

import (
	"sort"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/i18n"
)

// hiddenCodes are atlas countries left off the map: Antarctica takes a fifth
// of the height and has no government to take sides.
var hiddenCodes = map[string]bool{"ATA": true}

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

// sideLabel is a side's label in the UI language; "" is no data.
func (w *Widget) sideLabel(id string) string {
	if s := w.story.Side(id); s != nil {
		return w.tx(s.Label)
	}
	return i18n.T(w.lang, "nodata")
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
		b.WriteString(" " + w.tx(s.Label) + ": " + i18n.Countries(w.lang, counts[s.ID]) + ".")
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
	st, ok := w.story.Stances(w.tl.Current())[code]
	if !ok {
		return i18n.F(w.lang, "countryNoData", w.name(code))
	}
	s := i18n.F(w.lang, "countrySince", w.name(code), w.sideLabel(st.Side), i18n.Date(w.lang, st.Since))
	if st.Uncertain {
		s += " (" + strings.ToLower(i18n.T(w.lang, "uncertain")) + ")"
	}
	return s
}

// TextAlternative describes the current step for readers who cannot see the
// map: date, headline, the question, what changed and every country by side.
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
	bySide := map[string][]string{}
	for code, st := range w.story.Stances(i) {
		bySide[st.Side] = append(bySide[st.Side], w.name(code))
	}
	for _, s := range w.story.Sides {
		names := bySide[s.ID]
		sort.Strings(names)
		b.WriteString(w.tx(s.Label) + " (" + i18n.Countries(w.lang, len(names)) + "): ")
		if len(names) == 0 {
			b.WriteString("—")
		}
		b.WriteString(strings.Join(names, ", ") + ".\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// legendKeys are the legend entries: every side, then no data, then the
// uncertainty key when any stance in the story is uncertain.
func (w *Widget) legendKeys() []string {
	var keys []string
	for _, s := range w.story.Sides {
		keys = append(keys, s.ID)
	}
	keys = append(keys, "nodata")
	if w.uncertain {
		keys = append(keys, "uncertain")
	}
	return keys
}

func (w *Widget) legendLabel(key string) string {
	switch key {
	case "nodata":
		return i18n.T(w.lang, "nodata")
	case "uncertain":
		return i18n.T(w.lang, "uncertainLeg")
	}
	return w.sideLabel(key)
}

// legendCount is the number of countries under a legend entry at step i.
func (w *Widget) legendCount(key string, i int) int {
	n := 0
	for _, c := range w.world.Countries {
		if w.legendMatch(key, c.Code, i) {
			n++
		}
	}
	return n
}

// legendMatch reports whether country code belongs to a legend entry.
func (w *Widget) legendMatch(key, code string, i int) bool {
	if hiddenCodes[code] || w.isSubject(code) {
		return false
	}
	st, ok := w.story.Stances(i)[code]
	switch key {
	case "nodata":
		return !ok
	case "uncertain":
		return ok && st.Uncertain
	}
	return ok && st.Side == key
}
