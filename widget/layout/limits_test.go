package layout

import (
	"math"
	"testing"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
)

// TestStoryAtLimitsLaysOutQuickly loads a story at the loader's limits
// (every step, every atlas country, the longest headlines and summaries,
// twelve languages) and lays it out as the embed does when it starts: the
// preferred height at the frame's width, then the frame's layout. That
// takes under a second natively (about 0.5 s here; the best of three runs
// from cold caches counts, so that other packages' tests running at the
// same time do not decide it); a phone's width, and the first step's
// question, still lay out.
func TestStoryAtLimitsLaysOutQuickly(t *testing.T) {
	_, world := fixture(t)
	codes := make([]string, 0, len(world.Countries))
	for _, c := range world.Countries {
		codes = append(codes, c.Code)
	}
	b := datatest.Story(datatest.AtLimits(codes))
	var s *data.Story
	best := time.Duration(math.MaxInt64)
	for range 3 {
		for i := range measurers {
			measurers[i].Store(nil) // start cold
		}
		start := time.Now()
		var err error
		if s, err = data.Load(b, data.Options{KnownCode: world.Known}); err != nil {
			t.Fatal(err)
		}
		h := PreferredHeight(s, world, 1000, "es")
		l := planner(t, s, "es").Plan(1000, h, 2, s.Events[len(s.Events)-1].Question)
		if len(l.Controls) == 0 {
			t.Fatal("no controls")
		}
		best = min(best, time.Since(start))
	}
	if best > time.Second {
		t.Errorf("loading and laying out took %v; want under 1 s", best)
	} else {
		t.Logf("%d events × %d countries: loaded and laid out in %v", len(s.Events), len(s.Countries), best)
	}
	l := planner(t, s, "es").Plan(360, PreferredHeight(s, world, 360, "es"), 3, s.Events[0].Question)
	if len(l.Controls) == 0 {
		t.Fatal("no controls at 360 px")
	}
}
