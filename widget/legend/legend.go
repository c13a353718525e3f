// Package legend is the map's key: its entries (every side, no data, the
// uncertainty hatch, and the standing positions), which entries a step
// shows, their labels in the words of the step's question, and which
// countries each entry holds. The layout places the entries, compose draws
// them with their counts, and the state asks which a step shows, so the
// three agree on one list.
package legend

import (
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/words"
)

// StandingPrefix starts the key of a standing position's entry:
// "standing:maduro" holds the countries with no stance on the step's
// question whose standing side (data.Story.Standing) is maduro.
const StandingPrefix = "standing:"

// Legend is the key of one story in one language.
type Legend struct {
	story *data.Story
	world *geo.World
	words *words.Words
	keys  []string
}

// New returns the legend of story on world, labelled in w's language. It
// looks at every stance of every step once (a story at the loader's limits
// has 60 000), not at every layout. A nil story has no entries.
func New(story *data.Story, world *geo.World, w *words.Words) *Legend {
	l := &Legend{story: story, world: world, words: w}
	if story == nil {
		return l
	}
	for _, s := range story.Sides {
		l.keys = append(l.keys, s.ID)
	}
	l.keys = append(l.keys, "nodata")
	if anyUncertain(story) {
		l.keys = append(l.keys, "uncertain")
	}
	for _, side := range standingSides(story) {
		l.keys = append(l.keys, StandingPrefix+side)
	}
	return l
}

// Keys are the entries: every side, then no data, then the uncertainty
// key when any stance in the story is uncertain, then a standing entry for
// each side some step shows as a standing position. Active says which a
// step shows.
func (l *Legend) Keys() []string { return l.keys }

// Active reports whether step i of story shows the entry key: a standing
// entry only where the step's question takes a context; the others always.
func Active(story *data.Story, key string, i int) bool {
	if !strings.HasPrefix(key, StandingPrefix) {
		return true
	}
	q := story.QuestionOf(i)
	return q != nil && q.Context != ""
}

// Active is the package's Active for this legend's story.
func (l *Legend) Active(key string, i int) bool { return Active(l.story, key, i) }

// Label is an entry's label at step i.
func (l *Legend) Label(key string, i int) string {
	switch key {
	case "nodata":
		return i18n.T(l.words.Lang(), "nodata")
	case "uncertain":
		return i18n.T(l.words.Lang(), "uncertainLeg")
	}
	if side, ok := strings.CutPrefix(key, StandingPrefix); ok {
		// Short, under the legend's heading for standing positions
		// (standingHead); the tooltip and the text alternative say it
		// in full.
		return l.words.ContextLabel(i, side)
	}
	return l.words.SideLabel(i, key)
}

// Counted reports whether an entry shows a count. Sides do. No data does
// not: the atlas has some 240 territories (Bouvet Island, Western Sahara,
// Greenland beside Denmark…), and "No data 169" would read as 169
// governments that said nothing, which the story cannot claim.
func Counted(key string) bool { return key != "uncertain" && key != "nodata" }

// Count is the number of countries under an entry at step i.
func (l *Legend) Count(key string, i int) int {
	n := 0
	for _, c := range l.world.Countries {
		if l.Match(key, c.Code, i) {
			n++
		}
	}
	return n
}

// Match reports whether country code belongs to an entry at step i.
func (l *Legend) Match(key, code string, i int) bool {
	if atlas.Hidden(code) || l.words.IsSubject(code) {
		return false
	}
	st, ok := l.story.Stances(i)[code]
	if side, standing := strings.CutPrefix(key, StandingPrefix); standing {
		sd, has := l.story.Standing(i)[code]
		return !ok && has && sd.Side == side
	}
	switch key {
	case "nodata":
		if ok {
			return false
		}
		_, has := l.story.Standing(i)[code]
		return !has
	case "uncertain":
		if !ok {
			st, ok = l.story.Standing(i)[code]
		}
		return ok && st.Uncertain
	}
	return ok && st.Side == key
}

// anyUncertain reports whether any stance of any step, or any standing
// position drawn where a country has none, is uncertain (hatched).
func anyUncertain(s *data.Story) bool {
	for i := range s.Events {
		for _, st := range s.Stances(i) {
			if st.Uncertain {
				return true
			}
		}
		for _, st := range s.Standing(i) {
			if st.Uncertain {
				return true
			}
		}
	}
	return false
}

// standingSides lists, in the story's order, the sides that some step
// shows as a standing position (data.Story.Standing), once.
func standingSides(s *data.Story) []string {
	seen := map[string]bool{}
	for i := range s.Events {
		for _, st := range s.Standing(i) {
			seen[st.Side] = true
		}
	}
	var out []string
	for _, d := range s.Sides {
		if seen[d.ID] {
			out = append(out, d.ID)
		}
	}
	return out
}
