package widget

import (
	"github.com/stancemap/stancemap/widget/atlas"
	"strings"

	"github.com/stancemap/stancemap/widget/i18n"
)

// standingPrefix starts the legend key of a standing position's entry:
// "standing:maduro" holds the countries with no stance on the step's
// question whose standing side (data.Story.Standing) is maduro.
const standingPrefix = "standing:"

// legendKeys are the legend entries: every side, then no data, then the
// uncertainty key when any stance in the story is uncertain, then a
// standing entry for each side some step shows as a standing position;
// legendActive says which a step shows.
func (w *Widget) legendKeys() []string {
	var keys []string
	for _, s := range w.story.Sides {
		keys = append(keys, s.ID)
	}
	keys = append(keys, "nodata")
	if w.uncertain {
		keys = append(keys, "uncertain")
	}
	for _, side := range w.standingSides {
		keys = append(keys, standingPrefix+side)
	}
	return keys
}

// legendActive reports whether step i shows the legend entry key: a
// standing entry only where the step's question takes a context; the
// others always.
func (w *Widget) legendActive(key string, i int) bool {
	if !strings.HasPrefix(key, standingPrefix) {
		return true
	}
	q := w.story.QuestionOf(i)
	return q != nil && q.Context != ""
}

// legendLabel is a legend entry's label at step i.
func (w *Widget) legendLabel(key string, i int) string {
	switch key {
	case "nodata":
		return i18n.T(w.lang, "nodata")
	case "uncertain":
		return i18n.T(w.lang, "uncertainLeg")
	}
	if side, ok := strings.CutPrefix(key, standingPrefix); ok {
		// Short, under the legend's heading for standing positions
		// (standingHead); the tooltip and the text alternative say it
		// in full.
		return w.words.ContextLabel(i, side)
	}
	return w.words.SideLabel(i, key)
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

// legendMatch reports whether country code belongs to a legend entry at
// step i.
func (w *Widget) legendMatch(key, code string, i int) bool {
	if atlas.Hidden(code) || w.words.IsSubject(code) {
		return false
	}
	st, ok := w.story.Stances(i)[code]
	if side, standing := strings.CutPrefix(key, standingPrefix); standing {
		sd, has := w.story.Standing(i)[code]
		return !ok && has && sd.Side == side
	}
	switch key {
	case "nodata":
		if ok {
			return false
		}
		_, has := w.story.Standing(i)[code]
		return !has
	case "uncertain":
		if !ok {
			st, ok = w.story.Standing(i)[code]
		}
		return ok && st.Uncertain
	}
	return ok && st.Side == key
}
