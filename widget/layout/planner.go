package layout

import (
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/words"
)

// Planner lays one story out in one language at any size. Plan is a pure
// function of its arguments; the planner only remembers the captions it
// has wrapped, so it is not safe for concurrent use.
type Planner struct {
	story  *data.Story
	words  *words.Words
	legend *legend.Legend
	lang   string
	ready  bool // a story with steps, on a world: else a bare map box
	dates  []time.Time
	// questionSteps is the first step of each question the story asks.
	questionSteps []int
	wraps         map[wrapKey]captionText
	// maxCounts is each legend entry's largest count on a question, by
	// question and key (countWidth).
	maxCounts map[string]int
	// legendHeights are measured legend heights (flowLegendAt).
	legendHeights map[legendKey]float64
	// land is where land lies near the foot of the world map (nil
	// without a world): the stacked layout keeps the region buttons off
	// it.
	land *landProfile
}

// NewPlanner returns a planner for story on world, in w's language, with
// the legend lg. A nil story or world, or a story without steps, lays out
// a bare map box.
func NewPlanner(story *data.Story, world *geo.World, w *words.Words, lg *legend.Legend) *Planner {
	p := &Planner{story: story, words: w, legend: lg, lang: w.Lang()}
	p.ready = story != nil && world != nil && len(story.Events) > 0
	if world != nil {
		p.land = landOf(world)
	}
	if story == nil {
		return p
	}
	seen := map[string]bool{}
	for i, e := range story.Events {
		p.dates = append(p.dates, e.Date)
		if !seen[e.Question] {
			seen[e.Question] = true
			p.questionSteps = append(p.questionSteps, i)
		}
	}
	return p
}

// firstStep is the first step that asks question, whose words the legend
// of any step asking it uses.
func (p *Planner) firstStep(question string) int {
	for _, i := range p.questionSteps {
		if p.story.Events[i].Question == question {
			return i
		}
	}
	return 0
}
